"""Events told as happening abroad, in a country the gazetteer does not cover.

"ألقت السلطات الألمانية القبض على ..." or "اعتقل في ألمانيا": the arrest happened in Germany. The
gazetteer has no place there, and the extractor must not borrow one named elsewhere in the article
(سافر إلى سوريا), so such an event stays unplaced and is not coded. Countries and their adjectives
come from ``resources/foreign_countries.tsv``, the world's large cities outside the gazetteer
(كابل، باريس) from ``resources/foreign_cities.tsv`` (GeoNames); the scene is read from "في <country
or city>" (or بنيويورك: ب on a name of five letters or more) or from an authority noun with the country's
adjective (السلطات، الشرطة، الادعاء ... + الألمانية).
"""

from __future__ import annotations

import re
from functools import cache

from rasd.recognize.lexicon import read_tsv
from rasd.text.normalize import normalize_word

__all__ = ["foreign_scene", "named_units"]

_AUTHORITIES = ("السلطات", "الشرطة", "الأمن", "الادعاء", "النيابة", "المحكمة", "القضاء")
"""Bodies that act at home: their country's adjective names where the act took place (not الحكومة,
which speaks of events anywhere)."""


_CITY_NOUNS = [normalize_word(w) for w in ("العاصمة", "مدينة")]
"""Nouns a city's name may follow after في (في العاصمة كابل)."""


_DIRECTIONS = ["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"]
"""A direction before a country or city (بلدة فوتوكول بشمال الكاميرون) places the scene there too."""


@cache
def _scene_pattern() -> re.Pattern[str]:
    names, adjectives = [], []
    for row in read_tsv("foreign_countries.tsv"):
        names += [normalize_word(f) for f in row["name"].split("|")]
        adjectives += [normalize_word(f) for f in row["adjective"].split("|") if f]  # none for Mali
    for row in read_tsv("foreign_cities.tsv"):
        names += [" ".join(normalize_word(w) for w in f.split()) for f in row["names"].split("|")]
    authorities = [normalize_word(a) for a in _AUTHORITIES]
    long_names = [n for n in names if len(n) >= 5]  # بنيويورك، بباريس; not باكرا (early), بسيول (by a torrent)

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    # في العاصمة كابل، في العاصمة الأفغانية كابل، في مدينة كراتشي: a capital or a city named after its noun
    city = rf"(?:(?:{alt(_CITY_NOUNS)})\s+(?:(?:{alt(adjectives)})\s+)?)?"
    return re.compile(
        rf"(?<!\w)(?:[وف]?في\s+{city}(?:{alt(names)})|[وف]?ب(?:{alt(long_names)})(?!\w)|[وف]?(?:{alt(authorities)})\s+(?:{alt(adjectives)})"
        rf"|[وف]?(?:في\s+|ب)?(?:{alt(_DIRECTIONS)})\s+(?:{alt(names)}))(?!\w)"
    )


_SEAT = re.compile(r"(?:الانسان|مقره|مقرها)\s*(?:،\s*)?$")
"""Words right before "في <city>" that make it the seat of a source (the Syrian Observatory's London)."""


def foreign_scene(normalized: str) -> bool:
    """Whether the normalized text places what it tells in a country outside the gazetteer; not where a
    source sits (مدير المرصد السوري لحقوق الإنسان في لندن، ومقره بريطانيا)."""
    return any(_SEAT.search(normalized, max(0, m.start() - 40), m.start()) is None
               for m in _scene_pattern().finditer(normalized))


_UNIT = re.compile(r"(?:(?<!\w)[وف]?في\s+|\(\s*)(?:ولاية|مقاطعة)\s+(?=\w)")
""""في ولاية باكتيكا، بينساكولا (ولاية فلوريدا)": a state or province named as the scene, or in brackets after
a town (the words of the original text). Not بولاية: the Turkish provinces the gazetteer knows are spelt
many ways (بولاية أجري for Ağrı). Not
إقليم: the news calls districts (إقليم سيلوبي), regions (إقليم تهامة) and Kurdistan by it, inside
the gazetteer's countries, as often as provinces abroad."""


def named_units(original: str) -> list[int]:
    """Offsets in ``original`` of the names that follow "في ولاية / مقاطعة": where the text places a
    happening in a state or province. A name there that the gazetteer does not know is a province
    outside it (ولاية باكتيكا، ولاية تينيسي), and the happening must not borrow a place named elsewhere."""
    return [m.end() for m in _UNIT.finditer(original)]
