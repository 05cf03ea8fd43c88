"""Fetching pages and feeds over HTTP: timeouts, a few retries with backoff, a size limit.

Timeouts, connection errors and 5xx answers are retried (the server may recover); 4xx answers are
not (asking again gives the same answer). Every failure ends in one ``FetchError`` whose message is
a single clear line, so a reader can report it beside the URL and carry on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from rasd import __version__
from rasd.errors import RasdError
from rasd.ingest.sources import is_url
from rasd.text.reading import DEFAULT_MAX_BYTES

__all__ = ["USER_AGENT", "FetchError", "Fetcher", "Response", "is_url"]

USER_AGENT = f"rasd/{__version__} (Arabic conflict-event extraction; python-httpx)"
"""Sent with every request: servers see which program is asking."""


class FetchError(RasdError):
    """A URL could not be fetched. ``transient`` says whether asking again later may succeed."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched body with what is needed to read it."""

    content: bytes
    content_type: str | None  # the Content-Type header as sent, e.g. "text/html; charset=utf-8"
    url: str  # the final URL, after redirects
    fetched: datetime  # when the body was received (UTC)

    @property
    def media_type(self) -> str | None:
        """The content type without parameters, lower-cased: ``text/html``."""
        if not self.content_type:
            return None
        return self.content_type.split(";", 1)[0].strip().lower() or None

    @property
    def charset(self) -> str | None:
        """The charset parameter of the content type, if any."""
        return charset_of(self.content_type)


def charset_of(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type value, or None."""
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None


class Fetcher:
    """GET over HTTP(S) with retries. Reuse one Fetcher for many URLs (it keeps connections open);
    close it (or use it as a context manager) when done. Safe to share between threads."""

    def __init__(
        self,
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        tries: int = 3,
        backoff: float = 1.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
        trust_env: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """``tries`` counts the first attempt; the waits between tries are ``backoff``, 2×, 4× ...
        seconds. ``max_bytes`` refuses larger bodies; ``transport`` is for tests."""
        if tries < 1:
            raise ValueError("tries must be at least 1")
        self.tries = tries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self._sleep = sleep
        self._client = httpx.Client(
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            headers={"User-Agent": user_agent, "Accept": "*/*"},
            follow_redirects=True,
            max_redirects=10,
            trust_env=trust_env,
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the open connections."""
        self._client.close()

    def get(self, url: str) -> Response:
        """Fetch ``url``; raise ``FetchError`` with a one-line reason when it cannot be had."""
        if not is_url(url):
            raise FetchError(f"not an http(s) URL: {url}")
        failure = ""
        for attempt in range(1, self.tries + 1):
            if attempt > 1 and self.backoff > 0:
                self._sleep(self.backoff * 2 ** (attempt - 2))
            try:
                return self._get_once(url)
            except _Retry as exc:
                failure = str(exc)
        times = "once" if self.tries == 1 else f"after {self.tries} tries"
        raise FetchError(f"{failure} {times}", transient=True)

    def _get_once(self, url: str) -> Response:
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 500:
                    raise _Retry(f"HTTP {response.status_code}")
                if response.status_code >= 400:
                    phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                    raise FetchError(f"HTTP {response.status_code}{phrase}", transient=response.status_code == 429)
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"response of {declared} bytes is over the limit of {self.max_bytes} bytes")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError(f"response is over the limit of {self.max_bytes} bytes")
                return Response(bytes(body), response.headers.get("Content-Type"), str(response.url),
                                datetime.now(UTC))
        except httpx.TimeoutException as exc:
            raise _Retry(f"timed out ({_kind(exc)})") from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except httpx.DecodingError as exc:
            raise FetchError(f"the response body could not be decoded ({exc})".replace("\n", " ")) from None
        except httpx.TransportError as exc:
            raise _Retry(f"connection failed ({type(exc).__name__}: {exc})".replace("\n", " ")) from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"invalid URL: {exc}") from None


class _Retry(Exception):
    """A failure worth another try."""


def _kind(exc: httpx.TimeoutException) -> str:
    return {httpx.ConnectTimeout: "connect", httpx.ReadTimeout: "read", httpx.WriteTimeout: "write",
            httpx.PoolTimeout: "pool"}.get(type(exc), "timeout")
