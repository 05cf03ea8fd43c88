"""Ingest with extraction in worker processes (``rasd.store.pipeline``): the same rows as the serial
ingest, input read a bounded window ahead, failures reported in place, workers that never outlive it."""

from __future__ import annotations

import multiprocessing
import os
from datetime import date

import pytest

from rasd.errors import RasdError
from rasd.extractor import Extractor
from rasd.ingest.sources import Article, BadInput
from rasd.store import ingest as ingest_module
from rasd.store import open_store
from rasd.store.ingest import ingest
from tests.store.test_ingest import report
from tests.store.test_writes import stored_rows

pytestmark = pytest.mark.skipif(not ingest_module.can_fork(), reason="worker processes are forked")

FAIL = "FAIL-ON-PURPOSE"
DIE = "DIE-ON-PURPOSE"
_extractor = Extractor()


class Flaky:
    """The extractor, raising on texts that say FAIL and ending the process on texts that say DIE
    (in a worker, as a crash of the interpreter would)."""

    def extract(self, text: str, **kwargs):
        if FAIL in text:
            raise ValueError("boom on purpose")
        if DIE in text:
            os._exit(3)
        return _extractor.extract(text, **kwargs)


def article(i: int, text: str | None = None) -> Article:
    r = report(i)
    return Article(text=text or r["text"], published=date(2019, 11, 12), source=r["source"], url=None,
                   title=r["title"], id=r["id"], origin=f"in:{i}")


def inputs() -> list:
    """Reports that merge into incidents across articles, with what must keep its place: bad inputs,
    repeated texts (in the same chunk, a chunk later, after their first was stored), an article whose
    extraction fails, and that article again."""
    items: list = [article(i) for i in range(40)]
    items.insert(3, article(2))  # the same text as the item before it
    items.insert(9, BadInput("in:bad-1", "not UTF-8"))
    items.insert(12, article(100, f"{report(5)['text']} {FAIL}"))
    items.insert(15, article(5))
    items.insert(20, article(101, f"{report(5)['text']} {FAIL}"))  # fails again, extracted again
    items.insert(30, article(7))  # long after its first
    items += [BadInput("in:bad-2", "fetch failed"), article(39), article(0)]
    return items


def run(url: str, items, workers: int) -> tuple:
    seen: list[str] = []
    with open_store(url) as store:
        summary = ingest(store, items, extractor=Flaky(), workers=workers, on_item=lambda item: seen.append(item.origin))
    return summary, seen


@pytest.mark.parametrize("workers", [1, 3])
def test_pipelined_ingest_stores_exactly_what_the_serial_one_does(new_db, monkeypatch, workers):
    monkeypatch.setattr(ingest_module, "CHUNK_ARTICLES", 4)  # many chunks, answered out of step by 3 workers
    serial_url, pipelined_url = new_db(), new_db()
    serial, serial_seen = run(serial_url, inputs(), 0)
    pipelined, pipelined_seen = run(pipelined_url, inputs(), workers)

    assert serial.failures == [("in:bad-1", "not UTF-8"),
                               ("in:100", "extraction failed: ValueError: boom on purpose"),
                               ("in:101", "extraction failed: ValueError: boom on purpose"),
                               ("in:bad-2", "fetch failed")]
    assert (serial.new, serial.skipped, serial.failed) == (40, 5, 4) and serial.events >= 40
    assert pipelined == serial
    assert pipelined_seen == serial_seen == [i.origin for i in inputs()]  # every item, in input order
    rows = stored_rows(serial_url)
    assert len(rows["incidents"]) < len(rows["events"])  # reports merged across articles
    assert stored_rows(pipelined_url) == rows


def test_the_input_is_read_a_bounded_window_ahead(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "CHUNK_ARTICLES", 8)
    monkeypatch.setattr(ingest_module, "CHUNKS_AHEAD", 2)
    workers, total = 2, 200
    bound = (2 * workers + 1) * 8  # the chunks in flight, and the one being filled
    pulled = 0
    ahead: list[int] = []

    def items():
        nonlocal pulled
        for i in range(total):
            pulled += 1
            yield article(i)

    workers_seen: set[int] = set()

    def on_item(item) -> None:
        ahead.append(pulled - len(ahead) - 1)  # read but not yet stored
        workers_seen.update(p.pid for p in multiprocessing.active_children() if p.name.startswith("rasd-extract"))

    with open_store(str(tmp_path / "a.db")) as store:
        summary = ingest(store, items(), workers=workers, on_item=on_item)
        assert summary.new == total and len(ahead) == total
        assert 0 < ahead[0] <= bound and max(ahead) <= bound
        assert len(workers_seen) == workers
        ahead.clear()
        workers_seen.clear()
        pulled = 0
        again = ingest(store, items(), workers=workers, on_item=on_item)  # all stored: nothing to extract
        assert again.skipped == total and max(ahead) <= 8
        assert not workers_seen  # none started


def test_the_workers_end_with_an_interrupted_ingest(tmp_path):
    running: list[int] = []

    def on_item(item) -> None:
        if item.origin == "in:5":
            running.extend(p.pid for p in multiprocessing.active_children() if p.name.startswith("rasd-extract"))
            raise KeyboardInterrupt

    url = str(tmp_path / "a.db")
    with open_store(url) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(store, [article(i) for i in range(100)], workers=2, on_item=on_item)
        assert store.counts()["documents"] == 6  # the items before it, and it, stored whole
    assert len(running) == 2
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("rasd-extract")]
    for pid in running:  # ended and reaped, not left as zombies
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_worker_that_dies_stops_the_ingest_with_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "CHUNK_ARTICLES", 4)
    items = [article(i) for i in range(20)]
    items.insert(10, article(100, f"{report(3)['text']} {DIE}"))
    with open_store(str(tmp_path / "a.db")) as store:
        with pytest.raises(RasdError, match=r"extraction worker ended unexpectedly \(exit code 3\)"):
            ingest(store, items, extractor=Flaky(), workers=2)
        assert store.counts()["documents"] == 8  # the chunks before the one it died in
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("rasd-extract")]
