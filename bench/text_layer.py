"""Throughput of the text layer on one core: normalization, sentences, quantities, dates.

    python bench/text_layer.py [--limit N] [--tokens]

Prints articles per second, characters per second and peak resident memory. The corpus is read
into memory first so that only the text layer is timed.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles
from rasd.analysis import analyze_text
from rasd.recognize.dates import find_dates
from rasd.recognize.quantities import find_quantities
from rasd.text.normalize import normalize
from rasd.text.segment import split_sentences, tokenize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles to read (default: all)")
    parser.add_argument("--tokens", action="store_true", help="also tokenize with clitic analysis")
    args = parser.parse_args()

    docs = list(articles(limit=args.limit))
    chars = sum(len(t) for t, _ in docs)
    analyze_text(docs[0][0], published=docs[0][1])  # load resources outside the timing

    t0 = time.perf_counter()
    found = 0
    for text, published in docs:
        a = analyze_text(text, published=published)
        found += len(a.quantities) + len(a.dates)
        if args.tokens:
            a.tokens()
    elapsed = time.perf_counter() - t0
    print(f"articles        {len(docs)}")
    print(f"characters      {chars}  ({chars / len(docs):.0f} per article)")
    print(f"mentions        {found}")
    print(f"whole layer     {len(docs) / elapsed:8.0f} articles/s  {chars / elapsed / 1e6:6.2f} M chars/s"
          f"{'  (with tokens)' if args.tokens else ''}")

    stages = {
        "normalize": lambda t, p: normalize(t),
        "+ sentences": lambda t, p: split_sentences(normalize(t)),
        "+ quantities": lambda t, p: find_quantities(normalize(t)),
        "+ dates": lambda t, p: find_dates(normalize(t), p),
        "+ tokens": lambda t, p: tokenize(normalize(t)),
    }
    sample = docs[: min(len(docs), 5000)]
    for name, fn in stages.items():
        t0 = time.perf_counter()
        for text, published in sample:
            fn(text, published)
        el = time.perf_counter() - t0
        print(f"  {name:14} {len(sample) / el:8.0f} articles/s  ({1e6 * el / len(sample):6.1f} µs/article)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory     {peak:.0f} MB (resident, corpus text included)")


if __name__ == "__main__":
    main()
