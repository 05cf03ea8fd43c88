"""Lexicon entries compared with ``Token.stem``: the forms a token's stem takes."""

from __future__ import annotations

import pytest

from rasd.text.normalize import normalize
from rasd.text.segment import stem_form, stems, tokenize


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("الجرحى", "جرحي"),  # the article off, ى folded
        ("التابعة", "تابعه"),
        ("بتهمة", "تهمه"),
        ("للاشتباه", "اشتباه"),  # ل + ال written لل
        ("بالإضافة", "اضافه"),
        ("كوادر", "وادر"),  # a letter of the word read as a clitic
        ("بنادق", "نادق"),
        ("قتلى", "قتلي"),  # nothing to take off
        ("وزير", "وزير"),  # a protected stem keeps its و
    ],
)
def test_stem_form_is_the_stem_tokenize_gives_the_word(word: str, stem: str) -> None:
    assert stem_form(word) == stem
    assert [t.stem for t in tokenize(normalize(word))] == [stem]


def test_stem_form_takes_one_word_only() -> None:
    with pytest.raises(ValueError):
        stem_form("إطلاق النار")


def test_stems_hold_a_words_form_alone_and_after_a_clitic() -> None:
    assert stems("الجرحى", "جرحى", "للاشتباه") == {"جرحي", "اشتباه"}
    assert "تهمه" in stems("بتهمة")
    # بنادق alone is read ب + نادق; after the article or a preposition its ب is its own
    assert stems("بنادق") == {"نادق", "بنادق"}
    for text in ("بنادق", "البنادق", "ببنادق", "وبنادق"):
        assert tokenize(normalize(text))[0].stem in stems("بنادق")
