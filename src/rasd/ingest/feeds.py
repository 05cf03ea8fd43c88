"""RSS and Atom feeds, and URLs (a feed or one article page).

Each feed entry becomes one article: its link's page is fetched and its main text extracted; when
the page cannot be fetched or holds no text, the entry's own content or summary stands in. The
entry gives the title, link and publication date (its own calendar day, not shifted to UTC); the
feed's title names the outlet.
"""

from __future__ import annotations

import email.utils
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rasd.errors import InputError
from rasd.ingest.fetch import Fetcher, FetchError, Response, is_url
from rasd.ingest.html import html_to_text, looks_like_html, read_html
from rasd.ingest.sources import Article, BadInput, read_limited, reason_of
from rasd.text.reading import DEFAULT_MAX_BYTES, decode_article

__all__ = [
    "MAX_FEED_BYTES",
    "Feed",
    "FeedEntry",
    "FeedError",
    "entry_article",
    "looks_like_feed",
    "parse_feed",
    "read_feed",
    "read_feed_file",
    "read_response",
    "read_url",
]

MAX_FEED_BYTES = 64 * 1024 * 1024
"""Largest feed file read from disk (a feed holds many articles, so it may exceed one article's limit)."""
FEED_TOO_LARGE = f"feed file is over the limit of {MAX_FEED_BYTES} bytes"

FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_ROOT = re.compile(rb"<(rss|feed|rdf:RDF|html)\b", re.I)


class FeedError(InputError):
    """A feed that cannot be parsed, or a document that is not a feed."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed, as the feed tells it."""

    key: str  # what identifies the entry across polls: its id, else its link, else title and date
    title: str | None
    link: str | None
    published: date | None
    content: str  # the text of its content or summary (tags dropped), "" when it has none


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed. ``problem`` names a parse error that still left some entries readable."""

    title: str | None
    entries: tuple[FeedEntry, ...]
    problem: str | None = None


def looks_like_feed(data: bytes, media_type: str | None = None) -> bool:
    """True when the content type says RSS/Atom, or the document's root element is rss, feed or rdf:RDF."""
    if media_type in FEED_TYPES:
        return True
    match = _ROOT.search(data[:4096])
    return match is not None and match.group(1).lower() != b"html"


def parse_feed(data: bytes, *, content_type: str | None = None, url: str | None = None) -> Feed:
    """Parse RSS (0.9x, 1.0, 2.0) or Atom; relative links resolve against ``url``, the feed's address.
    Raises ``FeedError`` when nothing can be read from it."""
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    if url:
        headers["content-location"] = url
    try:
        parsed = feedparser.parse(data, response_headers=headers)
    except Exception as exc:  # feedparser's own failure on an odd document: a malformed feed, not a crash
        raise FeedError(f"malformed feed ({type(exc).__name__}: {_one_line(exc)})") from None
    problem = None
    if parsed.get("bozo") and not isinstance(
        parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType
    ):
        problem = f"malformed feed ({_one_line(parsed.get('bozo_exception'))})"
    entries = tuple(e for e in map(_entry, parsed.entries) if e is not None)
    if not parsed.get("version") and not entries:
        raise FeedError(problem or "not an RSS or Atom feed")
    if problem and not entries:
        raise FeedError(problem)
    title = (parsed.feed.get("title") or "").strip() or None
    return Feed(title=title, entries=entries, problem=problem)


def _entry(raw: Any) -> FeedEntry | None:
    title = (raw.get("title") or "").strip() or None
    link = (raw.get("link") or "").strip() or None
    if link and raw.get("guidislink") and not is_url(link):
        link = None  # an RSS <guid> that is no address, taken for the link by feedparser
    texts = [html_to_text(c.get("value") or "") for c in raw.get("content") or []]
    texts.append(html_to_text(raw.get("summary") or ""))
    content = max(texts, key=len)
    if not (title or link or content):
        return None  # an empty shell a broken feed leaves behind
    published = _entry_date(raw)
    key = (raw.get("id") or "").strip() or link or hashlib.sha1(f"{title}|{published}|{content}".encode()).hexdigest()
    return FeedEntry(key=key, title=title, link=link, published=published, content=content)


def _entry_date(raw: Any) -> date | None:
    """The entry's date as written (its own calendar day); the UTC-shifted parse as a last resort."""
    for field in ("published", "updated", "created"):
        value = (raw.get(field) or "").strip()
        if not value:
            continue
        try:
            return email.utils.parsedate_to_datetime(value).date()  # RSS: RFC 822
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(value).date()  # Atom: RFC 3339
        except ValueError:
            pass
        parsed = raw.get(f"{field}_parsed")
        if parsed:
            return date(*parsed[:3])
    return None


def entry_article(entry: FeedEntry, feed: Feed, *, origin: str, fetcher: Fetcher | None,
                  max_bytes: int = DEFAULT_MAX_BYTES, fetched: datetime | None = None) -> Article | BadInput:
    """The article of one feed entry (see the module's docstring)."""
    return _entry_article(entry, feed, origin=origin, fetcher=fetcher, max_bytes=max_bytes, fetched=fetched)[0]


