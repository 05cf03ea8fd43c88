from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import MARKS, SEARCH_FOLDS, normalize, normalize_word, search_form


@pytest.mark.parametrize(
    ("original", "normalized"),
    [
        ("أكد", "اكد"),
        ("إصابة", "اصابه"),
        ("آلاف", "الاف"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("عنصراً", "عنصرا"),
        ("مُهاجِمين", "مهاجمين"),
        ("شنّه", "شنه"),
        ("الـــحسكة", "الحسكه"),
        ("١٧ و٢٣", "17 و23"),
        ("۱۲۳", "123"),
        ("٢٫٥", "2.5"),
        ("١٬٢٣٤", "1,234"),
        ("“قسد”", '"قسد"'),
        ("«داعش»", '"داعش"'),
        ("‘x’", "'x'"),
        ("ﻻ", "لا"),
        ("ﷲ", "الله"),
        ("ﺍﻟﺤﺴﻜﺔ", "الحسكه"),
        ("قوات\u200cسوريا", "قواتسوريا"),
        ("\u202bقسد\u202c", "قسد"),
        ("a  \t b", "a b"),
        ("a \r\n\r\n b", "a\nb"),
        ("a\u00a0b", "a b"),
        ("x\u200b \u200by", "x y"),
        ("", ""),
    ],
)
def test_normalized_view(original: str, normalized: str) -> None:
    assert normalize(original).text == normalized


@pytest.mark.parametrize(
    ("original", "needle", "expected"),
    [
        # A span found in the normalized view maps back to exactly the original characters.
        ("أكدت “قوات سوريا الديموقراطية” (قسد)", "قسد", "قسد"),
        ("مقتل ١٧ عنصراً من قواتها", "17 عنصرا", "١٧ عنصراً"),
        ("الـــحسكة اليوم", "الحسكه", "الـــحسكة"),
        ("وﻻية", "ولايه", "وﻻية"),
        ("قال   المرصد", "قال المرصد", "قال   المرصد"),
        ("x ﻻ y", "ل", "ﻻ"),
        ("x ﻻ y", "ا", "ﻻ"),
        ("مُهاجِمين.", "مهاجمين", "مُهاجِمين"),
    ],
)
def test_span_maps_back(original: str, needle: str, expected: str) -> None:
    nt = normalize(original)
    i = nt.text.index(needle)
    s, e = nt.span_to_original(i, i + len(needle))
    assert original[s:e] == expected


def test_dropped_characters_at_span_edges_are_not_included() -> None:
    nt = normalize("قال \u200bقسد\u200b.")
    i = nt.text.index("قسد")
    s, e = nt.span_to_original(i, i + 3)
    assert nt.original[s:e] == "قسد"


def test_out_of_range_span_is_refused() -> None:
    nt = normalize("قسد")
    with pytest.raises(IndexError):
        nt.span_to_original(2, 7)


def test_normalize_word_strips_and_folds() -> None:
    assert normalize_word("  إحدى  ") == "احدي"


# Random text drawn from Arabic letters, diacritics, tatweel, presentation forms, digits of three
# scripts, quotes, controls and whitespace: every mapped span lies in range, and each normalized
# character comes from the original characters its span covers.
_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىة"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    "ﻻﷲﺍﻟﺤﺴﻜﺔ"
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳"
    "“”«»‘’\"'.,،؟!"
    "\u200b\u200c\u200f\u202b\u202c\ufeff"
    " \t\n\r\u00a0\u2009"
    "abcXYZ"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.data())
def test_mapped_spans_cover_the_right_characters(text: str, data: st.DataObject) -> None:
    nt = normalize(text)
    n = len(nt.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = nt.span_to_original(start, end)
    assert 0 <= s <= e <= len(text)
    assert (s == e) == (start == end)
    # Normalizing the covered original stretch gives back the normalized span (more only where
    # the span cuts a ligature such as ﻻ in two; whitespace at the edges depends on neighbours).
    if start < end:
        assert nt.text[start:end].strip(" \n") in normalize(text[s:e]).text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_each_character_maps_to_its_source(text: str) -> None:
    nt = normalize(text)
    previous = -1
    for i, ch in enumerate(nt.text):
        s, e = nt.span_to_original(i, i + 1)
        assert e > s >= previous  # its source character first, in order
        assert all(c in MARKS for c in text[s + 1 : e])  # then only the marks that follow it
        previous = s
        if ch in " \n":
            assert text[s].isspace()
        else:
            assert ch in normalize(text[s]).text


def test_search_form_is_nfkc_then_search_folds_character_by_character():
    """search_form folds with a pattern; it must fold exactly as SEARCH_FOLDS says, and nothing else."""
    text = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000) + "\nقــصْفٌ على إدلب"
    assert search_form(text) == unicodedata.normalize("NFKC", text).translate(SEARCH_FOLDS)
    assert search_form(None) is None
