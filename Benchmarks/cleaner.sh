#!/usr/bin/env bash
# Article cleaner benchmark: extraction quality and text-dump throughput (not a test).
#
# 1. Quality: ../shared/tools/score_snippets.py on ../shared/data/extraction-dev (163 pages), as
#    text dumps and as HTML. Prints "snippets: F1=.. kept=..% leaked=..%". References on that set:
#    whole dump 0.27, every line of 12+ words 0.76. Do not tune rules to these pages.
# 2. Speed: MB/s of `narrate clean` on text dumps, pinned to one core (taskset -c 0): the dev
#    dumps concatenated and repeated to about 20 MB, best of RUNS, user+system CPU seconds.
#    Target: at least 20 MB/s. Then the dev HTML pages cleaned one by one (a process per page,
#    so start-up is included), pinned the same way.
#
# Usage: Benchmarks/cleaner.sh            (builds narrate in release mode first)
#        NARRATE=path/to/narrate RUNS=3 Benchmarks/cleaner.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SHARED=${SHARED:-../shared}
DATA="$SHARED/data/extraction-dev"
if [[ -z "${NARRATE:-}" ]]; then
  make --no-print-directory release >/dev/null
  NARRATE=$(swift build -c release --show-bin-path)/narrate
fi
NARRATE=$(realpath "$NARRATE")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -d "$DATA" ]]; then
  echo "== quality on $DATA"
  for input in txt html; do
    printf '%-5s ' "$input"
    /usr/bin/python3 "$SHARED/tools/score_snippets.py" \
      --cmd "$NARRATE clean {file} --format text" --input "$input" --data "$DATA" | tail -1
  done
  dumps=("$DATA"/pages/*.txt)
else
  echo "== $DATA not found: skipping quality; timing on the bundled example only"
  dumps=(Examples/*.txt)
fi

echo "== speed (one core)"
: >"$work/one.txt"
for dump in "${dumps[@]}"; do cat "$dump" >>"$work/one.txt"; echo >>"$work/one.txt"; done
: >"$work/big.txt"
while [[ $(stat -c %s "$work/big.txt") -lt 20000000 ]]; do cat "$work/one.txt" >>"$work/big.txt"; done
bytes=$(stat -c %s "$work/big.txt")
best=""
for _ in $(seq "$RUNS"); do
  /usr/bin/time -f "%U %S %e" -o "$work/time" taskset -c 0 \
    "$NARRATE" clean "$work/big.txt" --format text >/dev/null
  cpu=$(awk '{print $1+$2}' "$work/time")
  if [[ -z "$best" ]] || awk -v a="$cpu" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$cpu; fi
done
awk -v b="$bytes" -v s="$best" \
  'BEGIN{printf "text dumps: %.1f MB in %.2f s CPU = %.1f MB/s (target >= 20)\n", b/1e6, s, b/1e6/s}'

if [[ -d "$DATA" ]]; then
  pages=("$DATA"/pages/*.html)
  bytes=$(cat "${pages[@]}" | wc -c)
  /usr/bin/time -f "%U %S" -o "$work/time" taskset -c 0 bash -c \
    'for page in "${@:2}"; do "$1" clean "$page" --format text >/dev/null 2>&1 || true; done' \
    _ "$NARRATE" "${pages[@]}"
  awk -v b="$bytes" -v n="${#pages[@]}" '{s=$1+$2} END{printf "html pages: %d pages, %.1f MB in %.2f s CPU = %.1f MB/s, %.0f ms a page\n", n, b/1e6, s, b/1e6/s, 1000*s/n}' "$work/time"
fi
