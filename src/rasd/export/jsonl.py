"""Incidents as JSON Lines: one incident a line, with every report (the store's full record)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from rasd.store.records import Incident

__all__ = ["write_jsonl"]


def write_jsonl(incidents: Iterable[Incident], fh: TextIO) -> int:
    """Write ``incident.to_dict()`` a line (UTF-8 text, Arabic unescaped); returns the number of lines."""
    n = 0
    for incident in incidents:
        fh.write(json.dumps(incident.to_dict(), ensure_ascii=False))
        fh.write("\n")
        n += 1
    return n
