"""Reading HTML pages: the article's main text and metadata, without the page's boilerplate.

trafilatura finds the main text (menus, footers, related links and comments left out) and the
metadata: title, publication date, site name and canonical URL. Its date search is kept to the
page's metadata and URL: the "extensive" search guesses from any year in the page (a copyright
line gives 1 January), and a wrong publication date would misplace every relative date.
"""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime
from pathlib import Path

from rasd.errors import BinaryInputError, EmptyInputError, EncodingError, InputError, InputTooLargeError
from rasd.ingest.sources import Article, BadInput, read_limited, reason_of
from rasd.text.reading import DEFAULT_MAX_BYTES, decode_article

__all__ = ["decode_html", "html_to_text", "looks_like_html", "read_html", "read_html_file"]

_DATE_SEARCH = {"extensive_search": False, "original_date": True}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|div|p|title|meta)\b", re.I)
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote article section header footer tr table pre figure".split()
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def looks_like_html(data: bytes) -> bool:
    """True when the head of ``data`` holds an HTML tag (a page saved without its extension)."""
    return _HTML_START.search(data[:4096]) is not None


def decode_html(data: bytes, *, content_type: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode an HTML page: by its byte-order mark, else the charset the server or the page declares
    (many Arabic sites still use windows-1256), else UTF-8. Raises ``InputError`` subclasses."""
    from rasd.ingest.fetch import charset_of

    if data.startswith(codecs.BOM_UTF8):
        return decode_article(data[3:], max_bytes=max_bytes)
    declared = _codec(charset_of(content_type)) or _codec(_meta_charset(data))
    if declared is None or declared == "utf-8":
        return decode_article(data, max_bytes=max_bytes)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"input is {len(data)} bytes, over the limit of {max_bytes} bytes for one article")
    if not data.strip():
        raise EmptyInputError("input is empty" if not data else "input holds only whitespace")
    if b"\x00" in data:
        raise BinaryInputError("input is binary data, not text")
    try:
        return data.decode(declared)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"input is not valid {declared} as the page declares (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _codec(name: str | None) -> str | None:
    """Python's name for a declared charset ("utf-8", "cp1256"); None when unknown (try UTF-8)."""
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_html(
    data: bytes,
    *,
    origin: str,
    url: str | None = None,
    content_type: str | None = None,
    fetched: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article | BadInput:
    """One article from an HTML page: trafilatura's main text, title, date, site name and URL
    (the page's canonical URL, else ``url``). A page without main text is a ``BadInput``."""
    try:
        page = decode_html(data, content_type=content_type, max_bytes=max_bytes)
    except InputError as exc:
        return BadInput(origin, reason_of(exc))
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                          date_extraction_params=_DATE_SEARCH)
    except Exception as exc:  # a parser failure on one odd page must not stop a run
        return BadInput(origin, f"the HTML could not be parsed ({type(exc).__name__}: {exc})")
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        return BadInput(origin, "no article text found in the HTML page")
    return Article(text=text, published=_date(doc.date), source=doc.sitename or None, url=doc.url or url,
                   title=doc.title or None, id=None, origin=origin, fetched=fetched)


def read_html_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article | BadInput:
    """One article from an HTML file (see ``read_html``); unreadable files are a ``BadInput``."""
    data = read_limited(path, max_bytes, f"input is over the limit of {max_bytes} bytes for one article")
    return data if isinstance(data, BadInput) else read_html(data, origin=str(path), max_bytes=max_bytes)


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's summary), one line per block, tags dropped."""
    if "<" not in fragment:
        return "\n".join(line for line in (_SPACES.sub(" ", s).strip() for s in fragment.splitlines()) if line)
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    for element in root.iter("script", "style"):
        element.text = ""
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
