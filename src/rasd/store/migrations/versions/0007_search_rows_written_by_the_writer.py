"""The text search's rows of new incidents are written by the writer, no longer by a trigger.

Migration 0004's trigger on INSERT INTO incidents rebuilt the incident's search body from the texts
of all its articles, folding each with rasd_search_form, at every insert: a merge folded every text
of the incident again. On PostgreSQL that fold is SQL translate() over a list of 537 characters,
about 14 ms per article text: on bench/ingest.py (3,000 articles) the trigger was four fifths of
the store's time, and ingest cost 6 to 7 ms per article beyond extraction, 1.5 ms without it.
The writer (rasd.store.search_rows) now folds an article's text once, in Python, and writes
the incident's row itself: on a merge, the stored bodies with the new text appended.

The triggers on UPDATE of an incident's id, place or notes and on DELETE stay: whoever changes or
deletes an incident, its search row follows. Only rows inserted into incidents by something other
than the writer get no search row now. The stored rows are right as they are: nothing to rewrite,
either way.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER incidents_search_insert")
    else:
        op.execute("DROP TRIGGER incidents_search ON incidents")
        op.execute(_postgresql_trigger("DELETE OR UPDATE OF incident_id, location, notes"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Migration 0004's trigger, as it was.
        op.execute("""CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO incident_search (incident_id, body) VALUES (new.incident_id, rasd_search_form(
        coalesce(new.location, '') || char(10) || new.notes || coalesce((
            SELECT char(10) || group_concat(d.text, char(10)) FROM documents AS d
            WHERE d.id IN (SELECT e.document_id FROM events AS e WHERE e.incident_id = new.incident_id)), '')));
    END""")
    else:
        op.execute("DROP TRIGGER incidents_search ON incidents")
        op.execute(_postgresql_trigger("INSERT OR DELETE OR UPDATE OF incident_id, location, notes"))


def _postgresql_trigger(events: str) -> str:
    """Migration 0004's trigger on ``events`` (its function rasd_incident_search_sync handles each)."""
    return (f"CREATE TRIGGER incidents_search AFTER {events} ON incidents "
            "FOR EACH ROW EXECUTE FUNCTION rasd_incident_search_sync()")
