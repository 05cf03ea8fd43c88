"""Polling feeds: new entries handed over once, failures reported and survived, stopping on request."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from rasd.errors import RasdError
from rasd.ingest import Article, BadInput
from rasd.ingest.fetch import Fetcher
from rasd.ingest.watch import parse_interval, watch
from tests.ingest.conftest import ARTICLE_1, ARTICLE_2, ARTICLE_3, Route, Server, page, rss


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("10m", 600), ("1h", 3600), ("1h30m", 5400), ("1.5h", 5400), (" 2 M ", 120), ("45", 45),
     ("0.5s", 0.5)],
)
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "10x", "m", "ten minutes", "-5m", "0s", "10m5", "5mm"])
def test_parse_interval_refuses(text: str) -> None:
    with pytest.raises(RasdError, match=r"duration|longer than zero"):
        parse_interval(text)


class Log:
    """What watch() handed over, round by round."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.bad: list[BadInput] = []
        self.waits: list[float] = []

    def titles(self) -> list[str | None]:
        return [a.title for a in self.articles]


def item(server: Server, n: int, text: str | None = None, path: str | None = None) -> dict[str, str]:
    entry = {"title": f"خبر رقم {n}", "link": server.url(path or f"/news/{n}.html"), "guid": f"g{n}"}
    if text:
        entry["description"] = text
    return entry


def test_new_entries_are_handed_over_once(server: Server, fetcher: Fetcher) -> None:
    for n, text in ((1, ARTICLE_1), (2, ARTICLE_2), (3, ARTICLE_3)):
        server.route(f"/news/{n}.html", page(text, title=f"صفحة {n}"))
    server.route("/feed", rss([item(server, 2), item(server, 1)]), "application/rss+xml")
    log = Log()

    def between_rounds(seconds: float) -> None:
        log.waits.append(seconds)
        if len(log.waits) == 1:  # the feed gains an entry after the first round
            server.route("/feed", rss([item(server, 3), item(server, 2), item(server, 1)]), "application/rss+xml")

    watch([server.url("/feed")], every=600, handle=log.articles.append, on_bad=log.bad.append, fetcher=fetcher,
          rounds=3, sleep=between_rounds)
    assert log.titles() == ["خبر رقم 2", "خبر رقم 1", "خبر رقم 3"]
    assert "مقتل شخصين" in log.articles[1].text and log.articles[2].source == "أخبار المحافظات"
    assert log.bad == []
    assert server.count("/feed") == 3
    assert [server.count(f"/news/{n}.html") for n in (1, 2, 3)] == [1, 1, 1]  # no page fetched twice
    assert len(log.waits) == 2 and all(590 < w <= 600 for w in log.waits)


def test_watch_keeps_going_through_errors_and_a_malformed_feed(server: Server) -> None:
    good = rss([item(server, 1, ARTICLE_1, path="/gone.html")])
    server.sequence(
        "/feed",
        Route(503, b"busy", "text/plain"),
        Route(200, b"", "text/xml", hang=True),
        Route(200, b"<rss version='2.0'><channel><title>x</title><item><title>bro", "application/rss+xml"),
        Route(200, good.encode(), "application/rss+xml"),
    )
    log = Log()
    with Fetcher(read_timeout=0.2, tries=1, trust_env=False) as fetcher:
        watch([server.url("/feed")], every=1, handle=log.articles.append, on_bad=log.bad.append, fetcher=fetcher,
              rounds=4, sleep=log.waits.append)
    feed = server.url("/feed")
    assert [b.origin for b in log.bad] == [feed] * 3
    assert log.bad[0].reason == "HTTP 503 once"
    assert log.bad[1].reason == "timed out (read) once"
    assert log.bad[2].reason.startswith("malformed feed (")
    # Round 4: the page is gone (404), the entry's own text stands in.
    assert [(a.title, a.text) for a in log.articles] == [("خبر رقم 1", ARTICLE_1)]


def test_an_entry_whose_page_failed_for_now_is_tried_again(server: Server) -> None:
    server.sequence("/news/1.html", Route(503, b"busy", "text/plain"), Route(200, page(ARTICLE_2).encode(), "text/html"))
    server.route("/news/2.html", "gone", "text/plain", status=404)
    server.route("/feed", rss([item(server, 1), item(server, 2)]), "application/rss+xml")
    log = Log()
    with Fetcher(tries=1, trust_env=False) as fetcher:
        watch([server.url("/feed")], every=1, handle=log.articles.append, on_bad=log.bad.append, fetcher=fetcher,
              rounds=3, sleep=log.waits.append)
    assert log.bad == [
        BadInput(server.url("/news/1.html"), "HTTP 503 once; the feed entry has no text either"),
        BadInput(server.url("/news/2.html"), "HTTP 404 Not Found; the feed entry has no text either"),
    ]
    assert log.titles() == ["خبر رقم 1"] and "ثلاثة شبان" in log.articles[0].text
    assert server.count("/news/1.html") == 2 and server.count("/news/2.html") == 1  # a 404 is not asked again


def test_a_feed_file_and_a_url_in_one_watch(tmp_path: Path, server: Server, fetcher: Fetcher) -> None:
    path = tmp_path / "local.xml"
    path.write_text(rss([{"title": "محلي", "description": ARTICLE_3, "guid": "l1"}], title="ملف"), encoding="utf-8")
    server.route("/feed", rss([item(server, 9, ARTICLE_1, path="/none.html")]), "application/rss+xml")
    log = Log()
    watch([str(path), server.url("/feed"), str(tmp_path / "absent.xml")], every=1, handle=log.articles.append,
          on_bad=log.bad.append, fetcher=fetcher, rounds=2, sleep=log.waits.append)
    assert [(a.title, a.source) for a in log.articles] == [("محلي", "ملف"), ("خبر رقم 9", "أخبار المحافظات")]
    assert log.bad == [BadInput(str(tmp_path / "absent.xml"), "No such file or directory")] * 2


def test_setting_stop_ends_the_wait_at_once(server: Server, fetcher: Fetcher) -> None:
    server.route("/feed", rss([item(server, 1, ARTICLE_1, path="/none.html")]), "application/rss+xml")
    stop = threading.Event()
    log = Log()
    thread = threading.Thread(target=watch, args=([server.url("/feed")],), daemon=True, kwargs={
        "every": 3600, "handle": log.articles.append, "on_bad": log.bad.append, "fetcher": fetcher, "stop": stop})
    thread.start()
    for _ in range(100):
        if log.articles:
            break
        thread.join(0.05)
    stop.set()
    thread.join(5)
    assert not thread.is_alive()
    assert log.titles() == ["خبر رقم 1"] and server.count("/feed") == 1


def test_stop_set_while_handling_ends_the_round(server: Server, fetcher: Fetcher) -> None:
    server.route("/feed", rss([item(server, n, ARTICLE_1 + f" ({n})", path="/none.html") for n in (1, 2, 3)]),
                 "application/rss+xml")
    stop = threading.Event()
    handled: list[Article] = []

    def handle(article: Article) -> None:
        handled.append(article)
        stop.set()

    def no_wait(seconds: float) -> None:
        raise AssertionError("watch() should have stopped before waiting")

    watch([server.url("/feed")], every=1, handle=handle, on_bad=print, fetcher=fetcher, stop=stop, sleep=no_wait)
    assert [a.title for a in handled] == ["خبر رقم 1"]
