#!/usr/bin/env bash
# Foundation benchmarks (run with `make bench`, which builds narrate in release mode first).
#
# 1. CPU time of `narrate` on a 2,000-word article against `espeak-ng -w` followed by `lame` on the
#    same text, same voice and same MP3 settings (narrate's defaults: mono, CBR 64 kbit/s, -q 5,
#    44.1 kHz, so lame resamples eSpeak's 22.05 kHz as narrate does), run alternately in one go;
#    prints the median of the per-pair ratios. Target: at most 1.15. narrate does more than the two
#    programs: it also measures loudness and limits peaks (extra synthesis passes, see README).
# 2. Peak RSS of `narrate` for 2,000 and 20,000 words (/usr/bin/time -v). Target: at most 64 MB,
#    and no growth with length.
#
# RUNS=5 and RSS_RUNS=3 by default; the machine is noisy, so compare medians and ratios, not single runs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
NARRATE=${NARRATE:-.build/release/narrate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 Benchmarks/make-article.py 2000 Examples/library-reading-room.txt "$work/a2000.txt"
python3 Benchmarks/make-article.py 20000 Examples/library-reading-room.txt "$work/a20000.txt"
title="Benchmark article"
# The programs get exactly what narrate speaks: the title, then the body.
{ echo "$title."; echo; cat "$work/a2000.txt"; } > "$work/a2000-programs.txt"

# Seconds of user+system CPU of a command, from /usr/bin/time.
cpu() { /usr/bin/time -f "%U %S" -o "$work/time" "$@" >/dev/null 2>&1; awk '{print $1+$2}' "$work/time"; }
# Peak resident set size in kB.
rss() { /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>&1; awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$work/time"; }

narrate_run() {
  rm -rf "$work/out"
  "$NARRATE" "$work/a2000.txt" --title "$title" --no-disclosure --bitrate 64 \
    --sample-rate 44100 $1 --output "$work/out"
}
programs_run() {
  espeak-ng -v en-us+m3 -s 165 -p 48 -a 100 -w "$work/p.wav" -f "$work/a2000-programs.txt"
  lame --quiet -m m -b 64 -q 5 $1 "$work/p.wav" "$work/p.mp3"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# narrate's defaults (with loudness normalization: extra synthesis passes the programs do not
# make), then --no-loudness, which does the same work as the two programs.
lame_args="--resample 44.1"
for flags in "" "--no-loudness"; do
  echo "CPU time, 2,000 words, narrate ${flags:-(defaults)}, $RUNS alternating runs (user+system s):"
  ratios=()
  for i in $(seq "$RUNS"); do
    n=$(cpu bash -c "$(declare -f narrate_run); NARRATE=$NARRATE title='$title' work=$work narrate_run '$flags'")
    p=$(cpu bash -c "$(declare -f programs_run); work=$work programs_run '$lame_args'")
    r=$(awk -v a="$n" -v b="$p" 'BEGIN {printf "%.3f", a/b}')
    ratios+=("$r")
    echo "  run $i: narrate $n s, espeak-ng -w + lame $p s, ratio $r"
  done
  echo "  median ratio narrate / (espeak-ng + lame): $(median "${ratios[@]}")  (target <= 1.15)"
done
audio=$(python3 -c "import json; print(round(json.load(open('$work/out/episodes/a2000.json'))['durationSeconds'],1))")
echo "  audio: $audio s"

echo "Peak RSS of narrate (kB):"
for words in 2000 20000; do
  values=()
  for i in $(seq "${RSS_RUNS:-3}"); do
    values+=("$(rss bash -c "rm -rf $work/out; exec $NARRATE $work/a$words.txt --title '$title' --no-disclosure --output $work/out")")
  done
  echo "  $words words: median $(median "${values[@]}") kB (runs: ${values[*]})"
done
