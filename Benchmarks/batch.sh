#!/usr/bin/env bash
# `narrate batch` benchmarks (release build; run after `make release`, or it builds one).
#
# 1. Parallel speed-up: 50 generated articles (about 150 to 450 words each) with --jobs 1 and
#    --jobs 2 into fresh folders, run in the order 1, 2, 2, 1 so a change in machine load hits both
#    alike; prints each wall time and the ratio of the sums. Target: jobs 2 / jobs 1 <= 0.6.
# 2. Incremental: a rerun with nothing changed, against the full --jobs 2 build of the same folder
#    (median of 3 reruns). Target: at most 3% of the full build.
#
# The machine is shared, so the load average is printed before and after: a ratio measured while
# other jobs compete for the two cores says little about narrate (with the kernel's autogroup
# scheduling, a session's processes share one slice of a busy machine however many there are).
# CPU seconds are printed too: equal CPU for --jobs 1 and 2 means the workers add no overhead.
set -euo pipefail
cd "$(dirname "$0")/.."
NARRATE=${NARRATE:-.build/release/narrate}
ARTICLES=${ARTICLES:-50}
if [ ! -x "$NARRATE" ]; then make --no-print-directory release; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795392000

# 50 articles of our own text: the example's paragraphs, rotated, renumbered and cut to a length
# that varies from article to article.
/usr/bin/python3 - "$ARTICLES" Examples/library-reading-room.txt "$work/articles" <<'PY'
import os, sys
count, source, folder = int(sys.argv[1]), sys.argv[2], sys.argv[3]
os.makedirs(folder)
paragraphs = [p.strip() for p in open(source, encoding="utf-8").read().split("\n\n")
              if len(p.split()) > 12]
for k in range(count):
    target = 150 + (k * 37) % 300
    body, words, i = [], 0, k
    while words < target:
        p = paragraphs[i % len(paragraphs)]
        body.append(f"In part {i - k + 1} of story {k + 1}: {p}")
        words += len(body[-1].split())
        i += 1
    title = f"Story {k + 1}: the reading room, day {k % 7 + 1}"
    with open(f"{folder}/story-{k + 1:02d}.txt", "w", encoding="utf-8") as f:
        f.write(title + "\n\n" + "\n\n".join(body) + "\n")
PY
words=$(cat "$work"/articles/*.txt | wc -w)
echo "narrate batch benchmark: $ARTICLES articles, $words words, $(nproc) cores"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Wall seconds of a command (it must succeed); the CPU seconds (user + system, workers included)
# go to $work/cpu.
wall() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" \
    || { cat "$work/stderr"; exit 1; }
  awk '{printf "%.2f", $2 + $3}' "$work/time" >"$work/cpu"
  awk '{printf "%.2f", $1}' "$work/time"
}
build() { rm -rf "$work/out$1"; wall "$NARRATE" batch "$work/articles" -o "$work/out$1" --jobs "$1"; }

a1=$(build 1); echo "  full build, --jobs 1: $a1 s wall, $(cat "$work/cpu") s CPU"
b1=$(build 2); echo "  full build, --jobs 2: $b1 s wall, $(cat "$work/cpu") s CPU"
b2=$(build 2); echo "  full build, --jobs 2: $b2 s wall, $(cat "$work/cpu") s CPU"
a2=$(build 1); echo "  full build, --jobs 1: $a2 s wall, $(cat "$work/cpu") s CPU"
ratio=$(awk -v a="$a1" -v b="$a2" -v c="$b1" -v d="$b2" 'BEGIN {printf "%.3f", (c + d) / (a + b)}')
echo "  jobs 2 / jobs 1 wall time: $ratio  (target <= 0.6)"
cmp -s "$work/out1/feed.xml" "$work/out2/feed.xml" && echo "  feed.xml identical for --jobs 1 and 2"

reruns=()
for i in 1 2 3; do
  reruns+=("$(wall "$NARRATE" batch "$work/articles" -o "$work/out2" --jobs 2)")
done
median=$(printf '%s\n' "${reruns[@]}" | sort -g | sed -n 2p)
full=$(awk -v a="$b1" -v b="$b2" 'BEGIN {printf "%.2f", (a + b) / 2}')
share=$(awk -v r="$median" -v f="$full" 'BEGIN {printf "%.2f", 100 * r / f}')
echo "  no-change rerun: median $median s (runs: ${reruns[*]}) = $share% of the full build" \
  "($full s)  (target <= 3%)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
