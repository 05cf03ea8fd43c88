"""Writing articles: one transaction per article, and as few statements per article as that allows.

An ingest writes thousands of articles one after another, so what counts is what each article costs
beyond its extraction. A ``Writer`` (``Store.writer()``) keeps that small:

- it holds its connections for the whole ingest, instead of taking one from the pool (and, on
  PostgreSQL, pinging the server) for every article;
- most articles report no event: such an article is a single INSERT on a connection in autocommit,
  which commits by itself, sparing PostgreSQL a BEGIN and a COMMIT round trip; an article with events
  is written in a transaction on a second connection;
- the INSERTs run on the driver's cursor, each compiled once for its columns (``_DriverStatement``):
  SQLAlchemy's execution of a prebuilt statement cost more Python than SQLite took to run it, and
  an article with events makes about ten; their errors are raised as SQLAlchemy's (``_driver_errors``);
- an article's events are merged into incidents together: one query for the stored events that may
  report the same incidents as any of them, narrowed by type, date and place in the database
  (``_incidents_joined``), and one read of the incidents they join (``_load_reports``); then its
  events, counts, evidence and sources, and the incidents they make, are written with one statement
  (an executemany) per table, on PostgreSQL all in one pipeline (``_pipelined``): sent together, one
  wait for the server's answers rather than one per statement;
- the search rows are written with them (``rasd.store.search_rows``): the article's text, folded
  once, in a row of its own that merges never touch, and each incident's place and notes. A
  trigger that folded every text of an incident at each of its inserts made ingest into PostgreSQL
  cost four times as much beyond extraction (migration 0007); rewriting the incident's row with all
  its texts at each merge still made the text indexes work over every text of a growing incident
  again (migration 0008).

Either way a process killed mid-ingest leaves each article whole or absent, and the same articles
make the same incidents in any order (``rasd.store.merge``).
"""

from __future__ import annotations

import contextlib
import functools
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    delete,
    exists,
    insert,
    literal_column,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from rasd.model import Event, event_notes
from rasd.store import schema as t
from rasd.store import search_rows
from rasd.store.merge import (
    WINDOW_DAYS,
    MergeKey,
    date_window,
    group_new_events,
    near_box,
    same_incident,
    summarize,
)
from rasd.text.normalize import search_form

__all__ = ["EVENT_FIELDS", "AddResult", "Writer", "document_exists"]

EVENT_FIELDS = [c.name for c in t.events.columns if c.name not in ("document_id", "position", "incident_id")]
"""The event record's fields that are columns of the events table under the same name."""

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class AddResult:
    """What ``Store.add`` did with one article."""

    document_id: str
    new: bool  # False: the same text was already stored, nothing changed
    events: int
    incidents: tuple[str, ...]  # the incidents its events now belong to


