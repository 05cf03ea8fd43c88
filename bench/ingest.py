"""Ingest throughput into SQLite and PostgreSQL against bare extraction, database size, peak memory.

    python bench/ingest.py [--limit N] [--postgres URL]

Reads N articles of the SaudiNewsNet corpus in ../shared/corpora into memory, times bare extraction
over them, then ingests them (extract + store + merge, one transaction per article) into a fresh
SQLite file and, given --postgres (or RASD_TEST_POSTGRES_URL), into a fresh PostgreSQL schema, and
a second time to time the skip of already stored articles. Prints articles per second, the share of
bare extraction throughput that ingest keeps (the issue aims at 70% or more), database size and
peak resident memory. Ingest runs as `rasd ingest` does (``rasd.store.ingest.ingest``).

Under each backend's line, an extra line splits that same ingest run into the time spent in the
extractor and the time spent beyond it (hashing, storing, merging, committing). Its share is measured
within one run, so it does not drift when other work on the machine comes and goes between the
bare-extraction run and the ingest run, as the share on the main line does.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus import articles
from rasd.extractor import Extractor
from rasd.store.ingest import IngestSummary, ingest
from rasd.store.store import database_url, open_store


class _TimedExtractor:
    """The extractor, adding up the time its calls take."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self.seconds = 0.0

    def extract(self, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return self.extractor.extract(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t0


def _ingest(db: str, docs: list, extractor: Extractor) -> tuple[float, float, IngestSummary]:
    """Seconds the ingest took, seconds of it spent extracting, and its summary."""
    store = open_store(db)
    timed = _TimedExtractor(extractor)
    t0 = time.perf_counter()
    summary = ingest(store, docs, extractor=timed)  # what `rasd ingest` runs
    elapsed = time.perf_counter() - t0
    store.close()
    return elapsed, timed.seconds, summary


def _pg_schema(url: str) -> tuple[str, str, object]:
    import sqlalchemy as sa

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(database_url(url))
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}", schema, admin


def _pg_size(admin, schema: str) -> int:
    import sqlalchemy as sa

    with admin.connect() as conn:
        return conn.execute(sa.text(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :s AND c.relkind = 'r'"),
            {"s": schema}).scalar_one()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles to read (default: all 31,030)")
    parser.add_argument("--postgres", default=os.environ.get("RASD_TEST_POSTGRES_URL"),
                        help="PostgreSQL URL of a database where the benchmark may create a schema")
    args = parser.parse_args()

    docs = [SimpleNamespace(text=text, published=published, source="SaudiNewsNet", url=None, title=None, id=None,
                            origin=f"corpus:{i}", fetched=None)
            for i, (text, published) in enumerate(articles(limit=args.limit))]
    extractor = Extractor()
    extractor.extract(docs[0].text, published=docs[0].published)  # resources load outside the timing
    t0 = time.perf_counter()
    for doc in docs:
        extractor.extract(doc.text, published=doc.published, source=doc.source)
    bare = len(docs) / (time.perf_counter() - t0)
    print(f"articles: {len(docs)}")
    print(f"bare extraction: {bare:.0f} articles/s")

    backends = [("sqlite", None)]
    if args.postgres:
        backends.append(("postgresql", args.postgres))
    else:
        print("postgresql: skipped (give --postgres URL or set RASD_TEST_POSTGRES_URL)")
    for name, url in backends:
        with tempfile.TemporaryDirectory() as folder:
            if url is None:
                db, size = str(Path(folder) / "bench.db"), None
            else:
                db, schema, admin = _pg_schema(url)
            elapsed, extracting, summary = _ingest(db, docs, extractor)
            again, _, skipped = _ingest(db, docs, extractor)
            if url is None:
                size = sum(p.stat().st_size for p in Path(folder).iterdir())
            else:
                size = _pg_size(admin, schema)
                import sqlalchemy as sa

                with admin.begin() as conn:
                    conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
            rate = len(docs) / elapsed
            print(f"{name}: {rate:.0f} articles/s ingest ({rate / bare:.0%} of bare extraction); "
                  f"{summary.new} new, {summary.events} events, {len(summary.incidents)} incidents; "
                  f"rerun {len(docs) / again:.0f} articles/s ({skipped.skipped} skipped, {skipped.new} new); "
                  f"database {int(size) / 1e6:.1f} MB")
            print(f"  {name}, within that ingest run: extraction {extracting / len(docs) * 1e3:.2f} ms/article, "
                  f"everything else {(elapsed - extracting) / len(docs) * 1e3:.2f} ms/article; "
                  f"extraction's share of the ingest time {extracting / elapsed:.0%}")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
