"""Articles in, incidents out: extract each article and store it, one transaction per article.

Idempotent by content hash: an article whose text is already stored is skipped before extraction,
so rerunning an ingest (after a crash, or on a folder that grew) costs little and adds nothing twice.
A bad input (unreadable file, bad JSON line, failed fetch) is counted and reported, never fatal.

Extraction is pure Python and holds the interpreter, so a thread cannot overlap it with storing (see
``ingest``); worker processes can (``rasd.store.pipeline``). The ingest process still reads the
inputs, skips stored texts, stores, merges and commits, article by article in input order.
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.model import Document
from rasd.store.pipeline import ExtractionWorkers, can_fork, extraction_failure
from rasd.store.store import Store
from rasd.store.writer import Writer

__all__ = ["CHUNKS_AHEAD", "CHUNK_ARTICLES", "IngestSummary", "default_workers", "ingest", "ingest_article"]

CHUNK_ARTICLES = 32
"""Inputs per chunk sent to the workers: each message then carries some 60 ms of extraction, against
well under a millisecond of sending and receiving it."""

CHUNKS_AHEAD = 2
"""Chunks in flight per worker (one being extracted, one waiting): the inputs read ahead of the one
being stored are at most ``CHUNK_ARTICLES * CHUNKS_AHEAD * workers``."""

_MAX_WORKERS = 3


@dataclass
class IngestSummary:
    """What an ingest did: articles new, skipped (already stored) and failed; events; incidents.
    ``on_failure(origin, reason)``, when given, hears of each failure as it happens."""

    new: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    incidents: set[str] = field(default_factory=set)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)
    on_failure: Callable[[str, str], None] | None = field(default=None, repr=False, compare=False)

    def fail(self, origin: str, reason: str) -> None:
        """Count an input that could not be ingested, and tell ``on_failure``."""
        self.failed += 1
        self.failures.append((origin, reason))
        if self.on_failure is not None:
            self.on_failure(origin, reason)

    def line(self) -> str:
        """The summary a person reads at the end of an ingest."""
        return (f"articles: {self.new} new, {self.skipped} skipped (already stored), {self.failed} failed; "
                f"events: {self.events}; incidents touched: {len(self.incidents)}")


def ingest_article(store: Store | Writer, article, extractor, summary: IngestSummary,
                   known: set[str] | None = None) -> None:
    """Extract and store one ``rasd.ingest.sources.Article``, updating ``summary``. ``store`` is the
    store, or a writer of it for many articles in a row. ``known`` (the ids of the documents stored,
    kept up to date here) saves a look-up per article."""
    document_id = Document(article.text).id
    if (document_id in known) if known is not None else store.has_document(document_id):
        summary.skipped += 1
        return
    try:
        result = extractor.extract(article.text, published=article.published, source=article.source,
                                   url=article.url)
    except Exception as exc:  # a bug on one article must not stop the ingest; the store is untouched
        summary.fail(article.origin, extraction_failure(exc))
        return
    if known is not None:
        known.add(document_id)
    _store_result(store, article, result, summary)


def _store_result(store: Store | Writer, article, result: Any, summary: IngestSummary) -> None:
    """Store an article's extraction result (``.document``, ``.language``, ``.events``), updating ``summary``."""
    added = store.add(result, title=article.title, origin=article.origin, fetched=article.fetched,
                      external_id=article.id)
    if not added.new:
        summary.skipped += 1
        return
    summary.new += 1
    summary.events += added.events
    summary.incidents.update(added.incidents)


def default_workers() -> int:
    """The extraction worker processes ``ingest`` starts when not told: one per CPU this process may
    run on, at most three; none (extraction in the ingest process) with a single CPU or where
    processes cannot be forked. One per CPU rather than one fewer, though the ingest process has work
    of its own: storing costs about half of what extracting does (0.9-1.2 ms against 1.8 ms an
    article), so one worker leaves the ingest process waiting for it half the time, and on two CPUs
    two workers and the ingest process keep both busy (8,000 corpus articles into SQLite on two
    CPUs: 352 articles/s serial, 445 with one worker, 517 with two). At most three: beyond that the
    ingest process's own share is the limit, and more workers only take memory."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cpus, _MAX_WORKERS) if cpus > 1 and can_fork() else 0


def ingest(store: Store, items: Iterable, *, extractor=None, workers: int | None = None,
           on_item: Callable[[object], None] | None = None,
           on_failure: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Ingest ``Article`` and ``BadInput`` items (``rasd.ingest.sources.iter_articles``), in order.

    ``workers`` extraction processes (default ``default_workers()``) extract while this process
    stores; 0 extracts here, article by article, as does any number where processes cannot be
    forked. Either way the articles are stored in input order, one transaction each, so the same
    inputs make the same rows; ``on_item`` hears of each item, in order, once it is stored, skipped
    or reported.

    Not a writer thread: one that overlapped the database's work with extraction was measured
    slower on SQLite and PostgreSQL alike (the statements' Python side holds the interpreter), and
    measured again no faster on a busy two-core machine, with a 0.5 ms switch interval too (15,515
    corpus articles: SQLite 321-336 against 329 articles/s, PostgreSQL 276-288 against 275). A
    writer (``Store.writer``) holds its connections for the whole ingest; one transaction per article.
    """
    from rasd.extractor import Extractor
    from rasd.ingest.sources import BadInput

    extractor = extractor or Extractor()
    workers = default_workers() if workers is None else workers
    if workers < 0:
        raise ValueError(f"workers must be 0 or more, not {workers}")
    summary = IngestSummary(on_failure=on_failure)
    known = store.document_ids()
    with store.writer() as writer:
        if workers == 0 or not can_fork():
            for item in items:
                if isinstance(item, BadInput):
                    summary.fail(item.origin, item.reason)
                else:
                    ingest_article(writer, item, extractor, summary, known)
                if on_item is not None:
                    on_item(item)
        else:
            _ingest_in_workers(writer, items, extractor, workers, summary, known, on_item)
    return summary


