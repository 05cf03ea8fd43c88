"""The REST API and web interface over the incident store (``rasd serve``).

``create_app(db)`` builds the FastAPI app; ``python -m rasd.web`` runs it like ``rasd serve``.
Names load lazily, so importing ``rasd.web`` does not import FastAPI.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from rasd.web.app import create_app

        return create_app
    raise AttributeError(f"module 'rasd.web' has no attribute {name!r}")
