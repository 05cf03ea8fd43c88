"""Reading the benchmark corpus from ../shared/corpora (never copied into the repository)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet-2015.jsonl.gz"


def articles(path: Path = CORPUS, limit: int | None = None) -> Iterator[tuple[str, date | None]]:
    """(text, published) for each article, or exit with a clear message where the corpus is absent."""
    if not path.exists():
        sys.exit(f"benchmark skipped: {path} is absent (it lives in ../shared/corpora beside the repository)")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            row = json.loads(line)
            published = row.get("published")
            yield row.get("text") or "", date.fromisoformat(published[:10]) if published else None