# What becomes of each input of a chunk, decided as it is read (the hash and the skip happen here).
_BAD, _SKIP, _EXTRACT, _AGAIN = range(4)


@dataclass(slots=True)
class _Chunk:
    """Inputs in input order, each ``(what, item, document id, its position among the jobs)``; ``seq``
    names the workers' task that extracts its articles (None: none to extract)."""

    entries: list[tuple[int, Any, str | None, int]]
    seq: int | None


@dataclass(frozen=True, slots=True)
class _Extracted:
    """What the writer reads of an extraction result, put together from a worker's lean answer."""

    document: Document
    language: str
    events: tuple


def _ingest_in_workers(writer: Writer, items: Iterable, extractor, workers: int, summary: IngestSummary,
                       known: set[str], on_item: Callable[[object], None] | None) -> None:
    """``ingest`` with extraction in worker processes: read inputs a bounded window ahead, send the
    articles to extract in chunks, and store each chunk's results in input order as they come back.

    A text already stored is skipped here, before it is sent. A text that is in flight (the same
    text earlier in this run, not yet stored) is decided when its turn comes: skipped if the earlier
    one was stored, else extracted here, as the serial ingest would extract it again."""
    from rasd.ingest.sources import BadInput

    in_flight: set[str] = set()
    pending: deque[_Chunk] = deque()
    window = CHUNKS_AHEAD * workers
    pool: ExtractionWorkers | None = None

    def submit(jobs: list[tuple]) -> int | None:
        """Send the jobs, starting the workers on the first: a rerun with nothing new to extract
        forks none, nor loads the extractor's resources."""
        nonlocal pool
        if not jobs:
            return None
        if pool is None:
            pool = stack.enter_context(ExtractionWorkers(extractor, workers))
        return pool.submit(jobs)

    def consume(chunk: _Chunk) -> None:
        outcomes = pool.results(chunk.seq) if pool is not None and chunk.seq is not None else ()
        for what, item, document_id, job in chunk.entries:
            if what == _BAD:
                summary.fail(item.origin, item.reason)
            elif what == _SKIP:
                summary.skipped += 1
            elif what == _AGAIN:
                ingest_article(writer, item, extractor, summary, known)  # skips it when the first was stored
            else:
                in_flight.discard(document_id)
                outcome = outcomes[job]
                if isinstance(outcome, str):
                    summary.fail(item.origin, outcome)
                else:
                    known.add(document_id)
                    # The document as Extractor.extract makes it, from what this process holds.
                    document = Document(item.text, published=item.published, source=item.source, url=item.url)
                    _store_result(writer, item, _Extracted(document, *outcome), summary)
            if on_item is not None:
                on_item(item)

    with contextlib.ExitStack() as stack:
        entries: list[tuple[int, Any, str | None, int]] = []
        jobs: list[tuple] = []
        for item in items:
            if isinstance(item, BadInput):
                entries.append((_BAD, item, None, -1))
            else:
                document_id = Document(item.text).id
                if document_id in known:
                    entries.append((_SKIP, item, document_id, -1))
                elif document_id in in_flight:
                    entries.append((_AGAIN, item, document_id, -1))
                else:
                    in_flight.add(document_id)
                    entries.append((_EXTRACT, item, document_id, len(jobs)))
                    jobs.append((item.text, item.published, item.source, item.url))
            if len(entries) >= CHUNK_ARTICLES:
                pending.append(_Chunk(entries, submit(jobs)))
                entries, jobs = [], []
                # Store while the window is full; a chunk with nothing to extract needs no wait.
                while pending and (len(pending) >= window or pending[0].seq is None):
                    consume(pending.popleft())
        if entries:
            pending.append(_Chunk(entries, submit(jobs)))
        while pending:
            consume(pending.popleft())
