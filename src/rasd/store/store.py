"""The incident store: one code path for SQLite (default) and PostgreSQL, through SQLAlchemy Core.

``open_store(db)`` opens (and creates or upgrades in place) a database: a file path or
``sqlite:///path`` for SQLite, ``postgresql://user:pass@host/db`` for PostgreSQL. ``Store.add``
writes one article with its events and merges them into incidents in one transaction, so a
process killed mid-ingest leaves either the whole article or nothing of it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    event,
    false,
    func,
    or_,
    select,
)

from rasd.errors import RasdError
from rasd.model import Count, Event, Span
from rasd.store import schema as t
from rasd.store.names import StoredNames, stored_names
from rasd.store.records import Incident, Report
from rasd.store.search import SEARCH_FUNCTION, TextMatch, query_words
from rasd.store.writer import EVENT_FIELDS, AddResult, Writer, document_exists
from rasd.text.normalize import search_form

__all__ = ["DEFAULT_DB", "AddResult", "IncidentFilter", "Store", "StoreError", "database_url", "filter_conditions",
           "incident_from_row", "open_store", "parse_bbox"]

DEFAULT_DB = "rasd.db"
"""The database used when neither ``--db`` nor RASD_DB names one: a SQLite file in the working folder."""


class StoreError(RasdError):
    """The database cannot be opened, upgraded or written."""


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a path or URL), else RASD_DB, else ``rasd.db``."""
    db = os.fspath(db) if db is not None else os.environ.get("RASD_DB") or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers keep reading while an ingest writes
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent after a crash
    # Checkpoint every 10,000 pages (about 40 MB of WAL) instead of 1,000: with synchronous=NORMAL a
    # checkpoint is the only time a commit waits for the disk (twice), and an index page written by
    # many articles is copied back once rather than many times. Measured 15% less store time per
    # article over 10,000 articles; the WAL file is removed when the last connection closes.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
    # The text search index's triggers call it (rasd.store.search; PostgreSQL has it in SQL).
    dbapi_connection.create_function(SEARCH_FUNCTION, 1, search_form, deterministic=True)


def _postgres_session(dbapi_connection: Any, _record: Any) -> None:
    # Commits don't wait for the disk: a crash of the machine may lose the last few articles, never
    # part of one, and a rerun restores them (ingest is idempotent); a killed client loses nothing.
    # This is SQLite's WAL + synchronous=NORMAL, and it halves the cost of a transaction per article.
    cursor = dbapi_connection.cursor()
    cursor.execute("SET synchronous_commit TO off")
    # Article texts are compressed with lz4 rather than pglz where the server has it (PostgreSQL 14+
    # built with lz4): measured on bench/ingest.py, a sixth less server CPU per article, for a
    # documents table about 30% larger. Texts stored before stay readable (each value records its
    # own method).
    cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
    if (cursor.fetchone() or (False,))[0]:
        cursor.execute("SET default_toast_compression TO lz4")
    cursor.close()
    dbapi_connection.commit()


def open_store(db: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Store:
    """Open the database, creating it or upgrading its schema in place to the newest migration."""
    url = database_url(db)
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url)
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(url, pool_pre_ping=True)
            event.listen(engine, "connect", _postgres_session)
        store = Store(engine)
        if upgrade:
            store.upgrade()
    except RasdError:
        raise
    except Exception as exc:  # driver errors: say which database and why, in one line
        raise StoreError(f"cannot open the database {_redact(url)}: {_first_line(exc)}") from exc
    return store


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    """The filters of ``rasd events``; every one is optional and they combine with AND."""

    date_from: date | None = None
    date_to: date | None = None
    country: str | None = None  # English name or ISO 3166-1 numeric code
    admin1: str | None = None
    event_type: str | None = None  # an event type or a sub-event type
    actor: str | None = None  # part of an actor's name, any role
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    text: str | None = None  # words in the incident's location, notes, or any report's article text


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """A bounding box from "min_lon,min_lat,max_lon,max_lat"; ValueError with a clear message otherwise."""
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4 or not (parts[0] <= parts[2] and parts[1] <= parts[3]):
        raise ValueError(f"a bounding box is MIN_LON,MIN_LAT,MAX_LON,MAX_LAT (west,south,east,north), got {value!r}")
    return parts  # type: ignore[return-value]


