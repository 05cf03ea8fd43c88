"""Each article's text is indexed once, in a search row of its own; an incident's row keeps its place and notes.

Until now an incident's search body held the folded text of every article that reports it, and each
merge deleted the incident's row and wrote it again with one more text: the text index (SQLite FTS5,
PostgreSQL pg_trgm GIN) took out and put back every text of a growing incident at each of its new
reports, a cost quadratic in the size of the incident. On the full corpus (31,030 articles) SQLite
spent a third of the ingest in the INSERTs into incident_search and the DELETEs of the incidents
whose rows they replace.

Now (rasd.store.search):
    document_search  one row per article with events, the search form of its text, written once by
                     the writer (rasd.store.search_rows) and deleted with its article; indexed as
                     incident_search is (SQLite: an FTS5 trigram table, document_search_fts, kept by
                     triggers; PostgreSQL: a pg_trgm GIN index, when the extension is there)
    incident_search  the search form of the incident's place and notes only; the trigger on UPDATE
                     of an incident's id, place or notes (migration 0004) writes that
The search finds an incident's articles through its events, by two covering indexes:
ix_document_search_id_document (a row's article without reading its body) and
ix_events_document_incident (an article's incidents without reading its events), which replaces
ix_events_document. Stored articles with events get their rows here (their texts folded in
Python, as the writer does), and the incidents' rows are written anew without the texts; an
incident that has no row (inserted by something other than the writer since migration 0007) gets one.

The downgrade puts the texts back into the incidents' rows, as migration 0004's body wrote them,
and the trigger and function bodies back as they were.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_BATCH = 500  # articles folded and inserted per statement while filling document_search


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "document_search",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
                  unique=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    if sqlite:
        _sqlite_document_index()
    _fill_document_search()
    # Covering indexes for the search's way from an article's row to its incidents (rasd.store.search):
    # the row's article without reading its body, the article's incidents without reading its events.
    op.create_index("ix_document_search_id_document", "document_search", ["id", "document_id"])
    op.drop_index("ix_events_document", "events")
    op.create_index("ix_events_document_incident", "events", ["document_id", "incident_id"])
    if sqlite:
        _sqlite_incident_body(_SQLITE_PLACE_AND_NOTES)
    else:
        _postgresql_incident_body(_POSTGRESQL_PLACE_AND_NOTES)
        trigram = _trigram_schema()
        if trigram is not None:  # built once the rows are in: faster than row by row
            op.execute("CREATE INDEX ix_document_search_body ON document_search "
                       f'USING gin (body "{trigram}".gin_trgm_ops)')


def downgrade() -> None:
    op.drop_index("ix_events_document_incident", "events")
    op.create_index("ix_events_document", "events", ["document_id"])
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_incident_body(_SQLITE_WITH_TEXTS)
        for name in ("document_search_fts_insert", "document_search_fts_update", "document_search_fts_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS document_search_fts")
    else:
        _postgresql_incident_body(_POSTGRESQL_WITH_TEXTS)
    op.drop_table("document_search")  # with its index on PostgreSQL


# -- the articles' rows ----------------------------------------------------------------------------

def _fill_document_search() -> None:
    """A row for each stored article with events, its text folded by rasd.text.normalize.search_form
    (the writer's fold; PostgreSQL's SQL rasd_search_form gives the same, at 14 ms a text)."""
    from rasd.text.normalize import search_form

    conn = op.get_bind()
    documents = sa.table("documents", sa.column("id"), sa.column("text"))
    events = sa.table("events", sa.column("document_id"))
    rows = sa.table("document_search", sa.column("document_id"), sa.column("body"))
    ids = conn.execute(sa.select(documents.c.id).where(
        sa.exists().where(events.c.document_id == documents.c.id)).order_by(documents.c.id)).scalars().all()
    for start in range(0, len(ids), _BATCH):
        texts = conn.execute(sa.select(documents.c.id, documents.c.text).where(
            documents.c.id.in_(ids[start:start + _BATCH])).order_by(documents.c.id)).all()
        conn.execute(sa.insert(rows), [{"document_id": i, "body": search_form(text)} for i, text in texts])


def _sqlite_document_index() -> None:
    # As incident_search_fts (migration 0004): external content, trigram, case-sensitive.
    op.execute("CREATE VIRTUAL TABLE document_search_fts USING fts5("
               "body, content='document_search', content_rowid='id', tokenize='trigram case_sensitive 1')")
    op.execute("""CREATE TRIGGER document_search_fts_insert AFTER INSERT ON document_search BEGIN
        INSERT INTO document_search_fts (rowid, body) VALUES (new.id, new.body);
    END""")
    op.execute("""CREATE TRIGGER document_search_fts_delete AFTER DELETE ON document_search BEGIN
        INSERT INTO document_search_fts (document_search_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END""")
    op.execute("""CREATE TRIGGER document_search_fts_update AFTER UPDATE ON document_search BEGIN
        INSERT INTO document_search_fts (document_search_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO document_search_fts (rowid, body) VALUES (new.id, new.body);
    END""")


# -- the incidents' rows: what the trigger writes, and every stored row rewritten to it --------------

# The body of the incident ``{row}`` on SQLite: rasd_search_form, the Python function open_store
# registers on every connection, of its place and notes (rasd.store.search_rows.body) ...
_SQLITE_PLACE_AND_NOTES = "rasd_search_form(coalesce({row}.location, '') || char(10) || {row}.notes)"
# ... and migration 0004's, with the texts of its articles.
_SQLITE_WITH_TEXTS = """rasd_search_form(
        coalesce({row}.location, '') || char(10) || {row}.notes || coalesce((
            SELECT char(10) || group_concat(d.text, char(10)) FROM documents AS d
            WHERE d.id IN (SELECT e.document_id FROM events AS e WHERE e.incident_id = {row}.incident_id)), ''))"""


def _sqlite_incident_body(body: str) -> None:
    """The trigger on UPDATE of migration 0004 with ``body``, and every incident's row rewritten to it
    (the FTS5 table follows through incident_search_fts_update)."""
    op.execute("DROP TRIGGER incidents_search_update")
    op.execute(f"""CREATE TRIGGER incidents_search_update AFTER UPDATE OF incident_id, location, notes ON incidents
    BEGIN
        DELETE FROM incident_search WHERE incident_id = old.incident_id;
        INSERT INTO incident_search (incident_id, body) VALUES (new.incident_id, {body.format(row="new")});
    END""")
    op.execute(f"""UPDATE incident_search SET body = (SELECT {body.format(row="i")} FROM incidents AS i
        WHERE i.incident_id = incident_search.incident_id)
        WHERE incident_id IN (SELECT incident_id FROM incidents)""")
    op.execute(f"""INSERT INTO incident_search (incident_id, body) SELECT incident_id, {body.format(row="incidents")}
        FROM incidents WHERE incident_id NOT IN (SELECT incident_id FROM incident_search)""")


# The body of rasd_incident_search_body(p_incident, p_location, p_notes), which the trigger function
# rasd_incident_search_sync of migration 0004 calls: place and notes ...
_POSTGRESQL_PLACE_AND_NOTES = "SELECT rasd_search_form(concat_ws(E'\\n', coalesce(p_location, ''), p_notes))"
# ... and migration 0004's, with the texts of the incident's articles.
_POSTGRESQL_WITH_TEXTS = """SELECT rasd_search_form(concat_ws(E'\\n', coalesce(p_location, ''), p_notes, (
                SELECT string_agg(d.text, E'\\n') FROM documents AS d
                WHERE d.id IN (SELECT e.document_id FROM events AS e WHERE e.incident_id = p_incident))))"""


def _postgresql_incident_body(body: str) -> None:
    """rasd_incident_search_body with ``body``, and every incident's row rewritten to it."""
    op.execute(f"""CREATE OR REPLACE FUNCTION rasd_incident_search_body(p_incident text, p_location text, p_notes text)
        RETURNS text LANGUAGE sql STABLE AS $$
            {body}
        $$""")
    op.execute("""UPDATE incident_search AS s SET body = rasd_incident_search_body(i.incident_id, i.location, i.notes)
        FROM incidents AS i WHERE i.incident_id = s.incident_id""")
    op.execute("""INSERT INTO incident_search (incident_id, body)
        SELECT incident_id, rasd_incident_search_body(incident_id, location, notes) FROM incidents
        WHERE incident_id NOT IN (SELECT incident_id FROM incident_search)""")


def _trigram_schema() -> str | None:
    """The schema of the pg_trgm extension, created here if it is not yet in the database (as
    migration 0004 does); None (with a warning) when the server does not let this user create it."""
    conn = op.get_bind()
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        warnings.warn(f"text search runs without an index: the extension pg_trgm could not be created "
                      f"({str(exc.orig).strip().splitlines()[0]}); have a superuser run "
                      "'CREATE EXTENSION pg_trgm' and CREATE INDEX ix_document_search_body ON document_search "
                      "USING gin (body gin_trgm_ops)", stacklevel=1)
        return None
    return conn.exec_driver_sql("SELECT n.nspname FROM pg_extension AS e JOIN pg_namespace AS n "
                                "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'").scalar_one()
