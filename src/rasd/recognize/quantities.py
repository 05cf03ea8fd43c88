"""Recognize numbers in Arabic news: digits, number words, vague quantities and counted duals.

Matching runs on the normalized view (``nt.text``); spans are mapped back to the original with
``nt.span_to_original``. Choices worth knowing:

* a span covers the number, its scale word (``5 آلاف``), a sign (``-5``, ``سالب خمسة``) and the
  article (``الخمسة``), not other proclitics (``بألفين`` -> ``ألفين``), qualifiers or units;
* durations (``3 سنوات``، ``يومين``) are counts whose counted noun is the time word;
* ``20/1/2022`` gives one quantity per part (day and month: ``date``, year: ``year``), ``20 يناير``
  the day as ``date``; ``10:30`` is a ``time`` in hours (10.5); ordinals carry their position;
* digits glued to letters (``10كم``، ``١مليون``) are not read, except the year markers هـ and م;
* a singular person noun, bare or definite, counts one only right after an event word (``مقتل مدني``،
  ``استشهاد الرقيب``); a dual of a listed noun always counts two (``قتيلان``).

Speed: tokens come from a copy of the text with one byte per character in which all but letters
and digits are spaces; ``split`` and a set intersection find the lexicon words (with their
proclitic forms), ``find`` their places and a literal-first regex the digit runs, all in C. Each
token then costs a few lookups; results stay tuples until the :class:`Quantity` objects at the end.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from operator import itemgetter
from typing import Any, NamedTuple

from rasd.model import Quantity
from rasd.recognize.lexicon import read_table
from rasd.text.normalize import NormalizedText, normalize, normalize_word
from rasd.text.segment import possessed_bases

__all__ = ["INNA", "SPAN_WORDS", "day_units", "find_quantities", "long_time_units", "parse_number_words", "time_units"]

_CLASSES = ("zero", "unit", "ten10", "ten", "hund1", "hund", "scale", "scale2", "scalepl", "vague",
            "frac", "fracpl", "ordinal")
ZERO, UNIT, TEN10, TEN, HUND1, HUND, SCALE, SCALE2, SCALEPL, VAGUE, FRAC, FRACPL, ORD = range(13)
DIGIT, TEEN = 13, 14
_ADDITIVE = frozenset((UNIT, TEN10, TEEN, TEN, HUND, HUND1, DIGIT))
_STAGE = {UNIT: "U", TEN: "T", HUND: "H", HUND1: "H"}  # what the last additive word was (else X)
_INF = float("inf")

# Roles of the word before a number (bit flags) ...
P_YEAR, P_YEAR_WEAK, P_TIME, P_AGE, P_ORD, P_NEG, P_NOT, P_MONTH, P_MONTH_PFX, P_EVENT = (
    1 << k for k in range(10))
_PREV_ROLES = {"year": P_YEAR, "year_weak": P_YEAR_WEAK, "age": P_AGE, "ordinal_before": P_ORD,
               "negative": P_NEG, "not_count": P_NOT, "month": P_MONTH, "month_prefix": P_MONTH_PFX,
               "event": P_EVENT}
# ... and of the word after it.
N_PERCENT, N_MONEY, N_MEASURE, N_MONTH, N_MONTH_PFX, N_TIME, N_AGE_UNIT, N_YEAR_MARK, N_STOP, N_BODY = (
    1 << k for k in range(10))
_NEXT_ROLES = {"percent": N_PERCENT, "money": N_MONEY, "measure": N_MEASURE, "month": N_MONTH,
               "month_prefix": N_MONTH_PFX, "age_unit": N_AGE_UNIT, "year_mark": N_YEAR_MARK,
               "stop": N_STOP, "construct_body": N_BODY}
_QUALIFIERS = ("approx", "more_than", "at_least", "less_than", "up_to")
_QUAL_KINDS = frozenset(("count", "money", "measure", "percent", "age"))
_RECENT = frozenset(("الماضي", "المقبل", "الحالي", "الجاري", "المنصرم"))
_TWO = frozenset(("اثنين", "اثنان", "اثنتين", "اثنتان"))
_AGE_WORDS = frozenset(("العمر", "عمره", "عمرها"))
_DUAL_CONSTRUCT = frozenset(("الفا", "مليونا", "مليارا"))

# What may stand right before a token: a space or one of these separators.
_BEFORE_TOKEN = frozenset(" \n(\"'/-+%$[€£")
# Tokens are found in a view of the text with one byte per character (code page 1256 holds every
# Arabic letter) where every digit is 0 and all but letters and digits is a space: split() gives
# every word, set lookups the lexicon words among them and a memchr-like scan the digit runs, in C.
_CODEPAGE = "cp1256"
_VIEW_BYTES = bytes(48 if 48 <= b <= 57 else b if bytes((b,)).decode(_CODEPAGE, "replace").isalnum() else 32
                    for b in range(256))
_BLOCK = 512  # the view is searched a block at a time for the lexicon words found in the block
_DIGIT_RUN = re.compile(b"00*")  # a literal first: the fast search
# A number written in digits, read at its first digit.
_DIGITS_RE = re.compile(
    r"(?P<date>[0-9]{1,2}(?P<ds>[/.-])[0-9]{1,2}(?P=ds)(?:[0-9]{4}|[0-9]{2}(?![0-9]))"
    r"|[0-9]{4}(?P<ds2>[/.-])[0-9]{1,2}(?P=ds2)[0-9]{1,2})(?![0-9])"
    r"|(?P<time>[0-9]{1,2}:[0-9]{2})(?![0-9:])"
    r"|(?P<dash>[0-9]{2,5}(?:-[0-9]{2,5}){2,})(?![0-9])"
    r"|(?P<dots>[0-9]{1,3}(?:\.[0-9]{1,3}){2,})(?![0-9])"
    r"|(?P<sci>[0-9]+(?:[.,][0-9]+)?e\+?[0-9]{1,3})(?![0-9a-z])"
    r"|(?P<grp>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:،[0-9]{3})+(?![0-9])"
    r"|[0-9]{1,3}(?: [0-9]{3})+(?![0-9.,]))"
    r"|(?P<plain>[0-9]+(?:[.,][0-9]+)?)"
)
_SIMPLE = frozenset(("plain", "grp", "sci"))
# The next one or two words after a number (or a percent sign).
_next2_match = re.compile(r" ?(%|[^\W\d_]+)(?: ([^\W\d_]+))?").match


class _Lex(NamedTuple):
    words: dict[bytes, tuple[int, tuple]]  # word token (in the code page) -> (length, entry)
    word_set: frozenset[bytes]
    digit_prefixes: dict[str, tuple]  # proclitics before digits -> entry
    numbers: dict[str, tuple[int, int]]
    prev: dict[str, int]
    nxt: dict[str, int]
    quals: dict[str, str]  # qualifier phrase before a number -> qualifier
    qual_last: frozenset[str]
    after: tuple[tuple[str, str], ...]  # qualifiers after the number or its noun (تقريباً، على الأقل)
    after_phrases: tuple[str, ...]
    months: frozenset[str]
    nouns: frozenset[str]
    vague: dict[str, str]
    fracs: dict[str, int]
    word_re: re.Pattern[str]


def _rows(name: str) -> list[list[str]]:
    return [fields for _, fields in read_table(name)]


def _prefixes(clitics: str) -> list[tuple[str, str, str]]:
    conj = ("",) if clitics == "bare" else ("", "و", "ف")
    prep = ("", "ب", "ل") if clitics in ("all", "noart") else ("",)
    art = ("", "ال") if clitics in ("all", "art") else ("",)
    return [(c, p, a) for c in conj for p in prep for a in art]


@cache
def _lexicon() -> _Lex:
    numbers: dict[str, tuple[int, int]] = {}
    entries: dict[str, tuple] = {}

    def add(word: str, cat: str, clitics: str, cls: int = -1, value: int = 0) -> None:
        for c, p, a in _prefixes(clitics):
            if p == "ل" and (a or word.startswith("ال")):
                if not a:
                    continue
                token = c + "لل" + word
            else:
                token = c + p + a + word
            off = len(c + p) if a and p != "ل" else len(token) - len(word)  # the span keeps ال
            entries.setdefault(token, (cat, off, bool(a), c == "و", bool(p), word, cls, value))

    for word, value, cls, clitics in _rows("number_words.tsv"):
        w = normalize_word(word)
        numbers[w] = (_CLASSES.index(cls), int(value))
        add(w, "N", clitics, *numbers[w])
    cues: dict[str, dict[str, str]] = {}
    for cue, role, arg in _rows("quantity_cues.tsv"):
        cues.setdefault(role, {})[normalize_word(cue)] = arg
    for w in cues["vague"]:
        add(w, "Q", "wf" if w.startswith("ال") else "noart")
    nouns: set[str] = set()
    for singular, dual, plural, kind in _rows("counted_nouns.tsv"):
        nouns.add(normalize_word(singular))
        if kind == "another":
            add(normalize_word(singular), "S", "noart")  # وأصيب آخر: one more; الآخر is one of those told
        if kind == "person":
            add(normalize_word(singular), "S", "art")  # مقتل جندي، استشهاد الجندي: one
            add(normalize_word(singular) + "ا", "A", "bare")  # قتلت قوات الأمن إرهابيا: one, the verb's object
        for form in filter(None, dual.split(",")):
            nouns.add(normalize_word(form))
            add(normalize_word(form), "P", "all")
        nouns.update(normalize_word(form) for form in plural.split(",") if form)
    for c, p, a in _prefixes("all"):
        pre = c + ("لل" if p == "ل" and a else p + a)
        entries.setdefault(pre + "#", ("D", len(pre), bool(a), c == "و", bool(p), "", DIGIT, 0))
    if not all(t.isalpha() for t in entries if t[-1] != "#"):
        raise ValueError("quantity lexicon words must be letters only (the token view splits on the rest)")
    words = {t.encode(_CODEPAGE): (len(t), e) for t, e in entries.items() if t[-1] != "#"}
    digit_prefixes = {t[:-1]: e for t, e in entries.items() if t[-1] == "#"}
    prev: dict[str, int] = {}
    nxt: dict[str, int] = {}

    def flag(table: dict[str, int], words: object, bit: int, pres: tuple[str, ...] = ("",)) -> None:
        for w in words:  # type: ignore[attr-defined]
            for pre in pres:
                table[pre + w] = table.get(pre + w, 0) | bit

    for role, bit in _PREV_ROLES.items():
        flag(prev, cues[role], bit, ("", "و", "ف", "ب", "ل") if role.startswith("year") else ("", "و", "ف"))
    flag(prev, [normalize_word(w) for w in _REPORTED_OUTCOMES], P_EVENT, ("ب", "وب"))  # أفاد مصدر بمصرع شخص
    flag(prev, _RECENT, P_YEAR_WEAK)  # العام الماضي 2014
    flag(prev, [w.split(" ")[1] for w in cues["month"] if " " in w], P_MONTH)  # كانون الثاني 2015
    flag(prev, [w for w, where in cues["time"].items() if where == "before"], P_TIME, ("", "و", "ف", "ب"))
    for role, bit in _NEXT_ROLES.items():  # كانون الثاني is found by its first word (month_prefix)
        flag(nxt, [w for w in cues[role] if " " not in w], bit)
    flag(nxt, [w for w, where in cues["time"].items() if where == "after"], N_TIME)
    quals = {pre + w: q for q in _QUALIFIERS for w, where in cues[q].items() if where != "after"
             for pre in ("", "و", "ف", "ب", "ل", "وب", "ول")}
    after = tuple((" " + w, q) for q in _QUALIFIERS for w, where in cues[q].items() if where != "before")
    word_re = re.compile(r"(?:(?<=\s)|^)(و ?)?(ال)?((?:" + "|".join(map(re.escape, numbers))
                         + r")(?!\w)|[0-9]+(?:[.,][0-9]+)?)")
    return _Lex(words, frozenset(words), digit_prefixes, numbers, prev, nxt, quals,
                frozenset(p.split(" ")[-1] for p in quals), after, tuple(a for a, _ in after),
                frozenset(cues["month"]), frozenset(nouns), cues["vague"],
                {w: int(d) for w, d in cues["fraction"].items()}, word_re)


_REPORTED_OUTCOMES = ("مقتل", "مصرع", "استشهاد", "إصابة", "اعتقال", "اختطاف")
"""Nouns of what happened to people that a report gives behind ب (أفادت مصادر بمقتل جندي): a singular
after them counts one. Not قتل or فقدان, which follow ب in threats, charges and searches (يتوعد بقتل قائد،
اتهم بقتل، بلاغ بفقدان شخص)."""


def _num(v: object) -> int | float:
    if type(v) is int:
        return v  # type: ignore[return-value]
    return int(v) if v == int(v) else float(v)  # type: ignore[call-overload, arg-type]


def _int_or_dec(d: Decimal) -> int | Decimal:
    return int(d) if d == d.to_integral_value() else d


def _digit_value(s: str, grouped: bool = False) -> int | Decimal:
    """Value of a digit string: grouped means , ، or space separate thousands, else , is decimal."""
    if "e" in s:
        mant, exp = s.split("e")
        return _int_or_dec(Decimal(mant.replace(",", ".")) * (10 ** int(exp)))
    if grouped:
        s = s.replace(",", "").replace("،", "").replace(" ", "")
    elif "," in s:
        s = s.replace(",", ".")
    return int(s) if "." not in s else _int_or_dec(Decimal(s))


# --------------------------------------------------------------------------- number grammar

def _parse_one(at: list, jn: list, i: int, fracs: dict[str, int]) -> tuple[int, int, object, str] | None:
    """Read one number from ``at[i:]``: (first atom, end atom, value, flag: '' | vague | ordinal)."""
    n = len(at)
    cls, v, art, stem = at[i][:4]
    nxt = at[i + 1] if i + 1 < n else None
    nj = jn[i + 1] if i + 1 < n else None
    if cls == ORD:
        if nxt and nj == "s" and nxt[0] == TEN10:
            return i, i + 2, v + 10, "ordinal"
        if nxt and nj == "w" and nxt[0] == TEN and nxt[2]:
            return i, i + 2, v + nxt[1], "ordinal"
        return i, i + 1, v, "ordinal"
    if cls == ZERO:
        return i, i + 1, 0, ""
    if cls == VAGUE:
        if nxt and nj == "s" and nxt[0] in (SCALE, SCALEPL) and nxt[1] > v:
            return i, i + 2, v * nxt[1], "vague"
        return i, i + 1, v, "vague"
    if cls == SCALEPL:
        return i, i + 1, v, "vague"  # آلاف with no count before it
    if cls == FRACPL:
        return None
    den = int(fracs[stem]) if stem in fracs else 0
    if den and nxt and nj == "s" and nxt[2] and nxt[0] in (UNIT, TEN10, TEN, HUND1, HUND, SCALE):
        return i, i + 2, _int_or_dec(Decimal(nxt[1]) / den), ""  # خمس العشرين: a fifth of twenty
    total: object = 0
    cur: object = 0
    stage = ""
    last_scale: float | int = _INF
    group_start = i
    j = i
    prev = -1
    if cls == FRAC:
        if not (nxt and nj == "s" and nxt[0] == SCALE):
            return None
        total, last_scale, j, prev = _int_or_dec(Decimal(nxt[1]) / v), nxt[1], i + 2, SCALE
    if cls == TEN and art and not (nxt and nj == "w"):
        return i, i + 1, v, "ordinal"  # العشرين
    words_only = True
    while j < n:
        c, v, a, stem = at[j][:4]
        jo = jn[j] if j > i else ""
        if c == DIGIT:
            words_only = False
        if j > i and a and not at[i][2] and c not in (SCALE, SCALEPL):
            break
        if (j > i and jo == "s" and stem in fracs and words_only and j + 1 == n
                and total + cur >= 11):  # type: ignore[operator]
            # مئة وثلاثون خمس: a count of fractions (tamyiz) = 130 / 5
            return i, j + 1, _int_or_dec(Decimal(total + cur) / int(fracs[stem])), ""  # type: ignore
        if c in _ADDITIVE:
            fresh = j == i or (cur == 0 and total and (jo == "w" or prev in (SCALE, SCALEPL, SCALE2)))
            if fresh:
                if v >= last_scale:
                    break
                cur, group_start = v, j
                stage = _STAGE.get(c, "X")
            elif jo == "w" and cur:
                if stage == "H" and (c in (UNIT, TEN10, TEEN, TEN) or (c == DIGIT and isinstance(v, int)
                                     and 0 < v < 100)):
                    stage = _STAGE.get(c, "X")  # never H here
                elif (stage == "U" and c == TEN) or (stage == "T" and c == UNIT):
                    stage = "X"
                else:
                    break
                cur = cur + v  # type: ignore[operator]
            elif jo == "s" and c == HUND1 and cur and stage != "H" and cur < 1000:  # type: ignore[operator]
                cur, stage = cur * 100, "H"  # type: ignore[operator]
            else:
                break
        elif c in (SCALE, SCALEPL):
            if jo == "s" and cur and v < last_scale:
                total, cur, stage, last_scale = total + cur * v, 0, "", v  # type: ignore[operator]
            elif j == i and c == SCALE:
                total, last_scale = v, v
            elif jo == "w" and not cur and total and v < last_scale and c == SCALE:
                total, last_scale = total + v, v  # type: ignore[operator]
            else:
                if cur and group_start > i and jo == "s":
                    return i, group_start, total, ""  # 10 آلاف و5 آلاف: the 5 starts a new number
                break
        elif c == SCALE2:
            if j == i:
                total, last_scale = v, v // 2
            elif jo == "w" and not cur and total and v // 2 < last_scale:
                total, last_scale = total + v, v // 2  # type: ignore[operator]
            elif jo == "w" and stage == "H" and v < 100:
                cur, stage = cur + v, "X"  # type: ignore[operator]
            else:
                break
        elif c == FRAC and v == 2 and jo == "w" and not cur and total and last_scale < _INF:
            total = _int_or_dec(Decimal(total) + Decimal(last_scale) / 2)  # type: ignore[arg-type]
            j += 1
            if j < n and jn[j] == "s" and at[j][2] and at[j][0] == SCALE:
                j += 1  # مليون ونصف المليون
            break
        elif c == FRACPL and jo == "s" and (total or cur):
            return i, j + 1, _int_or_dec(Decimal(total + cur) / v), ""  # type: ignore[operator]
        else:
            break
        prev = c
        j += 1
    if j == i:
        return None
    flag = "ordinal" if at[j - 1][2] and at[j - 1][0] == TEN and j - 1 > i else ""
    return i, j, total + cur, flag  # type: ignore[operator]


def _merge_teens(at: list, jn: list) -> None:
    """Fold unit + عشر into one atom: ثلاثة عشر -> 13, الحادي عشر -> 11."""
    k = 1
    while k < len(at):
        if jn[k] == "s" and at[k][0] == TEN10 and at[k - 1][0] in (UNIT, ORD) and at[k - 1][3]:
            a = at[k - 1]
            at[k - 1] = (TEEN if a[0] == UNIT else ORD, a[1] + 10, a[2], "", a[4], a[5], at[k][6])
            del at[k]
            del jn[k]
        else:
            k += 1


def _parse(at: list, jn: list, fracs: dict[str, int]) -> list[tuple[int, int, object, str]]:
    out = []
    i = 0
    while i < len(at):
        r = _parse_one(at, jn, i, fracs)
        if r is None:
            i += 1
            continue
        out.append(r)
        i = r[1]
    return out


def parse_number_words(words: str) -> int | float | None:
    """Value of a number written in (normalized) Arabic words, or None if it is not one number.

    >>> parse_number_words("الف وتسعمائه وثمانيه وسبعون")
    1978
    """
    lx = _lexicon()
    text = normalize(words).text.strip()
    at: list = []
    jn: list = []
    pos = 0
    for m in lx.word_re.finditer(text):
        if text[pos:m.start()].strip():
            return None
        w = m.group(3)
        cls, v = (DIGIT, _digit_value(w)) if w[0].isdigit() else lx.numbers[w]
        at.append((cls, v, bool(m.group(2)), "" if cls == DIGIT else w, 0, 0, 0))
        jn.append("w" if m.group(1) else "s")
        pos = m.end()
    if not at or text[pos:].strip():
        return None
    jn[0] = ""
    _merge_teens(at, jn)
    nums = _parse(at, jn, lx.fracs)
    if len(nums) != 1 or nums[0][0] != 0 or nums[0][1] != len(at) or nums[0][3]:
        return None  # not one number, or an ordinal, or vague (عشرات)
    return _num(nums[0][2])


# --------------------------------------------------------------------------- recognizer

class _State:
    """What one call of :func:`find_quantities` has found so far."""

    __slots__ = ("consumed", "found", "lx", "text")

    def __init__(self, text: str, lx: _Lex) -> None:
        self.text = text
        self.lx = lx
        self.found: list[tuple] = []  # (start, end, value, qualifier, kind, counted span or None)
        self.consumed = 0

    def emit(self, start: int, end: int, value: object, qual: str, kind: str,
             counted: tuple[int, int] | None, consumed: int) -> None:
        self.found.append((start, end, value, qual, kind, counted))
        if consumed > self.consumed:
            self.consumed = consumed


def _next2(text: str, pos: int) -> tuple[str, int, str, int]:
    """The next two words after ``pos`` and where each ends ("" and ``pos`` when absent)."""
    m = _next2_match(text, pos)
    if m is None:
        return "", pos, "", pos
    w1, w2 = m.groups()
    if w2 is None:
        return w1, m.end(), "", m.end()
    return w1, m.end(1), w2, m.end()


def _prev_word(text: str, pos: int) -> str:
    """The word that ends one space before ``pos`` ("" if something else is there)."""
    if pos < 2 or text[pos - 1] != " ":
        return ""
    lo = pos - 32 if pos > 32 else 0
    seg = text[text.rfind(" ", lo, pos - 1) + 1 or lo:pos - 1]
    return seg[seg.rfind("\n") + 1:] if "\n" in seg else seg


def _read_digits(text: str, start: int, tstart: int, end: int) -> tuple[str, int, object] | None:
    """(form, end, value) of the digits at ``start`` whose first run ends at ``end``, or None."""
    c = text[end:end + 1]
    if c == "e" or (c and c in " ,،.:/-" and text[end + 1:end + 2].isdigit()):
        m = _DIGITS_RE.match(text, start)
        form, raw, end = m.lastgroup or "plain", m.group(), m.end()  # type: ignore[union-attr]
        value: object = _digit_value(raw, form == "grp") if form in _SIMPLE else raw
        c = text[end:end + 1]
    else:  # the common case: plain digits
        form, value = "plain", int(text[start:end])
    if c.isalpha():  # glued to letters: the year markers هـ and م, or an Arabic word typed without its space
        if not (c in "هم" and not text[end + 1:end + 2].isalpha()):
            if form == "plain" and _glued_word(text, end):
                return form, end, value  # استشهاد 10من منسوبي القوات، قتل 17حوثيا
            return None
        if form != "date":  # a date keeps its form: the marker closes its year (١٠/١٠/١٤٣٦هـ)
            if not (type(value) is int and 1000 <= value <= 2100):  # type: ignore[operator]
                return None
            form = "year"
    if start == tstart and start >= 2 and text[start - 1] in "-/" and text[start - 2].isalpha():
        return None  # كوفيد-19
    return form, end, value


_GLUED = re.compile("[\u0621-\u064a]+")


def _glued_word(text: str, end: int) -> bool:
    """The Arabic word typed right after digits without its space is one a figure may stand before: من or a
    word of three letters or more (17حوثيا، 5أشخاص), not a unit or a number word (10كم، ١مليون)."""
    m = _GLUED.match(text, end)
    if m is None:
        return False
    word = m.group()
    lx = _lexicon()
    return (word == "من" or len(word) >= 3) and word not in lx.numbers and not lx.nxt.get(word, 0) & (
        N_MEASURE | N_MONEY | N_PERCENT | N_MONTH | N_TIME | N_AGE_UNIT | N_YEAR_MARK)


def _digit_forms(st: _State, start: int, form: str, end: int, raw: Any) -> None:
    """Dates, times, dashed phone numbers and dotted groups (``raw``: the year's int, else the digits' text)."""
    if form == "year":
        st.emit(start, end, raw, "exact", "year", None, end + 1)
    elif form == "time":
        h, mi = raw.split(":")
        st.emit(start, end, _num(Decimal(int(h)) + Decimal(int(mi)) / 60), "exact", "time", None, end)
    elif form == "dash":
        st.emit(start, end, int(raw.replace("-", "")), "exact", "phone", None, end)
    else:
        parts = re.split(r"[/.-]", raw)
        if form == "dots" and len(parts[0]) <= 3 and all(len(g) == 3 for g in parts[1:]):
            st.emit(start, end, int("".join(parts)), "exact", "count", None, end)  # 1.234.567
            return
        year_at = -1 if form == "dots" else 0 if len(parts[0]) == 4 else len(parts) - 1
        pos = start
        for k, g in enumerate(parts):
            kind = "count" if form == "dots" else "year" if k == year_at else "date"
            st.emit(pos, pos + len(g), int(g), "exact", kind, None, end)
            pos += len(g) + 1


def _noun(st: _State, tok: tuple) -> None:
    ts, start, end, e = tok
    text = st.text
    if e[0] == "P":  # a dual always counts two; شخصين اثنين is one quantity
        before = _prev_word(text, ts)
        if ts == start and (st.lx.numbers.get(before.lstrip("وف"), (0, 1))[1] != 1 or (
                before.endswith(("ان", "ين")) and before.lstrip("وف") in st.lx.nouns)):
            return  # جنديان عراقيان، اثنان آخران: the adjective of the two just counted
        w1, e1, _, _ = _next2(text, end)
        st.emit(start, end, 2, "exact", "count", (start, end), e1 if w1 in _TWO else end)
    elif e[0] == "A":  # the accusative: the object of an event verb a few words before (its subject between)
        if any(f[5] is not None and f[5][0] <= start < f[5][1] + 2 for f in st.found[-3:]):
            return  # قتل 16 عنصرا: the noun a figure counts
        if st.lx.nxt.get(_next2(text, end)[0], 0) & N_BODY:
            st.emit(start, end, 2, "exact", "count", (start, end), end)  # أصيب ضابطا شرطة: a dual in construct
            return
        at = ts
        while at > 0 and text[at - 1] in _OPENING_QUOTES:
            at -= 1  # إن «متظاهرا قتل»: the quote opens on the subject
        raw = _prev_word(text, at)
        w = raw.strip('«»"()')
        if not raw or w in st.lx.numbers or w[:1].isdigit():
            return  # مقتل «22» مسلحاً
        if ts == start and w.endswith("ا") and (w[:-1] in st.lx.nouns or (w[:1] in "وف" and w[1:-1] in st.lx.nouns)):
            return  # 17 جنديا وضابطا مصريا، مسلحا حوثيا: the adjective of the person just counted
        if w.removeprefix("ال").startswith(_BACKED):
            return  # الميليشيات المدعومة إيرانيا: backed by Iran, an adverb, no one counted
        if w in INNA:
            st.emit(start, end, 1, "exact", "count", (start, end), end)  # أن جنديا قتل: the subject of أنّ
            return
        pos = at
        for _ in range(_OBJECT_REACH):
            w = _prev_word(text, pos)
            if not w:
                return
            if st.lx.prev.get(w, 0) & P_EVENT:
                st.emit(start, end, 1, "exact", "count", (start, end), end)
                return
            pos -= len(w) + 1
    elif st.lx.prev.get(_word_before_the_time(text, ts), 0) & P_EVENT and _next2(text, end)[0] not in _ONE_WORDS and (
            not _last_of(st, start, end)):
        st.emit(start, end, 1, "exact", "count", (start, end), end)  # استشهد [فجر اليوم] الشاب: one
    elif e[3] and _joins_one_counted(st, ts):  # قتل نقيب شرطة ومجند: the second one joined by و
        st.emit(start, end, 1, "exact", "count", (start, end), end)


def _last_of(st: _State, start: int, end: int) -> bool:
    """آخر before a figure or a noun (مقتل آخر ثلاثة عناصر، اعتقال آخر قادة الخلية) is "the last", no one more."""
    if not st.text[start:end].endswith("اخر"):
        return False
    nxt = _next2(st.text, end)[0]
    return bool(nxt) and nxt not in _TIME_BETWEEN and (  # وأصيب آخر اليوم الخميس: one more, told with its day
        nxt in st.lx.numbers or nxt[:1].isdigit() or nxt in st.lx.nouns or nxt.startswith("ال"))


_TIME_BETWEEN = frozenset({"فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليله", "اليوم", "امس", "الليله", "الماضي",
                           "الماضيه", "باكر", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})
"""Words of the time of day and days of the week that may stand between a verb and its subject (استشهد فجر
اليوم الشاب، استشهد صباح اليوم الجمعة الرقيب)."""


def _word_before_the_time(text: str, ts: int) -> str:
    """The word before ``ts``, past a time of day told between (استشهد فجر اليوم الشاب: استشهد) and past a
    doubled space."""
    pos = ts
    for _ in range(6):
        while pos >= 2 and text[pos - 1] == " " and text[pos - 2] == " ":
            pos -= 1
        w = _prev_word(text, pos)
        if w not in _TIME_BETWEEN:
            return w
        pos -= len(w) + 1
    return ""


def _joins_one_counted(st: _State, ts: int) -> bool:
    """The last quantity found is one or two people named by a noun (مقتل نقيب، قتل ضابطا شرطة) that ends at
    most two words (not a preposition) before ``ts``, or a figure whose counted noun ends at most two definite
    words before it (3 من أفراد الشرطة التركية), where a noun joined to it by و begins."""
    last = len(st.found) - 1
    while last >= 0 and st.found[last][4] == "ordinal":
        last -= 1  # العريف أحمد والجندي أول محمد: the rank's أول is no figure
    if last < 0:
        return False
    f_start, f_end, value, _, kind, counted = st.found[last]
    if kind != "count" or counted is None or f_end > ts or "\n" in st.text[f_end:ts]:
        return False
    if counted == (f_start, f_end):
        between = st.text[f_end:ts].split()
        if value in (1, 2) and (len(between) <= 1 or (len(between) == 2 and all(
                w.isalpha() and w not in _NOT_IN_A_NAME for w in between))):
            return True  # مقتل نقيب شرطة ومجند، مقتل ضابط شرطة مصري ومجند: his body and his nationality between
        # استشهاد العريف أحمد جعفر والجندي محمد: a rank and a name, then another rank joined by و
        names = [w.rstrip("،,") for w in between if w.strip("،,")]  # العريف أحمد جعفر حسن المجيشي، والجندي
        # (a comma may stand alone: المجيشي ، والجندي)
        return (value == 1 and st.text.startswith("ال", f_start) and st.text.startswith("وال", ts)
                and len(names) <= 6 and all(w.isalpha() and w not in _NOT_IN_A_NAME for w in names))
    # 3 جنود ومدني، 3 من أفراد الشرطة التركية ومدني: one more after a counted group and its describing words
    between = st.text[counted[1]:ts].split()
    return (counted[1] <= ts and len(between) <= 2 and all(w.startswith("ال") for w in between)
            and st.text[counted[0]:counted[1]] not in _TOLL_NOUNS)


_NOT_IN_A_NAME = frozenset({"في", "من", "عن", "مع", "بعد", "قبل", "خلال", "اثناء", "جراء", "اثر", "و"})
"""Words no personal name holds (normalized): مقتل الجندي في الهجوم والطفل names no list of the dead. (Not على: it
is also the name علي once normalized.)"""
_TOLL_NOUNS = frozenset({"قتيل", "قتيلا", "قتلي", "جريح", "جريحا", "جرحي", "مصاب", "مصابا", "ضحيه", "ضحايا"})
"""Nouns of a toll (normalized): 400 قتيل وجريح counts the dead and the wounded together, no one more."""


_OPENING_QUOTES = '«"“('
_BACKED = ("مدعوم", "ممول", "مصنوع", "مسنود", "مدرب")
"""Participles a nationality's accusative qualifies as an adverb (المدعومة إيرانيا، الممولة سعوديا)."""

