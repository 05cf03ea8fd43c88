"""Polling feeds: every so often, read each feed again and hand over the entries not seen before.

The entries seen are remembered in memory (by id, else link) for as long as they stay in their
feed, so an unchanged feed costs one request and no page is fetched twice. Timeouts, server errors
and malformed feeds are reported through ``on_bad`` and the polling goes on; an entry whose page
failed for a passing reason (timeout, 5xx) and that has no text of its own is tried again next round.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime

from rasd.errors import RasdError
from rasd.ingest.feeds import FEED_TOO_LARGE, MAX_FEED_BYTES, FeedError, _entry_article, looks_like_feed, parse_feed
from rasd.ingest.fetch import Fetcher, FetchError, is_url
from rasd.ingest.sources import Article, BadInput, read_limited
from rasd.text.reading import DEFAULT_MAX_BYTES

__all__ = ["parse_interval", "watch"]

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smh]?)", re.I)


def parse_interval(text: str) -> float:
    """Seconds in a duration such as ``90s``, ``10m``, ``1h``, ``1h30m`` or ``45`` (seconds).
    Raises ``RasdError`` for anything else, or for zero."""
    compact = text.strip().lower().replace(" ", "")
    parts = list(_PART.finditer(compact))
    if not compact or "".join(m.group(0) for m in parts) != compact or (
        len(parts) > 1 and not all(m.group(2) for m in parts)
    ):
        raise RasdError(f"not a duration: {text!r} (write it like 90s, 10m or 1h)")
    seconds = sum(float(m.group(1)) * _UNITS[m.group(2) or "s"] for m in parts)
    if seconds <= 0:
        raise RasdError(f"the interval must be longer than zero: {text!r}")
    return seconds


def watch(
    feeds: Sequence[str],
    *,
    every: float,
    handle: Callable[[Article], None],
    on_bad: Callable[[BadInput], None],
    fetcher: Fetcher | None = None,
    rounds: int | None = None,
    stop: threading.Event | None = None,
    sleep: Callable[[float], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> None:
    """Poll each feed (a URL or a file) every ``every`` seconds, calling ``handle`` with each new
    entry's article and ``on_bad`` with each failure, until ``rounds`` rounds are done or ``stop``
    is set. Waits with ``sleep`` when given, else on ``stop`` (so setting it ends the wait at once).
    Exceptions raised by ``handle`` or ``on_bad`` stop the polling and propagate."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(max_bytes=max(max_bytes, DEFAULT_MAX_BYTES))
    seen: dict[str, set[str]] = {}
    done = 0
    try:
        while not _stopped(stop):
            started = time.monotonic()
            for source in feeds:
                if _stopped(stop):
                    return
                _poll(source, fetcher=fetcher, seen=seen.setdefault(source, set()), handle=handle, on_bad=on_bad,
                      stop=stop, max_bytes=max_bytes)
            done += 1
            if (rounds is not None and done >= rounds) or _stopped(stop):
                return
            _pause(max(0.0, every - (time.monotonic() - started)), stop=stop, sleep=sleep)
    finally:
        if own:
            fetcher.close()


def _poll(source: str, *, fetcher: Fetcher, seen: set[str], handle: Callable[[Article], None],
          on_bad: Callable[[BadInput], None], stop: threading.Event | None, max_bytes: int) -> None:
    """One read of one feed: hand over its new entries."""
    loaded = _load(source, fetcher)
    if isinstance(loaded, BadInput):
        on_bad(loaded)
        return
    data, content_type, fetched = loaded
    if is_url(source) and not looks_like_feed(data, _media_type(content_type)):
        on_bad(BadInput(source, "not an RSS or Atom feed"))
        return
    try:
        feed = parse_feed(data, content_type=content_type, url=source if is_url(source) else None)
    except FeedError as exc:
        on_bad(BadInput(source, str(exc)))
        return
    if feed.problem:
        on_bad(BadInput(source, feed.problem))
    for number, entry in enumerate(feed.entries, 1):
        if entry.key in seen:
            continue
        if _stopped(stop):
            return
        item, transient = _entry_article(entry, feed, origin=f"{source}#{number}", fetcher=fetcher,
                                         max_bytes=max_bytes, fetched=fetched)
        if isinstance(item, BadInput):
            on_bad(item)
            if transient:
                continue  # try again next round
        else:
            handle(item)
        seen.add(entry.key)
    if not feed.problem:
        seen.intersection_update(e.key for e in feed.entries)  # forget what left the feed: bounded memory


def _load(source: str, fetcher: Fetcher) -> tuple[bytes, str | None, datetime | None] | BadInput:
    if is_url(source):
        try:
            response = fetcher.get(source)
        except FetchError as exc:
            return BadInput(source, str(exc))
        return response.content, response.content_type, response.fetched
    data = read_limited(source, MAX_FEED_BYTES, FEED_TOO_LARGE)
    return data if isinstance(data, BadInput) else (data, None, None)


def _media_type(content_type: str | None) -> str | None:
    return content_type.split(";", 1)[0].strip().lower() if content_type else None


def _stopped(stop: threading.Event | None) -> bool:
    return stop is not None and stop.is_set()


def _pause(seconds: float, *, stop: threading.Event | None, sleep: Callable[[float], None] | None) -> None:
    if sleep is not None:
        sleep(seconds)
    elif stop is not None:
        stop.wait(seconds)
    else:
        time.sleep(seconds)
