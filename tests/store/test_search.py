"""The text search (``q``, IncidentFilter.text) on SQLite and PostgreSQL: Arabic spelling variants,
substrings, literal punctuation, other filters, and the index that triggers keep through adds,
merges, updates, deletes and the upgrade of a database that already holds incidents."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from rasd.store import IncidentFilter, open_store
from rasd.text.normalize import search_form
from tests.store.conftest import article, downgrade

ATARIB = "قصفت قوات النظام بلدة الأتارب بريف حلب الغربي أمس، ما أدى إلى مقتل ثلاثة مدنيين."
ATARIB_2 = "أفاد ناشطون بمقتل خمسة مدنيين في قصف مدفعي لقوات النظام على الأتارب غربي حلب."  # merges with ATARIB
# Diacritics, tatweel, taa marbuta, hamza on alef: the spellings the search must see through.
IDLIB = "اشتبــاكاتٌ عنيفةٌ في مَدِينَةِ إدلب بين فصائل المعارضة وقوات النظام."
MOSUL = "انفجار عبوة ناسفة في الموصل يوقع قتلى؛ نسبة 100% من_الأهداف [مؤكدة]* بحسب ﻻئحة الشرطة."

IDLIB_FIELDS = {"event_date": "2019-12-20", "event_type": "Battles", "sub_event_type": "Armed clash",
                "admin1": "Idlib", "location": "Idlib", "latitude": 35.93, "longitude": 36.63}
MOSUL_FIELDS = {"event_date": "2020-01-05", "country": "Iraq", "iso": 368, "admin1": "Nineveh", "location": "Mosul",
                "latitude": 36.34, "longitude": 43.13}


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    store.add(article(ATARIB, {}))
    store.add(article(IDLIB, IDLIB_FIELDS))
    store.add(article(MOSUL, MOSUL_FIELDS))
    store.add(article(ATARIB_2, {"event_date": "2019-11-12"}))
    yield store
    store.close()


def found(store, **filters) -> list[str]:
    return [i.location for i in store.incidents(IncidentFilter(**filters))]


def search_rows(store) -> dict[str, str]:
    """incident_search as {incident id: body}."""
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT incident_id, body FROM incident_search")).all())


def expected(store, query: str) -> list[str]:
    """What the search must answer, worked out in Python: every word's search form is part of the
    search form of the incident's location, notes or one of its articles."""
    words = [search_form(w) for w in query.split()]
    out = []
    with store.engine.connect() as conn:
        texts = conn.execute(sa.text(
            "SELECT e.incident_id, d.text FROM events AS e JOIN documents AS d ON d.id = e.document_id")).all()
    for incident in store.incidents():
        pieces = [incident.location or "", incident.notes, *(text for iid, text in texts if iid == incident.incident_id)]
        if all(any(w in search_form(p) for p in pieces) for w in words if w):
            out.append(incident.location)
    return out


@pytest.mark.parametrize(("query", "locations"), [
    ("الأتارب", ["Al Atarib"]),
    ("الاتارب", ["Al Atarib"]),  # alef without hamza finds أ
    ("أتارب", ["Al Atarib"]),  # part of a word: Arabic glues ال و ب to the word
    ("ادلب", ["Idlib"]),  # إ
    ("مدينه", ["Idlib"]),  # ة written ه, and the text's diacritics ignored
    ("اشتباكات عنيفة", ["Idlib"]),  # tatweel and tanwin in the text
    ("اشْتِبَاكَاتٌ", ["Idlib"]),  # diacritics in the query
    ("لائحة", ["Mosul"]),  # the text's presentation form ﻻ
    ("١٠٠%", ["Mosul"]),  # Arabic-Indic digits; % is a character, not a wildcard
    ("MOSUL", ["Mosul"]),  # the place, any case
    ("مدفعي ثلاثة", ["Al Atarib"]),  # two words from the two articles of one merged incident
    ("قوات", ["Idlib", "Al Atarib"]),  # in two incidents, newest first
    ("دمشق", []),  # no match
    ("قصف دمشق", []),  # every word must match
])
def test_search_matches_normalized_substrings(store, query, locations):
    assert found(store, text=query) == locations
    assert found(store, text=query) == expected(store, query)
    assert store.count_incidents(IncidentFilter(text=query)) == len(locations)


@pytest.mark.parametrize("filters", [{"text": "قوات"}, {"text": "دمشق"}, {"text": "مدفعي ثلاثة"}, {"text": "حل"},
                                     {}, {"country": "Iraq"}])
@pytest.mark.parametrize(("limit", "offset"), [(1, 0), (2, 0), (50, 0), (1, 1), (1, 2), (5, 9)])
def test_a_page_and_its_total_are_those_the_list_and_the_count_give(store, filters, limit, offset):
    # With a text search both come from one statement (a window count); the answer must not change.
    where = IncidentFilter(**filters)
    items, total = store.incident_page(where, limit=limit, offset=offset)
    assert [i.incident_id for i in items] == \
        [i.incident_id for i in store.incidents(where, limit=limit, offset=offset)]
    assert total == store.count_incidents(where) == len(store.incidents(where))


@pytest.mark.parametrize("query", [
    "حل",  # two letters: no trigram, the bodies are read instead, same answer
    "ي", "%", "_", "10_", "1%", "*", "[مؤكدة]*", "[م", "?", '"', "من_ال", "ـ", "a\"b",
])
def test_short_words_and_punctuation_are_literal(store, query):
    assert found(store, text=query) == expected(store, query)