INNA = frozenset({"ان", "بان", "لان", "وان", "فان"})
"""أنّ and إنّ with their clitics: the noun after them is their subject, in the accusative (أن شخصا آخر
قتل أيضا), one person like the object of an event verb."""

_OBJECT_REACH = 7
"""Words back from a singular person noun in the accusative to the event verb whose object it is."""


def _vague(st: _State, tok: tuple) -> None:
    """عدد من، عدة، بضعة، العديد من، بعض: a quantity without a value."""
    _, start, end, e = tok
    text, lx = st.text, st.lx
    stem = e[5]
    need = lx.vague[stem]
    w1, e1, w2, e2 = _next2(text, end)
    if stem == "عدد" and w1 in ("كبير", "قليل", "محدود", "ضخم", "هائل", "كاف", "متزايد"):
        end = e1
        w1, e1, w2, e2 = _next2(text, end)
    if (need == "of" and w1 != "من") or not w1:
        return
    if w1 in lx.numbers and lx.numbers[w1][0] in (SCALE, SCALEPL):  # بضعة آلاف، عدة ملايين
        end = e1
        w1, e1, w2, e2 = _next2(text, end)
    elif need == "noun" and ((lx.nxt.get(w1, 0) & N_STOP and w1 != "من") or w1 in lx.numbers):
        return
    cw, ce = (w2, e2) if w1 == "من" else (w1, e1)
    counted = (ce - len(cw), ce) if cw and not lx.nxt.get(cw, 0) & N_STOP else None
    st.emit(start, end, None, "vague", "count", counted, end)


