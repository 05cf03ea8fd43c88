"""Time expressions in Arabic news, resolved against the publication date.

:func:`find_dates` scans the normalized view of a text with one compiled regular expression, an
alternation of constructs built from the word lists in ``resources/date_words.tsv``, resolves each
match against the publication date and maps its span back to the original text. At each word
start, after optional proclitics (و ف ب ك ل), a phase (مطلع، منتصف، أواخر) and a time of day
(صباح، مساء، فجر), the constructs are tried in this order:

NUM  2022-01-20, 2022/01/20 (Y-M-D); 20/1/2022, 21-04-2016, 18-9-15 (D-M-Y); 7/10/1436هـ
ABS  20 يناير 2022، الاثنين 12 يناير 2016، الحادي والعشرين من مايو، 15 رمضان 1436 هـ،
     20 من الشهر الجاري، 27 الجاري، يومي 10 و11 يناير (a range)
DMC  day/month after يوم, بتاريخ or a weekday: يوم 22/4
MF   month first: يناير 2022، شهر مارس، يناير الماضي، رمضان المقبل، سبتمبر 10، 2015
NTHW أول يوم جمعة من يوليو، آخر خميس من الشهر الماضي
WD   الخميس، الخميس الماضي، الجمعة المقبلة، الجمعة من الأسبوع المقبل، الخميس 21، الأحد الثاني
YEAR عام 2014، العام 1436 هـ، عامي 2014 و2015، منذ 2011، مطلع 2016
PER  الأسبوع الماضي، هذا الشهر، العام المقبل، مطلع العام الجاري، الأسبوع المقبل يوم الجمعة
RD   اليوم، أمس، أول أمس، غدا، بعد غد، اليوم التالي، فجر اليوم، أمس (الأحد)
DUR  قبل 3 أيام، منذ يومين، قبل نحو أسبوعين، منذ شهر و21 يوما، بعد أسبوعين من الآن
DN   يوم 27

Choices:

* Past preference: a date without a year goes to the latest year where it is not after
  publication (المقبل/القادم ask for the next one, الماضي for one strictly before); a day without
  a month (يوم 27) to the latest month where it is not after publication. A weekday beside a
  yearless date far from publication picks the nearby year where it fits.
* Weeks run Monday to Sunday: الأسبوع الماضي is the previous calendar week (precision 2). A bare
  weekday is the latest such day on or before publication; with الماضي strictly before, with
  المقبل/القادم strictly after.
* A duration is a date only when anchored on the present: قبل/منذ + duration, unless followed by
  من + another event (قبل يومين من الهجوم), and بعد + duration + من الآن. Bare durations (لمدة 3
  أيام، خلال شهرين، في غضون شهرين، بعد يومين) are skipped: a length, or a day after another event.
* A four-digit year from 1300 to 1499 in a numeric date, or from 1350 to 1470 after عام, is
  Hijri unless marked م; هـ marks a Hijri year anywhere.
* Without a publication date, relative and yearless expressions are returned with date None and
  the direction their words give (past by default).
* Bare day numbers and ordinals (في 27، للثاني) and two numbers without a cue (22/4) are not
  dates: in news they are far more often counts, scores and ordinals.
"""

from __future__ import annotations

import datetime as _dt
import re
from calendar import monthrange
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

from rasd.model import TimeRef
from rasd.text.normalize import NormalizedText, normalize_word

__all__ = ["find_dates"]

_DAY = _dt.timedelta(days=1)
_E = r"(?![^\W\d])"  # end of a word: no letter follows (a digit may: سبتمبر10)
_NAMED = re.compile(r"\(\?P<\w+>")
_INT = re.compile(r"\d+")
_NEXT_WORD = re.compile(r"\s?\w")
_GAP_SAME = re.compile(r"[\s,،:()\-]*(?:الموافق[\s(]*)?")
_AFTER_MIDNIGHT = re.compile(r"(?:^|\s)[وف]?بع(?:د|يد)\s$")
_GAP_RANGE = re.compile(r"\s?(?:-|–|الي|حتي|لغايه|ولغايه)\s?")
_PERCENT = re.compile(r"\s?(?:%|في\sال?م[اي]?ئه|بال?م[اي]?ئه)")
_PUNCT = "()[]\"'،,.:؛-"
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
# In _trie, "#" is the first digit of a number that can start a construct: one or two digits (a
# day, a month) or four from 1000 to 2999 (a year); one [0-9] test for ten literal branches.
_TRIE_CHARS = {" ": r"\s", "#": r"[0-9](?=\d?(?!\d)|(?<=[12])\d{3}(?!\d))"}
_CONSTRUCTS = ("NUM", "ABS", "DMC", "MF", "NTHW", "WD", "YEAR", "PERIOD", "FEAST", "RD", "DUR", "DN")


