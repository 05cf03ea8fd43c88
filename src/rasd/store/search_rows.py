"""The text search's rows the writer writes (rasd.store.search): an article's once, an incident's with it.

- An article with events gets one row in ``document_search``, the search form of its text, written
  in the article's transaction and never again: a merge moves events between incidents, and the
  search finds an incident's articles through its events (``events.document_id``), so the row
  stays as it is.
- An incident gets one row in ``incident_search``, the search form of its place and notes, one per
  line, written with each incident the writer inserts (a merge writes the incidents it makes anew,
  and their rows with them)::

      search_form(location or "") \\n search_form(notes)

  which is what the database's trigger on UPDATE of an incident's id, place or notes writes
  (migration 0008).

Until migration 0008 an incident's row also held the texts of all its articles, rewritten at each
merge: indexing a growing incident's texts again at every new report made ingest quadratic in
the size of the largest incidents.
"""

from __future__ import annotations

from sqlalchemy import Connection

from rasd.text.normalize import search_form

__all__ = ["body", "written_here"]


def written_here(conn: Connection) -> bool:
    """Whether the writer writes the search rows: the database has the articles' search table
    (migration 0008 on; before it, the writer that wrote the incidents' rows with their texts)."""
    if conn.dialect.name == "sqlite":
        sql = "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_search')"
    else:
        sql = "SELECT to_regclass('document_search') IS NOT NULL"
    return bool(conn.exec_driver_sql(sql).scalar())


def body(location: str | None, notes: str) -> str:
    """The search body of an incident: its place and notes, folded."""
    return search_form(location or "") + "\n" + search_form(notes)