def _number(st: _State, toks: list, i: int, first: tuple) -> int:
    """Read the number phrase that starts at ``toks[i]``; return the index of the next token."""
    text = st.text
    at = [first]
    jn = [""]
    k = i + 1
    while k < len(toks) and toks[k][0] <= at[-1][6] + 3:  # a word or two after the last one
        ts, start, end, e = toks[k]
        if e[0] not in "ND" or e[4]:
            break
        prev_end = at[-1][6]
        if ts == prev_end + 1 and text[prev_end] == " ":
            jo = "w" if e[3] else "s"
        elif ts == prev_end + 3 and not e[3] and text[prev_end:ts] == " و ":
            jo = "w"
        else:
            break
        if e[0] == "D":
            rd = _read_digits(text, start, ts, end)
            if rd is None or rd[0] not in _SIMPLE:
                break
            at.append((DIGIT, rd[2], e[2], "", ts, start, rd[1]))
        else:
            at.append((e[6], e[7], e[2], e[5], ts, start, end))
        jn.append(jo)
        k += 1
    if len(at) == 1 and first[0] == DIGIT:
        if first[5] >= st.consumed:
            _classify(st, at, 0, 1, first[1], "")
        return k
    if len(at) > 1:
        _merge_teens(at, jn)
    for a0, a1, value, flag in _parse(at, jn, st.lx.fracs):
        if at[a0][5] >= st.consumed:
            _classify(st, at, a0, a1, value, flag)
    return k


