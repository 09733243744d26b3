#!/usr/bin/python3
"""Prose safety of `narrate normalize`: how often it changes ordinary prose, and how it sounds.

Called by Benchmarks/prose-safety.sh (see there for usage). Collects paragraphs (blank-line
separated, whitespace joined, at least 20 characters, duplicates dropped, sorted), runs
`narrate normalize` once over all of them (one line each), and prints:

- how many paragraphs there are and the share whose text the normalizer changed;
- among paragraphs made only of letters and punctuation (nothing a normalizer should rewrite),
  the share whose eSpeak NG pronunciation changed: each changed word run is compared with
  `heard()` from ../shared/tools/phonemes.py, so a rewrite that sounds the same does not count;
- the most common changes that sound different, with counts and one example each.

The default corpus is what any Debian/Ubuntu machine has: /usr/share/common-licenses, README and
*.txt.gz files under /usr/share/doc, and a bounded, evenly spaced slice of the sorted man1 pages.
"""
import argparse
import collections
import difflib
import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

# Letters, spaces and ordinary punctuation only: no digits, symbols or non-ASCII characters.
PLAIN = re.compile(r"^[A-Za-z\s.,;:!?'\"()\-]+$")
MIN_CHARS = 20


def read_text(path: Path) -> str:
    """The text of a file (gzip-compressed or not); empty for binary files."""
    data = gzip.open(path).read() if path.suffix == ".gz" else path.read_bytes()
    return "" if b"\0" in data else data.decode("utf-8", "replace")


def man_page(name: str) -> str:
    """A man page rendered as plain text on one very wide line per paragraph."""
    env = {**os.environ, "MANWIDTH": "10000", "MAN_KEEP_FORMATTING": ""}
    try:
        return subprocess.run(["man", "-P", "cat", name], capture_output=True, text=True,
                              timeout=10, env=env).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def default_sources(man_pages: int):
    """Texts every Debian/Ubuntu machine has, in a fixed order."""
    licenses = Path("/usr/share/common-licenses")
    for path in sorted(licenses.iterdir()) if licenses.is_dir() else []:
        if path.is_file():
            yield read_text(path)
    doc = Path("/usr/share/doc")
    files = set(doc.glob("**/README*")) | set(doc.glob("**/*.txt.gz"))
    for path in sorted(files):
        if path.is_file():
            yield read_text(path)
    man1 = Path("/usr/share/man/man1")
    if man_pages > 0 and man1.is_dir():
        names = sorted({p.name.split(".")[0] for p in man1.iterdir()})
        step = max(1, len(names) // man_pages)
        for name in names[::step][:man_pages]:
            yield man_page(name)


def paragraphs(texts) -> list[str]:
    """Blank-line separated paragraphs, each on one line, deduplicated and sorted."""
    found = set()
    for text in texts:
        for block in re.split(r"\n\s*\n", text):
            line = " ".join(block.split())
            if len(line) >= MIN_CHARS:
                found.add(line)
    return sorted(found)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="own corpus (default: system texts)")
    ap.add_argument("--narrate", required=True, help="the narrate executable")
    ap.add_argument("--shared", default="../shared", help="folder holding tools/phonemes.py")
    ap.add_argument("--man", type=int, default=250, help="man pages in the default corpus")
    ap.add_argument("--top", type=int, default=20, help="how many changes to list")
    ap.add_argument("--changes", type=Path, help="also write every change to this file")
    args = ap.parse_args()

    sys.path.insert(0, str(Path(args.shared) / "tools"))
    from phonemes import heard  # noqa: E402 (found at run time under --shared)

    texts = (read_text(f) for f in args.files) if args.files else default_sources(args.man)
    lines = paragraphs(texts)
    if not lines:
        sys.exit("prose-safety: no paragraphs of 20+ characters found in the corpus")
    run = subprocess.run([args.narrate, "normalize"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"prose-safety: narrate normalize failed ({run.returncode}): {run.stderr}")
    outs = run.stdout.split("\n")[:-1]
    if len(outs) != len(lines):
        sys.exit(f"prose-safety: {len(lines)} lines in but {len(outs)} out")

    plain = text_changed = plain_text_changed = plain_sound_changed = 0
    changes = collections.Counter()
    example = {}
    for before, after in zip(lines, outs):
        is_plain = bool(PLAIN.match(before))
        plain += is_plain
        if before == after:
            continue
        text_changed += 1
        if not is_plain:
            continue
        plain_text_changed += 1
        words, new_words = before.split(" "), after.split(" ")
        matcher = difflib.SequenceMatcher(None, words, new_words, autojunk=False)
        sounds_different = False
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            old, new = " ".join(words[i1:i2]), " ".join(new_words[j1:j2])
            if heard(old) != heard(new):
                sounds_different = True
                changes[(old, new)] += 1
                example.setdefault((old, new), " ".join(words[max(0, i1 - 6):i2 + 6]))
        plain_sound_changed += sounds_different

    def share(n: int, of: int) -> str:
        return f"{n} ({100 * n / max(1, of):.1f}%)"

    print(f"paragraphs: {len(lines)}; text changed: {share(text_changed, len(lines))}")
    print(f"letters-and-punctuation-only paragraphs: {plain}; text changed: "
          f"{share(plain_text_changed, plain)}; eSpeak pronunciation changed: "
          f"{share(plain_sound_changed, plain)}")
    print(f"top {args.top} changes that sound different (count, before -> after):")
    for (old, new), n in changes.most_common(args.top):
        print(f"{n:6d}  {old!r} -> {new!r}")
    if args.changes:
        with args.changes.open("w") as out:
            for (old, new), n in changes.most_common():
                out.write(f"{n}\t{old!r} -> {new!r}\t|| {example[(old, new)]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