class Writer:
    """Stores articles over connections held until ``close`` (or the end of a ``with`` block).

    Two connections, each in one mode for good: one in autocommit for the articles without events,
    one for transactions. Switching one connection between the two modes was measured to cost more
    than the switch itself: SQLite's driver then prepared the statements that followed anew."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._autocommit: Connection | None = None
        self._transactional: Connection | None = None
        self._search: bool | None = None  # whether it writes the search rows (search_rows.written_here)
        self._document_sql: _DriverStatement | None = None

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for conn in (self._autocommit, self._transactional):
            if conn is not None:
                conn.close()
        self._autocommit = self._transactional = None

    def has_document(self, document_id: str) -> bool:
        return self._reconnecting(False, lambda conn: document_exists(conn, document_id))

    def add(self, result: Any, *, title: str | None = None, origin: str | None = None,
            fetched: datetime | None = None, external_id: str | None = None) -> AddResult:
        """Store one article's extraction result (``Extractor.extract``'s) and merge its events into
        incidents, all in one transaction. The same text twice changes nothing."""
        document = _document_row(result, title=title, origin=origin, fetched=fetched, external_id=external_id)
        events = result.events
        incident_ids: list[str] = []
        try:
            if events:
                incident_ids = self._reconnecting(
                    True, lambda conn: _write_article(conn, document, events, self._writes_search_rows))
            else:
                # One statement on the autocommit connection: its own transaction, without the BEGIN
                # and COMMIT that would be two more round trips to a PostgreSQL server.
                self._reconnecting(False, lambda conn: self._insert_document(conn, document))
        except IntegrityError:
            # No look-up first: the primary key refuses a stored article. It is stored already (by an
            # earlier run, or by another writer just now), or a row of this one was refused.
            if self.has_document(document["id"]):
                return AddResult(document["id"], False, 0, ())
            raise
        return AddResult(document["id"], True, len(events), tuple(dict.fromkeys(incident_ids)))

    def _insert_document(self, conn: Connection, document: dict[str, Any]) -> None:
        """The article's row, on the driver's own cursor: SQLAlchemy's execution of a prebuilt
        statement cost more than the statement itself on SQLite (about 90 of 230 us), and this is
        the one statement of most articles. Should the driver refuse it, nothing was written (the
        connection is in autocommit), and it runs again through SQLAlchemy, which raises what it
        always raised (a stored article's IntegrityError) and notices a dropped connection."""
        if self._document_sql is None:
            self._document_sql = _DriverStatement(_INSERT_DOCUMENT, conn.dialect)
        try:
            conn.connection.driver_connection.execute(self._document_sql.sql, self._document_sql.params(document))
        except conn.dialect.loaded_dbapi.Error:
            conn.execute(_INSERT_DOCUMENT, document)

    def _writes_search_rows(self, conn: Connection) -> bool:
        """Whether this database wants the writer to write the search rows, asked once per writer."""
        if self._search is None:
            self._search = search_rows.written_here(conn)
        return self._search

    def _connection(self, transactional: bool) -> Connection:
        if transactional:
            if self._transactional is None:
                self._transactional = self._engine.connect()
            return self._transactional
        if self._autocommit is None:
            self._autocommit = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        return self._autocommit

    def _reconnecting(self, transactional: bool, work: Callable[[Connection], _T]) -> _T:
        """``work`` on a held connection, once more on a new one when the server dropped the held one
        (a restart between two articles; a pool checkout per article used to notice that by a ping).
        A dropped connection took its open transaction with it, so the retry writes a whole article."""
        try:
            return work(self._connection(transactional))
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            self.close()
            return work(self._connection(transactional))


class _DriverStatement:
    """An INSERT compiled for a dialect and a set of columns once, with what turns a row of values into
    the driver's parameters (the column types' bind processors, as SQLAlchemy applies them: dates as
    ISO text on SQLite, lists as JSON), so that the driver can run it itself (``_insert``)."""

    def __init__(self, statement: Any, dialect: Any, keys: Sequence[str] | None = None) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=list(keys) if keys is not None else None)
        self.sql = compiled.string
        self._processors = {name: processor for name, bind in compiled.binds.items()
                            if (processor := bind.type.dialect_impl(dialect).bind_processor(dialect)) is not None}
        self._positions = tuple(compiled.positiontup) if compiled.positiontup is not None else None

    def params(self, row: dict[str, Any]) -> Any:
        processors = self._processors
        values = {name: (processors[name](value) if name in processors else value) for name, value in row.items()}
        return values if self._positions is None else [values[name] for name in self._positions]


_driver_statements: dict[tuple[Any, ...], _DriverStatement] = {}


def _insert(conn: Connection, statement: Any, rows: Sequence[dict[str, Any]]) -> None:
    """The rows (all with the same columns) inserted by ``statement`` on the driver's cursor, in the
    connection's open transaction: each statement through SQLAlchemy's execution cost more Python
    than the rest of an article's writes. For the writes after the article's own row, whose errors
    (none expected: the article's row is where a stored one is refused) end the transaction anyway."""
    key = (statement, type(conn.dialect), tuple(rows[0]))
    driver = _driver_statements.get(key)
    if driver is None:
        driver = _driver_statements[key] = _DriverStatement(statement, conn.dialect, key[2])
    with _driver_errors(conn, driver.sql):
        cursor = conn.connection.driver_connection.cursor()
        try:
            if len(rows) == 1:
                cursor.execute(driver.sql, driver.params(rows[0]))
            else:
                cursor.executemany(driver.sql, [driver.params(row) for row in rows])
        finally:
            cursor.close()


