"""The fetcher against a local server: retries on 5xx, timeouts and refused connections, not on 4xx."""

from __future__ import annotations

import socket

import pytest

from rasd.ingest.fetch import Fetcher, FetchError
from tests.ingest.conftest import ARTICLE_1, Route, Server, page


def test_a_page_is_fetched_with_its_type_and_final_url(server: Server, fetcher: Fetcher) -> None:
    server.route("/article.html", page(ARTICLE_1))
    response = fetcher.get(server.url("/moved"))
    assert response.url == server.url("/article.html")
    assert response.content_type == "text/html; charset=utf-8"
    assert (response.media_type, response.charset) == ("text/html", "utf-8")
    assert "تل الورد" in response.content.decode("utf-8")
    assert response.fetched.tzinfo is not None
    assert server.hits == ["/moved", "/article.html"]
    assert server.agents[0].startswith("rasd/")


def test_a_503_then_200_is_retried(server: Server, fetcher: Fetcher) -> None:
    server.sequence("/flaky", Route(503, b"busy", "text/plain"), Route(503, b"busy", "text/plain"),
                    Route(200, b"<p>ok</p>", "text/html"))
    assert fetcher.get(server.url("/flaky")).content == b"<p>ok</p>"
    assert server.count("/flaky") == 3


def test_a_lasting_503_fails_after_the_tries(server: Server, fetcher: Fetcher) -> None:
    server.route("/down", "busy", "text/plain", status=503)
    with pytest.raises(FetchError, match=r"^HTTP 503 after 3 tries$") as caught:
        fetcher.get(server.url("/down"))
    assert caught.value.transient and server.count("/down") == 3


def test_a_404_is_not_retried(server: Server, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match=r"^HTTP 404 Not Found$") as caught:
        fetcher.get(server.url("/missing"))
    assert not caught.value.transient and server.count("/missing") == 1


def test_a_hanging_server_times_out(server: Server) -> None:
    server.sequence("/hang", Route(200, b"late", "text/html", hang=True))
    with Fetcher(read_timeout=0.2, tries=2, backoff=0, trust_env=False) as fetcher, \
            pytest.raises(FetchError, match=r"^timed out \(read\) after 2 tries$"):
        fetcher.get(server.url("/hang"))
    assert server.count("/hang") == 2


def test_a_refused_connection_is_retried_then_reported() -> None:
    with socket.socket() as s:  # a port on 127.0.0.1 that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Fetcher(tries=2, backoff=0, trust_env=False) as fetcher, \
            pytest.raises(FetchError, match=r"^connection failed \(ConnectError: .*\) after 2 tries$"):
        fetcher.get(f"http://127.0.0.1:{port}/feed.xml")


def test_the_backoff_doubles_between_tries(server: Server) -> None:
    waits: list[float] = []
    server.route("/down", "busy", "text/plain", status=502)
    with Fetcher(tries=4, backoff=0.5, sleep=waits.append, trust_env=False) as fetcher, \
            pytest.raises(FetchError, match="HTTP 502 after 4 tries"):
        fetcher.get(server.url("/down"))
    assert waits == [0.5, 1.0, 2.0]


def test_a_body_over_the_limit_is_refused(server: Server) -> None:
    server.route("/big", "ب" * 5000)
    with Fetcher(max_bytes=1000, backoff=0, trust_env=False) as fetcher, \
            pytest.raises(FetchError, match="over the limit of 1000 bytes"):
        fetcher.get(server.url("/big"))
    assert server.count("/big") == 1


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/hosts", "127.0.0.1/feed"])
def test_only_http_urls_are_fetched(url: str, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="not an http"):
        fetcher.get(url)
