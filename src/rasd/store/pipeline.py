"""Extraction in worker processes, so that an ingest extracts and stores at once (``rasd.store.ingest``).

Extraction is pure Python and costs about twice what storing an article does: in one process the two
take turns, and a thread cannot overlap them since both hold the interpreter. ``ExtractionWorkers``
runs the extractor in forked processes; the ingest process sends them chunks of articles and gets
back, per article, only what the store writes: the language and the events (about 110 bytes, 20 us to
send and read back, where a whole ``ExtractionResult`` with its text analysis is some 9 kB and 0.4 ms,
a fifth of the extraction itself). The ingest process rebuilds the document from the article it holds.

Why fork. The workers need the extractor's resources (lexicons, gazetteer: some 1.2 s to load and
most of the memory). A forked child inherits them loaded and shares their pages with the ingest
process; a spawned one would load them again. The ingest process loads them before forking
(``_warm``). The catch is that a child inherits everything else too, among it the store's open
database connections (SQLite files, PostgreSQL sockets). A child must never use them nor let them be
finalized: closing a psycopg connection tells the server to end the session the ingest process is
using. So:

- the ingest process freezes its objects for the garbage collector (``gc.freeze``) around the forks:
  no collection in a child ever visits them (nor writes to their pages, which would copy them);
- a child runs only the extraction loop and ends through ``os._exit`` (as multiprocessing's fork start
  method ends every child), which runs no finalizer, ``atexit`` hook or collection;
- it never unwinds the frames it inherited, which hold the store, the writer and their connections.

Where fork is not available (Windows), ``can_fork`` says so and the ingest extracts in its own process.

Each worker has a pipe of its own each way, and chunks go round: chunk ``n`` to worker ``n % workers``,
so each worker's answers come back in the order the ingest process reads them. A worker reads its
pipe in a thread of its own, so that the ingest process never waits long to send while the worker
waits to send its answer: neither side can block the other for good.

Lifetime. Only the ingest process holds the other end of a worker's pipes (each child closes the ends
it inherits of the others'). So when the ingest process closes them (a normal end) or dies, even by
SIGKILL, the worker reads the end of its input and exits at once, mid-chunk or not; when a worker
dies, the ingest process reads the end of its answers and raises ``RasdError``. After an exception
in the ingest process (a database error, Ctrl-C) the workers are terminated and reaped. Ctrl-C reaches
the whole process group, so the workers ignore SIGINT: the ingest process decides, and ends them.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import threading
from datetime import date
from multiprocessing.connection import Connection
from typing import Any, NoReturn

from rasd.errors import RasdError

__all__ = ["ExtractionWorkers", "can_fork", "lean_extract"]

_JOIN_SECONDS = 10.0

_WARM_UP = ("قُتل خمسة مدنيين أمس في قصف مدفعي لقوات النظام على مدينة حلب، بحسب ناشطين.", date(2019, 11, 12))
"""An article with an event, so that every recognizer loads its resources before the fork."""


def can_fork() -> bool:
    """Whether worker processes can be forked here."""
    return "fork" in multiprocessing.get_all_start_methods()


class ExtractionWorkers:
    """``n`` forked processes that extract chunks of articles: ``submit`` chunks, then read each one's
    ``results`` in the order they were submitted. Use in a ``with`` block."""

    def __init__(self, extractor: Any, n: int) -> None:
        if n < 1:
            raise ValueError(f"at least one worker, not {n}")
        context = multiprocessing.get_context("fork")
        self._processes: list[Any] = []
        self._tasks: list[Connection] = []  # this process's ends: it sends on these...
        self._answers: list[Connection] = []  # ...and reads on these
        self._submitted = self._read = 0
        _warm(extractor)
        frozen_before = gc.get_freeze_count()
        gc.freeze()  # every object here is permanent for the children's collector: never collected there
        try:
            for i in range(n):
                task_out, task_in = context.Pipe(duplex=False)  # (reading end, writing end)
                answer_out, answer_in = context.Pipe(duplex=False)
                self._tasks.append(task_in)
                self._answers.append(answer_out)
                process = context.Process(
                    target=_work, name=f"rasd-extract-{i}", daemon=True,
                    args=(extractor, task_out, answer_in, [*self._tasks, *self._answers]))
                process.start()
                self._processes.append(process)
                task_out.close()  # the child's ends: only the child holds them now
                answer_in.close()
        except BaseException:
            self.close(failed=True)
            raise
        finally:
            if not frozen_before:
                gc.unfreeze()  # here they are collectable as before

    def __enter__(self) -> ExtractionWorkers:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(failed=exc_type is not None)

    def submit(self, jobs: list[tuple]) -> int:
        """Send articles ``(text, published, source, url)`` to extract; the chunk's number."""
        seq = self._submitted
        worker = seq % len(self._processes)
        try:
            self._tasks[worker].send((seq, jobs))
        except OSError:  # BrokenPipeError: the worker is gone; reading this chunk's results will say so,
            pass  # after the chunks before it are read and stored
        self._submitted += 1
        return seq

    def results(self, seq: int) -> list:
        """The outcome of each article of chunk ``seq`` (the oldest not read yet), in order:
        ``(language, events)``, or why its extraction failed (a str). Raises ``RasdError`` if the
        worker died."""
        if seq != self._read:
            raise ValueError(f"chunk {self._read} is to be read before chunk {seq}")
        worker = seq % len(self._processes)
        try:
            answered, outcomes = self._answers[worker].recv()
        except (EOFError, OSError):
            self._lost(worker)
        assert answered == seq, (answered, seq)
        self._read += 1
        return outcomes

    def _lost(self, worker: int) -> NoReturn:
        process = self._processes[worker]
        process.join(_JOIN_SECONDS)
        raise RasdError(f"an extraction worker ended unexpectedly (exit code {process.exitcode}); the articles "
                        "stored so far are whole: run the ingest again to go on")

    def close(self, *, failed: bool = False) -> None:
        """End the workers: closing their input ends them once idle; after a failure, terminate them."""
        for conn in self._tasks:
            conn.close()
        if failed:
            for process in self._processes:
                if process.exitcode is None:
                    process.terminate()
        for process in self._processes:
            process.join(_JOIN_SECONDS)
            if process.exitcode is None:
                process.kill()
                process.join()
        for conn in self._answers:
            conn.close()


