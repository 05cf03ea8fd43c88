"""Print a seeded random sample of extracted events with the sentences behind each, for an analyst.

    python bench/sample_events.py [-n 50] [--seed 1] [--limit N] [--jsonl FILE]

Extracts every article of the SaudiNewsNet corpus in ../shared/corpora (or the first N), pools all
the events, draws ``-n`` of them with ``random.Random(seed)`` and prints, for each, its ACLED coding
(type, sub-type, date, actors, place, fatalities, counts, status) and the article's sentences that
hold its evidence, so a person can judge it the way an ACLED coder would. ``--jsonl`` also writes
the sample as JSON Lines (one event with its article id and sentences a line) for keeping judgments.
The same seed over the same corpus and the same code gives the same sample.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles
from rasd.extractor import Extractor


def _sentences(result, event) -> list[str]:
    """The article's sentences that hold the event's evidence, in order, each once."""
    text = result.document.text
    out: list[str] = []
    for s in result.analysis.sentences:
        if any(s.start <= span.start < s.end for span in event.evidence):
            out.append(text[s.start : s.end].strip())
    return out


def _title(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first[:160]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50, help="events to draw (default 50)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--limit", type=int, default=None, help="articles to read (default: all)")
    parser.add_argument("--jsonl", type=Path, default=None, help="also write the sample as JSON Lines")
    args = parser.parse_args()

    extractor = Extractor()
    pool: list[tuple[int, object, object]] = []
    results: dict[int, object] = {}
    n_articles = 0
    for i, (text, published) in enumerate(articles(limit=args.limit)):
        n_articles += 1
        result = extractor.extract(text, published=published)
        if result.events:
            results[i] = result
            pool.extend((i, result, e) for e in result.events)
    print(f"{n_articles} articles, {len(results)} with events, {len(pool)} events; "
          f"drawing {min(args.n, len(pool))} with seed {args.seed}\n")
    sample = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    rows = []
    for k, (i, result, e) in enumerate(sample, 1):
        sentences = _sentences(result, e)
        actors = f"{e.actor1 or '-'} ({e.actor1_ar or ''}) -> {e.actor2 or '-'} ({e.actor2_ar or ''})"
        counts = ", ".join(f"{c.kind} {c.value} {c.qualifier}" + (f" [{c.scope}]" if c.scope else "")
                           for c in e.counts)
        print(f"#{k}  article {i}  published {result.document.published}  {_title(result.document.text)[:90]}")
        print(f"    {e.event_type} / {e.sub_event_type}  {e.event_date} (p{e.time_precision})  {e.status}")
        print(f"    actors: {actors}")
        print(f"    place: {e.location} ({e.location_ar}), {e.admin1}, {e.country}  geo_p{e.geo_precision}")
        print(f"    fatalities: {e.fatalities} (high {e.fatalities_high})  counts: {counts or '-'}")
        print(f"    evidence: {' | '.join(s.text for s in e.evidence)}")
        for s in sentences:
            print(f"    > {s[:600]}")
        print()
        rows.append({"n": k, "article": i, "published": str(result.document.published),
                     "event": e.to_dict(), "sentences": sentences})
    if args.jsonl:
        with args.jsonl.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
