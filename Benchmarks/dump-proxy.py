#!/usr/bin/python3
"""Text-dump cleaner against the HTML cleaner, on dumps made in several ways (not a test).

For each page of ../shared/data/extraction-dev, the HTML cleaner's text (`narrate clean
enNNN.html`, the better of the two cleaners there) stands in for the article body, and the text
cleaner's output on a dump of the same page is scored against it by token F1 (words lowercased;
micro over all tokens, macro the mean of the pages' F1), as the unseen benchmark scores against
human-written bodies. Dumps:
  dev     the set's own browser-like dumps (enNNN.txt);
  lynx    `lynx -dump -nolist -width=1000` (a line per block), if lynx is installed;
  lynx80  `lynx -dump -nolist` (wrapped at 80 columns);
  w3m     `w3m -dump -cols 1000`, if w3m is installed;
  w3m80   `w3m -dump -cols 80` (wrapped at 80 columns);
  pure    the reference itself under the page's title and headline (a dump with no chrome:
          what the cleaner drops there is lost article text).
For the made dumps it also runs ../shared/tools/score_snippets.py on them. lynx and w3m are for
measuring only (`apt-get install lynx w3m`). The reference is a machine's, so read the figures
as changes between builds, not as absolute quality; and never tune rules to single pages.
The ceiling is the macro F1 of a perfect cleaner of those dumps (it keeps every reference word
the dump holds and nothing else): what lies above it is text the dump does not have.

Usage: Benchmarks/dump-proxy.py [--narrate PATH] [--shared DIR] [--dumps dev,lynx,...] [--worst N]
"""
import argparse, collections, concurrent.futures as cf, pathlib, re, shutil, statistics
import subprocess, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--narrate", default=".build/release/narrate")
ap.add_argument("--shared", default="../shared")
ap.add_argument("--dumps", default="dev,lynx,lynx80,w3m,w3m80,pure")
ap.add_argument("--worst", type=int, default=0)
ap.add_argument("--jobs", type=int, default=2)
a = ap.parse_args()
narrate = str(pathlib.Path(a.narrate).resolve())
data = pathlib.Path(a.shared) / "data" / "extraction-dev"
pages = sorted(p.stem for p in (data / "pages").glob("*.html"))


def run(args):
    return subprocess.run(args, capture_output=True, text=True, errors="replace").stdout


def tokens(text):
    return collections.Counter(re.findall(r"\w+", text.lower()))


def parallel(function, items):
    with cf.ThreadPoolExecutor(a.jobs) as pool:
        return dict(zip(items, pool.map(function, items)))


makers = {
    "lynx": ["lynx", "-dump", "-nolist", "-width=1000", "-assume_charset=utf-8",
             "-display_charset=utf-8"],
    "lynx80": ["lynx", "-dump", "-nolist", "-assume_charset=utf-8", "-display_charset=utf-8"],
    "w3m": ["w3m", "-dump", "-cols", "1000", "-I", "UTF-8", "-O", "UTF-8", "-T", "text/html"],
    "w3m80": ["w3m", "-dump", "-cols", "80", "-I", "UTF-8", "-O", "UTF-8", "-T", "text/html"],
}
refs = parallel(lambda k: run([narrate, "clean", str(data / "pages" / f"{k}.html"),
                               "--format", "text"]), pages)
with tempfile.TemporaryDirectory() as work:
    for kind in a.dumps.split(","):
        folder = data if kind == "dev" else pathlib.Path(work) / kind
        if kind in makers:
            if not shutil.which(makers[kind][0]):
                print(f"{kind:7s} skipped: {makers[kind][0]} is not installed")
                continue
            (folder / "pages").mkdir(parents=True)
            (folder / "annotations.json").symlink_to((data / "annotations.json").resolve())
            for k in pages:
                dump = run(makers[kind] + [str(data / "pages" / f"{k}.html")])
                (folder / "pages" / f"{k}.txt").write_text(dump)
        elif kind == "pure":
            (folder / "pages").mkdir(parents=True)
            for k in pages:
                title = (data / "pages" / f"{k}.txt").read_text(errors="replace").split("\n")[0]
                headline = re.split(r" [|–—-] ", title)[0]
                (folder / "pages" / f"{k}.txt").write_text(f"{title}\n\n{headline}\n\n{refs[k]}")
        outs = parallel(lambda k: run([narrate, "clean", str(folder / "pages" / f"{k}.txt"),
                                       "--format", "text"]), pages)
        both = found = wanted = 0
        rows, ceilings = [], []
        for k in pages:
            ref, out = tokens(refs[k]), tokens(outs[k])
            if not ref:
                continue
            # What a perfect cleaner of this dump would score: every reference word the dump holds.
            dump = tokens((folder / "pages" / f"{k}.txt").read_text(errors="replace"))
            reach = sum((ref & dump).values()) / sum(ref.values())
            ceilings.append(2 * reach / (1 + reach))
            common = sum((ref & out).values())
            both += common
            found += sum(out.values())
            wanted += sum(ref.values())
            p, r = (common / sum(out.values()) if out else 0), common / sum(ref.values())
            rows.append((2 * p * r / (p + r) if p + r else 0, r, k))
        p, r = both / found, both / wanted
        line = (f"{kind:7s} tokens: micro F1={2 * p * r / (p + r):.4f} P={p:.3f} R={r:.3f} "
                f"macro F1={statistics.mean(f for f, _, _ in rows):.4f} "
                f"(ceiling {statistics.mean(ceilings):.4f}) pages={len(rows)}")
        if kind in makers:
            scorer = str(pathlib.Path(a.shared) / "tools" / "score_snippets.py")
            command = f"{narrate} clean {{file}} --format text"
            snippets = run(["/usr/bin/python3", scorer, "--cmd", command, "--data", str(folder)])
            snippets = snippets.strip().split("\n")[-1]
            line += f" | {snippets}"
        print(line)
        for f, r, k in sorted(rows)[: a.worst]:
            print(f"        {k}: F1 {f:.3f} recall {r:.3f}")
