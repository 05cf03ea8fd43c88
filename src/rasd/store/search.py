"""Full-text search of incidents (the ``q`` filter): what the index holds and the condition that asks it.

The search reads two tables, each holding the search form (``rasd.text.normalize.search_form``:
NFKC, Arabic letter variants folded, diacritics, tatweel and invisible controls removed, Latin
lower-cased) of some text (migration 0008):

- ``document_search``: one row per article that has events, the form of its text. The writer
  writes it once, with the article (``rasd.store.search_rows``); merges never touch it, so each
  text is indexed once however large its incident grows. It goes with its article (ON DELETE CASCADE).
- ``incident_search``: one row per incident, the form of its location and its notes, one per line.
  The writer writes it with each incident it inserts; triggers in the database (migration 0004,
  bodies since 0008) rewrite it when an incident's id, place or notes change, and delete it with
  the incident, whichever code does that. On SQLite the trigger calls ``rasd_search_form``, the
  Python function every connection of ``open_store`` registers; on PostgreSQL the migration
  defines it in SQL.

A query word matches an incident when its search form occurs anywhere in the incident's row or in
the row of one of its articles (``events.document_id`` of the events whose ``incident_id`` is the
incident): a substring, as before the index existed, because Arabic glues و ب ل ال to the word
that follows. Every word must match, each in any of those rows: words may come from the place and
from different articles, as when one body held them all (migrations 0004 to 0007). Both tables
have a trigram index on both databases (SQLite FTS5 ``trigram``, queried with a phrase per word;
PostgreSQL ``pg_trgm`` GIN, queried with LIKE), which finds substrings of three characters or more;
for a shorter word the database reads the bodies, slower but with the same answer.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Column, Integer, MetaData, Table, Text, and_, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.sqltypes import NULLTYPE
from sqlalchemy.sql.visitors import InternalTraversal

from rasd.store import schema as t
from rasd.text.normalize import search_form

__all__ = ["SEARCH_FUNCTION", "TextMatch", "query_words"]

SEARCH_FUNCTION = "rasd_search_form"
"""The SQL name of ``search_form``, which the index triggers call."""

# SQLite's FTS5 indexes over incident_search.body and document_search.body (their rowids are the
# tables' ids). Virtual tables, made by migrations 0004 and 0008 on SQLite only, so they are not
# part of the schema's metadata.
_incident_fts = Table("incident_search_fts", MetaData(), Column("rowid", Integer), Column("body", Text))
_document_fts = Table("document_search_fts", MetaData(), Column("rowid", Integer), Column("body", Text))


def query_words(text: str) -> list[str]:
    """The search forms of the query's words, without repeats; a word that folds to nothing
    (only diacritics or tatweel) is dropped."""
    words = (search_form(word) for word in text.split())
    return list(dict.fromkeys(word for word in words if word))


class TextMatch(ColumnElement[bool]):
    """``incident_id IN (the incidents that hold the first word) AND incident_id IN (... the second)
    ...``, in each database's own index query (see the module's docstring)."""

    inherit_cache = True
    # Both forms are its children, so the statement cache keys on their structure and their words
    # travel as bound parameters.
    _traverse_internals: ClassVar = [("sqlite", InternalTraversal.dp_clauseelement),
                                     ("postgresql", InternalTraversal.dp_clauseelement)]
    type = NULLTYPE  # not Boolean: SQLite would compare a Boolean with 1 and lose the IN index plan

    def __init__(self, incident_id: Any, words: list[str]) -> None:
        self.sqlite = and_(*(incident_id.in_(_sqlite_incidents_holding(word)) for word in words))
        self.postgresql = and_(*(incident_id.in_(_postgresql_incidents_holding(word)) for word in words))


@compiles(TextMatch)
def _compile_postgresql(element: TextMatch, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.postgresql, **kw)


@compiles(TextMatch, "sqlite")
def _compile_sqlite(element: TextMatch, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.sqlite, **kw)


def _sqlite_incidents_holding(word: str) -> Any:
    """The ids of the incidents whose own search row holds ``word``, and of those with an article
    whose search row does, on SQLite: the FTS5 index's matches joined to their rows for a word of
    three characters or more (a phrase query, answered from the index alone), GLOB on the bodies for
    a shorter one (which has no trigram)."""
    s, d, e = t.incident_search.c, t.document_search.c, t.events.c
    if len(word) >= 3:
        phrase = '"' + word.replace('"', '""') + '"'  # FTS5: quoted, a literal phrase
        return union_all(
            select(s.incident_id).select_from(_incident_fts.join(t.incident_search, s.id == _incident_fts.c.rowid))
            .where(_incident_fts.c.body.match(phrase)),
            select(e.incident_id)
            .select_from(_document_fts.join(t.document_search, d.id == _document_fts.c.rowid)
                         .join(t.events, e.document_id == d.document_id))
            .where(_document_fts.c.body.match(phrase)),
        )
    pattern = "*" + _glob_literal(word) + "*"
    return _incidents_holding(s.body.op("GLOB")(pattern), d.body.op("GLOB")(pattern))


def _postgresql_incidents_holding(word: str) -> Any:
    """The same on PostgreSQL: LIKE on the bodies, which the trigram indexes answer."""
    pattern = "%" + _like_literal(word) + "%"
    return _incidents_holding(t.incident_search.c.body.like(pattern, escape="\\"),
                              t.document_search.c.body.like(pattern, escape="\\"))


def _incidents_holding(in_incident_row: Any, in_document_row: Any) -> Any:
    """The ids of the incidents whose own search row meets the first condition, and of those with
    an article whose search row meets the second."""
    s, d, e = t.incident_search.c, t.document_search.c, t.events.c
    return union_all(
        select(s.incident_id).where(in_incident_row),
        select(e.incident_id).join(t.document_search, d.document_id == e.document_id).where(in_document_row),
    )


def _glob_literal(word: str) -> str:
    """``word`` as a GLOB pattern that matches only itself (* ? [ in brackets)."""
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in word)


def _like_literal(word: str) -> str:
    """``word`` as a LIKE pattern (escape character backslash) that matches only itself."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
