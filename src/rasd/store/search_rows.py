"""The text search's rows of the incidents an article writes: each text folded once, appended on a merge.

An incident's search body (rasd.store.search) is the search form of its location, its notes and
the text of each of its articles, one per line::

    search_form(location or "") \\n search_form(notes) \\n search_form(text) \\n search_form(text) ...

``search_form`` never joins characters across a line break (NFKC composes nothing with one, and
the folds go character by character), so the form of the lines joined is the lines' forms joined:
each text can be folded on its own, once. The writer writes these rows with the incidents
(migration 0007): the new article's text is folded once, and an incident that joins stored ones
gets their texts, cut from their bodies, with the new text after them; no stored text is read
or folded again. Only when the stored incidents it joins share an article (whose text each of
their bodies holds), or a body does not begin with its incident's place and notes (written
otherwise), are the texts read from the documents and folded, each article's once, in the order
of their ids.

The order of the texts is thus the order their articles came in; the trigger of migration 0004
took them in whatever order the database read them. A query word has no line break, so it matches
one line or none: the same lines in any order answer every query alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from sqlalchemy import Connection, bindparam, select

from rasd.store import schema as t
from rasd.text.normalize import search_form

__all__ = ["body", "stored_texts", "written_here"]

_s, _i, _d = t.incident_search.c, t.incidents.c, t.documents.c
_BODIES = (select(_s.incident_id, _s.body, _i.location, _i.notes)
           .join(t.incidents, _i.incident_id == _s.incident_id)
           .where(_s.incident_id.in_(bindparam("ids", expanding=True))))
_TEXTS = select(_d.text).where(_d.id.in_(bindparam("ids", expanding=True))).order_by(_d.id)


def written_here(conn: Connection) -> bool:
    """Whether the writer writes the search rows of the incidents it inserts: the database has the
    search table (migration 0004 on) and no trigger on INSERT INTO incidents that writes them
    (migration 0004's, which 0007 drops)."""
    if conn.dialect.name == "sqlite":
        sql = ("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_search') "
               "AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
               "AND name = 'incidents_search_insert')")
    else:  # bit 4 of tgtype: the trigger fires on INSERT
        sql = ("SELECT to_regclass('incident_search') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_trigger "
               "WHERE tgrelid = to_regclass('incidents') AND tgname = 'incidents_search' AND tgtype & 4 <> 0)")
    return bool(conn.exec_driver_sql(sql).scalar())


def body(location: str | None, notes: str, texts: Sequence[str]) -> str:
    """The search body of an incident: its place and notes folded, then ``texts``, folded already."""
    return "\n".join((search_form(location or ""), search_form(notes), *texts))


def stored_texts(conn: Connection, joins: Sequence[Sequence[str]],
                 documents: Mapping[str, Set[str]]) -> list[str | None]:
    """For each group of stored incidents that one new incident joins together, the folded texts of
    their articles, each article's once, as one string of lines (None for a group of none).
    ``documents`` gives each stored incident's articles. Read before those incidents are deleted:
    their search rows go with them."""
    ids = sorted({incident_id for group in joins for incident_id in group})
    if not ids:
        return [None] * len(joins)
    held = {}
    for incident_id, stored, location, notes in conn.execute(_BODIES, {"ids": ids}):
        head = body(location, notes, ()) + "\n"
        if stored.startswith(head):
            held[incident_id] = stored[len(head):]
    out: list[str | None] = []
    for group in joins:
        if not group:
            out.append(None)
        elif all(i in held for i in group) and _apart([documents[i] for i in group]):
            out.append("\n".join(held[i] for i in group))
        else:
            ids_of_texts = sorted(set().union(*(documents[i] for i in group)))
            out.append("\n".join(search_form(text) for text in conn.execute(_TEXTS, {"ids": ids_of_texts}).scalars()))
    return out


def _apart(sets: Sequence[Set[str]]) -> bool:
    """Whether no two of the sets share a member."""
    return sum(map(len, sets)) == len(set().union(*sets))