def _possessed(word: str, nouns: frozenset[str], feminine: bool = False) -> bool:
    """A counted noun with a possessive pronoun on it (مقاتليه، عناصرها، جنودهم): أحد مقاتليه is one of them.
    After إحدى the noun is feminine (إحدى حارساته), which also keeps إحدى رجليه (one of his legs) no one."""
    return any(base in nouns and (not feminine or base.endswith(("ات", "ه"))) for base in possessed_bases(word))


def _not_a_number(st: _State, stem: str, cls: int, p1: str, prole: int, w1: str, w2: str,
                  end: int) -> bool:
    """Words that look like numbers but are not here: لم يصب أحد، أي واحد، شهر صفر، تشرين الأول."""
    lx, text = st.lx, st.text
    if stem in ("احد", "احدي"):
        # bool(): the flags are ints, and mypyc (which compiles this module) checks the declared bool.
        return bool(not w1 or prole & P_NOT or lx.nxt.get(w1, 0) & N_STOP
                    or not (w1.startswith("ال") or w1 in lx.nouns or w2.startswith("ال")
                            or _possessed(w1, lx.nouns, feminine=stem == "احدي")))
    if stem in _ONE_WORDS:
        return bool(prole & P_NOT)
    if stem in lx.fracs and w1.startswith("ال"):
        return True  # خمس السكان: a fifth of the population
    if cls == ZERO:  # the month صفر
        return p1 == "شهر" or text[end + 1:end + 2].isdigit()
    return cls == ORD and bool(prole & P_MONTH_PFX)


