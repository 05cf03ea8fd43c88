"""Throughput of each recognizer alone on one core: quantities and dates.

    python bench/recognizers.py [--limit N] [--runs R]

The corpus articles are read and normalized first (outside the timing); each recognizer is then
timed over all of them, and the best of R runs is reported as articles per second and
microseconds per article.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles
from rasd.recognize.dates import find_dates
from rasd.recognize.quantities import find_quantities
from rasd.text.normalize import normalize

RECOGNIZERS = {
    "find_quantities": lambda nt, published: find_quantities(nt),
    "find_dates": find_dates,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=5000, help="articles to read (default: 5000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs; the best is reported (default: 3)")
    args = parser.parse_args()

    docs = [(normalize(text), published) for text, published in articles(limit=args.limit)]
    if not docs:
        sys.exit("benchmark skipped: the corpus holds no articles")
    chars = sum(len(nt.text) for nt, _ in docs)
    print(f"articles        {len(docs)}  ({chars / len(docs):.0f} normalized characters each)")
    for name, recognize in RECOGNIZERS.items():
        recognize(*docs[0])  # load the lexicon and build the grammar outside the timing
        best, found = float("inf"), 0
        for _ in range(args.runs):
            t0 = time.perf_counter()
            found = sum(len(recognize(nt, published)) for nt, published in docs)
            best = min(best, time.perf_counter() - t0)
        print(f"{name:15} {len(docs) / best:8.0f} articles/s  ({1e6 * best / len(docs):6.1f} µs/article, "
              f"best of {args.runs}; {found} found)")


if __name__ == "__main__":
    main()
