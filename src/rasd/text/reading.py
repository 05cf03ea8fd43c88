"""Turning the bytes of one article into text, or a clear error.

The decoded string is the "original text" every offset indexes: nothing is stripped or
replaced here (a byte-order mark stays in the string; normalization ignores it).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

from rasd.errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError

__all__ = ["DEFAULT_MAX_BYTES", "arabic_share", "decode_article", "read_article"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Largest article accepted by default: news articles are far smaller; bigger input is a mistake."""

_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_DROP_ARABIC_LETTERS = dict.fromkeys(
    [*range(0x0621, 0x064B), *range(0x0671, 0x06D4), *range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFD)]
)
_WORDS = re.compile(r"[^\W\d_]+")
# The fast path of arabic_share: a head that code page 1256 can encode is counted in C with two
# bytes.translate deletions (the code page maps every byte to one character and back, so counting
# bytes counts characters): the bytes of non-letters, and those of the Arabic letters.
_CODEPAGE = "cp1256"
_CP_CHARS = bytes(range(256)).decode(_CODEPAGE)
_CP_NOT_LETTERS = bytes(b for b, c in enumerate(_CP_CHARS) if not _WORDS.fullmatch(c))
_CP_ARABIC_LETTERS = bytes(b for b, c in enumerate(_CP_CHARS)
                           if _WORDS.fullmatch(c) and ord(c) in _DROP_ARABIC_LETTERS)


def decode_article(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode one article's bytes as UTF-8, refusing empty, binary, invalid or oversized input."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"input is {_size(len(data))}, over the limit of {_size(max_bytes)} for one article"
        )
    if not data.strip():
        raise EmptyInputError("input is empty" if not data else "input holds only whitespace")
    if b"\x00" in data or len(_CONTROL.findall(data[:65536])) > 0.05 * min(len(data), 65536):
        raise BinaryInputError("input is binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"input is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first"
        ) from None


def read_article(source: str | Path | BinaryIO, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode one article from a path or a binary stream, never reading past the limit."""
    if isinstance(source, str | Path):
        with open(source, "rb") as fh:
            data = fh.read(max_bytes + 1)
    else:
        data = source.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(f"input is over the limit of {_size(max_bytes)} for one article")
    return decode_article(data, max_bytes=max_bytes)


def arabic_share(text: str, sample: int = 1000, *, encoded: bytes | None = None) -> float | None:
    """Share of Arabic among the letters of the text's head; None when it has no letters. ``encoded``: the
    whole text in code page 1256, where the caller has it (its head is the head's: one byte a character)."""
    try:
        data = text[:sample].encode(_CODEPAGE) if encoded is None else encoded[:sample]
    except UnicodeEncodeError:
        pass
    else:
        letters = len(data.translate(None, _CP_NOT_LETTERS))
        if not letters:
            return None
        return (len(data) - len(data.translate(None, _CP_ARABIC_LETTERS))) / letters
    head = "".join(_WORDS.findall(text, 0, sample))
    if not head:
        return None
    return (len(head) - len(head.translate(_DROP_ARABIC_LETTERS))) / len(head)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"
