"""The gazetteer's TSV layouts: reading and writing the files the index is made of.

Every file is UTF-8 TSV: comment lines starting with ``#`` (source, licence), one header row, then
the rows. ``names_ar`` cells hold several names joined with ``|``; empty cells mean unknown.
GeoNames layers may be gzip-compressed (``.tsv.gz``); they are written with a fixed timestamp so
that the same input always gives the same bytes.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path

from rasd.errors import ResourceError

__all__ = [
    "ADMIN1_COLUMNS",
    "ADMIN2_COLUMNS",
    "COUNTRY_COLUMNS",
    "GEONAMES_COLUMNS",
    "SUPPLEMENT_COLUMNS",
    "iter_rows",
    "read_packaged",
    "read_path",
    "split_names",
    "to_float",
    "to_int",
    "write_tsv",
]

COUNTRY_COLUMNS = ("iso2", "iso_numeric", "name_en", "names_ar", "latitude", "longitude")
ADMIN1_COLUMNS = ("country", "code", "name_en", "names_ar", "latitude", "longitude")
ADMIN2_COLUMNS = ("country", "admin1_code", "name_en", "names_ar", "latitude", "longitude", "seat_id")
GEONAMES_COLUMNS = (
    "id", "name_en", "names_ar", "feature", "latitude", "longitude", "country", "admin1_code", "population",
)
SUPPLEMENT_COLUMNS = (
    "id", "names_ar", "name_en", "feature", "latitude", "longitude", "parent", "admin1_code", "country",
    "coord_source",
)

PACKAGE = "rasd.resources"
FOLDER = "gazetteer"


def _decode(data: bytes, name: str) -> str:
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise ResourceError(f"{name}: not a valid gzip file: {exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ResourceError(f"{name}: not UTF-8: {exc}") from exc


def read_packaged(name: str) -> str | None:
    """Text of a packaged gazetteer file, or None when it is not installed."""
    path = resources.files(PACKAGE).joinpath(FOLDER, name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:  # pragma: no cover - a broken installation
        raise ResourceError(f"cannot read packaged gazetteer file {name}: {exc}") from exc
    return _decode(data, name)


def read_path(path: Path) -> str:
    """Text of a gazetteer file on disk (.tsv or .tsv.gz)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ResourceError(f"cannot read {path}: {exc}") from exc
    return _decode(data, path.name)


def iter_rows(text: str, source: str, columns: Sequence[str]) -> Iterator[dict[str, str]]:
    """Rows of a TSV text as dicts keyed by its header; ``columns`` must all be in the header."""
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in columns if c not in header]
            if missing:
                raise ResourceError(f"{source}: header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(header):
            raise ResourceError(f"{source}:{lineno}: {len(cells)} cells, the header has {len(header)}")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        yield dict(zip(header, cells, strict=True))
    if header is None:
        raise ResourceError(f"{source}: no header row")


def split_names(cell: str) -> list[str]:
    """The names of a ``|``-joined cell, stripped, empty ones dropped."""
    return [n.strip() for n in cell.split("|") if n.strip()]


def to_float(cell: str, source: str) -> float | None:
    cell = cell.strip()
    if not cell:
        return None
    try:
        return float(cell)
    except ValueError:
        raise ResourceError(f"{source}: not a number: {cell!r}") from None


def to_int(cell: str, source: str) -> int:
    cell = cell.strip()
    if not cell:
        return 0
    try:
        return int(float(cell))
    except ValueError:
        raise ResourceError(f"{source}: not a number: {cell!r}") from None


def write_tsv(
    path: Path, comments: Iterable[str], columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> int:
    """Write comment lines, a header and rows; gzip with a fixed timestamp when the name ends in .gz.

    Returns the number of rows written. Cells must not contain tabs or line breaks.
    """
    buffer = io.StringIO()
    for comment in comments:
        buffer.write(f"# {comment}\n")
    buffer.write("\t".join(columns) + "\n")
    count = 0
    for row in rows:
        cells = ["" if cell is None else str(cell) for cell in row]
        if len(cells) != len(columns) or any(("\t" in c or "\n" in c) for c in cells):
            raise ValueError(f"bad row for {path.name}: {row!r}")
        buffer.write("\t".join(cells) + "\n")
        count += 1
    data = buffer.getvalue().encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if path.name.endswith(".gz"):
        with open(tmp, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(data)
    else:
        tmp.write_bytes(data)
    tmp.replace(path)
    return count
