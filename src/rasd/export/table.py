"""Incidents as Arrow tables, Parquet files and DataFrames (pandas or polars, both optional).

One row an incident, flat columns with proper types: ``event_date`` date32, ``updated`` a UTC
timestamp, counts and codes integers, coordinates float64, ``assoc_actor_1``/``assoc_actor_2``/``sources``
list<string>, plus ``n_reports`` and ``reports``: the reports as a JSON array in a string column
(each ``Report.to_dict()``), so nothing is lost and the flat columns stay easy to query.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from os import PathLike
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from rasd.errors import RasdError
from rasd.store.records import Incident

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import polars

__all__ = ["SCHEMA", "to_arrow_table", "to_dataframe", "to_polars", "write_parquet"]

SCHEMA = pa.schema([
    pa.field("incident_id", pa.string(), nullable=False),
    pa.field("event_type", pa.string(), nullable=False),
    pa.field("sub_event_type", pa.string(), nullable=False),
    pa.field("event_date", pa.date32()),
    pa.field("time_precision", pa.int8(), nullable=False),
    pa.field("actor1", pa.string()),
    pa.field("assoc_actor_1", pa.list_(pa.string()), nullable=False),
    pa.field("inter1", pa.string()),
    pa.field("actor2", pa.string()),
    pa.field("assoc_actor_2", pa.list_(pa.string()), nullable=False),
    pa.field("inter2", pa.string()),
    pa.field("country", pa.string()),
    pa.field("iso", pa.int32()),
    pa.field("admin1", pa.string()),
    pa.field("admin2", pa.string()),
    pa.field("admin3", pa.string()),
    pa.field("location", pa.string()),
    pa.field("latitude", pa.float64()),
    pa.field("longitude", pa.float64()),
    pa.field("geo_precision", pa.int8()),
    pa.field("fatalities", pa.int64(), nullable=False),
    pa.field("fatalities_high", pa.int64()),
    pa.field("status", pa.string(), nullable=False),
    pa.field("notes", pa.string(), nullable=False),
    pa.field("sources", pa.list_(pa.string()), nullable=False),
    pa.field("updated", pa.timestamp("us", tz="UTC"), nullable=False),
    pa.field("n_reports", pa.int32(), nullable=False),
    pa.field("reports", pa.string(), nullable=False),
])
"""The columns of every table, Parquet file and DataFrame the exporters make."""

_LISTS = ("assoc_actor_1", "assoc_actor_2", "sources")
BATCH_SIZE = 10_000


def _columns(incidents: Iterable[Incident]) -> dict[str, list[Any]]:
    cols: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
    plain = [name for name in SCHEMA.names if name not in ("n_reports", "reports", *_LISTS)]
    for inc in incidents:
        for name in plain:
            cols[name].append(getattr(inc, name))
        for name in _LISTS:
            cols[name].append(list(getattr(inc, name)))
        cols["n_reports"].append(max(inc.n_reports, len(inc.reports)))
        cols["reports"].append(json.dumps([r.to_dict() for r in inc.reports], ensure_ascii=False))
    return cols


def _batches(incidents: Iterable[Incident], size: int) -> Iterator[pa.RecordBatch]:
    it = iter(incidents)
    while chunk := list(islice(it, size)):
        yield pa.RecordBatch.from_pydict(_columns(chunk), schema=SCHEMA)


def to_arrow_table(incidents: Iterable[Incident]) -> pa.Table:
    """All incidents as one Arrow table with ``SCHEMA``'s columns."""
    return pa.Table.from_pydict(_columns(incidents), schema=SCHEMA)


def write_parquet(incidents: Iterable[Incident], dest: str | PathLike[str] | IO[bytes], *,
                  batch_size: int = BATCH_SIZE) -> int:
    """Write incidents to a Parquet file (a path or a binary stream), ``batch_size`` rows a row group.

    Incidents are read ``batch_size`` at a time, so memory stays bounded for any number of them.
    Returns the number of rows written.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    n = 0
    with pq.ParquetWriter(dest, SCHEMA, compression="zstd") as writer:
        for batch in _batches(incidents, batch_size):
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def to_dataframe(incidents: Iterable[Incident]) -> pandas.DataFrame:
    """Incidents as a pandas DataFrame (through Arrow); pandas is optional and imported only here."""
    try:
        import pandas  # noqa: F401
    except ImportError as exc:
        raise RasdError("pandas is not installed; pip install pandas") from exc
    return to_arrow_table(incidents).to_pandas()


def to_polars(incidents: Iterable[Incident]) -> polars.DataFrame:
    """Incidents as a polars DataFrame (through Arrow); polars is optional and imported only here."""
    try:
        import polars
    except ImportError as exc:
        raise RasdError("polars is not installed; pip install polars") from exc
    return polars.from_arrow(to_arrow_table(incidents))
