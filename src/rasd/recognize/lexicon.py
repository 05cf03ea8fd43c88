"""Loading the team's TSV lexicons from the package's resources."""

from __future__ import annotations

from importlib import resources

from rasd.errors import ResourceError

__all__ = ["read_tsv"]


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of ``rasd/resources/<name>`` as dicts keyed by the header; comment lines skipped.

    Raises ResourceError when the file is missing or a row has the wrong number of columns.
    """
    try:
        raw = resources.files("rasd.resources").joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"cannot read resource {name}: {exc}") from exc
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if header is None:
            header = cols
            continue
        if len(cols) != len(header):
            raise ResourceError(f"{name}:{number}: {len(cols)} columns, expected {len(header)}")
        rows.append(dict(zip(header, cols, strict=True)))
    return rows