def _classify(st: _State, at: list, a0: int, a1: int, value: object, flag: str) -> None:
    text, lx = st.text, st.lx
    first, last = at[a0], at[a1 - 1]
    tstart, start, end = first[4], first[5], last[6]
    pc = text[tstart - 1] if tstart else " "
    bracketed = pc == "(" and text[end:end + 1] == ")"
    p1 = _prev_word(text, tstart) if pc == " " else _prev_word(text, tstart - 1) if bracketed else ""
    prole = lx.prev.get(p1, 0)
    w1, e1, w2, e2 = _next2(text, end + 1 if bracketed else end)
    # a number alone in brackets reads on past them both ways: "(١٨) عاما" is an age, "(18) شخصا" a count,
    # "عيار (120)" a calibre
    nrole = lx.nxt.get(w1, 0)
    is_digit = first[0] == DIGIT
    if a1 - a0 == 1 and not is_digit and not first[2] and _not_a_number(
            st, first[3], first[0], p1, prole, w1, w2, end):
        return
    if is_digit and pc == "-" and start == tstart and (tstart == 1 or text[tstart - 2] in " \n(\""):
        value, start = -value, start - 1  # type: ignore[operator]
    elif prole & P_NEG:
        value, start = -value, tstart - 1 - len(p1)  # type: ignore[operator]
    if a1 - a0 == 1 and first[3] in _DUAL_CONSTRUCT and w1 and not nrole & N_STOP and w1 not in lx.numbers:
        value = value * 2  # type: ignore[operator]  # ألفا جندي: two thousand (ألفاً alone is 1000)
    kind, consumed = "count", end
    if (flag or prole or nrole & ~N_STOP or w1 in ("في", "من") or pc not in " \n" or p1 == "ال" or _model_letters(p1)
            or (is_digit and (first[2] or end - start >= 7 or end - start == 4))
            or (st.found and st.found[-1][4] == "year")):
        kind, consumed = _kind(st, first, tstart, start, end, value, flag, pc, p1, prole,
                               w1, e1, w2, e2, nrole)
    counted = None
    if kind == "time" and text.startswith((" والنصف", " ونصف"), end):
        value, consumed = _num(Decimal(value) + Decimal("0.5")), end + 7  # type: ignore[arg-type]
    if kind == "count":
        if first[2] and first[0] in (UNIT, TEN10, TEEN):  # الجنود الثلاثة: the counted noun comes first
            if p1.startswith(("ال", "وال")) and not lx.nxt.get(p1, 0) & N_STOP:
                counted = (tstart - 1 - len(p1), tstart - 1)
            elif w1 in time_units() and not w1.startswith("ال"):
                counted = (e1 - len(w1), e1)  # ذي الأربع سنوات، الثلاث سنوات الماضية: a length of time (not
                # أعدم الأربعة اليوم: today)
        else:
            post = first[3] in _ONE_WORDS or (first[0] == UNIT and value == 2)
            p2 = _prev_word(text, tstart - len(p1) - 1) if p1 and post and tstart > len(p1) + 1 else ""
            if p1 and post and ((p1[2:] if p1.startswith("ال") else p1) in lx.nouns or p1 in lx.nouns
                                or (p1.endswith("ا") and (p1[:-1] in lx.nouns or (
                                    p1[0] == "و" and p1[1:-1] in lx.nouns)))):  # رجلا واحدا، ومدنيا واحدا
                counted = (tstart - 1 - len(p1), tstart - 1)  # شخص واحد، مدنيين اثنين: the noun comes first
            elif p2 and p1.endswith(_AGREEING) and ((p2[2:] if p2.startswith("ال") else p2) in lx.nouns):
                counted = (tstart - 2 - len(p1) - len(p2), tstart - 2 - len(p1))  # عسكريين تركيين اثنين: past its
                # adjective
            elif (p1 and first[3] in _ONE_WORDS and a1 - a0 == 1 and not prole and p1.isalpha()
                  and not p1.startswith(("ال", "وال")) and p1 not in lx.numbers
                  and w1 not in ("من", "منهم", "منها") and (first[3] != "واحد" or not (
                      w1.startswith("ال") or w1 in lx.nouns or w1.endswith("ي") or w2.startswith("ال")))):
                # أبناء بلد واحد ودين واحد: "one" describing a noun not counted here, no one; not وأحد متشددي
                # التنظيم (and one of the militants: written alike once normalized) nor واحد منهم
                kind = "measure"
            cw, ce = (w2, e2) if w1 == "من" else (w1, e1)
            if counted is None and (len(cw) > 1 and cw != "%" and not lx.nxt.get(cw, 0) & N_STOP
                    and cw not in lx.numbers
                    and cw not in lx.vague and not lx.prev.get(cw, 0) & (P_NEG | P_EVENT)
                    and (w1 == "من" or not cw.startswith("ال") or cw in lx.nouns or flag == "vague"
                         or last[0] in (SCALEPL, VAGUE) or first[3] in ("احد", "احدي"))
                    # آليات، ألغام: their ال is no article; أحد الجنود، إحدى الغارات: one of the definite plural
                    and (cw[0] != "و" or cw in lx.nouns or (cw[-1] == "ا" and cw[:-1] in lx.nouns))):
                # a noun that starts with و is counted when the lexicon knows it (وحدة، 12 وكرا), else the و
                # may be the conjunction and no noun is counted
                counted = (ce - len(cw), ce)
        if is_digit and first[2] and counted is None:
            kind = "ordinal"
    qual = "vague" if flag == "vague" else "exact"
    if qual == "exact" and kind in _QUAL_KINDS:
        q = _qualifier_before(text, tstart, lx) if p1 in lx.qual_last else None
        pos = counted[1] if counted else end
        if q is None and text.startswith(lx.after_phrases, pos):
            q = next(q for phrase, q in lx.after if text.startswith(phrase, pos))
        qual = q or qual
    st.found.append((start, end, value if type(value) is int else _num(value), qual, kind, counted))
    if consumed > st.consumed:
        st.consumed = consumed


