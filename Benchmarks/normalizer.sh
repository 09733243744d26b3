#!/usr/bin/env bash
# Normalizer benchmark: throughput of `narrate normalize` on article text (target: 2 MB/s on one
# core), and, when the shared development sets are present, phoneme accuracy as scored by
# ../shared/tools/score_normalizer.py. Not a test: figures depend on the machine.
#
#   Benchmarks/normalizer.sh            # 16 MB of article text, then the scores
#   MB=4 SHARED=/work/shared Benchmarks/normalizer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${MB:-16}
SHARED=${SHARED:-../shared}
BIN=.build/release/narrate
if [ ! -x "$BIN" ]; then make --no-print-directory release; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Article text: the bundled example plus news-style lines heavy in what the normalizer rewrites,
# repeated up to MB megabytes.
cat Examples/*.txt > "$tmp/unit.txt"
cat >> "$tmp/unit.txt" <<'TEXT'
On Dec. 4, 2023, Gen. Oleksandr Syrskyi said 1,200 troops had moved 64 km east by 5:34 p.m.
The U.S. pledged $5.2 million and the EU €50 billion; Ukraine's budget is ₴1.2 trillion for 2024.
Temperatures fell to -15°C in Kharkiv, where 52% of homes lost power between 10-15 December.
Dr. Smith of St. Mary's Hospital (approx. 3/4 of staff) called +380 44 123 4567, i.e. the desk.
In the 1990s and '90s, World War II and Charles III were topics; see kyivindependent.com/news.
The score was 52-48 after the 2014–2022 seasons, at 200 km/h, on 2023-12-04 and 12/04/2023.
GDP grew 3.4% in Q3, NATO said on 4 December 2023 at 12:22 AM EET, citing No. 3 of 21st report.
Plain sentences without anything to rewrite make up most of an article, and pass through as is.
TEXT
: > "$tmp/in.txt"
limit=$((MB * 1024 * 1024))
while [ "$(stat -c %s "$tmp/in.txt")" -lt "$limit" ]; do cat "$tmp/unit.txt" >> "$tmp/in.txt"; done
bytes=$(stat -c %s "$tmp/in.txt")
lines_in=$(wc -l < "$tmp/in.txt")

/usr/bin/time -f "%e %U %M" -o "$tmp/time" "$BIN" normalize "$tmp/in.txt" > "$tmp/out.txt"
read -r wall user rss < "$tmp/time"
lines_out=$(wc -l < "$tmp/out.txt")
awk -v b="$bytes" -v w="$wall" -v u="$user" -v r="$rss" -v li="$lines_in" -v lo="$lines_out" 'BEGIN {
  printf "normalize: %.1f MB in %.2f s wall, %.2f s CPU: %.1f MB/s per core, peak RSS %.0f MB\n",
    b / 1e6, w, u, b / 1e6 / (u > 0 ? u : 0.01), r / 1024
  printf "lines: %d in, %d out%s\n", li, lo, (li == lo ? "" : "  (MISMATCH)")
}'

# Accuracy on the development sets, when this machine has them.
for set in googletn.jsonl nemo_cases.jsonl; do
  cases="$SHARED/data/normalizer/$set"
  if [ -f "$cases" ] && [ -x "$SHARED/tools/score_normalizer.py" ]; then
    echo "== $set"
    "$SHARED/tools/score_normalizer.py" "$cases" --cmd "$PWD/$BIN normalize" | tail -n 25
  else
    echo "== $set: not present under $SHARED/data/normalizer, skipped"
  fi
done
