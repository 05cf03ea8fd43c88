"""Full-text search of incidents (the ``q`` filter): what the index holds and the condition that asks it.

Every incident has one row in ``incident_search`` whose ``body`` is the search form
(``rasd.text.normalize.search_form``: NFKC, Arabic letter variants folded, diacritics, tatweel and
invisible controls removed, Latin lower-cased) of its location, its notes and the text of every
article that reports it, one per line. The writer writes that row with each incident it inserts,
folding each article's text once (``rasd.store.search_rows``, migration 0007); triggers in the
database (migration 0004) rewrite it when an incident's id, place or notes change, and delete it
with the incident, whichever code does that. On SQLite the trigger calls ``rasd_search_form``,
the Python function every connection of ``open_store`` registers; on PostgreSQL the migration
defines it in SQL.

A query word matches an incident when its search form occurs anywhere in the body: a substring,
as before the index existed, because Arabic glues و ب ل ال to the word that follows. Every word
must match. The index is a trigram index on both databases (SQLite FTS5 ``trigram``, queried with
a phrase per word; PostgreSQL ``pg_trgm`` GIN, queried with LIKE), which finds substrings of three
characters or more; for a shorter word the database reads the bodies, slower but with the same answer.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Column, Integer, MetaData, Table, Text, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.sqltypes import NULLTYPE
from sqlalchemy.sql.visitors import InternalTraversal

from rasd.store import schema as t
from rasd.text.normalize import search_form

__all__ = ["SEARCH_FUNCTION", "TextMatch", "query_words"]

SEARCH_FUNCTION = "rasd_search_form"
"""The SQL name of ``search_form``, which the index triggers call."""

# SQLite's FTS5 index over incident_search.body (its rowid is incident_search.id). A virtual table,
# made by migration 0004 on SQLite only, so it is not part of the schema's metadata.
_fts = Table("incident_search_fts", MetaData(), Column("rowid", Integer), Column("body", Text))


def query_words(text: str) -> list[str]:
    """The search forms of the query's words, without repeats; a word that folds to nothing
    (only diacritics or tatweel) is dropped."""
    words = (search_form(word) for word in text.split())
    return list(dict.fromkeys(word for word in words if word))


class TextMatch(ColumnElement[bool]):
    """``incident_id IN (the incidents whose search body holds every word)``, in each database's
    own index query (see the module's docstring)."""

    inherit_cache = True
    # Both forms are its children, so the statement cache keys on their structure and their words
    # travel as bound parameters.
    _traverse_internals: ClassVar = [("sqlite", InternalTraversal.dp_clauseelement),
                                     ("postgresql", InternalTraversal.dp_clauseelement)]
    type = NULLTYPE  # not Boolean: SQLite would compare a Boolean with 1 and lose the IN index plan

    def __init__(self, incident_id: Any, words: list[str]) -> None:
        s = t.incident_search.c
        self.sqlite = incident_id.in_(select(s.incident_id).where(*_sqlite_conditions(words)))
        likes = [s.body.like("%" + _like_literal(word) + "%", escape="\\") for word in words]
        self.postgresql = incident_id.in_(select(s.incident_id).where(*likes))


@compiles(TextMatch)
def _compile_postgresql(element: TextMatch, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.postgresql, **kw)


@compiles(TextMatch, "sqlite")
def _compile_sqlite(element: TextMatch, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.sqlite, **kw)


def _sqlite_conditions(words: list[str]) -> list[Any]:
    """Conditions on incident_search: one FTS5 phrase query for the words of three characters or
    more (answered from the index alone), GLOB on the body for the shorter ones (which have no
    trigram; read only in the rows the phrases left, or in every row when there are none)."""
    s = t.incident_search.c
    long = [word for word in words if len(word) >= 3]
    out = []
    if long:
        phrases = " ".join('"' + word.replace('"', '""') + '"' for word in long)  # FTS5: quoted, all of them
        out.append(s.id.in_(select(_fts.c.rowid).where(_fts.c.body.match(phrases))))
    out += [s.body.op("GLOB")("*" + _glob_literal(word) + "*") for word in words if len(word) < 3]
    return out


def _glob_literal(word: str) -> str:
    """``word`` as a GLOB pattern that matches only itself (* ? [ in brackets)."""
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in word)


def _like_literal(word: str) -> str:
    """``word`` as a LIKE pattern (escape character backslash) that matches only itself."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
