"""Ingest throughput into SQLite and PostgreSQL against bare extraction, database size, peak memory.

    python bench/ingest.py [--limit N] [--postgres URL] [--workers N]

Reads N articles of the SaudiNewsNet corpus in ../shared/corpora into memory, times bare extraction
over them on one core, then ingests them (extract + store + merge, one transaction per article) into
a fresh SQLite file and, given --postgres (or RASD_TEST_POSTGRES_URL), into a fresh PostgreSQL schema:
twice per backend, back to back, each into a database of its own: serially (``workers=0``, extraction
in the ingest process) and pipelined (extraction in --workers worker processes, default as `rasd
ingest` chooses, while the ingest process stores). Then a rerun of the pipelined ingest times the
skip of already stored articles. Prints articles per second and the share of bare one-core
extraction throughput that each ingest keeps (the issue aims at 70% or more), database size and peak
resident memory. Ingest runs as `rasd ingest` does (``rasd.store.ingest.ingest``).

Under each line, an extra line splits that same run. Serial: the time spent in the extractor and the
time spent beyond it (hashing, storing, merging, committing); its share is measured within one run,
so it does not drift when other work on the machine comes and goes between the bare-extraction run
and the ingest run, as the share on the main line does. Pipelined: the CPU time of the ingest
process and of its workers per article, against the wall time: the ingest process waits for its
workers when its CPU time is well below the wall time.
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
from rasd.store.ingest import default_workers, ingest
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


def _ingest(db: str, docs: list, extractor: Extractor, workers: int) -> SimpleNamespace:
    """One ingest into ``db``: its summary, seconds, seconds spent in the extractor (serial only),
    and the CPU seconds of this process and of its (reaped) workers."""
    store = open_store(db)
    timed = _TimedExtractor(extractor) if workers == 0 else extractor  # a worker's timer would stay there
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    summary = ingest(store, docs, extractor=timed, workers=workers)  # what `rasd ingest` runs
    elapsed = time.perf_counter() - t0
    own_after, children_after = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    store.close()
    return SimpleNamespace(
        summary=summary, seconds=elapsed, extracting=getattr(timed, "seconds", None),
        cpu=_cpu(own_after) - _cpu(own), workers_cpu=_cpu(children_after) - _cpu(children))


def _cpu(usage) -> float:
    return usage.ru_utime + usage.ru_stime


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
    parser.add_argument("--workers", type=int, default=None,
                        help=f"worker processes of the pipelined ingest (default {default_workers()}, "
                             "as `rasd ingest` chooses)")
    args = parser.parse_args()
    workers = default_workers() if args.workers is None else args.workers
    if workers < 1:
        sys.exit("the pipelined ingest needs at least one worker: give --workers 1 or more")

    docs = [SimpleNamespace(text=text, published=published, source="SaudiNewsNet", url=None, title=None, id=None,
                            origin=f"corpus:{i}", fetched=None)
            for i, (text, published) in enumerate(articles(limit=args.limit))]
    extractor = Extractor()
    extractor.extract(docs[0].text, published=docs[0].published)  # resources load outside the timing
    t0 = time.perf_counter()
    for doc in docs:
        extractor.extract(doc.text, published=doc.published, source=doc.source)
    bare = len(docs) / (time.perf_counter() - t0)
    print(f"articles: {len(docs)}; CPUs: {os.cpu_count()}")
    print(f"bare extraction, one core: {bare:.0f} articles/s")

    backends = [("sqlite", None)]
    if args.postgres:
        backends.append(("postgresql", args.postgres))
    else:
        print("postgresql: skipped (give --postgres URL or set RASD_TEST_POSTGRES_URL)")
    n = len(docs)
    for name, url in backends:
        with tempfile.TemporaryDirectory() as folder:
            if url is None:
                dbs = [str(Path(folder) / "serial.db"), str(Path(folder) / "pipelined.db")]
            else:
                serial_db, serial_schema, admin = _pg_schema(url)
                pipelined_db, pipelined_schema, _ = _pg_schema(url)
                dbs = [serial_db, pipelined_db]
            serial = _ingest(dbs[0], docs, extractor, 0)
            pipelined = _ingest(dbs[1], docs, extractor, workers)
            again = _ingest(dbs[1], docs, extractor, workers)
            if url is None:
                size = Path(dbs[1]).stat().st_size + sum(
                    p.stat().st_size for p in Path(folder).glob("pipelined.db-*"))
            else:
                size = _pg_size(admin, pipelined_schema)
                import sqlalchemy as sa

                with admin.begin() as conn:
                    conn.execute(sa.text(f"DROP SCHEMA {serial_schema} CASCADE"))
                    conn.execute(sa.text(f"DROP SCHEMA {pipelined_schema} CASCADE"))
            for label, run in ((f"{name} serial (workers=0)", serial),
                               (f"{name} pipelined ({workers} worker process{'es' if workers > 1 else ''})",
                                pipelined)):
                s, rate = run.summary, n / run.seconds
                than_serial = "" if run is serial else f", {serial.seconds / run.seconds:.2f} times the serial rate"
                print(f"{label}: {rate:.0f} articles/s ingest ({rate / bare:.0%} of bare one-core extraction"
                      f"{than_serial}); {s.new} new, {s.events} events, {len(s.incidents)} incidents")
                if run.extracting is not None:
                    print(f"  within that run: extraction {run.extracting / n * 1e3:.2f} ms/article, "
                          f"everything else {(run.seconds - run.extracting) / n * 1e3:.2f} ms/article; "
                          f"extraction's share of the ingest time {run.extracting / run.seconds:.0%}")
                else:
                    print(f"  within that run, per article: wall {run.seconds / n * 1e3:.2f} ms; CPU of the ingest "
                          f"process {run.cpu / n * 1e3:.2f} ms, of the workers {run.workers_cpu / n * 1e3:.2f} ms")
            same = all(getattr(serial.summary, k) == getattr(pipelined.summary, k)
                       for k in ("new", "skipped", "failed", "events", "incidents"))
            print(f"  {name}: serial and pipelined summaries {'agree' if same else 'DIFFER'}; "
                  f"rerun {n / again.seconds:.0f} articles/s ({again.summary.skipped} skipped, "
                  f"{again.summary.new} new); database {int(size) / 1e6:.1f} MB")
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
          f"(the largest worker: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB, "
          "most of it pages shared with the ingest process)")


if __name__ == "__main__":
    main()
