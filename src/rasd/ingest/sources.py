"""Articles from files, folders, feeds and URLs, each as an ``Article`` or, when it cannot be read,
a ``BadInput`` saying where and why: one bad input never stops a run.

    .txt            one article (UTF-8 text)
    .html .htm      one article: the page's main text and metadata (``rasd.ingest.html``)
    .jsonl(.gz)     one article a line: text, published, source, url, title, id
    .xml .rss .atom an RSS or Atom feed: each entry's page is fetched (``rasd.ingest.feeds``)
    http(s)://...   a feed or one article page, told apart by content type and content
    folders         recursively, in sorted order, files with the extensions above, hidden ones skipped

A file given by name with another extension is sniffed: a feed, an HTML page, else text.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rasd.errors import EmptyInputError, InputError
from rasd.text.reading import DEFAULT_MAX_BYTES, decode_article, read_article

if TYPE_CHECKING:
    from rasd.ingest.fetch import Fetcher

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "Article",
    "BadInput",
    "is_url",
    "iter_articles",
    "read_jsonl",
    "read_text_file",
]

TEXT_EXTENSIONS = (".txt",)
HTML_EXTENSIONS = (".html", ".htm")
JSONL_EXTENSIONS = (".jsonl", ".jsonl.gz")
FEED_EXTENSIONS = (".xml", ".rss", ".atom")
EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS + FEED_EXTENSIONS
"""The file names a folder is searched for."""

_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Article:
    """One article to extract, with what its source says about it."""

    text: str  # the article's text (for HTML: the page's main text)
    published: date | None
    source: str | None  # outlet name
    url: str | None
    title: str | None
    id: str | None  # the caller's own id (a JSON Lines "id"), else None
    origin: str  # where it came from, for messages: "path", "path:LINE" or a URL
    fetched: datetime | None = None  # when fetched over HTTP (UTC), else None


@dataclass(frozen=True, slots=True)
class BadInput:
    """An input that could not be read as an article, and why (one line)."""

    origin: str
    reason: str
    id: str | None = None  # the caller's id, when a bad JSON Lines record still names one


def is_url(value: str) -> bool:
    """True for ``http://`` and ``https://`` addresses, the only ones Rasd fetches."""
    return value[:8].lower().startswith(("http://", "https://"))


def iter_articles(
    paths: Iterable[str | Path],
    *,
    fetcher: Fetcher | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | BadInput]:
    """Every article of the given files, folders, feeds and URLs, in order, and a ``BadInput`` for
    each one that cannot be read. Never raises for bad input. Without ``fetcher`` one is made when
    a URL or feed needs it, and closed at the end."""
    own: list[Fetcher] = []

    def get_fetcher() -> Fetcher:
        if fetcher is not None:
            return fetcher
        if not own:
            from rasd.ingest.fetch import Fetcher

            own.append(Fetcher(max_bytes=max(max_bytes, DEFAULT_MAX_BYTES)))
        return own[0]

    try:
        for path in paths:
            yield from _iter_path(path, fetcher=get_fetcher, max_bytes=max_bytes)
    finally:
        for f in own:
            f.close()


def _iter_path(path: str | Path, *, fetcher: Any, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | BadInput]:
    """The articles of one path or URL. ``fetcher`` is a function returning a ``Fetcher``, called
    only when something must be fetched."""
    name = str(path)
    if isinstance(path, str) and is_url(path):
        from rasd.ingest.feeds import read_url

        yield from read_url(path, fetcher=_resolve(fetcher), max_bytes=max_bytes)
        return
    p = Path(path)
    if p.is_dir():
        yield from _iter_folder(p, fetcher=fetcher, max_bytes=max_bytes, seen=set())
    elif p.is_file():
        yield from _iter_file(p, fetcher=fetcher, max_bytes=max_bytes, known_only=False)
    elif p.exists():
        yield BadInput(name, "not a regular file or folder")
    else:
        yield BadInput(name, "no such file or folder")


def read_limited(path: str | Path, limit: int, too_large: str) -> bytes | BadInput:
    """A file's bytes, never reading past ``limit``; a BadInput (``too_large`` as the reason) when it
    is bigger or cannot be read."""
    origin = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        return BadInput(origin, exc.strerror or str(exc))
    if len(data) > limit:
        return BadInput(origin, too_large)
    return data


def read_text_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | BadInput:
    """One article from a UTF-8 text file; empty, binary, non-UTF-8 or oversized files are a BadInput."""
    origin = str(path)
    try:
        text = read_article(Path(path), max_bytes=max_bytes)
    except InputError as exc:
        return BadInput(origin, reason_of(exc))
    except OSError as exc:
        return BadInput(origin, exc.strerror or str(exc))
    return Article(text=text, published=None, source=None, url=None, title=None, id=None, origin=origin)