@contextlib.contextmanager
def _driver_errors(conn: Connection, sql: str | None) -> Iterator[None]:
    """The driver's errors raised as SQLAlchemy raises them (a refused row is ``sqlalchemy.exc.IntegrityError``),
    so that callers see the same errors whichever way a statement ran. (A connection lost in the middle of
    an article fails that article, as any error does; one lost between articles is noticed by the article's
    first statement, which SQLAlchemy runs, and the writer reconnects.)"""
    try:
        yield
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect) from exc


def document_exists(conn: Connection, document_id: str) -> bool:
    return conn.execute(_DOCUMENT_EXISTS, {"id": document_id}).first() is not None


def _document_row(result: Any, *, title: str | None, origin: str | None, fetched: datetime | None,
                  external_id: str | None) -> dict[str, Any]:
    doc = result.document
    content_hash = doc.content_hash
    return {
        "id": content_hash[:16],  # doc.id, without hashing the text twice
        "content_hash": content_hash, "source": doc.source, "url": doc.url, "title": title,
        "published": doc.published, "fetched": fetched, "ingested": datetime.now(UTC), "origin": origin,
        "external_id": external_id, "language": result.language, "n_events": len(result.events),
        "text": doc.text,
    }


def _write_article(conn: Connection, document: dict[str, Any], events: Sequence[Event],
                   writes_search: Callable[[Connection], bool]) -> list[str]:
    """Write an article with events in one transaction, with its incidents' search rows when
    ``writes_search`` says so; the incident id of each event, in order."""
    with conn.begin():
        # The document first: on SQLite its INSERT takes the write lock, so no other writer can add
        # events between this article's merge reads and its writes.
        conn.execute(_INSERT_DOCUMENT, document)
        return _write_events(conn, document, events, writes_search(conn))


# -- statements, built once: SQLAlchemy then only binds parameters ------------------------------------

_e = t.events.c
_DOCUMENT_EXISTS = select(t.documents.c.id).where(t.documents.c.id == bindparam("id"))
_INSERT_DOCUMENT = insert(t.documents)
_INSERT_EVENTS = insert(t.events).inline()
_INSERT_COUNTS = insert(t.counts).inline()
_INSERT_EVIDENCE = insert(t.evidence).inline()
_INSERT_SOURCES = insert(t.event_sources).inline()
_INSERT_INCIDENTS = insert(t.incidents).inline()
_INSERT_ACTORS = insert(t.incident_actors).inline()
_INSERT_SEARCH = insert(t.incident_search).inline()
_INSERT_DOCUMENT_SEARCH = insert(t.document_search).inline()

_MERGE_COLUMNS = ("event_id", "document_id", "incident_id", "event_type", "sub_event_type", "event_date",
                  "time_precision", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "country", "admin1",
                  "admin2", "latitude", "longitude", "geo_precision")


def _candidates_of(position: int, with_country: bool):
    """Events of other articles that may report the same incident as the article's event at
    ``position``: same type and sub-type, same country, a date within the window of either side's
    precision, and a place that may be the same (rasd.store.merge). Its parameters carry the position
    in their names (``_query_params``). What the query lets through, ``same_incident`` decides.

    The month window around the date holds every other window; said on its own, it lets the index
    on (event_type, sub_event_type, country, event_date) read just that range of dates."""

    def p(name: str):
        return bindparam(f"{name}_{position}")

    near_in_time = or_(
        _e.event_date.between(p("lo"), p("hi")),  # within the new event's own window
        and_(_e.time_precision == 2, _e.event_date.between(p("lo_week"), p("hi_week"))),
        and_(_e.time_precision == 3, _e.event_date.between(p("lo_month"), p("hi_month"))),
    )
    # Every pair of places merge._same_place accepts shares an admin1 or an admin2, or lies within
    # NEAR_REGION_KM, so within merge.near_box: the many reports of other places in the month stay
    # in the database.
    maybe_same_place = or_(
        _e.admin1 == p("admin1"), _e.admin2 == p("admin2"),
        and_(_e.latitude.between(p("lat_lo"), p("lat_hi")), _e.longitude.between(p("lon_lo"), p("lon_hi"))),
    )
    country = _e.country == p("country") if with_country else _e.country.is_(None)
    return select(literal_column(str(position)).label("position"), *(_e[name] for name in _MERGE_COLUMNS)).where(
        _e.event_type == p("event_type"), _e.sub_event_type == p("sub_event_type"), country,
        _e.event_date.between(p("lo_month"), p("hi_month")), near_in_time, maybe_same_place,
        _e.document_id != p("document_id"), _e.incident_id.is_not(None))


