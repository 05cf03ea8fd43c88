"""The store's tables, as SQLAlchemy Core metadata, the same on SQLite and PostgreSQL.

This is the schema at the newest migration (``rasd/store/migrations``); a test checks that
upgrading an empty database to head gives exactly these tables and indexes.

    documents      one row per article (id = content hash), with its text and metadata
    events         one row per event extracted from an article, every field of the record
    counts         the figures behind an event (kind, value, qualifier, scope, attributed_to, span)
    evidence       the spans of the article that support an event
    event_sources  who reports an event: the outlet and each attributed source, in order
    incidents      events from different articles merged into one happening
    incident_actors  every actor of an incident, for the actor filter
    incident_search  what the text search (``q``) reads of each incident (its place and notes),
                   written by the writer and kept by triggers (rasd.store.search); on SQLite with an
                   FTS5 table beside it, incident_search_fts
    document_search  what the text search reads of each article that has events (its text), written
                   once by the writer; on SQLite with an FTS5 table beside it, document_search_fts
    incident_daily  incidents and fatalities per day, event type and country, kept by triggers,
                   for the statistics (rasd.web.stats)
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    literal_column,
)

__all__ = ["counts", "document_search", "documents", "event_sources", "events", "evidence", "incident_actors",
           "incident_daily", "incident_search", "incidents", "metadata"]

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(16), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("fetched", DateTime(timezone=True)),
    Column("ingested", DateTime(timezone=True), nullable=False),
    Column("origin", Text),
    Column("external_id", Text),
    Column("language", String(8), nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

# The event record's fields (ARCHITECTURE.md section 3), one column each.
events = Table(
    "events", metadata,
    Column("event_id", String(16), primary_key=True),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("incident_id", String(16), index=True),  # set by merging; see rasd.store.merge
    Column("event_type", String(40), nullable=False),
    Column("sub_event_type", String(60), nullable=False),
    Column("event_date", Date),
    Column("time_precision", Integer, nullable=False),
    Column("actor1", Text),
    Column("actor1_ar", Text),
    Column("assoc_actor_1", JSON, nullable=False),
    Column("inter1", String(40)),
    Column("actor2", Text),
    Column("actor2_ar", Text),
    Column("assoc_actor_2", JSON, nullable=False),
    Column("inter2", String(40)),
    Column("country", Text),
    Column("iso", Integer),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("admin3", Text),
    Column("location", Text),
    Column("location_ar", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer, nullable=False),
    Column("fatalities_high", Integer),
    Column("status", String(16), nullable=False),
    Column("notes", Text, nullable=False),
    # Migration 0008: the text search reads an article's incidents from it alone (rasd.store.search);
    # it replaces ix_events_document (document_id).
    Index("ix_events_document_incident", "document_id", "incident_id"),
    # Migration 0005: merging looks up events by type, sub-type, country and date (rasd.store.writer).
    Index("ix_events_merge", "event_type", "sub_event_type", "country", "event_date"),
)

def _event_detail(name: str, *columns: Column) -> Table:
    """A table of an event's ordered details (its counts, evidence spans or sources)."""
    return Table(
        name, metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("event_id", String(16), ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False,
               index=True),
        Column("position", Integer, nullable=False),
        *columns,
    )


def _span() -> list[Column]:
    return [Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
            Column("text", Text, nullable=False)]


counts = _event_detail(
    "counts",
    Column("kind", String(16), nullable=False),
    Column("value", Integer),
    Column("qualifier", String(16), nullable=False),
    Column("scope", String(16)),
    Column("attributed_to", Text),
    *_span(),
)
evidence = _event_detail("evidence", *_span())
event_sources = _event_detail("event_sources", Column("name", Text, nullable=False))

incidents = Table(
    "incidents", metadata,
    Column("incident_id", String(16), primary_key=True),
    Column("event_type", String(40), nullable=False),
    Column("sub_event_type", String(60), nullable=False),
    Column("event_date", Date),
    Column("time_precision", Integer, nullable=False),
    Column("actor1", Text),
    Column("assoc_actor_1", JSON, nullable=False),
    Column("inter1", String(40)),
    Column("actor2", Text),
    Column("assoc_actor_2", JSON, nullable=False),
    Column("inter2", String(40)),
    Column("country", Text),
    Column("iso", Integer),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("admin3", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer, nullable=False),
    Column("fatalities_high", Integer),
    Column("status", String(16), nullable=False),
    Column("notes", Text, nullable=False),
    Column("sources", JSON, nullable=False),
    Column("n_reports", Integer, nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False),
    Index("ix_incidents_type", "event_type", "sub_event_type"),
)
# Migration 0003: statistics group by day and type.
Index("ix_incidents_stats", incidents.c.event_date, incidents.c.event_type, incidents.c.country,
      incidents.c.fatalities)
