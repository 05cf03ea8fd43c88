"""Lexicon entries compared with ``Token.stem``: the forms a token's stem takes."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import rasd
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


# A set is compared with stems where the left side of ``in`` is a token's stem: ``tok.stem``, a variable
# ``stem``, or ``before`` / ``after``, which assemble and triggers bind to the stem of a neighbouring token.
# (A left side that ends in a call, tok.norm.lstrip("وف"), is read whole.)
_IN_A_SET = re.compile(r"([\w.\]\[-]+(?:\([^()]*\))?) (?:not )?in ([A-Z_][A-Z0-9_]*)\b")
_STEM_SIDE = re.compile(r"(?:\.stem|\bstem|^before|^after|^before\[-1\])$")


def _sets_compared_with_stems() -> list[tuple[str, str, frozenset[str]]]:
    """(module, name, value) of every module-level set of words that the module's code compares only with
    stems; a set also compared otherwise (with ``.norm``, as written) is left out."""
    out = []
    for info in pkgutil.walk_packages(rasd.__path__, "rasd."):
        if info.name.startswith(("rasd.web", "rasd.store", "rasd.eval")):
            continue
        module = importlib.import_module(info.name)
        source = Path(module.__file__).read_text(encoding="utf-8")
        sides: dict[str, set[bool]] = {}
        for m in _IN_A_SET.finditer(source):
            sides.setdefault(m.group(2), set()).add(bool(_STEM_SIDE.search(m.group(1))))
        for name, stem_side in sorted(sides.items()):
            value = getattr(module, name, None)
            if stem_side == {True} and isinstance(value, frozenset | set) and value and all(
                    isinstance(w, str) for w in value):
                out.append((info.name, name, frozenset(value)))
    return out


def test_sets_compared_with_stems_hold_stems() -> None:
    """Every entry of a set compared with ``Token.stem`` is a form a stem takes (not الجرحي, which no token's
    stem equals), and the word it writes, standing alone, matches (بنادق alone is نادق: the set holds both)."""
    found = _sets_compared_with_stems()
    assert len(found) > 80  # the scan sees the sets (assemble alone has a hundred)
    wrong = []
    for module, name, words in found:
        alone = {}
        for word in words:
            try:
                alone[word] = stem_form(word)
            except ValueError:
                continue  # not one word (a phrase, a mark)
        read_off = {stem for word, stem in alone.items() if stem != word}  # (بوارج: وارج, itself read ارج)
        for word, stem in sorted(alone.items()):
            if word not in stems(word) or (stem not in words and word not in read_off):
                wrong.append(f"{module}.{name}: {word} (a token of it has the stem {stem})")
    assert wrong == []