@functools.lru_cache(maxsize=256)
def _candidates_query(with_country: tuple[bool, ...]):
    """The candidates of several events in one query: one SELECT per event, joined by UNION ALL."""
    return union_all(*(_candidates_of(i, c) for i, c in enumerate(with_country)))


_HAS_TOLL = exists().where(t.counts.c.event_id == _e.event_id, t.counts.c.kind == "killed",
                           t.counts.c.value.is_not(None)).label("has_toll")
_MEMBERS = select(t.events, _HAS_TOLL).where(_e.incident_id.in_(bindparam("ids", expanding=True)))
# By the incidents' ids (a few) rather than their events' (up to hundreds for a large incident).
_SOURCES = (select(t.event_sources.c.event_id, t.event_sources.c.name)
            .join(t.events, _e.event_id == t.event_sources.c.event_id)
            .where(_e.incident_id.in_(bindparam("ids", expanding=True)))
            .order_by(t.event_sources.c.event_id, t.event_sources.c.position))
_SET_INCIDENT = update(t.events).where(_e.incident_id.in_(bindparam("ids", expanding=True))).values(
    incident_id=bindparam("new_id"))
_DELETE_ACTORS = delete(t.incident_actors).where(
    t.incident_actors.c.incident_id.in_(bindparam("ids", expanding=True)))
_DELETE_INCIDENTS = delete(t.incidents).where(t.incidents.c.incident_id.in_(bindparam("ids", expanding=True)))

# An incident's place, actors and notes are its most precise report's (rasd.store.merge).
_FROM_REPRESENTATIVE = ("actor1", "inter1", "actor2", "inter2", "country", "iso", "admin1", "admin2", "admin3",
                        "location", "latitude", "longitude", "geo_precision")


# -- an article's events and their incidents -------------------------------------------------------

@dataclass(slots=True)
class _Incident:
    """An incident as this article leaves it: its reports (stored ones and new ones) and their sources."""

    incident_id: str
    replaces: list[str]  # the stored incidents it joins together (their rows are written anew)
    reports: list[Any]
    sources: list[list[str]]


def _write_events(conn: Connection, document: dict[str, Any], events: Sequence[Event], search: bool) -> list[str]:
    """Store the events and join each to every incident it reports, joining those incidents together
    (and write their search rows when ``search``); the incident id of each event, in order."""
    document_id = document["id"]
    keys = [_merge_key(ev, document_id) for ev in events]
    joins = _incidents_joined(conn, keys)
    stored = _load_reports(conn, sorted(set().union(*joins)))
    incidents, incident_of = [], [""] * len(events)
    for positions, joined in group_new_events(joins):
        incident = _incident(positions, sorted(joined), events, keys, stored)
        incidents.append(incident)
        for i in positions:
            incident_of[i] = incident.incident_id
    with _pipelined(conn):  # nothing below reads a result
        _insert_events(conn, document_id, events, incident_of)
        if search:  # the article's text, folded once, whichever incidents its events make or join
            body = search_form(document["text"])
            _insert(conn, _INSERT_DOCUMENT_SEARCH, [{"document_id": document_id, "body": body}])
        _replace_incidents(conn, incidents, search)
    return incident_of


def _pipelined(conn: Connection) -> AbstractContextManager[Any]:
    """On PostgreSQL, the connection in pipeline mode (psycopg): the statements run in this block are
    sent without waiting for each one's answer, and the block's end waits for them all, raising the
    first error. Only for statements whose results nobody reads (no SELECT, no RETURNING: the inserts
    are ``inline``), since a result is not there until the block ends. Elsewhere, nothing."""
    if conn.dialect.name != "postgresql":
        return contextlib.nullcontext()
    return _pipeline(conn)


@contextlib.contextmanager
def _pipeline(conn: Connection) -> Iterator[None]:
    with _driver_errors(conn, None), conn.connection.driver_connection.pipeline():
        yield


_CANDIDATE_QUERY_EVENTS = 50  # events per candidates query: SQLite allows 500 terms in a UNION


