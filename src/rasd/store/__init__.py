"""The incident store: documents, events and merged incidents in SQLite or PostgreSQL.

Names load lazily, so the ``rasd`` command starts without importing SQLAlchemy until it needs it.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "DEFAULT_DB": "rasd.store.store",
    "AddResult": "rasd.store.store",
    "Incident": "rasd.store.records",
    "IncidentFilter": "rasd.store.store",
    "Report": "rasd.store.records",
    "Store": "rasd.store.store",
    "StoreError": "rasd.store.store",
    "database_url": "rasd.store.store",
    "open_store": "rasd.store.store",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'rasd.store' has no attribute {name!r}")