# Migration 0004: covering indexes, so that the web's listings, counts, map points and statistics
# read narrow index entries instead of whole incident rows (see the migration for which query
# each serves). ix_incidents_newest is event_date DESC NULLS LAST on PostgreSQL (the listing's
# order); SQLite has no NULLS LAST in an index, and its descending order puts NULLs last already.
Index("ix_incidents_newest", incidents.c.event_date.desc(), incidents.c.incident_id, incidents.c.event_type,
      incidents.c.sub_event_type, incidents.c.country, incidents.c.iso, incidents.c.admin1, incidents.c.latitude,
      incidents.c.longitude, incidents.c.fatalities, incidents.c.location)
# Migration 0006: led by the country itself, which the filters now compare by equality (rasd.store.names).
Index("ix_incidents_country_stats", incidents.c.country, incidents.c.event_date, incidents.c.event_type,
      incidents.c.sub_event_type, incidents.c.fatalities)
Index("ix_incidents_lat_lon_date", incidents.c.latitude, incidents.c.longitude, incidents.c.event_date,
      incidents.c.incident_id)
Index("ix_incidents_place_stats", incidents.c.country, incidents.c.admin1, incidents.c.fatalities)
Index("ix_incidents_id_cover", incidents.c.incident_id, incidents.c.event_date, incidents.c.event_type,
      incidents.c.sub_event_type, incidents.c.country, incidents.c.iso, incidents.c.admin1, incidents.c.latitude,
      incidents.c.longitude, incidents.c.fatalities)

incident_actors = Table(
    "incident_actors", metadata,
    Column("incident_id", String(16), ForeignKey("incidents.incident_id", ondelete="CASCADE"), primary_key=True),
    Column("actor", Text, primary_key=True),
    Index("ix_incident_actors_actor_incident", "actor", "incident_id"),  # migration 0004
)

# Migration 0004: the text search's body of each incident (rasd.store.search), written by triggers until
# migration 0007 and by the writer since (rasd.store.search_rows); only its place and notes since 0008.
# Its index is made by the migration for each database: FTS5 trigram on SQLite (a virtual table,
# incident_search_fts, keyed by id), a pg_trgm GIN index on body on PostgreSQL.
incident_search = Table(
    "incident_search", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(16), nullable=False, unique=True),
    Column("body", Text, nullable=False),
)

# Migration 0008: the text search's body of each article with events (rasd.store.search), written once by
# the writer (rasd.store.search_rows). Indexed as incident_search: FTS5 trigram on SQLite (document_search_fts,
# keyed by id), a pg_trgm GIN index on body on PostgreSQL.
document_search = Table(
    "document_search", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(16), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("body", Text, nullable=False),
    # The text search reads the articles of the rows its index finds from here, not from the wide rows.
    Index("ix_document_search_id_document", "id", "document_id"),
)

# Migration 0006: incidents and fatalities per day, event type and country, kept by triggers on
# incidents; the statistics read it when the filter allows (rasd.web.stats). A NULL day or country
# is a group of its own: the unique key compares them through coalesce().
incident_daily = Table(
    "incident_daily", metadata,
    Column("day", Date),
    Column("event_type", String(40), nullable=False),
    Column("country", Text),
    Column("incidents", Integer, nullable=False),
    Column("fatalities", Integer, nullable=False),
    Index("ix_incident_daily_day", "day", "event_type", "country", "incidents", "fatalities"),
    Index("ix_incident_daily_country", "country", "day", "event_type", "incidents", "fatalities"),
)
Index("ux_incident_daily_key", func.coalesce(incident_daily.c.day, literal_column("'0001-01-01'")),
      incident_daily.c.event_type, func.coalesce(incident_daily.c.country, literal_column("''")), unique=True)
