"""Loading the team's TSV lexicons from the package's resources."""

from __future__ import annotations

from importlib import resources

from rasd.errors import ResourceError

__all__ = ["read_table", "read_tsv"]


def read_table(name: str, columns: tuple[str, ...] | None = None) -> list[tuple[int, list[str]]]:
    """``(line number, fields)`` for each data row of ``rasd/resources/<name>`` (see ``_load``)."""
    return _load(name, columns)[1]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``rasd/resources/<name>`` as dicts keyed by the header."""
    header, rows = _load(name, None)
    return [dict(zip(header, fields, strict=True)) for _, fields in rows]


def _load(name: str, columns: tuple[str, ...] | None) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the ``(line number, fields)`` data rows of ``rasd/resources/<name>``.

    Comment lines (#) and blank lines are skipped; the first other line is the header, which must
    equal ``columns`` when given; every row must have as many fields as the header. Fields are
    stripped. Raises ResourceError naming the file and line otherwise.
    """
    try:
        raw = resources.files("rasd.resources").joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot read resource {name}: {exc}") from exc
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            if columns is not None and tuple(fields) != columns:
                raise ResourceError(f"{name}:{number}: expected the header {'|'.join(columns)}")
            header = fields
        elif len(fields) != len(header):
            raise ResourceError(f"{name}:{number}: {len(fields)} fields, expected {len(header)}")
        else:
            rows.append((number, [f.strip() for f in fields]))
    if header is None:
        raise ResourceError(f"{name}: no header row")
    return header, rows
