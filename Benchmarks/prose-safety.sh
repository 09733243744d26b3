#!/usr/bin/env bash
# Normalizer prose-safety benchmark: how often `narrate normalize` changes ordinary prose, which it
# must leave alone (the normalizer is scored on unseen news, book and Wikipedia sentences). Not a
# test: the default corpus depends on what the machine has installed.
#
# Corpus: paragraphs from /usr/share/common-licenses, README and *.txt.gz files under
# /usr/share/doc, and MAN man1 pages (default 250, evenly spaced in sorted order, so the same on
# the same machine); or the paragraphs of the FILEs given. All go through one `narrate normalize`
# run, one line per paragraph. Prints the number of paragraphs, the share whose text changed, the
# share of letters-and-punctuation-only paragraphs whose eSpeak NG pronunciation changed (compared
# with ../shared/tools/phonemes.py), and the TOP (20) changes that sound different, with counts.
# Benchmarks/prose-safety.py does the work; CHANGES=file also writes every change with an example.
#
# Usage: Benchmarks/prose-safety.sh               (builds narrate in release mode first)
#        Benchmarks/prose-safety.sh FILE...       (your own corpus, blank-line separated paragraphs)
#        NARRATE=path/to/narrate MAN=0 CHANGES=/tmp/changes.txt Benchmarks/prose-safety.sh
set -euo pipefail
files=()
for f in "$@"; do files+=("$(realpath "$f")"); done
changes=()
if [[ -n "${CHANGES:-}" ]]; then changes=(--changes "$(realpath "$CHANGES")"); fi
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
MAN=${MAN:-250}
TOP=${TOP:-20}
if [[ ! -f "$SHARED/tools/phonemes.py" ]]; then
  echo "prose-safety: $SHARED/tools/phonemes.py not found; set SHARED to the shared folder" >&2
  exit 1
fi
if [[ -z "${NARRATE:-}" ]]; then
  make --no-print-directory release >/dev/null
  NARRATE=$(swift build -c release --show-bin-path)/narrate
fi
NARRATE=$(realpath "$NARRATE")
/usr/bin/python3 Benchmarks/prose-safety.py --narrate "$NARRATE" --shared "$SHARED" \
  --man "$MAN" --top "$TOP" "${changes[@]}" "${files[@]}"