def _entry_article(entry: FeedEntry, feed: Feed, *, origin: str, fetcher: Fetcher | None, max_bytes: int,
                   fetched: datetime | None) -> tuple[Article | BadInput, bool]:
    """The entry's article, and whether a failure is worth retrying later (the page fetch was)."""
    where = entry.link if entry.link and is_url(entry.link) else origin
    failure, transient, page = "", False, None
    if entry.link and is_url(entry.link) and fetcher is not None:
        try:
            response = fetcher.get(entry.link)
        except FetchError as exc:
            failure, transient = str(exc), exc.transient
        else:
            page = _page_article(response, origin=where, max_bytes=max_bytes)
            if isinstance(page, BadInput):
                failure, page = page.reason, None
    elif entry.link and not is_url(entry.link):
        failure = f"the link {entry.link!r} is not an http(s) URL"
    if page is not None:
        return Article(text=page.text, published=entry.published or page.published, source=feed.title or page.source,
                       url=entry.link, title=entry.title or page.title, id=None, origin=where,
                       fetched=page.fetched), False
    if entry.content.strip():
        return Article(text=entry.content, published=entry.published, source=feed.title, url=entry.link,
                       title=entry.title, id=None, origin=where, fetched=fetched), False
    if failure:
        return BadInput(where, f"{failure}; the feed entry has no text either"), transient
    return BadInput(where, "the feed entry has no link and no text"), False


def _page_article(response: Response, *, origin: str, max_bytes: int) -> Article | BadInput:
    if response.media_type in HTML_TYPES or response.media_type is None or looks_like_html(response.content):
        return read_html(response.content, origin=origin, url=response.url, content_type=response.content_type,
                         fetched=response.fetched, max_bytes=max_bytes)
    if response.media_type == "text/plain":
        return _text_article(response, origin=origin, max_bytes=max_bytes)
    return BadInput(origin, f"the page is not HTML (content type {response.media_type})")


def _text_article(response: Response, *, origin: str, max_bytes: int) -> Article | BadInput:
    try:
        text = decode_article(response.content, max_bytes=max_bytes)
    except InputError as exc:
        return BadInput(origin, reason_of(exc))
    return Article(text=text, published=None, source=None, url=response.url, title=None, id=None, origin=origin,
                   fetched=response.fetched)


def read_feed(data: bytes, *, origin: str, fetcher: Any, max_bytes: int = DEFAULT_MAX_BYTES,
              content_type: str | None = None, fetched: datetime | None = None, url: str | None = None
              ) -> Iterator[Article | BadInput]:
    """Every entry of a feed as an article; a BadInput for the feed when it cannot be parsed (and
    before its entries when it is broken but partly readable), and for each unreadable entry.
    ``fetcher`` is a ``Fetcher``, a function returning one (called only when an entry links to a
    page), or None to use the entries' own text only."""
    try:
        feed = parse_feed(data, content_type=content_type, url=url)
    except FeedError as exc:
        yield BadInput(origin, str(exc))
        return
    if feed.problem:
        found = len(feed.entries)
        yield BadInput(origin, f"{feed.problem}; reading the {found} {'entry' if found == 1 else 'entries'} found")
    if callable(fetcher) and not isinstance(fetcher, Fetcher):
        fetcher = fetcher() if any(e.link and is_url(e.link) for e in feed.entries) else None
    for number, entry in enumerate(feed.entries, 1):
        yield entry_article(entry, feed, origin=f"{origin}#{number}", fetcher=fetcher, max_bytes=max_bytes,
                            fetched=fetched)


def read_feed_file(path: str | Path, *, fetcher: Any, max_bytes: int = DEFAULT_MAX_BYTES
                   ) -> Iterator[Article | BadInput]:
    """The articles of an RSS/Atom file (see ``read_feed``)."""
    origin = str(path)
    data = read_limited(path, MAX_FEED_BYTES, FEED_TOO_LARGE)
    if isinstance(data, BadInput):
        yield data
    elif not data.strip():
        yield BadInput(origin, "empty")
    else:
        yield from read_feed(data, origin=origin, fetcher=fetcher, max_bytes=max_bytes)


def read_response(response: Response, *, origin: str, fetcher: Fetcher | None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | BadInput]:
    """The articles of a fetched document: a feed's entries, or one HTML or text page."""
    if looks_like_feed(response.content, response.media_type):
        yield from read_feed(response.content, origin=origin, fetcher=fetcher, max_bytes=max_bytes,
                             content_type=response.content_type, fetched=response.fetched, url=response.url)
    elif response.media_type in ("application/xml", "text/xml"):
        yield BadInput(origin, "not an RSS or Atom feed (an XML document of another kind)")
    else:
        yield _page_article(response, origin=origin, max_bytes=max_bytes)


def read_url(url: str, *, fetcher: Fetcher, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | BadInput]:
    """The articles at a URL: fetched, then read as a feed or as one page."""
    try:
        response = fetcher.get(url)
    except FetchError as exc:
        yield BadInput(url, str(exc))
        return
    yield from read_response(response, origin=url, fetcher=fetcher, max_bytes=max_bytes)


def _one_line(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text.replace("<unknown>:", "line ", 1) if text.startswith("<unknown>:") else text