def read_jsonl(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | BadInput]:
    """One article a line of a JSON Lines file (gzip-compressed when the name ends in .gz).

    Each line is an object with ``text`` (required) and optional ``published`` (YYYY-MM-DD or an
    ISO date-time), ``source``, ``url``, ``title`` and ``id``. A bad line is a BadInput with origin
    ``path:LINE``; blank lines are skipped; ``max_bytes`` limits each line."""
    origin = str(path)
    try:
        fh = gzip.open(path, "rb") if origin.lower().endswith(".gz") else open(path, "rb")
    except OSError as exc:
        yield BadInput(origin, exc.strerror or str(exc))
        return
    number = 0
    try:
        with fh:
            while True:
                line = fh.readline(max_bytes + 1)
                if not line:
                    break
                number += 1
                where = f"{origin}:{number}"
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass  # skip the rest of the oversized line
                    yield BadInput(where, f"line is over the limit of {max_bytes} bytes for one article")
                    continue
                if number == 1:
                    line = line.removeprefix(codecs.BOM_UTF8)
                if not line.strip():
                    continue
                yield _jsonl_article(line, where)
    except (OSError, EOFError, zlib.error) as exc:
        if number == 0:
            yield BadInput(origin, f"cannot be read: {_os_reason(exc)}")
        else:
            yield BadInput(f"{origin}:{number + 1}", f"the file cannot be read past line {number}: {_os_reason(exc)}")


def _jsonl_article(line: bytes, origin: str) -> Article | BadInput:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return BadInput(origin, f"line is not valid UTF-8 (byte 0x{line[exc.start]:02x} at offset {exc.start})")
    except json.JSONDecodeError as exc:
        return BadInput(origin, f"line is not JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return BadInput(origin, f"line is a JSON {_json_type(record)}, not an object")
    ident = record.get("id")
    if ident is not None and not isinstance(ident, str):
        if isinstance(ident, bool) or not isinstance(ident, int | float):
            return BadInput(origin, f'"id" is a {_json_type(ident)}, not a string or number')
        ident = str(ident)
    if (problem := _text_problem(record.get("text"))) is not None:
        return BadInput(origin, problem, ident)
    try:
        published = parse_published(record.get("published"))
        fields = {key: _optional_str(record, key) for key in ("source", "url", "title")}
    except ValueError as exc:
        return BadInput(origin, str(exc), ident)
    return Article(text=record["text"], published=published, id=ident, origin=origin, **fields)


def _text_problem(text: object) -> str | None:
    """Why a record's "text" cannot be extracted, or None when it can."""
    if text is None:
        return 'no "text" field'
    if not isinstance(text, str):
        return f'"text" is a {_json_type(text)}, not a string'
    try:
        decode_article(text.encode("utf-8"), max_bytes=len(text) * 4 + 1)
    except UnicodeEncodeError:
        return '"text" holds an unpaired surrogate (a broken \\u escape)'
    except EmptyInputError:
        return '"text" is empty'
    except InputError as exc:
        return f'"text" is {reason_of(exc)}'
    return None


def parse_published(value: object) -> date | None:
    """A publication date given as YYYY-MM-DD or an ISO date-time (its own calendar day is kept,
    not converted to UTC); None for null or empty. Raises ValueError with a clear message."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
        except ValueError:
            pass
    shown = json.dumps(value, ensure_ascii=False)
    raise ValueError(f'bad "published" date: {shown} (expected YYYY-MM-DD or an ISO date-time)')


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f'"{key}" is a {_json_type(value)}, not a string')
    return value.strip() or None


def _json_type(value: object) -> str:
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "list", dict: "object"}.get(
        type(value), type(value).__name__)


def reason_of(exc: InputError) -> str:
    """``decode_article``'s message without its "input is" (the origin names the input)."""
    return str(exc).removeprefix("input is ").removeprefix("input ")


def _os_reason(exc: BaseException) -> str:
    return (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).rstrip(".")


def _kind(name: str) -> str | None:
    lower = name.lower()
    for kind, extensions in (("text", TEXT_EXTENSIONS), ("html", HTML_EXTENSIONS), ("jsonl", JSONL_EXTENSIONS),
                             ("feed", FEED_EXTENSIONS)):
        if lower.endswith(extensions):
            return kind
    return None


def _iter_file(path: Path, *, fetcher: Any, max_bytes: int, known_only: bool) -> Iterator[Article | BadInput]:
    kind = _kind(path.name)
    if kind is None:
        if known_only:
            return
        kind = _sniff(path)
    if kind == "text":
        yield read_text_file(path, max_bytes=max_bytes)
    elif kind == "html":
        from rasd.ingest.html import read_html_file

        yield read_html_file(path, max_bytes=max_bytes)
    elif kind == "jsonl":
        yield from read_jsonl(path, max_bytes=max_bytes)
    else:
        from rasd.ingest.feeds import read_feed_file

        yield from read_feed_file(path, fetcher=fetcher, max_bytes=max_bytes)


def _sniff(path: Path) -> str:
    """A file of unknown extension: a feed or an HTML page by its first bytes, else text."""
    from rasd.ingest.feeds import looks_like_feed
    from rasd.ingest.html import looks_like_html

    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError:
        return "text"  # read_text_file reports the error
    if looks_like_feed(head):
        return "feed"
    return "html" if looks_like_html(head) else "text"


def _iter_folder(folder: Path, *, fetcher: Any, max_bytes: int, seen: set[tuple[int, int]]
                 ) -> Iterator[Article | BadInput]:
    try:
        stat = folder.stat()
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            return  # a symbolic link back into a folder already read
        seen.add(key)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield BadInput(str(folder), f"cannot read the folder: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _iter_folder(path, fetcher=fetcher, max_bytes=max_bytes, seen=seen)
        elif _kind(entry.name) is not None:
            yield from _iter_file(path, fetcher=fetcher, max_bytes=max_bytes, known_only=True)


def _resolve(fetcher: Any) -> Fetcher:
    from rasd.ingest.fetch import Fetcher

    return fetcher if isinstance(fetcher, Fetcher) or not callable(fetcher) else fetcher()
