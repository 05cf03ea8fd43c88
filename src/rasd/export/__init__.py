"""Exports of stored incidents: ACLED CSV, GeoJSON, JSON Lines and Parquet (plus Arrow and DataFrames).

Every writer takes any iterable of ``rasd.store.records.Incident`` and, except for the in-memory
tables, consumes it one incident at a time (Parquet: one row group at a time), so a store query can
be streamed straight to a file. ``export`` picks the writer by format name and opens the destination.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from rasd.errors import RasdError
from rasd.export.acled import ACLED_COLUMNS, acled_row, write_acled_csv
from rasd.export.geojson import write_geojson
from rasd.export.jsonl import write_jsonl
from rasd.export.table import to_arrow_table, to_dataframe, to_polars, write_parquet
from rasd.store.records import Incident

__all__ = [
    "ACLED_COLUMNS",
    "EXPORT_FORMATS",
    "ExportFormat",
    "acled_row",
    "export",
    "to_arrow_table",
    "to_dataframe",
    "to_polars",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl",
    "write_parquet",
]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: its writer, whether it writes bytes, its usual file suffix and media type."""

    name: str
    write: Callable[[Iterable[Incident], Any], int]
    binary: bool
    suffix: str
    media_type: str


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f for f in (
        ExportFormat("acled-csv", write_acled_csv, False, ".csv", "text/csv; charset=utf-8"),
        ExportFormat("geojson", write_geojson, False, ".geojson", "application/geo+json"),
        ExportFormat("jsonl", write_jsonl, False, ".jsonl", "application/jsonl"),
        ExportFormat("parquet", write_parquet, True, ".parquet", "application/vnd.apache.parquet"),
    )
}
"""The formats ``export`` (and ``rasd export --format``) knows, by name."""


def export(incidents: Iterable[Incident], fmt: str, dest: str | os.PathLike[str] | IO[Any]) -> int:
    """Write incidents in format ``fmt`` to ``dest``: a path, or an open text or binary stream.

    Text formats are UTF-8; a binary stream gets UTF-8 bytes. Parquet needs a path or a binary stream.
    A stream is left open. Returns the number of records written (GeoJSON: features, so incidents
    without coordinates are not counted).
    """
    spec = EXPORT_FORMATS.get(fmt)
    if spec is None:
        raise RasdError(f"unknown export format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")
    if isinstance(dest, str | os.PathLike):
        if spec.binary:
            return spec.write(incidents, os.fspath(dest))
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            return spec.write(incidents, fh)
    if spec.binary:
        if not _is_binary(dest):
            raise RasdError(f"{fmt} is a binary format: give a path or a binary stream, not a text stream")
        return spec.write(incidents, dest)
    if not _is_binary(dest):
        return spec.write(incidents, dest)
    wrapper = io.TextIOWrapper(dest, encoding="utf-8", newline="", write_through=True)
    try:
        return spec.write(incidents, wrapper)
    finally:
        wrapper.flush()
        wrapper.detach()  # leave the caller's binary stream open


def _is_binary(stream: IO[Any]) -> bool:
    """Whether a stream takes bytes: io's binary classes, or a file opened with "b" in its mode."""
    if isinstance(stream, io.TextIOBase):
        return False
    if isinstance(stream, io.RawIOBase | io.BufferedIOBase):
        return True
    return "b" in str(getattr(stream, "mode", ""))
