"""The exceptions Rasd raises. The library never prints or exits; the CLI reports these.

    RasdError
    ├── InputError            the input cannot be read as an article
    │   ├── EmptyInputError   nothing but whitespace
    │   ├── BinaryInputError  binary data (NUL bytes or mostly control characters)
    │   ├── EncodingError     bytes that are not valid UTF-8
    │   └── InputTooLargeError  larger than the configured limit
    └── ResourceError         a packaged data file is missing or malformed
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "EmptyInputError",
    "EncodingError",
    "InputError",
    "InputTooLargeError",
    "RasdError",
    "ResourceError",
]


class RasdError(Exception):
    """Base class of every error Rasd raises on purpose."""


class InputError(RasdError):
    """The input cannot be read as an article."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class EncodingError(InputError):
    """The input bytes are not valid UTF-8."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""


class ResourceError(RasdError):
    """A packaged data file is missing or malformed."""
