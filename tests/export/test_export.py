"""export(): the format table, paths and streams, and clear errors."""

from __future__ import annotations

import io
import json

import pyarrow.parquet as pq
import pytest

from rasd.errors import RasdError
from rasd.export import EXPORT_FORMATS, export
from tests.export import bare_incident, make_incident


def test_formats():
    assert list(EXPORT_FORMATS) == ["acled-csv", "geojson", "jsonl", "parquet"]
    assert [f.binary for f in EXPORT_FORMATS.values()] == [False, False, False, True]
    assert all(f.suffix.startswith(".") and f.media_type for f in EXPORT_FORMATS.values())


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "jsonl", "parquet"])
def test_every_format_to_a_path(tmp_path, fmt):
    path = tmp_path / f"out{EXPORT_FORMATS[fmt].suffix}"
    n = export([make_incident(), bare_incident()], fmt, str(path))
    assert n == (1 if fmt == "geojson" else 2)  # the bare incident has no coordinates
    assert path.stat().st_size > 0


@pytest.mark.parametrize("fmt", ["acled-csv", "geojson", "jsonl"])
def test_text_formats_to_text_and_binary_streams(fmt):
    text = io.StringIO()
    export([make_incident()], fmt, text)
    binary = io.BytesIO()
    export([make_incident()], fmt, binary)
    assert not binary.closed  # the caller's stream stays open
    assert binary.getvalue().decode("utf-8") == text.getvalue()
    assert "الشرق الأوسط" in text.getvalue()


def test_csv_to_a_binary_stream_keeps_crlf():
    binary = io.BytesIO()
    export([make_incident()], "acled-csv", binary)
    assert binary.getvalue().count(b"\r\n") == 2 and b"\r\r\n" not in binary.getvalue()


def test_jsonl_streamed_to_a_binary_stream_is_parseable():
    binary = io.BytesIO()
    export(iter([make_incident(), bare_incident()]), "jsonl", binary)
    assert [json.loads(line)["incident_id"] for line in binary.getvalue().decode().splitlines()] == [
        "3fa07c2b9d14e0a1", "0000000000000000"]


def test_parquet_to_a_text_stream_is_refused():
    with pytest.raises(RasdError, match="binary format"):
        export([make_incident()], "parquet", io.StringIO())


def test_parquet_to_a_binary_file(tmp_path):
    path = tmp_path / "out.parquet"
    with open(path, "wb") as fh:
        export([make_incident()], "parquet", fh)
    assert pq.read_table(path).num_rows == 1


def test_unknown_format():
    with pytest.raises(RasdError, match=r"unknown export format 'xlsx'.*acled-csv, geojson, jsonl, parquet"):
        export([], "xlsx", io.StringIO())
