"""Full-text search index for incidents, and covering indexes for the web's lists, maps and statistics.

Text search (rasd.store.search): a table incident_search holds each incident's search body (the
search form of its location, notes and articles' texts), written by triggers on incidents, so it
follows every insert, merge and delete whoever writes. SQLite indexes it with an FTS5 trigram
table kept by three more triggers; PostgreSQL with a pg_trgm GIN index (when the server lets the
database's owner create that extension; without it the search still answers, by reading the table).
Existing incidents are indexed here.

Covering indexes, each for the queries that used to read whole incident rows:
    ix_incidents_newest          newest-first listings (their page of ids), map points, counts and
                                 filters within a date range (replaces ix_incidents_date)
    ix_incidents_country_stats   a country's counts and statistics, statistics per country
                                 (replaces ix_incidents_country_lower)
    ix_incidents_lat_lon_date    a bounding box's newest page (replaces ix_incidents_lat_lon)
    ix_incidents_place_stats     statistics per country, the places in the store (replaces ix_incidents_place)
    ix_incidents_id_cover        counts, statistics and pages of the incidents an actor or a text search
                                 gives by id
    ix_incident_actors_actor_incident  the incidents of the actor names that match
                                 (replaces ix_incident_actors_actor)

Changing what rasd.text.normalize.search_form folds needs a new migration that redefines
PostgreSQL's rasd_search_form (from SEARCH_FOLDS, as here) and rebuilds incident_search.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import warnings

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _replace_indexes()
    op.create_table(
        "incident_search",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_id", sa.String(16), nullable=False, unique=True),
        sa.Column("body", sa.Text, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_search()
    else:
        _postgresql_search()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("incidents_search_insert", "incidents_search_update", "incidents_search_delete",
                     "incident_search_fts_insert", "incident_search_fts_update", "incident_search_fts_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS incident_search_fts")
    else:
        op.execute("DROP TRIGGER IF EXISTS incidents_search ON incidents")
        op.execute("DROP FUNCTION IF EXISTS rasd_incident_search_sync()")
        op.execute("DROP FUNCTION IF EXISTS rasd_incident_search_body(text, text, text)")
        op.execute("DROP FUNCTION IF EXISTS rasd_search_form(text)")
    op.drop_table("incident_search")
    op.drop_index("ix_incident_actors_actor_incident", "incident_actors")
    op.create_index("ix_incident_actors_actor", "incident_actors", ["actor"])
    for name in ("ix_incidents_newest", "ix_incidents_country_stats", "ix_incidents_lat_lon_date",
                 "ix_incidents_place_stats", "ix_incidents_id_cover"):
        op.drop_index(name, "incidents")
    op.create_index("ix_incidents_place", "incidents", ["country", "admin1"])
    op.create_index("ix_incidents_date", "incidents", ["event_date"])
    op.create_index("ix_incidents_country_lower", "incidents", [sa.func.lower(sa.column("country"))])
    op.create_index("ix_incidents_lat_lon", "incidents", ["latitude", "longitude"])


# -- covering indexes ------------------------------------------------------------------------------

def _replace_indexes() -> None:
    newest_first = "event_date DESC" if op.get_bind().dialect.name == "sqlite" else "event_date DESC NULLS LAST"
    op.drop_index("ix_incidents_date", "incidents")
    op.create_index("ix_incidents_newest", "incidents", [
        sa.text(newest_first), "incident_id", "event_type", "sub_event_type", "country", "iso", "admin1",
        "latitude", "longitude", "fatalities", "location"])
    op.drop_index("ix_incidents_country_lower", "incidents")
    op.create_index("ix_incidents_country_stats", "incidents", [
        sa.func.lower(sa.column("country")), "event_date", "event_type", "sub_event_type", "country",
        "fatalities"])
    op.drop_index("ix_incidents_lat_lon", "incidents")
    op.create_index("ix_incidents_lat_lon_date", "incidents", ["latitude", "longitude", "event_date", "incident_id"])
    op.drop_index("ix_incidents_place", "incidents")
    op.create_index("ix_incidents_place_stats", "incidents", ["country", "admin1", "fatalities"])
    op.create_index("ix_incidents_id_cover", "incidents", [
        "incident_id", "event_date", "event_type", "sub_event_type", "country", "iso", "admin1", "latitude",
        "longitude", "fatalities"])
    op.drop_index("ix_incident_actors_actor", "incident_actors")
    op.create_index("ix_incident_actors_actor_incident", "incident_actors", ["actor", "incident_id"])


# -- text search on SQLite -------------------------------------------------------------------------

def _sqlite_body(row: str) -> str:
    """The search body of the incident ``row`` (new, or the table's name): rasd_search_form, the
    Python function open_store registers on every connection, of its place, notes and texts."""
    return f"""rasd_search_form(
        coalesce({row}.location, '') || char(10) || {row}.notes || coalesce((
            SELECT char(10) || group_concat(d.text, char(10)) FROM documents AS d
            WHERE d.id IN (SELECT e.document_id FROM events AS e WHERE e.incident_id = {row}.incident_id)), ''))"""


def _sqlite_search() -> None:
    # External content: FTS5 keeps only the trigram index; the bodies stay in incident_search,
    # which the 'delete' command reads back. case_sensitive 1: the body is folded already, and
    # GLOB (which the index answers in this mode) compares exactly.
    op.execute("CREATE VIRTUAL TABLE incident_search_fts USING fts5("
               "body, content='incident_search', content_rowid='id', tokenize='trigram case_sensitive 1')")
    op.execute("""CREATE TRIGGER incident_search_fts_insert AFTER INSERT ON incident_search BEGIN
        INSERT INTO incident_search_fts (rowid, body) VALUES (new.id, new.body);
    END""")
    op.execute("""CREATE TRIGGER incident_search_fts_delete AFTER DELETE ON incident_search BEGIN
        INSERT INTO incident_search_fts (incident_search_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END""")
    op.execute("""CREATE TRIGGER incident_search_fts_update AFTER UPDATE ON incident_search BEGIN
        INSERT INTO incident_search_fts (incident_search_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO incident_search_fts (rowid, body) VALUES (new.id, new.body);
    END""")
    # The incident's row is (re)written after its events point at it (rasd.store.writer._write_events),
    # so the body read here has every article of the incident.
    op.execute(f"""CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO incident_search (incident_id, body) VALUES (new.incident_id, {_sqlite_body("new")});
    END""")
    op.execute(f"""CREATE TRIGGER incidents_search_update AFTER UPDATE OF incident_id, location, notes ON incidents
    BEGIN
        DELETE FROM incident_search WHERE incident_id = old.incident_id;
        INSERT INTO incident_search (incident_id, body) VALUES (new.incident_id, {_sqlite_body("new")});
    END""")
    op.execute("""CREATE TRIGGER incidents_search_delete AFTER DELETE ON incidents BEGIN
        DELETE FROM incident_search WHERE incident_id = old.incident_id;
    END""")
    op.execute(f"INSERT INTO incident_search (incident_id, body) SELECT incident_id, {_sqlite_body('incidents')} "
               "FROM incidents")


# -- text search on PostgreSQL ---------------------------------------------------------------------

def _postgresql_search() -> None:
    op.execute(_search_form_function())
    op.execute("""CREATE FUNCTION rasd_incident_search_body(p_incident text, p_location text, p_notes text)
        RETURNS text LANGUAGE sql STABLE AS $$
            SELECT rasd_search_form(concat_ws(E'\\n', coalesce(p_location, ''), p_notes, (
                SELECT string_agg(d.text, E'\\n') FROM documents AS d
                WHERE d.id IN (SELECT e.document_id FROM events AS e WHERE e.incident_id = p_incident))))
        $$""")
    # The incident's row is (re)written after its events point at it (rasd.store.writer._write_events),
    # so the body read here has every article of the incident.
    op.execute("""CREATE FUNCTION rasd_incident_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                DELETE FROM incident_search WHERE incident_id = OLD.incident_id;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO incident_search (incident_id, body)
                VALUES (NEW.incident_id, rasd_incident_search_body(NEW.incident_id, NEW.location, NEW.notes));
            END IF;
            RETURN NULL;
        END
        $$""")
    op.execute("CREATE TRIGGER incidents_search AFTER INSERT OR DELETE OR UPDATE OF incident_id, location, notes "
               "ON incidents FOR EACH ROW EXECUTE FUNCTION rasd_incident_search_sync()")
    op.execute("INSERT INTO incident_search (incident_id, body) "
               "SELECT incident_id, rasd_incident_search_body(incident_id, location, notes) FROM incidents")
    trigram = _trigram_schema()
    if trigram is not None:
        op.execute(f'CREATE INDEX ix_incident_search_body ON incident_search USING gin (body "{trigram}".gin_trgm_ops)')


def _search_form_function() -> str:
    """rasd_search_form in SQL: NFKC, then rasd.text.normalize.SEARCH_FOLDS as one translate()
    (characters past the end of the replacements are deleted); written with \\u escapes."""
    from rasd.text.normalize import SEARCH_FOLDS

    mapped = {code: to for code, to in SEARCH_FOLDS.items() if to}
    deleted = [code for code, to in SEARCH_FOLDS.items() if not to]
    if any(len(to) != 1 for to in mapped.values()):
        raise ValueError("translate() folds one character to one: SEARCH_FOLDS has a longer replacement")

    def literal(chars: str) -> str:
        return "E'" + "".join(f"\\u{ord(ch):04X}" for ch in chars) + "'"

    source = "".join(map(chr, [*mapped, *deleted]))
    target = "".join(mapped.values())
    return (f"CREATE FUNCTION rasd_search_form(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
            f"PARALLEL SAFE AS $$ SELECT translate(normalize(value, NFKC), {literal(source)}, {literal(target)}) $$")


def _trigram_schema() -> str | None:
    """The schema of the pg_trgm extension, created here if it is not yet in the database; None
    (with a warning) when the server does not let this user create it."""
    conn = op.get_bind()
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError as exc:
        warnings.warn(f"text search runs without an index: the extension pg_trgm could not be created "
                      f"({str(exc.orig).strip().splitlines()[0]}); have a superuser run "
                      "'CREATE EXTENSION pg_trgm' and CREATE INDEX ix_incident_search_body ON incident_search "
                      "USING gin (body gin_trgm_ops)", stacklevel=1)
        return None
    return conn.exec_driver_sql("SELECT n.nspname FROM pg_extension AS e JOIN pg_namespace AS n "
                                "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'").scalar_one()