def _trie(words: set[str]) -> str:
    """A regex matching exactly ``words``, shaped as a trie so the engine branches on one char."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [_TRIE_CHARS.get(ch, re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return (f"(?:{body})?" if "" in node else body) if alts else ""

    return emit(root)


def _sep(chars: str) -> str:
    """What ``\\s?[chars]?\\s?`` matches, in the same order, without trying a position twice (after
    a lone space, that pattern tried what follows twice: with the first \\s? and with the second)."""
    return rf"(?:\s?[{chars}]\s?|\s\s?)?"


def _alt(words) -> str:
    """Alternation of whole normalized words; a leading article also matches after ل (للعام)."""
    words = set(words)
    arts = {w[2:] for w in words if w.startswith("ال") and len(w) > 3}
    rest = words - {"ال" + w for w in arts}
    parts = ([r"(?:ال|(?<=ل)ل)" + _trie(arts)] if arts else []) + ([_trie(rest)] if rest else [])
    return "(?:" + "|".join(parts) + ")" + _E


class _Grammar:
    """Word lists and compiled regular expressions, built once on first use."""

    def __init__(self) -> None:
        lx: dict[str, dict[str, str]] = {}
        flags: dict[str, set[str]] = {}
        self.town: set[str] = set()  # weak months that are also a town's name (آب, إب): never bare
        text = files("rasd.resources").joinpath("date_words.tsv").read_text(encoding="utf-8")
        rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        for kind, value, word, *flag in rows[1:]:  # rows[0] is the header
            w = normalize_word(word)
            lx.setdefault(kind, {})[w] = value
            if flag and flag[0].strip():
                flags.setdefault(kind, set()).add(w)
                if flag[0].strip() == "town":
                    self.town.add(w)
        ints = {k: {w: int(v) for w, v in lx[k].items()} for k in (
            "month", "hmonth", "weekday", "day", "rel", "num", "tens", "vague", "ord", "nth", "nthpre",
            "feastnth", "feastord")}
        self.month, self.hmonth, self.weekday, self.day, self.rel = (ints[k] for k in (
            "month", "hmonth", "weekday", "day", "rel"))
        self.ord, self.nth, self.nthpre = ints["ord"], ints["nth"], ints["nthpre"]
        self.feast = {w: tuple(int(x) for x in v.split(":")) if ":" in v else None for w, v in lx["feast"].items()}
        self.feastnth = {**ints["feastnth"], **ints["feastord"]}
        self.num = {**ints["num"], **ints["tens"], **ints["vague"]}
        self.period, self.phase, self.era = lx["period"], lx["phase"], lx["era"]
        self.unit = {w: (v.split(":")[0], int(v.split(":")[1])) for w, v in lx["unit"].items()}
        self.weak, self.hweak, self.needtod = flags["month"], flags["hmonth"], flags["day"]
        self.namectx, self.general, self.notoday, self.monthcue = (
            set(lx[k]) for k in ("namectx", "generalnoun", "notoday", "monthcue"))
        self.dayafter = set(lx["dayafter"]) | set(self.ord) | set(self.nth)
        self.tod_words = {w for t in lx["tod"] for w in t.split()}  # مساء، منتصف، ليل، يوم

        num = ints["num"]
        month, hmonth, rel, era, yw = (_alt(lx[k]) for k in ("month", "hmonth", "rel", "era", "yearword"))
        wd = _alt(self.weekday) + r"(?!\sعشر)"  # not الأحد عشر (eleven)
        relm = _alt({w for w in self.rel if " " not in w and not w.endswith("ه")})
        o_unit = _alt({w for w, v in self.ord.items() if v < 10})
        o_ten = _alt({w for w, v in self.ord.items() if v >= 20})
        o_10 = _alt({w for w, v in self.ord.items() if v == 10 and w.startswith("ال")})
        ordw = rf"(?:{o_unit}(?:\s(?:عشر|عشره){_E}|\s?و\s?{o_ten})?|{o_ten}|{o_10})"  # 1..39
        ord10 = rf"(?:{o_unit}(?:\s(?:عشر|عشره){_E}|\s?و\s?{o_ten})|{o_ten}|{o_10})"  # 10..39
        tens = _alt(ints["tens"])
        numw = (rf"(?:{_alt({w for w, v in num.items() if v <= 10 or v in (100, 200)})}"
                rf"(?:\s(?:عشر|عشره){_E})?(?:\s?و\s?{tens})?|{tens})")
        hundreds = _alt({w for w, v in num.items() if 100 <= v < 1000})
        spelled_year = (rf"(?:{_alt({w for w, v in num.items() if v == 2000})}(?:\s?و\s?{hundreds})?"
                        rf"(?:\s?و\s?{numw})?|{_alt({w for w, v in num.items() if v == 1000})}\s?و\s?"
                        rf"(?:{hundreds}(?:\s?و\s?{numw})?|{numw}))")
        unit = _alt(self.unit) + r"(?!\s?[12]\d{3})"
        qty = rf"(?:(?:(?P<n>\d+)|(?P<nw>{numw})|(?P<vg>{_alt(ints['vague'])}))\s?)?(?P<u>{unit})"
        nodate = r"(?!\d)(?!\s?[.,/:-]\s?\d)"
        yearp = (rf"(?:{_sep(',،./-')}(?:من\s|ل)?(?:{yw}\s?)?(?:(?P<y>[12]\d{{3}}){nodate}"
                 rf"|(?P<ys>{spelled_year}))(?:\s?(?P<era>{era}))?)")
        mgreg = rf"(?P<gm>{month})(?:(?:\s?[/(\-]\s?|\s){month}(?:\s?\))?)?"  # يناير/كانون الثاني
        mref = (rf"(?:(?:(?P<rgm>{month})|(?P<rhm>{hmonth}))(?:\s?(?P<ry>[12]\d{{3}})(?!\d))?"
                rf"|هذا\s(?P<rthis>الشهر)|الشهر\s(?P<rrel>{rel}))")
        day = (rf"(?:(?:ال)?(?P<dn>\d{{1,2}})(?!\d)(?:\s?(?:-|–|الي|حتي|و)\s?(?P<dn2>\d{{1,2}})(?!\d))?"
               rf"|(?P<dw>{ordw})|(?P<first>اول){_E})")
        after_day = rf"(?=\s?[^\w\s]|\s?$|{_sep(',،')}(?:{yw}\s?)?[12]\d{{3}}(?!\d))"
        pats = {
            "NUM": (r"(?<![\d.,/-])(?:[12]\d{3}(?:\s?-\s?\d{1,2}\s?-\s?|\s?/\s?\d{1,2}\s?/\s?|\.\d{1,2}\.)"
                    r"\d{1,2}|\d{1,2}(?:\s?-\s?\d{1,2}\s?-\s?|\s?/\s?\d{1,2}\s?/\s?)(?:\d{4}|\d{2})"
                    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}\s?/\s?\d{{1,2}},\s?\d{{4}}){nodate}"
                    rf"(?:\s?(?P<era>{era}))?"),
            "ABS": (rf"(?:يومي?\s)?(?:(?P<wd>{wd}){_sep(',،(')}(?:(?:الموافق|في)\s)?)?{day}{_sep('-/.,،')}"
                    rf"(?:من\s)?(?:شهر\s)?(?:{mgreg}|(?P<hm>{hmonth})|هذا\s(?P<pm>الشهر)"
                    rf"|الشهر\s(?P<mrel>{rel})|(?P<drel>{relm})){yearp}?(?:\s(?P<rel>{rel}))?"),
            "DMC": (rf"(?:(?:يوم|بتاريخ|تاريخ)\s|(?P<wd>{wd}){_sep(',،')})(?:ال)?(?P<d>\d{{1,2}})\s?[/-]\s?"
                    rf"(?P<m>\d{{1,2}}){nodate}"),
            "MF": (rf"(?:(?:يوم\s)?(?P<wd>{wd}){_sep(',،')})?(?P<shahr>شهر\s)?(?:{mgreg}|(?P<hm>{hmonth}))"
                   rf"(?:{_sep('-,،.')}(?:(?P<dn>\d{{1,2}})(?!\d){after_day}|(?P<dw>{ordw})))?"
                   rf"{yearp}?(?:\s(?P<rel>{rel}))?"),
            "NTHW": (rf"(?P<nthp>{_alt(self.nthpre)})\s(?:يوم\s)?"
                     rf"(?P<wdb>{_alt({w[2:] for w in self.weekday})})\s(?:من|في)\s{mref}"),
            "WD": (rf"(?:(?P<this>هذا|هذه)\s)?(?:يوم\s)?(?P<wd>{wd})(?:\s(?P<rel>{rel})"
                   rf"|\s(?:من\s)?(?:هذا\s(?P<wthis>الاسبوع)|الاسبوع\s(?P<wrel>{rel})){_E}"
                   rf"|\s(?:في\s)?(?:ال)?(?P<dn>\d{{1,2}}){nodate}"
                   rf"|\s(?:في\s(?:(?P<dw>{ordw})|(?P<dwn>(?:ال)?{numw}))|(?P<dwc>{ord10}))"
                   rf"|\s(?P<nth>{_alt(self.nth)})(?:\s(?:من|في)\s{mref})?)?"),
            "YEAR": (rf"(?:عامي|العامين|سنتي)\s(?P<ya>[12]\d{{3}})\s?و\s?(?P<yb>[12]\d{{3}}){nodate}"
                     rf"|{yw}\s?(?P<y>[12]\d{{3}}){nodate}(?:\s?(?P<era>{era}))?"
                     rf"|(?P<since>(?:منذ|حتي)\s)?(?P<sp>(?P<y2>(?:19|20)\d\d){nodate}(?:\s?(?P<era2>{era}))?)"),
            "PERIOD": (rf"(?:(?P<this>هذا|هذه)\s(?P<p1>{_alt(self.period)})"
                       rf"|(?P<p2>{_alt(self.period)})(?:\s(?P<rel>{rel}))?)(?:\s(?:يوم\s)?(?P<wd>{wd}))?"),
            "FEAST": (rf"(?:(?P<fn>{_alt(ints['feastnth'])})\sايام\s(?:من\s)?"
                      rf"|اليوم\s(?P<fo>{_alt(ints['feastord'])})\s(?:من\s(?:ايام\s)?|ل)"
                      rf"|(?P<eve>عشيه)\s|(?P<fday>يوم)\s)?(?P<f>{_alt(self.feast)})"),
            "RD": rf"(?:يوم\s)?(?P<dw>{_alt(self.day)})(?:{_sep('(،,')}(?:يوم\s)?(?P<wd>{wd})\)?)?",
            "DUR": (rf"(?P<prep>قبل|منذ|بعد)\s(?:(?P<ap>{_alt(lx['approx'])})\s)?"
                    rf"(?P<q>{_NAMED.sub('(?:', qty)}(?:(?:\s?[,،]\s?|\s)(?:و\s?)?{_NAMED.sub('(?:', qty)})*)"
                    rf"(?P<now>\sمن\sالان)?"),
            "DN": rf"يوم\s(?:ال)?(?P<dn>\d{{1,2}}){nodate}",
        }
        self.rx = {k: re.compile(v) for k, v in pats.items()}
        self.qty = re.compile(qty)

        # The words each construct can start with ("#": a number). A construct that cannot start
        # here costs one trie test; a word that starts none (after proclitics) costs one in all.
        def words(kinds: str, more: str = "") -> set[str]:
            return {w.split()[0] for k in kinds.split() for w in lx[k]} | set(more.split())

        heads = {"NUM": {"#"}, "ABS": words("weekday ord", "يوم يومي اول #"), "NTHW": words("nthpre"),
                 "DMC": words("weekday", "يوم بتاريخ تاريخ"), "MF": words("weekday month hmonth", "يوم شهر"),
                 "WD": words("weekday", "يوم هذا هذه"), "PERIOD": words("period", "هذا هذه"),
                 "YEAR": words("yearword", "منذ حتي عامي العامين سنتي #"), "RD": words("day", "يوم"),
                 "FEAST": words("feastnth feast", "اليوم عشيه يوم"),
                 "DUR": {"قبل", "منذ", "بعد"}, "DN": {"يوم"}}

        def look(ws: set[str]) -> str:
            alts = ([r"\d", r"ال\d"] if "#" in ws else []) + ([_alt(ws - {"#"})] if ws - {"#"} else [])
            return "(?=" + "|".join(alts) + ")"

        body = "|".join(f"(?P<{k}>{look(heads[k])}{_NAMED.sub('(?:', pats[k])})" for k in _CONSTRUCTS)
        firsts = set().union(*heads.values(), words("tod phase")) - {"#"}
        firsts |= {"#", "ال#"}  # a number (see _TRIE_CHARS)
        firsts = {c + w for w in firsts for c in _CLITICS} | {
            c + w[1:] for w in firsts if w.startswith("ال") for c in _CLITICS if c.endswith("ل")}
        # A match starts with the character before the word: a space (the text is scanned with one
        # in front), "(" or '"'.
        rest = (rf"(?={_trie(firsts)}(?:(?<=\d)|{_E}))[وف]?[بكل]?"
                rf"(?:(?P<phase>{_alt(self.phase)})\s(?:من\s)?)?(?:(?P<tod>{_alt(lx['tod'])})\s)?(?:{body})")
        self.scans = [re.compile(c + rest) for c in (" ", r"\(", '"')]

    def get(self, table: dict, s: str):
        """Look a matched word up, undoing the article dropped after ل (للعام -> العام)."""
        s = " ".join(s.split())
        if s not in table and s.startswith("ل"):
            s = "ا" + s
        return table.get(s)

    def words_value(self, table: dict, s: str) -> int | None:
        """Sum of the word values of a spelled number or ordinal (الحادي والعشرين -> 21)."""
        total = 0
        for w in s.split():
            v = self.get(table, w)
            for cut in ("و", "ال", "وال"):
                if v is None and w.startswith(cut):
                    v = self.get(table, w[len(cut):])
            if v is None and w != "و":
                return None
            total += v or 0
        return total


@cache
def _grammar() -> _Grammar:
    return _Grammar()


# ---------------------------------------------------------------------------------------------
# calendar helpers


def _date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _add_months(d: _dt.date, n: int) -> _dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return _dt.date(y, m + 1, min(d.day, monthrange(y, m + 1)[1]))


@lru_cache(maxsize=4096)
def _month_range(y: int, m: int) -> tuple[_dt.date, _dt.date] | None:
    return (_dt.date(y, m, 1), _dt.date(y, m, monthrange(y, m)[1])) if 1 <= y <= 9999 else None


@lru_cache(maxsize=4096)
def _hijri(y: int, m: int, d: int) -> _dt.date | None:
    from hijridate import Hijri

    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):  # outside the Umm al-Qura tables, or no such day
        return None
    return _dt.date(g.year, g.month, g.day)


@lru_cache(maxsize=4096)
def _hijri_range(y: int, m: int) -> tuple[_dt.date, _dt.date] | None:
    from hijridate import Hijri

    try:
        length = Hijri(y, m, 1).month_length()
    except (ValueError, OverflowError):
        return None
    start, end = _hijri(y, m, 1), _hijri(y, m, length)
    return (start, end) if start and end else None


@lru_cache(maxsize=4096)
def _to_hijri(d: _dt.date) -> tuple[int, int, int]:
    from hijridate import Gregorian

    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().datetuple()
    except (ValueError, OverflowError):
        return 0, 1, 1


def _shift(d: _dt.date, years: int, hijri: bool) -> _dt.date | None:
    """The same day of the month ``years`` years later, in the Gregorian or the Hijri calendar."""
    if not hijri:
        return _date(d.year + years, d.month, d.day)
    y, m, day = _to_hijri(d)
    return _hijri(y + years, m, day)


def _same_day_twice(x: _dt.date | None) -> tuple[_dt.date, _dt.date] | None:
    """``(x, x)``, the range of one day, or None without a day. (Not a walrus in a lambda: mypyc
    compiles this module, and it binds such a name in the enclosing function.)"""
    return (x, x) if x else None


def _pick(make, py: int, pub: _dt.date, relv: int | None):
    """The (start, end) of ``make(year)`` for the year that the words and the past rule ask for."""
    if relv == 0:
        return make(py)
    if relv is not None and relv > 0:
        return next((r for y in (py, py + 1, py + 2) if (r := make(y)) and r[0] > pub), None)
    return next((r for y in (py + 1, py, py - 1, py - 2)
                 if (r := make(y)) and (r[1] < pub if relv else r[0] <= pub)), None)


def _week_start(pub: _dt.date, offset: int) -> _dt.date:
    return pub - _dt.timedelta(days=pub.weekday() - 7 * offset)


def _nth_weekday(span, wd: int, n: int) -> _dt.date | None:
    """The n-th (-1: last) weekday ``wd`` of the month that runs from ``span[0]`` to ``span[1]``."""
    if not span:
        return None
    start, end = span
    if n < 0:
        return end - _dt.timedelta(days=(end.weekday() - wd) % 7)
    d = start + _dt.timedelta(days=(wd - start.weekday()) % 7 + 7 * (n - 1))
    return d if d <= end else None


def _phase(date, end, prec: int, phase: str) -> tuple:
    """Narrow a range to its early, middle or late third (days of a month, months of a year)."""
    if date is None or end is None or (end - date).days < 20:
        return date, end, prec
    k = ("early", "mid", "late").index(phase)
    if (end - date).days <= 31:
        a = date + _dt.timedelta(days=10 * k)
        return a, (end if k == 2 else a + 9 * _DAY), 2
    a = _add_months(date, 4 * k)
    return a, (end if k == 2 else _add_months(date, 4 * k + 4) - _DAY), prec


def _prev_word(text: str, pos: int) -> str:
    """The word before ``pos``, without its punctuation (لـ"عين -> عين)."""
    words = text[max(0, pos - 24):pos].split()
    return words[-1].strip(_PUNCT).rsplit('"', 1)[-1] if words else ""


# ---------------------------------------------------------------------------------------------
# construct handlers: each returns (date, date_end, precision[, direction hint]) or None


@lru_cache(maxsize=4096)
def _day_in_year(pub, m: int, d: int, y: int | None, relv, wd) -> tuple | None:
    """A Gregorian day of a month, its year given or chosen by the past rule (and the weekday)."""
    if y is not None:
        x = _date(y, m, d)
        return (x, None, 1) if x else None
    if _date(2000, m, d) is None:
        return None
    if pub is None:
        return None, None, 1
    base = _pick(lambda yy: _same_day_twice(_date(yy, m, d)), pub.year, pub, relv)
    if base and wd is not None and wd != base[0].weekday() and abs((base[0] - pub).days) > 31:
        # الخميس 21 أبريل: the year where the weekday fits, within three years back, half a year on
        fits = [x for yy in range(pub.year - 3, pub.year + 2) if (x := _date(yy, m, d)) and x.weekday() == wd
                and -1096 <= (x - pub).days <= 183]
        base = (min(fits, key=lambda x: abs((x - pub).days)),) if fits else base
    return (base[0], None, 1) if base else None


@lru_cache(maxsize=4096)
def _whole_month(pub, m: int, y: int | None, relv, hijri: bool) -> tuple | None:
    make = (lambda yy: _hijri_range(yy, m)) if hijri else (lambda yy: _month_range(yy, m))
    if y is None and pub is None:
        return None, None, 3
    py = y if y is not None else _to_hijri(pub)[0] if hijri else pub.year
    r = make(y) if y is not None else _pick(make, py, pub, relv) if py else None
    return (r[0], r[1], 3) if r else None


def _relv(g: _Grammar, mm, name: str = "rel") -> int | None:
    return g.get(g.rel, mm[name]) if mm[name] else None


def _year_of(g: _Grammar, mm) -> int | None:
    """The year, written in digits or in words (ألف وتسعمائة وثمانية وسبعون)."""
    if mm["y"] or not mm["ys"]:
        return int(mm["y"]) if mm["y"] else None
    try:  # the quantities recognizer reads spelled numbers best; our own sum is the fallback
        from rasd.recognize.quantities import parse_number_words

        v = parse_number_words(mm["ys"])
    except ImportError:  # pragma: no cover
        v = None
    v = v if v is not None else g.words_value(g.num, mm["ys"])
    return int(v) if v and 1000 < v < 3000 and v == int(v) else None


def _abs(g, mm, text, pub, ctx):
    wd = g.get(g.weekday, mm["wd"]) if mm["wd"] else None
    d1 = int(mm["dn"]) if mm["dn"] else g.words_value(g.ord, mm["dw"]) if mm["dw"] else 1
    d2 = int(mm["dn2"]) if mm["dn2"] else None
    if not d1 or d1 > 31 or (d2 is not None and not d1 < d2 <= 31):
        return None
    y, relv = _year_of(g, mm), _relv(g, mm)
    if y is None and relv is None and _prev_word(text, mm.start()) in g.namectx:
        return None  # ثورة 25 يناير
    if mm["hm"]:
        hm = g.get(g.hmonth, mm["hm"])
        if y is None and " ".join(mm["hm"].split()) in g.hweak:
            return None  # فاز 3 صفر
        if y is None and pub is None:
            return None, None, 1
        if y is not None:
            start = _hijri(y, hm, d1)
        else:
            r = _pick(lambda yy: _same_day_twice(_hijri(yy, hm, d1)), _to_hijri(pub)[0], pub, relv)
            start = r[0] if r else None
        hy = y or _to_hijri(start)[0] if start else 0
        if start and wd is not None and mm["dw"] and d1 <= 5 and start.weekday() != wd:
            start = _nth_weekday(_hijri_range(hy, hm), wd, d1)  # الجمعة الأولى من رمضان: the first Friday
        end = _hijri(hy, hm, d2) if d2 and start else None
        return (start, end, 2 if end else 1) if start else None
    if mm["gm"]:  # (a weekday beside a small ordinal may mean the nth weekday: see below)
        res = _day_in_year(pub, g.get(g.month, mm["gm"]), d1, y, relv, None if mm["dw"] and d1 <= 5 else wd)
    elif pub is None:
        return None, None, 1
    else:  # a day of a month given relative to publication: 20 من الشهر الجاري، 27 الماضي
        base = _add_months(pub.replace(day=1), 0 if mm["pm"] else g.get(g.rel, mm["mrel"] or mm["drel"]))
        res = (x, None, 1) if (x := _date(base.year, base.month, d1)) else None
    if res and res[0] and wd is not None and mm["dw"] and d1 <= 5 and res[0].weekday() != wd:
        return _nth_weekday(_month_range(res[0].year, res[0].month), wd, d1), None, 1
    if res and d2 and res[0]:
        end = _date(res[0].year, res[0].month, d2)
        return (res[0], end, 2) if end else None
    return res


def _num(g, mm, text, pub, ctx):
    s = mm.group()
    a, b, c = (int(x) for x in _INT.findall(s)[:3])
    era = g.era.get(mm["era"] or "")
    if s[:4].isdigit():
        y, m, d = a, b, c
    else:
        d, m, y = (b, a, c) if b > 12 >= a else (a, b, c)  # D/M/Y, or M/D/Y when only that is valid
        if y < 100:  # two-digit year: D/M/YY, or YY/M/D when only that one is near publication
            ref = pub or _dt.date(2050, 1, 1)
            y += 2000 if 2000 + y <= ref.year + 1 else 1900
            alt, x = _date(a + (2000 if 2000 + a <= ref.year + 1 else 1900), b, c), _date(y, m, d)
            far = abs((x - ref).days) if x else 99999
            if alt and far > 366 and abs((alt - ref).days) < far:
                return alt, None, 1
    if era == "hijri" or (1300 <= y < 1500 and era != "greg"):
        x = _hijri(y, m, d)  # 7/10/1436هـ
    else:
        x = _date(y, m, d)
    return (x, None, 1) if x else None


def _dmc(g, mm, text, pub, ctx):
    d, m = int(mm["d"]), int(mm["m"])
    d, m = (m, d) if m > 12 >= d else (d, m)
    if not 1 <= m <= 12:
        return None
    return _day_in_year(pub, m, d, None, None, g.get(g.weekday, mm["wd"]) if mm["wd"] else None)


def _mf(g, mm, text, pub, ctx):
    y, relv = _year_of(g, mm), _relv(g, mm)
    if mm["hm"]:
        if y is None and relv is None and not mm["shahr"]:
            return None  # a bare رمضان is the month's name, not a time
        return _whole_month(pub, g.get(g.hmonth, mm["hm"]), y, relv, True)
    m = g.get(g.month, mm["gm"])
    month = " ".join(mm["gm"].split())
    weak, prev = month in g.weak, _prev_word(text, mm.start())
    bare = y is None and relv is None
    if bare and (prev in g.namectx or (weak and not (mm["shahr"] or prev in g.monthcue))):
        return None  # ثورة يناير; مارس الضغوط (a verb)
    if bare and not mm["shahr"] and not mm["dn"] and not mm["dw"] and month in g.town:
        return None  # في منطقة يريم في إب: the town (إب and آب are one word once normalized), not August
    day = int(mm["dn"]) if mm["dn"] else g.words_value(g.ord, mm["dw"]) if mm["dw"] else None
    if day and not weak:
        wd = g.get(g.weekday, mm["wd"]) if mm["wd"] else None
        return _day_in_year(pub, m, day, y, relv, wd) if day <= 31 else None
    return _whole_month(pub, m, y, relv, False)


def _month_span(g, mm, pub) -> tuple | None:
    """First and last day of يوليو، يوليو 2016، رمضان، هذا الشهر، الشهر الماضي; else publication's month."""
    if mm["rgm"] or mm["rhm"]:
        hijri = bool(mm["rhm"])
        m = g.get(g.hmonth, mm["rhm"]) if hijri else g.get(g.month, mm["rgm"])
        r = _whole_month(pub, m, int(mm["ry"]) if mm["ry"] else None, None, hijri)
        return r[:2] if r and r[0] else None
    if pub is None:
        return None
    base = _add_months(pub, g.get(g.rel, mm["rrel"]) if mm["rrel"] else 0)
    return _month_range(base.year, base.month)


def _nthw(g, mm, text, pub, ctx):
    wd = g.get(g.weekday, "ال" + mm["wdb"])
    return _nth_weekday(_month_span(g, mm, pub), wd, g.get(g.nthpre, mm["nthp"])), None, 1


def _wd(g, mm, text, pub, ctx):
    wd = g.get(g.weekday, mm["wd"])
    if wd == 0 and _PERCENT.match(text, mm.end("wd")):
        return None  # الاثنين في المائة: "two", not Monday
    relv, wrel = _relv(g, mm), _relv(g, mm, "wrel")
    if mm["dn"] or mm["dw"] or mm["dwc"] or mm["dwn"]:  # الخميس 21: the 21st that is a Thursday
        day = int(mm["dn"]) if mm["dn"] else g.words_value(g.num, mm["dwn"]) if mm["dwn"] else \
            g.words_value(g.ord, mm["dw"] or mm["dwc"])
        if pub is None:
            return (None, None, 1) if day and not _NEXT_WORD.match(text, mm.end()) else "weekday"
        months = [_add_months(pub.replace(day=1), k) for k in (0, -1, 1, -2)] if day else []
        fits = [x for b in months if (x := _date(b.year, b.month, day)) and x.weekday() == wd]
        return (min(fits, key=lambda x: (abs((x - pub).days), x > pub)), None, 1) if fits else "weekday"
    if mm["nth"]:  # الأحد الثاني: the second Sunday of the month
        return _nth_weekday(_month_span(g, mm, pub), wd, g.get(g.nth, mm["nth"])), None, 1
    if pub is None:
        return None, None, 1, "future" if (relv or 0) > 0 or (wrel or 0) > 0 else "past"
    if mm["this"] or mm["wthis"] or wrel is not None or relv == 0:
        return _week_start(pub, wrel or 0) + _dt.timedelta(days=wd), None, 1
    if relv is None:
        return pub - _dt.timedelta(days=(pub.weekday() - wd) % 7), None, 1
    if relv < 0:
        return pub - _dt.timedelta(days=((pub.weekday() - wd) % 7 or 7) - 7 * (relv + 1)), None, 1
    return pub + _dt.timedelta(days=((wd - pub.weekday()) % 7 or 7) + 7 * (relv - 1)), None, 1


def _year(g, mm, text, pub, ctx):
    if mm["ya"]:  # عامي 2014 و2015
        a, b = int(mm["ya"]), int(mm["yb"])
        return (_dt.date(a, 1, 1), _dt.date(b, 12, 31), 3) if a < b else None
    if mm["y2"] and not mm["since"] and not ctx["phase"]:
        return None  # a bare number: only منذ 2011، حتى 2015، مطلع 2016
    y = int(mm["y"] or mm["y2"])
    era = g.era.get(mm["era"] or mm["era2"] or "")
    if era == "hijri" or (era is None and 1350 <= y <= 1470):  # عام 1436: a Hijri year of our era
        a, b = _hijri(y, 1, 1), _hijri_range(y, 12)
        return (a, b[1], 3) if a and b else None
    return _dt.date(y, 1, 1), _dt.date(y, 12, 31), 3


def _period(g, mm, text, pub, ctx):
    per = g.get(g.period, mm["p1"] or mm["p2"])
    relv = 0 if mm["p1"] else _relv(g, mm)
    if relv is None and not ctx["phase"]:
        return None  # a bare العام is also "general"; مطلع العام is this year
    if per == "year" and _prev_word(text, mm.start()) in g.general:
        return None  # الأمين العام السابق
    relv = relv or 0
    if pub is None:
        return None, None, 2 if per == "week" else 3, "past" if relv < 0 else "future" if relv else "present"
    if per == "week":
        start = _week_start(pub, relv)
        if mm["wd"]:
            return start + _dt.timedelta(days=g.get(g.weekday, mm["wd"])), None, 1
        return start, start + 6 * _DAY, 2
    if per == "month":
        b = _add_months(pub.replace(day=1), relv)
        return (*_month_range(b.year, b.month), 3)
    return _dt.date(pub.year + relv, 1, 1), _dt.date(pub.year + relv, 12, 31), 3


def _rd(g, mm, text, pub, ctx):
    key = " ".join(mm["dw"].split())
    key = key if key in g.day else "ا" + key  # لليوم -> اليوم
    off, prev = g.day[key], _prev_word(text, mm.start())
    if (key in g.needtod and not ctx["tod"] and not text.startswith("يوم", mm.start()) and prev != "بعد"
            and not mm["wd"]):
        return None  # a bare الغد is also "the future"; غد الأحد is a day
    if off == 0 and prev in g.notoday:
        return None  # في ذلك اليوم، مرتين في اليوم
    if key in ("اليوم", "الامس") and not mm["wd"]:  # not اليوم الأول، اليوم الذي، اليوم الـ27، الأمس القريب
        nxt = text[mm.end():mm.end() + 16].split(maxsplit=1)
        if nxt and (nxt[0].strip(_PUNCT) in g.dayafter or (nxt[0][:2] == "ال" and nxt[0][2:3].isdigit())):
            return None
    if pub is None:
        return None, None, 1, "past" if off < 0 else "future" if off > 0 else "present"
    d = pub + _dt.timedelta(days=off)
    if mm["wd"]:  # أمس (الأحد): the named weekday nearest to the computed day wins
        delta = (g.get(g.weekday, mm["wd"]) - d.weekday()) % 7
        d += _dt.timedelta(days=delta if delta <= 3 else delta - 7)
        if off <= 0 and d > pub + _DAY:
            d -= _dt.timedelta(days=7)  # اليوم الاثنين in a paper dated Saturday: a day come, the Monday before
        elif off <= 0 and d > pub:
            # أمس الأحد in a paper dated Saturday: its date lags the writer's day, which has come, not to come
            return d, None, 1, _TOLD_AS_COME
    return d, None, 1


_TOLD_AS_COME = "told-as-come"
"""The hint of a day that lies after the publication date but that its words tell as come (أمس الأحد, اليوم
الأحد in a paper dated the day before): past or present, never future."""


def _feast(g, mm, text, pub, ctx):
    """A day of a feast (أول أيام عيد الفطر، اليوم الثاني للعيد، يوم العيد، ليلة العيد): the latest such day
    not after publication; its eve (ليلة، عشية) the day before. A feast named alone (صلاة العيد، عيد الفطر)
    is no date."""
    nth = mm["fn"] or mm["fo"]
    if not (nth or mm["eve"] or mm["fday"] or ctx["tod"]):
        return None
    n = g.get(g.feastnth, nth) if nth else 1
    eve = bool(mm["eve"]) or (not nth and (ctx["tod"] or "").strip() in ("ليله", "ليل"))
    if pub is None:
        return None, None, 1, "past"
    which = g.get(g.feast, " ".join(mm["f"].split()))
    feasts = [which] if which else [(10, 1), (12, 10)]
    y = _to_hijri(pub)[0]
    begun = [d for yy in (y, y - 1) for m, day in feasts if (d := _hijri(yy, m, day)) is not None and d <= pub]
    return (max(begun) + _dt.timedelta(days=n - 1 - eve), None, 1) if begun else None


def _dur(g, mm, text, pub, ctx):
    if mm["prep"] == "بعد" and not mm["now"]:
        return None  # بعد يومين: two days after some other event
    if not mm["now"] and text.startswith(" من ", mm.end()):
        return None  # قبل يومين من الهجوم: relative to another event
    days = months = 0
    prec, vague = 3, bool(mm["ap"])
    for q in g.qty.finditer(mm["q"]):
        unit, count = g.unit.get(" ".join(q["u"].split()), (None, 0))
        n = int(q["n"]) if q["n"] else g.words_value(g.num, q["nw"]) if q["nw"] else None
        if q["vg"] or (n is None and count == 0):
            n, vague = 3, True  # بضعة أيام، قبل أيام
        n = count if n is None else n
        if unit is None or not n:
            return None
        if unit in ("hour", "day", "week"):
            days += n // 24 if unit == "hour" else n * (7 if unit == "week" else 1)
            prec = min(prec, 2 if unit == "week" else 1)
        else:
            months += n * {"month": 1, "year": 12, "decade": 120}[unit]
    prec = max(prec, 2) if vague else prec
    sign = 1 if mm["prep"] == "بعد" else -1
    if pub is None:
        return None, None, prec, "future" if sign > 0 else "past"
    try:
        return _add_months(pub, sign * months) + sign * _dt.timedelta(days=days), None, prec
    except (ValueError, OverflowError):  # قبل 2500 عام: before the calendar
        return None


def _dn(g, mm, text, pub, ctx):
    day = int(mm["dn"])
    if not 1 <= day <= 31:
        return None
    if pub is None:
        return None, None, 1
    firsts = (_add_months(pub.replace(day=1), k) for k in (0, -1, -2))
    return next(((x, None, 1) for b in firsts if (x := _date(b.year, b.month, day)) and x <= pub), None)


_HANDLERS = {"ABS": _abs, "NUM": _num, "DMC": _dmc, "MF": _mf, "NTHW": _nthw, "WD": _wd, "YEAR": _year,
             "PERIOD": _period, "FEAST": _feast, "RD": _rd, "DUR": _dur, "DN": _dn}


# ---------------------------------------------------------------------------------------------


def find_dates(nt: NormalizedText, published: _dt.date | None = None) -> list[TimeRef]:
    """Time expressions of ``nt`` resolved against ``published``, sorted by start."""
    if not nt.text:
        return []
    g = _grammar()
    pub = published.date() if isinstance(published, _dt.datetime) else published
    # Offsets below are in ``s``, the text with one space in front; records are shifted back.
    s = " " + nt.text.replace("\n", " ")
    matches = list(g.scans[0].finditer(s))
    for rx, ch in ((g.scans[1], "("), (g.scans[2], '"')):
        if ch in s and (extra := list(rx.finditer(s))):
            matches = sorted(matches + extra, key=lambda m: m.start())
    found: list[list] = []
    last_end = 0
    kind: Any  # the group's name (never None: every alternative of the scan is a named group)
    mm: Any  # the match of the handler's pattern (it matches wherever the scan did)
    for m in matches:
        if m.start() < last_end:
            continue
        kind = m.lastgroup
        cs = m.start(kind)
        mm = g.rx[kind].match(s, cs)
        res = _HANDLERS[kind](g, mm, s, pub, m)
        if res == "weekday":  # الخميس 21 شخصا: keep the weekday alone
            mm = g.rx["WD"].match(s, cs, mm.end("wd"))
            res = _wd(g, mm, s, pub, m)
        if res is None:
            continue
        start = m.start("phase") if m["phase"] else m.start("tod") if m["tod"] else cs
        end = last_end = mm.end()
        if kind == "YEAR" and mm["since"]:
            start = mm.start("sp")
        elif kind == "PERIOD" and mm["wd"] and g.get(g.period, mm["p1"] or mm["p2"]) != "week":
            end = mm.end("rel") if mm["rel"] else mm.end("p1") if mm["p1"] else mm.end("p2")
        if kind not in ("RD", "DN", "DMC") and s.startswith(("يوم ", "يومي "), start):
            start = s.index(" ", start) + 1
        elif s[start] == "ل" == s[start - 1] and start - 1 > m.start():  # للعام: keep the clitic
            start -= 1
        date, date_end, prec = res[:3]
        hint = res[3] if len(res) > 3 else None
        if hint is None and date is None and "rel" in mm.re.groupindex and mm["rel"]:
            r = g.get(g.rel, mm["rel"])
            hint = "past" if r < 0 else "future" if r > 0 else "present"
        if m["phase"]:
            date, date_end, prec = _phase(date, date_end, prec, g.get(g.phase, m["phase"]))
        tag = "rd" if kind == "RD" else "wd" if kind == "WD" else ""  # for _merge: a day with its year, a Hijri
        # or Gregorian day
        if prec == 1 and date_end is None and kind in ("ABS", "NUM", "DMC", "MF"):
            gi = mm.re.groupindex
            tag = "dayy" if kind == "NUM" or ("y" in gi and (mm["y"] or mm["ys"])) else \
                "hday" if "hm" in gi and mm["hm"] else "day"
        found.append([start - 1, end - 1, date, date_end, prec, hint, tag])
    return [_timeref(nt, r, pub) for r in _merge(nt.text, found)]


def _words(d: TimeRef) -> list[str]:
    return [w for w in (normalize_word(x.strip(_PUNCT)) for x in d.text.split()) if w]


def counted_from_publication(d: TimeRef) -> bool:
    """The expression names its day by its distance from the day of writing alone (أمس، الليلة الماضية،
    مساء اليوم، أول من أمس), with no weekday or date that fixes it (أمس الأحد is Sunday whatever is said)."""
    g = _grammar()
    words = _words(d)
    while words and words[0] in g.tod_words:
        words = words[1:]  # مساء أمس، منتصف ليل أمس
    return " ".join(words) in g.day and not any(w in g.weekday or w[:1].isdigit() for w in words)


def names_a_weekday(d: TimeRef) -> bool:
    """The expression is a weekday's name alone (الأحد، يوم الخميس، مساء الأربعاء): the day of that name
    nearest before the day of writing."""
    g = _grammar()
    words = [w for w in _words(d) if w not in g.tod_words]
    return len(words) == 1 and words[0] in g.weekday


def _merge(text: str, found: list[list]) -> list[list]:
    """Join today and its date (اليوم الاثنين 12 يناير), and two dates into a range (من 28 فبراير
    إلى 3 مارس): the first date takes the year of the second, a second date without a year is the
    first such day on or after the first."""
    out: list[list] = []
    days = ("day", "hday", "dayy")
    for r in found:
        p = out[-1] if out else None
        if p is None:
            out.append(r)
            continue
        gap, before = text[p[1]:r[0]], text[max(0, p[0] - 4):p[0]]
        if r[6] in days and _GAP_SAME.fullmatch(gap) and (
                p[6] == "rd" or (r[2] and (p[6] == "wd" or "الموافق" in gap))):
            # اليوم الاثنين 12 يناير; يوم الجمعة 4/8/1436: that day, not the last Friday; (0/ شوال 1436هـ) الموافق
            # (26/ 7/ 2015م): one day told twice, by the date that follows
            out[-1] = [p[0], r[1], *r[2:]]
            continue
        if p[6] == r[6] == "rd" and gap.strip() == "(" and text.startswith(")", r[1]):
            out[-1] = [p[0], r[1] + 1, *r[2:]]  # اليوم (أمس): the speaker's today is the paper's yesterday
            continue
        if p[6] in days and r[6] in days and p[2] and r[2] and (
                (_GAP_RANGE.fullmatch(gap) and (gap.strip() in "-–" or before.endswith(("من ", "بين "))))
                or (gap.strip() == "و" and before.endswith("بين "))):
            a, b = p[2], r[2]
            if r[6] == "dayy" and p[6] != "dayy":
                hijri = p[6] == "hday"
                shifted = (_shift(a, k if hijri else b.year - a.year + k, hijri) for k in (1, 0, -1, -2))
                a = next((x for x in shifted if x and x <= b), a)
            elif r[6] != "dayy":
                b = next((x for k in (-1, 0, 1) if (x := _shift(b, k, r[6] == "hday")) and x >= a), b)
            if a < b:
                out[-1] = [p[0], r[1], a, b, 2, None, "range"]
                continue
        out.append(r)
    return out


def _timeref(nt: NormalizedText, r: list, pub: _dt.date | None) -> TimeRef:
    start, end, date, date_end, prec, hint = r[:6]
    if (date is not None and date_end is None and nt.text.startswith("منتصف ليل ", start)
            and _AFTER_MIDNIGHT.search(nt.text, max(0, start - 8), start)):
        date += _DAY  # بعد منتصف ليل الأحد: in the small hours of Monday
    if hint == _TOLD_AS_COME:
        direction = "present"
    elif pub is not None and date is not None:
        direction = "past" if (date_end or date) < pub else "future" if date > pub else "present"
    else:
        direction = hint or "past"
    s, e = nt.span_to_original(start, end)
    return TimeRef(s, e, nt.original[s:e], date, date_end, prec, direction)
