"""Throughput of find_quantities alone on one core.

    python bench/quantities.py [--limit N] [--runs R]

The corpus articles are read and normalized first; only find_quantities is timed, over all of
them, and the best of R runs is reported as articles per second and microseconds per article.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles
from rasd.recognize.quantities import find_quantities
from rasd.text.normalize import normalize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=5000, help="articles to read (default: 5000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs, the best is reported (default: 3)")
    args = parser.parse_args()

    texts = [normalize(text) for text, _ in articles(limit=args.limit)]
    if not texts:
        sys.exit("benchmark skipped: the corpus has no articles")
    chars = sum(len(nt.text) for nt in texts)
    find_quantities(texts[0])  # load the lexicon outside the timing

    best, found = float("inf"), 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        found = sum(len(find_quantities(nt)) for nt in texts)
        best = min(best, time.perf_counter() - t0)
    print(f"articles        {len(texts)}  ({chars / len(texts):.0f} normalized characters each)")
    print(f"quantities      {found}")
    print(f"find_quantities {len(texts) / best:8.0f} articles/s  ({1e6 * best / len(texts):6.1f} µs/article,"
          f" best of {args.runs})")


if __name__ == "__main__":
    main()