_ONE_WORDS = ("واحد", "واحده", "واحدا")
""""One" after the noun it counts, in every case and gender (normalized: شخص واحد، رجلا واحدا، امرأة واحدة)."""
_AGREEING = ("يين", "يان", "يتين", "يتان", "يه")
"""Endings of a nisba adjective that agrees with a dual or a feminine noun before it (تركيين، يمنيان، فلسطينية)."""
SPAN_WORDS = frozenset({"خلال", "طوال", "مدي", "مدار"})
"""Words of a span of time (normalized: مدى -> مدي): a definite number of years after them is a length of time,
and a figure told over a period after them sums it up (see rasd.assemble)."""


_MODEL_LETTERS = frozenset({"اف", "ف", "سو", "ميغ", "ميج", "كيو", "بي", "تي", "سي", "ام", "يو", "جي", "ار", "اس"})
"""Letters of a weapon's model spelt in Arabic before its number, normalized (اف 16، سو 24، ميغ 29، ام كيو 9، بي 52،
تي 72، سي 130، اس 300). Written with a hyphen (اف-16) the number is glued to them and is no count already."""


def _model_letters(word: str) -> bool:
    """The word before a number spells a model's letters, after و or not (وسو 24، وميغ 29)."""
    return (word[1:] if word.startswith("و") else word) in _MODEL_LETTERS


