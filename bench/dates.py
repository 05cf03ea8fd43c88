"""Throughput of the date recognizer alone, on one core.

    python bench/dates.py [--limit N] [--runs R]

Normalizes N corpus articles beforehand (outside the timing), then times ``find_dates`` with
each article's publication date over all of them, R times, and prints the best run in articles
per second and microseconds per article.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles
from rasd.recognize.dates import find_dates
from rasd.text.normalize import normalize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=5000, help="articles to read (default: 5000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs; the best is reported (default: 3)")
    args = parser.parse_args()

    docs = [(normalize(text), published) for text, published in articles(limit=args.limit)]
    if not docs:
        sys.exit("benchmark skipped: the corpus holds no articles")
    chars = sum(len(nt.text) for nt, _ in docs)
    find_dates(docs[0][0], docs[0][1])  # build the grammar outside the timing

    best, found = float("inf"), 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        found = sum(len(find_dates(nt, published)) for nt, published in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"articles   {len(docs)}  ({chars / len(docs):.0f} characters each)")
    print(f"dates      {found}")
    print(f"find_dates {len(docs) / best:8.0f} articles/s  {1e6 * best / len(docs):7.1f} µs/article"
          f"  (best of {args.runs})")


if __name__ == "__main__":
    main()
