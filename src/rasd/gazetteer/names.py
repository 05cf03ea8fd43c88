"""Arabic place names and feature types shared by the gazetteer builder, importer and loader.

GeoNames lists every alternate name of a place in every script and language, often without saying
which language. We keep the names written in Arabic script and drop the forms that Arabic news
cannot contain: names mixed with Latin letters, names spelled with letters of Urdu, Kurdish
(Sorani), Pashto or Uyghur that Arabic does not use (ہ ے ٹ ڈ ۆ ێ ە ڕ ڵ ...), and names that
describe an administrative unit rather than the place (محافظة ...، قضاء ...، شهرستان ...), which
the administrative tables provide with their own ids. Persian letters (پ چ ژ گ) are kept: Arabic
writers use them for Iranian and Kurdish names, and they do no harm elsewhere.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable

from rasd.text.normalize import normalize_word

__all__ = [
    "FEATURES",
    "FEATURE_RANK",
    "clean_arabic_name",
    "clean_arabic_names",
    "drop_bare_doubles",
    "fold_latin",
    "order_names",
    "population_feature",
]

FEATURES = (
    "country", "admin1", "admin2", "admin3", "city", "town", "village", "neighbourhood", "camp",
    "prison", "base", "airport", "crossing", "checkpoint", "field", "dam", "bridge", "road",
    "landmark", "region",
)
"""The feature vocabulary of :class:`rasd.model.Place`, in the order lookups rank them."""

FEATURE_RANK = {feature: rank for rank, feature in enumerate(FEATURES)}

CITY_POPULATION = 100_000
TOWN_POPULATION = 10_000


def population_feature(population: int) -> str:
    """city (100,000 people or more), town (10,000 or more) or village."""
    if population >= CITY_POPULATION:
        return "city"
    if population >= TOWN_POPULATION:
        return "town"
    return "village"


_ARABIC = re.compile("[\u0621-\u064a]")
# The letters a name may be written with: the Arabic alphabet (with hamza forms and ٱ), the Persian
# letters Arabic writers borrow (پ چ ژ گ ک ی), the Maghrebi ڤ ڭ ݣ, diacritics, tatweel, digits,
# spaces and hyphens. Anything else (Urdu, Kurdish, Pashto, Sindhi, Uyghur letters) drops the name.
_ALLOWED = re.compile(
    "^[\u0621-\u063a\u0640-\u065f\u0670\u0671\u067e\u0686\u0698\u06a4\u06a9\u06ad\u06af\u06cc\u0763"
    "\u0660-\u0669\u06f0-\u06f90-9 \\-]+$"
)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_CUT = re.compile("[،,؛;/]")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed]")
# Normalized first words of names that describe an administrative unit, not the place itself.
_UNIT_WORDS = frozenset(
    normalize_word(w)
    for w in ("محافظة", "قضاء", "ولاية", "مديرية", "شعبية", "ناحية", "منطقة", "لواء", "بلدية", "إقليم",
              "استان", "شهرستان", "بخش", "دهستان")
)
_CENTRE = normalize_word("مركز")  # مركز قضاء القائم: "the seat of the district of al-Qaim"
# Generic first words that make a name a poor display form when a bare form exists.
_GENERIC_WORDS = frozenset(normalize_word(w) for w in ("مدينة", "قرية", "بلدة", "مركز"))


def clean_arabic_name(raw: str) -> str | None:
    """The usable Arabic-script form of one GeoNames name, or None to drop it."""
    name = _INVISIBLE.sub("", raw)
    name = _PARENTHESES.sub(" ", name)
    name = _CUT.split(name, maxsplit=1)[0]
    name = " ".join(name.split()).strip(" -.'\"")
    if not name or not _ARABIC.search(name) or not _ALLOWED.match(name):
        return None
    key = normalize_word(name)
    if len(key.replace(" ", "")) < 2 or not _ARABIC.search(key):
        return None
    words = key.split()
    if words[0] in _UNIT_WORDS or (words[0] == _CENTRE and len(words) > 1 and words[1] in _UNIT_WORDS):
        return None
    return name


def clean_arabic_names(raw_names: Iterable[str]) -> list[str]:
    """Usable Arabic-script names, one per normalized form, in the order given.

    Of several spellings that normalize alike (مَحْرَدَة / محردة), the one without diacritics is
    kept as the surface form.
    """
    by_key: dict[str, str] = {}
    for raw in raw_names:
        name = clean_arabic_name(raw)
        if name is None:
            continue
        key = normalize_word(name)
        kept = by_key.get(key)
        if kept is None or (_MARKS.search(kept) and not _MARKS.search(name)):
            by_key[key] = name
    return list(by_key.values())


def drop_bare_doubles(names: list[str], keep: Iterable[str] = ()) -> list[str]:
    """Without the spellings that lack the article of a name also listed with it.

    Arabic writes a name that has the article with it everywhere (مدينة الزرقاء، في الموصل; after لـ it
    merges: للزرقاء, which clitic-aware matching reads): GeoNames' bare alternates (زرقاء، خبر، رياض،
    كريمة) are common words ("blue", "news", "gardens", "generous") that would place a sentence there.
    ``keep`` names the bare forms that are the real name (صور beside الصور, قامشلو).
    """
    keys = {normalize_word(n) for n in names}
    kept = {normalize_word(n) for n in keep}
    article = normalize_word("ال")
    return [n for n in names
            if (key := normalize_word(n)) in kept or key.startswith(article) or article + key not in keys]


def order_names(names: list[str], preferred: Iterable[str] = ()) -> list[str]:
    """Put the best display name first: a preferred one if present, else a plain, bare one.

    A name that normalizes like a preferred one takes the preferred spelling (بنغازى -> بنغازي).
    """
    wanted: dict[str, str] = {}
    for name in preferred:
        wanted.setdefault(normalize_word(name), name)
    ranks = {key: rank for rank, key in enumerate(wanted)}

    def score(item: tuple[int, str]) -> tuple[int, int, int, int]:
        index, name = item
        key = normalize_word(name)
        generic = int(key.split()[0] in _GENERIC_WORDS)
        persian = int(any(ch in "پچژگکی" for ch in name))
        return ranks.get(key, len(ranks)), generic, persian + int(bool(_MARKS.search(name))), index

    ordered = [name for _, name in sorted(enumerate(names), key=score)]
    return [wanted.get(normalize_word(name), name) for name in ordered]


_PUNCTUATION = {ord(c): " " for c in "-_/"} | {ord(c): None for c in string.punctuation if c not in "-_/"}


def fold_latin(text: str) -> str:
    """Case- and accent-insensitive form of a Latin-script name for lookups (Dar‘ā -> dara).

    Letters outside ASCII after removing accents (other scripts, ‘ ʿ) are dropped.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(text.lower().translate(_PUNCTUATION).split())