class Store:
    """Documents, events and incidents in one database. Create with ``open_store``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return _redact(self.engine.url.render_as_string(hide_password=True))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------------

    def upgrade(self, revision: str = "head") -> None:
        """Apply the migrations up to ``revision`` (all of them by default), in place."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", "rasd.store:migrations")
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)

    def revision(self) -> str | None:
        """The database's current migration, or None before the first."""
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # -- writing --------------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as conn:
            return document_exists(conn, document_id)

    def document_ids(self) -> set[str]:
        """The ids (content hashes) of every stored document."""
        with self.engine.connect() as conn:
            return set(conn.execute(select(t.documents.c.id)).scalars())

    def writer(self) -> Writer:
        """A writer for many articles in a row (an ingest): it holds its connections until closed,
        so use it in a ``with`` block. ``add`` is the same as the store's."""
        return Writer(self.engine)

    def add(self, result: Any, *, title: str | None = None, origin: str | None = None,
            fetched: datetime | None = None, external_id: str | None = None) -> AddResult:
        """Store one article's extraction result (``Extractor.extract``'s) and merge its events into
        incidents, all in one transaction. The same text twice changes nothing."""
        with self.writer() as writer:
            return writer.add(result, title=title, origin=origin, fetched=fetched, external_id=external_id)

    # -- reading --------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many documents, events and incidents the store holds."""
        with self.engine.connect() as conn:
            return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                    for name, table in (("documents", t.documents), ("events", t.events),
                                        ("incidents", t.incidents))}

    def incidents(self, where: IncidentFilter | None = None, *, limit: int | None = None, offset: int = 0,
                  reports: bool = False, order: Sequence[Any] = ()) -> list[Incident]:
        """Incidents matching the filter, newest first unless ``order`` gives other ORDER BY terms
        (ties always by incident id); ``reports=True`` loads every report."""
        order_by = _ordering(order)
        where = where or IncidentFilter()
        with self.engine.connect() as conn:
            conditions = filter_conditions(where, stored_names(conn, where))
            query = _incidents_query(conditions, order_by, limit, offset)
            rows = conn.execute(query).all()
            by_incident = _load_reports(conn, [r.incident_id for r in rows]) if reports else {}
        return [incident_from_row(row, by_incident.get(row.incident_id, ())) for row in rows]

    def incident_page(self, where: IncidentFilter | None = None, *, limit: int, offset: int = 0,
                      order: Sequence[Any] = ()) -> tuple[list[Incident], int]:
        """One page of the matching incidents (as ``incidents``, without reports) and how many match
        in all.

        With a text search the total is a window count over the rows the page is cut from, so the
        words' matched set is built once, not once for the page and again for the count. Without
        one, the page reads only its own rows from an index and the count is a separate index scan
        (the window would read every matching row to fill a page of fifty)."""
        where = where or IncidentFilter()
        if not (where.text and query_words(where.text)):
            items = self.incidents(where, limit=limit, offset=offset, order=order)
            total = self.count_incidents(where) if offset or len(items) == limit else len(items)
            return items, total
        c = t.incidents.c
        order_by = _ordering(order)
        with self.engine.connect() as conn:
            conditions = filter_conditions(where, stored_names(conn, where))
            page = (select(c.incident_id, func.count().over().label("rasd_total")).where(*conditions)
                    .order_by(*order_by).limit(limit).offset(offset or None).subquery("page"))
            rows = conn.execute(select(t.incidents, page.c.rasd_total)
                                .join(page, page.c.incident_id == c.incident_id).order_by(*order_by)).all()
            if rows:
                total = rows[0].rasd_total
            elif offset:  # past the end: the window had no row to count on
                total = conn.execute(_count_query(conditions)).scalar_one()
            else:
                total = 0
        return [incident_from_row(row) for row in rows], total

    def iter_incidents(self, where: IncidentFilter | None = None, *, reports: bool = False,
                       batch: int = 1000) -> Iterator[Incident]:
        """All matching incidents, a batch at a time (for exports of any size)."""
        offset = 0
        while True:
            chunk = self.incidents(where, limit=batch, offset=offset, reports=reports)
            yield from chunk
            if len(chunk) < batch:
                return
            offset += batch

    def count_incidents(self, where: IncidentFilter | None = None) -> int:
        where = where or IncidentFilter()
        with self.engine.connect() as conn:
            conditions = filter_conditions(where, stored_names(conn, where))
            return conn.execute(_count_query(conditions)).scalar_one()

    def incident(self, incident_id: str) -> Incident | None:
        """One incident with all its reports, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.incidents).where(t.incidents.c.incident_id == incident_id)).first()
            if row is None:
                return None
            return incident_from_row(row, _load_reports(conn, [incident_id]).get(incident_id, ()))

    def dataframe(self, where: IncidentFilter | None = None):
        """The matching incidents as a pandas DataFrame (pandas must be installed)."""
        from rasd.export.table import to_dataframe

        return to_dataframe(self.iter_incidents(where))


# -- reading helpers ------------------------------------------------------------------------------

def filter_conditions(f: IncidentFilter, names: StoredNames) -> list[Any]:
    """The WHERE conditions of a filter on the incidents table (shared by every view of incidents).

    ``names`` are the stored spellings of the names the filter compares in any case
    (``rasd.store.names.stored_names``): the columns are compared with them by equality, which the
    indexes answer, and match exactly what ``lower(column) = name`` matched.
    """
    c = t.incidents.c
    out: list[Any] = []
    if f.date_from is not None:
        out.append(c.event_date >= f.date_from)
    if f.date_to is not None:
        out.append(c.event_date <= f.date_to)
    if f.country:
        out.append(c.iso == int(f.country) if f.country.isdigit() else c.country.in_(names.countries or ()))
    if f.admin1:
        out.append(c.admin1.in_(names.admin1 or ()))
    if f.event_type:
        out.append(_type_condition(names))
    if f.actor:
        out.append(c.incident_id.in_(_incidents_of_actors(f.actor)))
    if f.bbox is not None:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        out.append(and_(c.longitude.between(min_lon, max_lon), c.latitude.between(min_lat, max_lat)))
    if f.text and (words := query_words(f.text)):
        out.append(TextMatch(c.incident_id, words))  # every word, in the place, notes or an article
    return out


def _type_condition(names: StoredNames) -> Any:
    """The incidents of the types, and of the (type, sub-type) pairs, the filter's type names."""
    c = t.incidents.c
    either = [c.event_type.in_(names.event_types)] if names.event_types else []
    either += [and_(c.event_type == kind, c.sub_event_type == sub) for kind, sub in names.sub_event_types or ()]
    return or_(*either) if either else false()