def _warm(extractor: Any) -> None:
    """Load the extractor's resources here, once, so that the forked workers share them. A failure is
    left to the workers, which report it article by article as an extraction in this process would."""
    try:
        extractor.extract(_WARM_UP[0], published=_WARM_UP[1])
    except Exception:
        pass


def _work(extractor: Any, tasks: Connection, answers: Connection, inherited: list[Connection]) -> None:
    """A worker: extract each chunk that arrives and answer with its lean outcomes, until the input ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # terminate() ends it, whatever handler the caller set
    for conn in inherited:  # the ingest process's ends of every pipe: it alone may hold them
        conn.close()
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(tasks, inbox), daemon=True).start()
    while True:
        seq, jobs = inbox.get()
        outcomes = [lean_extract(extractor, *job) for job in jobs]
        try:
            answers.send((seq, outcomes))
        except OSError:  # BrokenPipeError: the ingest process is gone
            os._exit(0)


def _receive(tasks: Connection, inbox: queue.SimpleQueue) -> None:
    """Read the worker's input as it comes; at its end (the ingest process closed it, or died), end
    the worker at once: nobody will read what it would answer."""
    code = 1  # anything but the end of the input is unexpected: the ingest process hears of it
    try:
        while True:
            inbox.put(tasks.recv())
    except (EOFError, OSError):
        code = 0
    finally:
        os._exit(code)


def lean_extract(extractor: Any, text: str, published: date | None, source: str | None,
                 url: str | None) -> tuple[str, tuple] | str:
    """What the store needs of one article's extraction, or why it failed (as the serial ingest says it)."""
    try:
        result = extractor.extract(text, published=published, source=source, url=url)
    except Exception as exc:
        return extraction_failure(exc)
    return result.language, result.events


def extraction_failure(exc: BaseException) -> str:
    """The reason reported for an article whose extraction raised ``exc``."""
    return f"extraction failed: {type(exc).__name__}: {exc}"