def _incidents_joined(conn: Connection, keys: Sequence[MergeKey]) -> list[set[str]]:
    """For each event, the stored incidents with a report of the same incident (rasd.store.merge)."""
    joins: list[set[str]] = [set() for _ in keys]
    dated = [i for i, key in enumerate(keys) if key.event_date is not None]  # an undated event never merges
    for start in range(0, len(dated), _CANDIDATE_QUERY_EVENTS):
        chunk = dated[start:start + _CANDIDATE_QUERY_EVENTS]
        params: dict[str, Any] = {}
        for n, i in enumerate(chunk):
            params.update(_query_params(keys[i], n))
        query = _candidates_query(tuple(keys[i].country is not None for i in chunk))
        for row in conn.execute(query, params):
            joined = joins[chunk[row.position]]
            # A large incident has many reports in the window: one that matches is enough.
            if row.incident_id not in joined and same_incident(keys[chunk[row.position]], _merge_key(row)):
                joined.add(row.incident_id)
    return joins


def _query_params(key: MergeKey, n: int) -> dict[str, Any]:
    """The parameters of ``_candidates_of(n, ...)`` for the event ``key``."""
    assert key.event_date is not None
    own = timedelta(days=date_window(key, key))
    week, month = timedelta(days=WINDOW_DAYS[2]), timedelta(days=WINDOW_DAYS[3])
    box = (None,) * 4 if key.latitude is None or key.longitude is None else near_box(key.latitude, key.longitude)
    params = {"event_type": key.event_type, "sub_event_type": key.sub_event_type, "document_id": key.document_id,
              "lo": key.event_date - own, "hi": key.event_date + own,
              "lo_week": key.event_date - week, "hi_week": key.event_date + week,
              "lo_month": key.event_date - month, "hi_month": key.event_date + month,
              "admin1": key.admin1, "admin2": key.admin2,
              "lat_lo": box[0], "lat_hi": box[1], "lon_lo": box[2], "lon_hi": box[3]}
    if key.country is not None:
        params["country"] = key.country
    return {f"{name}_{n}": value for name, value in params.items()}


def _load_reports(conn: Connection, incident_ids: list[str]) -> dict[str, list[tuple[Any, list[str]]]]:
    """The stored reports of these incidents, each with its sources, by incident id."""
    if not incident_ids:
        return {}
    rows = conn.execute(_MEMBERS, {"ids": incident_ids}).all()
    sources: dict[str, list[str]] = {r.event_id: [] for r in rows}
    for event_id, name in conn.execute(_SOURCES, {"ids": incident_ids}):
        sources[event_id].append(name)
    out: dict[str, list[tuple[Any, list[str]]]] = {}
    for r in rows:
        report = types.SimpleNamespace(**r._mapping)
        report.has_toll = bool(r.has_toll)  # SQLite gives 0 or 1
        out.setdefault(r.incident_id, []).append((report, sources[r.event_id]))
    return out


def _incident(positions: list[int], joined: list[str], events: Sequence[Event], keys: Sequence[MergeKey],
              stored: dict[str, list[tuple[Any, list[str]]]]) -> _Incident:
    """The incident made of the article's events at ``positions`` and the stored incidents ``joined``;
    its id is the smallest event id among all its reports."""
    reports, sources = [], []
    for incident_id in joined:
        for report, names in stored.get(incident_id, ()):
            reports.append(report)
            sources.append(names)
    for i in positions:
        reports.append(_new_report(events[i], keys[i].event_date))
        sources.append(list(events[i].sources))
    order = sorted(range(len(reports)), key=lambda i: reports[i].event_id)  # the order they are read back in
    return _Incident(reports[order[0]].event_id, joined, [reports[i] for i in order], [sources[i] for i in order])


def _new_report(ev: Event, event_date: date | None) -> Any:
    """A report from an event in hand, with the attributes of a stored one (``merge.summarize``)."""
    report = types.SimpleNamespace(**{name: getattr(ev, name) for name in EVENT_FIELDS})
    report.event_date = event_date
    report.has_toll = any(c.kind == "killed" and c.value is not None for c in ev.counts)
    return report