def _kind(st: _State, first: tuple, tstart: int, start: int, end: int, value: object, flag: str,
          pc: str, p1: str, prole: int, w1: str, e1: int, w2: str, e2: int, nrole: int) -> tuple[str, int]:
    """The kind of a number from the words around it, and how far its context reaches."""
    text, lx = st.text, st.lx
    isint = type(value) is int
    is_digit = first[0] == DIGIT
    if flag == "ordinal":
        if prole & P_TIME or nrole & N_TIME:
            return "time", end
        if w1 == "من" and w2 in _AGE_WORDS:
            return "age", end
        if w1 == "من" and lx.nxt.get(w2, 0) & (N_MONTH | N_MONTH_PFX):
            return "date", end
        return "ordinal", end
    if pc in "$€£":
        return "money", end
    if is_digit and _model_letters(p1):
        return "model", end  # طائرات اف 16، ميغ 29، ام كيو 9: a model's name, not a count
    if nrole & N_PERCENT or pc == "%":
        return "percent", e1 if nrole else end
    if w1 == "في" and w2 in ("المئه", "المائه"):
        return "percent", e2
    if nrole & N_MONEY:
        return "money", end
    if nrole & N_MEASURE:
        return "measure", end
    if isint and 1 <= value <= 31 and (  # type: ignore[operator]
            nrole & (N_MONTH | N_MONTH_PFX) or (w1 == "من" and lx.nxt.get(w2, 0) & (N_MONTH | N_MONTH_PFX))):
        mw, consumed = (w2, e2) if w1 == "من" else (w1, e1)
        if lx.nxt.get(mw, 0) & N_MONTH_PFX:
            consumed = _next2(text, consumed)[1]  # كانون الثاني، ربيع الأول
        return "date", consumed
    pw = text[max(0, tstart - 40):tstart].split() if pc in " \n" and (
        nrole & N_AGE_UNIT or (is_digit and end - start >= 7) or (isint and 1000 <= value <= 2100)) else []  # type: ignore[operator]
    if isint and 1000 <= value <= 2100 and _is_year(st, pw, p1, prole, nrole, w1, tstart, end):  # type: ignore
        return "year", e1 if nrole & N_YEAR_MARK else end
    if isint and 0 <= value <= 24 and (prole & P_TIME or nrole & N_TIME):  # type: ignore[operator]
        return "time", end
    if isint and w1 not in lx.nouns and p1 != "عمر" and (prole & P_AGE or (
            p1 == "ال" and lx.prev.get(_prev_word(text, tstart - len(p1) - 1), 0) & P_AGE)):
        return "age", end  # دون سن الـ 18، بعمر 15: an age with no unit after it (عمر alone is also a name)
    if nrole & N_AGE_UNIT and (
            any(lx.prev.get(w, 0) & P_AGE for w in pw[-3:])
            or (pc == "(" and ")" in (text[e1:e1 + 1], text[end:end + 1]))  # (22 عاما)، (١٨) عاما
            or (w2 == "من" and _next2(text, e2)[0] in _AGE_WORDS) or (is_digit and first[2] and p1 not in SPAN_WORDS)):
        return "age", end  # (خلال الـ11 عاما الماضية: a span of years, not an age)
    if prole & P_ORD and not (is_digit and end - start >= 7):
        return "ordinal", end
    if is_digit and first[2] and w1 not in lx.nouns and w1 not in lx.numbers:
        return "ordinal", end  # الـ27
    if (is_digit and end - start >= 3 and text[start] in "0٠" and text[start + 1] not in "0٠"
            and text[start:end].isdigit()):
        # a leading zero: a clock time (0300 بتوقيت جرينتش) or a code, never a count of people
        return ("time" if end - start == 4 and isint and value % 100 < 60 else "phone"), end  # type: ignore[operator]
    if (is_digit and isint and end - start >= 7 and text[start:end].isdigit()
            and w1 not in lx.nouns and w1 not in lx.numbers
            and (text[start] == "0" or pc == "+" or end - start >= 9 or "هاتف" in "".join(pw))):
        return "phone", end
    return "count", end


def _is_year(st: _State, pw: list[str], p1: str, prole: int, nrole: int, w1: str, tstart: int,
             end: int) -> bool:
    lx = st.lx
    if nrole & N_YEAR_MARK or prole & (P_YEAR | P_MONTH):
        return True
    if len(pw) >= 2 and ((p1.startswith("ال") and lx.prev.get(pw[-2], 0) & P_YEAR)
                         or pw[-2] + " " + p1 in lx.months):
        return True  # العام الماضي 2014، تشرين الأول 2015
    if _heads_line(st.text, tstart, end):
        return True  # "1993 - توقيع اتفاق سلام": the year heading a line of an almanac
    f = st.found
    if f and f[-1][4] == "year" and st.text[f[-1][1]:tstart].strip() in ("", "-", "و", "الي", "حتي"):
        return True  # عامي 2014 و2015، 2014-2015
    if end - tstart >= 4 and prole & P_YEAR_WEAK:
        return not (w1 in lx.nouns or w1 in lx.numbers or lx.nxt.get(w1, 0) & N_MONEY)
    return False


