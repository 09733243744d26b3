#!/usr/bin/env bash
# Foundation benchmarks (run with `make bench`, which builds narrate in release mode first).
#
# 1. CPU time of `narrate` on a 2,000-word article against `espeak-ng -w` followed by `lame` on the
#    same text, same voice and same MP3 settings (mono, CBR 64 kbit/s, -q 5), run alternately in
#    one go; prints the median of the per-pair ratios. Target: at most 1.15.
# 2. Peak RSS of `narrate` for 2,000 and 20,000 words (/usr/bin/time -v). Target: at most 64 MB,
#    and no growth with length.
#
# RUNS=5 by default; the machine is noisy, so compare medians and ratios, not single runs.
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
  "$NARRATE" "$work/$1" --title "$title" --no-disclosure --bitrate 64 --output "$work/out"
}
programs_run() {
  espeak-ng -v en-us+m3 -s 165 -p 48 -a 100 -w "$work/p.wav" -f "$work/a2000-programs.txt"
  lame --quiet -m m -b 64 -q 5 "$work/p.wav" "$work/p.mp3"
}
export -f programs_run
export work

echo "CPU time, 2,000 words, $RUNS alternating runs (seconds of user+system):"
ratios=()
for i in $(seq "$RUNS"); do
  n=$(cpu bash -c "$(declare -f narrate_run); NARRATE=$NARRATE title='$title' work=$work narrate_run a2000.txt")
  p=$(cpu bash -c programs_run)
  r=$(awk -v a="$n" -v b="$p" 'BEGIN {printf "%.3f", a/b}')
  ratios+=("$r")
  echo "  run $i: narrate $n s, espeak-ng -w + lame $p s, ratio $r"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "  median ratio narrate / (espeak-ng + lame): $(median "${ratios[@]}")  (target <= 1.15)"
audio=$(python3 -c "import json,glob; print(round(json.load(open(glob.glob('$work/out/episodes/*.json')[0]))['durationSeconds'],1))")
echo "  audio: $audio s"

echo "Peak RSS of narrate (kB):"
for words in 2000 20000; do
  values=()
  for i in $(seq 3); do
    values+=("$(rss bash -c "rm -rf $work/out; exec $NARRATE $work/a$words.txt --title '$title' --no-disclosure --output $work/out")")
  done
  echo "  $words words: median $(median "${values[@]}") kB (runs: ${values[*]})"
done
