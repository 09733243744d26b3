#!/usr/bin/env python3
"""Writes a benchmark article of about N words by cycling the paragraphs of an example article.

  make-article.py WORDS SOURCE OUT

The text is the project's own example; repeating it keeps the benchmark free of outside data.
Every paragraph gets a running number so no two paragraphs are identical.
"""
import sys

words, source, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
paragraphs = [p.strip() for p in open(source, encoding="utf-8").read().split("\n\n") if len(p.split()) > 12]
body, count, i = [], 0, 0
while count < words:
    p = paragraphs[i % len(paragraphs)]
    body.append(f"Part {i + 1}. {p}")
    count += len(body[-1].split())
    i += 1
open(out, "w", encoding="utf-8").write("\n\n".join(body) + "\n")