def _insert_events(conn: Connection, document_id: str, events: Sequence[Event], incident_of: list[str]) -> None:
    """The events and their details, one statement per table (a details table's ids follow event order)."""
    _insert(conn, _INSERT_EVENTS, [_event_row(ev, document_id, position, incident_of[position])
                                  for position, ev in enumerate(events)])
    counts = [{"event_id": ev.event_id, "position": i, "kind": c.kind, "value": c.value, "qualifier": c.qualifier,
               "scope": c.scope, "attributed_to": c.attributed_to, "start": c.start, "end": c.end, "text": c.text}
              for ev in events for i, c in enumerate(ev.counts)]
    evidence = [{"event_id": ev.event_id, "position": i, "start": s.start, "end": s.end, "text": s.text}
                for ev in events for i, s in enumerate(ev.evidence)]
    sources = [{"event_id": ev.event_id, "position": i, "name": name}
               for ev in events for i, name in enumerate(ev.sources)]
    for statement, rows in ((_INSERT_COUNTS, counts), (_INSERT_EVIDENCE, evidence), (_INSERT_SOURCES, sources)):
        if rows:
            _insert(conn, statement, rows)


def _event_row(ev: Event, document_id: str, position: int, incident_id: str) -> dict[str, Any]:
    row = {name: getattr(ev, name) for name in EVENT_FIELDS}
    row.update(document_id=document_id, position=position, incident_id=incident_id,
               event_date=date.fromisoformat(ev.event_date) if ev.event_date else None,
               assoc_actor_1=list(ev.assoc_actor_1), assoc_actor_2=list(ev.assoc_actor_2))
    return row


def _replace_incidents(conn: Connection, incidents: list[_Incident], search: bool) -> None:
    """Write the article's incidents, and their search rows (place and notes) when ``search``: the stored
    ones they join give their events over and go (their search rows with them: migration 0004's trigger
    on DELETE). The articles' search rows stay: the search finds them through the events."""
    replaced = sorted({old for incident in incidents for old in incident.replaces})
    for incident in incidents:
        if any(old != incident.incident_id for old in incident.replaces):
            conn.execute(_SET_INCIDENT, {"ids": incident.replaces, "new_id": incident.incident_id})
    if replaced:
        conn.execute(_DELETE_ACTORS, {"ids": replaced})
        conn.execute(_DELETE_INCIDENTS, {"ids": replaced})
    now = datetime.now(UTC)
    rows = [_incident_row(incident, now) for incident in incidents]
    _insert(conn, _INSERT_INCIDENTS, rows)
    if search:
        _insert(conn, _INSERT_SEARCH, [{"incident_id": row["incident_id"],
                                       "body": search_rows.body(row["location"], row["notes"])} for row in rows])
    actors = [{"incident_id": incident.incident_id, "actor": actor}
              for incident in incidents for actor in sorted(set().union(*map(_actor_names, incident.reports)))]
    if actors:
        _insert(conn, _INSERT_ACTORS, actors)


def _incident_row(incident: _Incident, updated: datetime) -> dict[str, Any]:
    """The incident's row, summarized from its reports (``merge.summarize``)."""
    s = summarize(incident.reports, incident.sources)
    best = s.representative
    row = {name: getattr(best, name) for name in _FROM_REPRESENTATIVE}
    row.update(incident_id=incident.incident_id, event_type=s.event_type, sub_event_type=s.sub_event_type,
               event_date=s.event_date, time_precision=s.time_precision, fatalities=s.fatalities,
               fatalities_high=s.fatalities_high, status=s.status, sources=list(s.sources),
               n_reports=len(incident.reports), updated=updated, assoc_actor_1=list(best.assoc_actor_1),
               assoc_actor_2=list(best.assoc_actor_2),
               notes=event_notes(s.event_type, s.sub_event_type, best.actor1, best.actor2, best.location,
                                 s.event_date, s.fatalities))
    return row


def _actor_names(row: Any) -> frozenset[str]:
    return frozenset(a for a in (row.actor1, row.actor2, *row.assoc_actor_1, *row.assoc_actor_2) if a)


def _merge_key(ev: Any, document_id: str | None = None) -> MergeKey:
    event_date = ev.event_date
    if isinstance(event_date, str):
        event_date = date.fromisoformat(event_date)
    return MergeKey(
        ev.event_id, document_id or ev.document_id, ev.event_type, ev.sub_event_type, event_date,
        ev.time_precision, _actor_names(ev), ev.country, ev.admin1, ev.admin2, ev.latitude, ev.longitude,
        ev.geo_precision)
