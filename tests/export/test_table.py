"""Arrow, Parquet and DataFrames: proper column types, values read back unchanged, optional pandas/polars."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, date, datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from rasd.errors import RasdError
from rasd.export import export, to_arrow_table, to_dataframe, to_polars, write_parquet
from rasd.export.table import SCHEMA
from tests.export import bare_incident, make_incident, many_incidents

EXPECTED_TYPES = {
    "incident_id": pa.string(), "event_type": pa.string(), "sub_event_type": pa.string(),
    "event_date": pa.date32(), "time_precision": pa.int8(), "actor1": pa.string(),
    "assoc_actor_1": pa.list_(pa.string()), "inter1": pa.string(), "actor2": pa.string(),
    "assoc_actor_2": pa.list_(pa.string()), "inter2": pa.string(), "country": pa.string(), "iso": pa.int32(),
    "admin1": pa.string(), "admin2": pa.string(), "admin3": pa.string(), "location": pa.string(),
    "latitude": pa.float64(), "longitude": pa.float64(), "geo_precision": pa.int8(), "fatalities": pa.int64(),
    "fatalities_high": pa.int64(), "status": pa.string(), "notes": pa.string(), "sources": pa.list_(pa.string()),
    "updated": pa.timestamp("us", tz="UTC"), "n_reports": pa.int32(), "reports": pa.string(),
}


def expected_row(inc) -> dict:
    d = {name: getattr(inc, name) for name in EXPECTED_TYPES if name not in ("n_reports", "reports")}
    for name in ("assoc_actor_1", "assoc_actor_2", "sources"):
        d[name] = list(d[name])
    d["n_reports"] = len(inc.reports)
    d["reports"] = [r.to_dict() for r in inc.reports]
    return d


def rows(table: pa.Table) -> list[dict]:
    out = table.to_pylist()
    for row in out:
        row["reports"] = json.loads(row["reports"])
    return out


def test_arrow_table_types_and_values():
    incidents = [make_incident(), bare_incident()]
    table = to_arrow_table(incidents)
    assert {f.name: f.type for f in table.schema} == EXPECTED_TYPES
    assert table.schema.names == list(EXPECTED_TYPES)
    assert rows(table) == [expected_row(inc) for inc in incidents]


def test_arrow_values_of_the_prison_attack():
    [row] = to_arrow_table([make_incident()]).to_pylist()
    assert row["event_date"] == date(2022, 1, 20)
    assert row["updated"] == datetime(2022, 1, 21, 12, 0, tzinfo=UTC)
    assert row["sources"] == ["الشرق الأوسط", "المرصد السوري لحقوق الإنسان", "عنب بلدي", "مصادر محلية"]
    assert row["fatalities_high"] == 28 and row["iso"] == 760
    reports = json.loads(row["reports"])
    assert [r["document_id"] for r in reports] == ["doc0000000000001", "doc0000000000002"]
    assert reports[0]["event"]["actor2_ar"] == "قسد"


def test_parquet_read_back_gives_the_same_values_and_types(tmp_path):
    incidents = [make_incident(), bare_incident()]
    path = tmp_path / "out.parquet"
    assert write_parquet(incidents, path) == 2
    table = pq.read_table(path)
    assert {f.name: f.type for f in table.schema} == EXPECTED_TYPES
    assert rows(table) == [expected_row(inc) for inc in incidents]
    assert table.column("event_date").null_count == 1  # the bare incident's
    assert table.column("location").to_pylist()[0] == "Al-Hasakeh - Ghwayran Prison"


def test_parquet_to_a_binary_stream():
    buf = io.BytesIO()
    assert export([make_incident()], "parquet", buf) == 1
    assert not buf.closed and buf.getvalue()[:4] == b"PAR1"
    table = pq.read_table(io.BytesIO(buf.getvalue()))
    assert rows(table) == [expected_row(make_incident())]


def test_parquet_streams_in_row_groups(tmp_path):
    drawn: list[int] = []
    path = tmp_path / "many.parquet"
    assert write_parquet(many_incidents(2_500, drawn=drawn), path, batch_size=1_000) == 2_500
    meta = pq.ParquetFile(path).metadata
    assert meta.num_rows == 2_500 and meta.num_row_groups == 3
    assert len(drawn) == 2_500


def test_parquet_of_nothing_has_the_schema(tmp_path):
    path = tmp_path / "empty.parquet"
    assert write_parquet(iter(()), path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0 and table.schema.names == SCHEMA.names


def test_to_dataframe_without_pandas_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes "import pandas" raise ImportError
    with pytest.raises(RasdError, match=r"pandas is not installed; pip install pandas"):
        to_dataframe([make_incident()])


def test_to_polars_without_polars_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(RasdError, match=r"polars is not installed; pip install polars"):
        to_polars([make_incident()])


def test_to_dataframe_with_pandas():
    pytest.importorskip("pandas")
    df = to_dataframe([make_incident(), bare_incident()])
    assert list(df.columns) == list(EXPECTED_TYPES)
    assert df.loc[0, "incident_id"] == "3fa07c2b9d14e0a1"
    assert df.loc[0, "fatalities"] == 17
    assert list(df.loc[0, "sources"]) == list(make_incident().sources)


def test_to_polars_with_polars():
    pytest.importorskip("polars")
    df = to_polars([make_incident()])
    assert df.columns == list(EXPECTED_TYPES)
    assert df["event_date"][0] == date(2022, 1, 20)


def test_pandas_is_not_a_dependency():
    from importlib.metadata import requires

    names = {r.split(";")[0].split("[")[0].split("<")[0].split(">")[0].split("=")[0].strip().lower()
             for r in requires("rasd") or [] if "extra ==" not in r}
    assert "pyarrow" in names
    assert "pandas" not in names and "polars" not in names