def test_queries_of_the_same_shape_reuse_the_compiled_statement_with_their_own_words(store):
    # SQLAlchemy caches the compiled SQL by the statement's structure; each query's words must
    # still be the ones bound.
    assert [found(store, text=q) for q in ("الاتارب", "ادلب", "الموصل", "الاتارب")] == \
        [["Al Atarib"], ["Idlib"], ["Mosul"], ["Al Atarib"]]
    assert [found(store, text=q) for q in ("ادلب حل", "الاتارب حل", "الموصل حل")] == [[], ["Al Atarib"], []]


def test_search_combines_with_the_other_filters(store):
    assert found(store, text="قوات", country="Syria") == ["Idlib", "Al Atarib"]
    assert found(store, text="قوات", event_type="Battles") == ["Idlib"]
    assert found(store, text="مقتل", country="Iraq") == []
    assert found(store, text="الموصل", country="368", bbox=(43.0, 36.0, 44.0, 37.0)) == ["Mosul"]
    assert found(store, text="قوات", actor="syria") == ["Idlib", "Al Atarib"]
    page = store.incidents(IncidentFilter(text="قوات"), limit=1, offset=1)
    assert [i.location for i in page] == ["Al Atarib"]


def test_the_index_follows_adds_merges_updates_and_deletes(store):
    incidents = {i.incident_id: i for i in store.incidents()}
    assert len(incidents) == 3  # the two al-Atarib articles merged
    bodies = search_rows(store)
    assert set(bodies) == set(incidents)  # no row of the incident the merge replaced
    atarib = next(i for i in incidents.values() if i.location == "Al Atarib")
    with store.engine.connect() as conn:  # its articles' texts: in their own rows (migration 0008)
        texts = conn.execute(sa.text("SELECT body FROM document_search WHERE document_id IN (SELECT document_id "
                                     "FROM events WHERE incident_id = :i)"), {"i": atarib.incident_id}).scalars().all()
    assert sorted(texts) == sorted([search_form(ATARIB), search_form(ATARIB_2)])
    _check_fts(store)

    with store.engine.begin() as conn:  # an incident's place changes
        conn.execute(sa.text("UPDATE incidents SET location = 'Saraqib', notes = 'A shelling of Saraqib.' "
                             "WHERE incident_id = :i"),
                     {"i": atarib.incident_id})
    assert found(store, text="saraqib") == ["Saraqib"]
    assert found(store, text="atarib") == []
    assert found(store, text="مدفعي") == ["Saraqib"]  # the articles stay in the body
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE incidents SET fatalities = 4 WHERE incident_id = :i"), {"i": atarib.incident_id})
        conn.execute(sa.text("DELETE FROM incident_actors WHERE incident_id = :i"), {"i": atarib.incident_id})
        conn.execute(sa.text("DELETE FROM incidents WHERE incident_id = :i"), {"i": atarib.incident_id})
    assert atarib.incident_id not in search_rows(store)
    assert found(store, text="مدفعي") == []
    _check_fts(store)

    store.add(article("قصف مدفعي جديد على سراقب.", {"event_date": "2021-05-01", "location": "Saraqib"}))
    assert found(store, text="جديد") == ["Saraqib"]
    assert set(search_rows(store)) == {i.incident_id for i in store.incidents()}
    _check_fts(store)


def test_upgrading_to_0004_indexes_stored_incidents_and_downgrading_removes_the_index(db_url):

    store = open_store(db_url, upgrade=False)
    store.upgrade("0003")
    store.add(article(ATARIB, {}))
    store.add(article(MOSUL, MOSUL_FIELDS))
    store.upgrade()
    assert set(search_rows(store)) == {i.incident_id for i in store.incidents()}
    assert found(store, text="الاتارب") == ["Al Atarib"]
    assert found(store, text="يوقع") == ["Mosul"]
    _check_fts(store)

    downgrade(store, "0003")
    assert store.revision() == "0003"
    with store.engine.connect() as conn:
        assert "incident_search" not in sa.inspect(conn).get_table_names()
    store.add(article(IDLIB, IDLIB_FIELDS))  # no trigger is left to fail a write
    store.upgrade()
    assert found(store, text="ادلب") == ["Idlib"]
    store.close()


def test_postgresql_search_form_is_pythons(db_url):
    """The SQL rasd_search_form of migration 0004 folds every character as rasd.text.normalize does."""
    store = open_store(db_url)
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's triggers call the Python function itself")
    blocks = [range(0x20, 0x250), range(0x370, 0x400), range(0x600, 0x900), range(0x1E00, 0x1F00),
              range(0x2000, 0x2070), range(0xFB50, 0xFE00), range(0xFE70, 0xFF00)]
    samples = ["".join(chr(c) for c in block if not 0xD800 <= c < 0xE000) for block in blocks]
    samples += ["قــصْفٌ على إدلب وأريحا ومدينةِ حماة", "Dar‘ā ĀL ATĀRIB", "١٢٣٫٥ ۴۵"]
    with store.engine.connect() as conn:
        for sample in samples:
            assert conn.execute(sa.text("SELECT rasd_search_form(:s)"), {"s": sample}).scalar_one() == \
                search_form(sample)
    store.close()


def _check_fts(store) -> None:
    """SQLite: the FTS5 index agrees with incident_search, row for row (its integrity check)."""
    if store.engine.dialect.name == "sqlite":
        with store.engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO incident_search_fts (incident_search_fts, rank) "
                                 "VALUES ('integrity-check', 1)"))
