from __future__ import annotations

import pytest

from rasd.text.normalize import normalize
from rasd.text.segment import analyze_clitics, split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(normalize(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل شخصان. وأصيب ثلاثة", ["قتل شخصان.", "وأصيب ثلاثة"]),
        ("هل قتل أحد؟ نعم! قتل اثنان", ["هل قتل أحد؟", "نعم!", "قتل اثنان"]),
        ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
        ("قتل شخص، وأصيب آخر", ["قتل شخص، وأصيب آخر"]),  # not on the Arabic comma
        ("بلغ المعدل 3.5 بالمئة اليوم", ["بلغ المعدل 3.5 بالمئة اليوم"]),  # not inside numbers
        ("بلغ المعدل ٢٫٥ بالمئة اليوم", ["بلغ المعدل ٢٫٥ بالمئة اليوم"]),
        ("وقع في 20.1.2022 هجوم", ["وقع في 20.1.2022 هجوم"]),  # not inside dates
        ("قال د. محمد إن الوضع هادئ.", ["قال د. محمد إن الوضع هادئ."]),  # abbreviation
        ("قال \u201cانتهى.\u201d ثم غادر", ["قال \u201cانتهى.\u201d", "ثم غادر"]),  # closing quote
        ("انتهى الهجوم...وبدأ التمشيط", ["انتهى الهجوم...", "وبدأ التمشيط"]),
        ("انتهى.وبدأ", ["انتهى.", "وبدأ"]),  # no space after the full stop
        ("زار الموقع sy24.net أمس", ["زار الموقع sy24.net أمس"]),
        ("  \n  ", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("word", "prefix", "stem"),
    [
        ("وبمحافظة", "وب", "محافظه"),
        ("لقوات", "ل", "قوات"),
        ("بالحسكة", "بال", "حسكه"),
        ("وللمدنيين", "ولل", "مدنيين"),
        ("للمدنيين", "لل", "مدنيين"),
        ("والوزير", "وال", "وزير"),
        ("فالمعارك", "فال", "معارك"),
        ("كالعادة", "كال", "عاده"),
        ("سيتم", "س", "يتم"),
        ("وبلدة", "و", "بلده"),
        # first letters that belong to the stem stay
        ("بلدة", "", "بلده"),
        ("لواء", "", "لواء"),
        ("بيان", "", "بيان"),
        ("كتيبة", "", "كتيبه"),
        ("وزير", "", "وزير"),
        ("ولاية", "", "ولايه"),
        ("فيها", "", "فيها"),
        ("الذي", "", "الذي"),
        ("وقع", "", "وقع"),  # too short to strip a lone clitic
        ("في", "", "في"),
        ("17", "", "17"),
    ],
)
def test_proclitics(word: str, prefix: str, stem: str) -> None:
    got_prefix, got_stem, _ = analyze_clitics(normalize(word).text)
    assert (got_prefix, got_stem) == (prefix, stem)


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("بالحسكة", ("بالحسكه", "الحسكه", "حسكه")),
        ("وبمحافظة", ("وبمحافظه", "بمحافظه", "محافظه")),
        ("للمدنيين", ("للمدنيين", "لمدنيين", "المدنيين", "مدنيين")),
        ("بلدة", ("بلده",)),
        ("وبلدة", ("وبلده", "بلده")),
    ],
)
def test_variants_offer_every_reading(word: str, variants: tuple[str, ...]) -> None:
    assert analyze_clitics(normalize(word).text)[2] == variants


def test_tokens_index_the_original() -> None:
    text = "أكدت “قسد” مقتل ١٧ عنصراً بالحسـكة، وإصابة ٢٣."
    tokens = tokenize(normalize(text))
    assert [t.text for t in tokens] == [
        "أكدت", "“", "قسد", "”", "مقتل", "١٧", "عنصراً", "بالحسـكة", "،", "وإصابة", "٢٣", ".",
    ]
    for t in tokens:
        assert text[t.start : t.end] == t.text
    bi = next(t for t in tokens if t.text == "بالحسـكة")
    assert (bi.prefix, bi.stem) == ("بال", "حسكه")


def test_seed_sentences_cover_the_article(seed_text: str) -> None:
    spans = split_sentences(normalize(seed_text))
    assert len(spans) == seed_text.strip().count("\n") + 1  # one sentence a line in the seed
    for s in spans:
        assert seed_text[s.start : s.end].strip() == seed_text[s.start : s.end]