def _ordering(order: Sequence[Any]) -> list[Any]:
    """ORDER BY terms: the ones asked (newest first by default), ties by incident id."""
    c = t.incidents.c
    return [*(order or [c.event_date.desc().nulls_last()]), c.incident_id]


def _count_query(conditions: list[Any]) -> Any:
    """How many incidents meet the conditions."""
    return select(func.count()).select_from(t.incidents).where(*conditions)


def _incidents_query(conditions: list[Any], order_by: list[Any], limit: int | None, offset: int) -> Any:
    """The matching incidents' rows in order, or one page of them."""
    c = t.incidents.c
    if limit is None and not offset:
        return select(t.incidents).where(*conditions).order_by(*order_by)
    # The page's ids first, then their rows: the ids and sort keys come from a covering index, so
    # only the rows of the page are read, not those of every incident skipped.
    page = select(c.incident_id).where(*conditions).order_by(*order_by).offset(offset or None)
    page = page.limit(limit) if limit is not None else page
    return select(t.incidents).where(c.incident_id.in_(page)).order_by(*order_by)


def _incidents_of_actors(needle: str) -> Any:
    """The ids of the incidents with an actor whose name contains ``needle`` (any case).

    The distinct names come from a loose scan of ix_incident_actors_actor_incident (one probe per
    name: the smallest name after the last one), few however many incidents there are; each
    matching name's incidents are then one range of the same index.
    """
    a = t.incident_actors
    later = a.alias("later")
    names = select(func.min(a.c.actor).label("actor")).cte("actor_names", recursive=True)
    next_name = select(func.min(later.c.actor)).where(later.c.actor > names.c.actor).scalar_subquery()
    names = names.union_all(select(next_name).where(names.c.actor.is_not(None)))
    return (select(a.c.incident_id)
            .select_from(names.join(a, a.c.actor == names.c.actor))
            .where(func.lower(names.c.actor).contains(needle.lower(), autoescape=True)))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)  # SQLite gives naive datetimes back


