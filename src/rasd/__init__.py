"""Rasd (رصد): Arabic conflict news to ACLED-style event data.

The public API is importable from here; modules load on first use, so ``import rasd`` is cheap
and loads no resources.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "ActorMention": "rasd.model",
    "Document": "rasd.model",
    "Event": "rasd.model",
    "Extractor": "rasd.extractor",
    "PlaceMention": "rasd.model",
    "Quantity": "rasd.model",
    "RasdError": "rasd.errors",
    "Sentence": "rasd.model",
    "TextAnalysis": "rasd.analysis",
    "TimeRef": "rasd.model",
    "Token": "rasd.model",
    "analyze_text": "rasd.analysis",
    "extract": "rasd.extractor",
    "normalize": "rasd.text.normalize",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'rasd' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    return __all__