def _heads_line(text: str, start: int, end: int) -> bool:
    """The number opens its line and a dash or a colon follows it ("1944 - الحرب العالمية الثانية:")."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text[end:end + 3].lstrip(" \t")[:1] in ("-", "–", "—", ":")


def _qualifier_before(text: str, pos: int, lx: _Lex) -> str | None:
    pw = text[max(0, pos - 40):pos].split()
    for k in (4, 3, 2, 1):
        if len(pw) >= k:
            q = lx.quals.get(" ".join(pw[-k:]))
            if q:
                return q
    return None


_SHORT_TIME_WORDS = ("دقيقة دقيقتين دقائق ساعة ساعتين ساعتان ساعات يوم يومين يومان أيام يوما يوماً أسبوع أسبوعين "
                     "أسبوعان أسابيع أسبوعا أسبوعاً")
_LONG_TIME_WORDS = ("شهر شهرين شهران أشهر شهور شهرا شهراً سنة سنتين سنتان سنوات سنين عام عامين عامان أعوام "
                    "عاما عاماً")  # with the accusative after 11-99 (18 شهرا، 30 عاما)


@cache
def day_units() -> dict[str, int]:
    """The units of time of a day or shorter, and the hours each holds (ساعة 1، يوم 24، أيام 24)."""
    return {**dict.fromkeys(_unit_forms("ساعة ساعات ساعتين ساعتان"), 1),
            **dict.fromkeys(_unit_forms("يوم يومين يومان أيام يوما يوماً"), 24)}


def _unit_forms(words: str) -> frozenset[str]:
    return frozenset(normalize_word(article + w) for w in words.split() for article in ("", "ال"))


_TIMES = _unit_forms("مرة مرتين مرتان مرات")
"""Occurrences (مرتين، ثلاث مرات، المرتين): a number of times is a measure of how often."""


@cache
def time_units() -> frozenset[str]:
    """Units of time: a number counting them is a duration (ساعتين، 3 أيام، الأسبوعين)."""
    return _unit_forms(_SHORT_TIME_WORDS) | long_time_units()


@cache
def long_time_units() -> frozenset[str]:
    """The units of time of a month or longer (أشهر، عامين، 18 شهرا): a span of them sums up a period."""
    return _unit_forms(_LONG_TIME_WORDS)


def _tokens(text: str, lx: _Lex, encoded: bytes | None = None, ranges: Sequence[tuple[int, int]] | None = None
            ) -> list[tuple[int, int, int, tuple]]:
    """(token start, span start, end, entry) of each lexicon word and digit run in ``text``.

    A token starts the text or follows a space or separator: a word of the lexicon (with its
    proclitics) that no word character follows, or digits behind allowed proclitics. ``encoded``:
    the text in code page 1256 where the caller has it (``NormalizedText.encoded``). Given ``ranges``
    (sorted, apart), the words are looked for only where they start inside one (digit runs everywhere):
    the caller keeps only the tokens that start there.
    """
    if encoded is None:
        encoded = text.encode(_CODEPAGE, "replace")
    view = b" " + encoded.translate(_VIEW_BYTES) + b" "  # view[i + 1]: text[i]
    toks: list[tuple[int, int, int, tuple]] = []
    if ranges is None:
        lo, last = 0, len(view) - 1
        while lo < last:  # blocks from space to space, so that each word lies in one
            hi = view.find(b" ", lo + _BLOCK)
            hi = last if hi < 0 else hi
            _words_in_block(text, lx, view, lo, hi, lo, hi, toks)
            lo = hi
    else:
        for begin, end in ranges:  # each block runs on to a space, so that a word starting inside ends in it
            _words_in_block(text, lx, view, begin, view.find(b" ", end + 1), begin, end, toks)
    for m in _DIGIT_RUN.finditer(view):
        first, end = m.span()
        p = first - 1 if view[first - 1] == 32 else view.rfind(b" ", max(0, first - 5), first)  # 4 proclitics
        if p < 0 or (p and text[p - 1] not in _BEFORE_TOKEN):
            continue
        pe = lx.digit_prefixes.get(text[p:first - 1])
        if pe is not None:
            toks.append((p, p + pe[1], end - 1, pe))
    toks.sort()
    return toks


def _words_in_block(text: str, lx: _Lex, view: bytes, lo: int, hi: int, first: int, stop: int,
                    toks: list[tuple[int, int, int, tuple]]) -> None:
    """Append the lexicon words of the view's block ``[lo, hi]`` (a space at ``hi``) that start at a text
    offset from ``first`` to before ``stop``."""
    block = view[lo:hi + 1]
    for word in lx.word_set.intersection(block.split()):
        size, e = lx.words[word]
        needle = b" " + word + b" "
        q = block.find(needle)
        while q >= 0:  # the word starts text[p]; a space in the view may stand for another character
            p, q = lo + q, block.find(needle, q + 1 + size)
            c = text[p + size:p + size + 1]
            if first <= p < stop and (p == 0 or text[p - 1] in _BEFORE_TOKEN) and not (c.isalnum() or c == "_"):
                toks.append((p, p + e[1], p + size, e))


def find_quantities(nt: NormalizedText, ranges: Sequence[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity in ``nt`` (from :func:`rasd.text.normalize.normalize`), sorted by start; given
    ``ranges`` (normalized sentence spans, sorted), only those that start inside them."""
    text = nt.text
    if not text:
        return []
    lx = _lexicon()
    toks = _tokens(text, lx, nt.encoded, ranges)
    if ranges is not None:
        toks = _inside(toks, ranges)
    if not toks:
        return []
    st = _State(text, lx)
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        ts, start, end, e = tok
        if start < st.consumed:
            i += 1
            continue
        cat = e[0]
        if cat == "N":
            i = _number(st, toks, i, (e[6], e[7], e[2], e[5], ts, start, end))
            continue
        if cat == "D":
            rd = _read_digits(text, start, ts, end)
            if rd is not None:
                if rd[0] in _SIMPLE:
                    i = _number(st, toks, i, (DIGIT, rd[2], e[2], "", ts, start, rd[1]))
                    continue
                _digit_forms(st, start, rd[0], rd[1], rd[2])
        elif cat == "Q":
            _vague(st, tok)
        else:
            _noun(st, tok)
        i += 1
    return _to_quantities(nt, st.found)


def _inside(toks: list[tuple[int, int, int, tuple]], ranges: Sequence[tuple[int, int]]) -> list:
    """The tokens that start inside one of the sorted ``ranges``."""
    starts = [b for b, _ in ranges]
    out = []
    for tok in toks:
        k = bisect_right(starts, tok[0]) - 1
        if k >= 0 and tok[0] < ranges[k][1]:
            out.append(tok)
    return out


def _to_quantities(nt: NormalizedText, found: list[tuple]) -> list[Quantity]:
    """The found tuples as Quantity objects with spans in the original, sorted by start."""
    text, orig = nt.text, nt.original
    span = nt.span_to_original
    durations = time_units()
    out = []
    for start, end, value, qual, kind, counted in sorted(found, key=itemgetter(0)):
        if kind == "count":
            words = (text[start:end], text[counted[0]:counted[1]] if counted else "")  # the figure and its noun
            if not durations.isdisjoint(words):
                kind = "duration"  # ساعتين، 3 أيام، الأسبوعين: a length of time, not a count of anything
            elif not _TIMES.isdisjoint(words):
                kind = "measure"  # بطل العالم مرتين، ثلاث مرات: how often, not a count of people or things
        start, end = span(start, end)
        cs, ce = span(*counted) if counted else (None, None)
        out.append(Quantity(start, end, orig[start:end], value, qual, kind,
                            orig[cs:ce] if counted else None, cs, ce))
    return out