_LISTS = ("assoc_actor_1", "assoc_actor_2", "sources")
_SCALARS = [name for name in Incident.__dataclass_fields__ if name not in (*_LISTS, "updated", "reports")]


def incident_from_row(row: Any, reports: Sequence[Report] = ()) -> Incident:
    """An Incident from a row of the incidents table (and its reports, when loaded)."""
    m = row._mapping
    return Incident(**{name: m[name] for name in _SCALARS}, **{name: tuple(m[name]) for name in _LISTS},
                    updated=_aware(row.updated), reports=tuple(reports))


def _grouped(conn: Connection, table: Any, ids: Sequence[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for row in conn.execute(select(table).where(table.c.event_id.in_(ids))
                            .order_by(table.c.event_id, table.c.position)):
        out.setdefault(row.event_id, []).append(row)
    return out


_EVENT_OVERRIDES = ("event_date", "assoc_actor_1", "assoc_actor_2")  # stored as a date and JSON lists


def _load_reports(conn: Connection, incident_ids: Iterable[str]) -> dict[str, list[Report]]:
    incident_ids = list(incident_ids)
    if not incident_ids:
        return {}
    e, d = t.events.c, t.documents.c
    rows = conn.execute(
        select(t.events, d.source.label("doc_source"), d.url.label("doc_url"), d.title.label("doc_title"),
               d.published.label("doc_published"))
        .join(t.documents, d.id == e.document_id)
        .where(e.incident_id.in_(incident_ids))
        .order_by(e.incident_id, d.published, e.event_id)
    ).all()
    ids = [r.event_id for r in rows]
    counts, evidence, sources = (_grouped(conn, table, ids) for table in (t.counts, t.evidence, t.event_sources))
    out: dict[str, list[Report]] = {}
    for r in rows:
        m = r._mapping
        ev = Event(
            **{name: m[name] for name in EVENT_FIELDS if name not in _EVENT_OVERRIDES},
            event_date=r.event_date.isoformat() if r.event_date else None,
            assoc_actor_1=tuple(r.assoc_actor_1), assoc_actor_2=tuple(r.assoc_actor_2),
            counts=tuple(Count(c.kind, c.value, c.qualifier, c.scope, c.attributed_to, c.start, c.end, c.text)
                         for c in counts.get(r.event_id, ())),
            sources=tuple(s.name for s in sources.get(r.event_id, ())),
            evidence=tuple(Span(s.start, s.end, s.text) for s in evidence.get(r.event_id, ())),
        )
        out.setdefault(r.incident_id, []).append(
            Report(r.document_id, r.doc_source, r.doc_url, r.doc_title, r.doc_published, ev))
    return out


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"
    return url
