"""Extraction throughput on one core, start-up time, peak memory, and a robustness pass.

    python bench/extract.py [--limit N] [--repeat R] [--check]

Times ``Extractor.extract`` over the SaudiNewsNet corpus in ../shared/corpora (read into memory
first), reports the median of R runs, the time to the first extracted article in a fresh process
(start-up: imports and resources), peak resident memory, and events found. With --check, every
article's event offsets are verified and any exception is counted and shown.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles
from rasd.extractor import Extractor

_STARTUP = (
    "import time; t=time.perf_counter(); from datetime import date; from rasd.extractor import Extractor; "
    "Extractor().extract('قتل ثلاثة مدنيين أمس في قصف على مدينة حلب', published=date(2020,1,2)); "
    "print(time.perf_counter()-t)"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles to read (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the median is reported")
    parser.add_argument("--check", action="store_true", help="verify offsets and count exceptions")
    args = parser.parse_args()

    startup = float(subprocess.run([sys.executable, "-c", _STARTUP], capture_output=True, text=True,
                                   check=True).stdout)
    docs = list(articles(limit=args.limit))
    extractor = Extractor()
    extractor.extract(docs[0][0], published=docs[0][1])  # resources load outside the timing

    rates = []
    cpu_rates = []
    events = 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        events = 0
        for text, published in docs:
            events += len(extractor.extract(text, published=published).events)
        rates.append(len(docs) / (time.perf_counter() - t0))
        cpu_rates.append(len(docs) / (time.process_time() - c0))
    print(f"articles        {len(docs)}")
    print(f"events          {events}")
    print(f"throughput      {statistics.median(rates):8.0f} articles/s (median of {args.repeat}: "
          + ", ".join(f"{r:.0f}" for r in rates) + ")")
    # CPU time of this process: what the wall clock shows when nothing else runs on the machine
    print(f"  per CPU time  {statistics.median(cpu_rates):8.0f} articles/s (median of {args.repeat}: "
          + ", ".join(f"{r:.0f}" for r in cpu_rates) + ")")
    print(f"start-up        {startup:.2f} s to the first extracted article in a fresh process")
    print(f"peak memory     {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB resident "
          "(corpus text included)")

    if args.check:
        failures = bad_offsets = 0
        for i, (text, published) in enumerate(docs):
            try:
                result = extractor.extract(text, published=published)
            except Exception as exc:  # every kind counts: this is the robustness check
                failures += 1
                print(f"  article {i}: {type(exc).__name__}: {exc}")
                continue
            for e in result.events:
                for span in [*e.evidence, *e.counts]:
                    if text[span.start : span.end] != span.text:
                        bad_offsets += 1
        print(f"robustness      {len(docs)} articles, {failures} exceptions, {bad_offsets} bad offsets")


if __name__ == "__main__":
    main()
