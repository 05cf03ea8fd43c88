"""The fast paths of the text layer give exactly what the plain implementations give.

Several functions read texts that code page 1256 can encode (most Arabic news) as bytes, search
with a character class first, or skip work with memos; each is checked here against a
straightforward reference on texts built from the characters that matter to it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.analysis import TextAnalysis, analyze_text
from rasd.assemble import _CONNECTORS, _LOOSE_CONNECTORS, Clause, _connector_positions, split_clauses
from rasd.model import Sentence, Token
from rasd.recognize.dates import find_dates
from rasd.recognize.places import _split
from rasd.recognize.quantities import find_quantities
from rasd.text import normalize as norm_module
from rasd.text.normalize import MARKS, encode_codepage, normalize
from rasd.text.phrases import PhraseMatcher, _gate_text
from rasd.text.reading import _DROP_ARABIC_LETTERS, _WORDS, arabic_share
from rasd.text.segment import (
    _BOUNDARY,
    _TOKEN,
    _boundaries,
    analyze_clitics,
    sentence_ranges,
    split_sentences,
    tokenize,
)

CP1256 = bytes(range(256)).decode("cp1256")
# Letters, digits, marks, every kind of space and break, presentation forms, punctuation, and
# characters outside code page 1256 (Arabic-Indic digits, Persian letters, controls).
TRICKY = (
    "قتل شخص في حلب امس الجيش بالحسكة والقوات د م"
    "أإآىةیک٠١٢٣٤٥٦٧٨٩۱۲٫٬٪"
    "\u064b\u064e\u0651\u0652\u0670\u0640\u200b\u200c\u200f\u202b\ufeff\u180e"
    " \t\n\r\u00a0\u2003\u2028\u3000\x85\x1c"
    "ﻻﻷﷲ\ufdf2\ufef5"
    ".!?؟،,;:\"'()[]«»“”‘’…-—/ 0123456789 3.5 20.1.2022 abc"
)
texts = st.text(alphabet=st.sampled_from(TRICKY), max_size=80)
cp_texts = st.text(alphabet=st.sampled_from(CP1256 + " " * 20 + "\u064b\u0640\n"), max_size=80)
either = st.one_of(texts, cp_texts)


def reference_share(text: str, sample: int = 1000) -> float | None:
    head = "".join(_WORDS.findall(text, 0, sample))
    if not head:
        return None
    return (len(head) - len(head.translate(_DROP_ARABIC_LETTERS))) / len(head)


@given(either, st.integers(min_value=0, max_value=90))
def test_arabic_share_is_the_plain_count(text: str, sample: int) -> None:
    assert arabic_share(text, sample) == reference_share(text, sample)
    assert arabic_share(text) == reference_share(text)
    assert arabic_share(text, sample, encoded=encode_codepage(text)) == reference_share(text, sample)


@given(either)
def test_place_pieces_from_the_encoded_text_are_the_pieces(text: str) -> None:
    nt = normalize(text)
    assert _split(nt.text, nt.encoded) == _split(nt.text)


OLD_CHANGE = re.compile(
    f"[{norm_module._DELETED}]+"
    f"|[{norm_module._MULTI_CLASS}]"
    f"|[{norm_module._SPACES}{norm_module._BREAKS}][{norm_module._SPACES}{norm_module._BREAKS}{norm_module._DELETED}]+"
)


@given(either)
def test_change_search_finds_what_the_alternation_finds(text: str) -> None:
    spans = [m.span() for m in OLD_CHANGE.finditer(text)]
    assert [m.span() for m in norm_module._CHANGE.finditer(text)] == spans
    try:
        data = text.encode("cp1256")
    except UnicodeEncodeError:
        return
    assert [m.span() for m in norm_module._changes(text, data)] == spans


@given(either)
def test_normalize_on_bytes_is_normalize_on_text(text: str) -> None:
    try:
        data = text.encode("cp1256")
    except UnicodeEncodeError:
        data = None
    fast = norm_module._normalize(text, data)
    plain = norm_module._normalize(text, None)
    assert (fast.text, fast.starts, fast.shifts) == (plain.text, plain.starts, plain.shifts)
    # the code page 1256 bytes kept for the gates are the normalized text's own
    assert fast.encoded == (None if data is None else fast.text.encode("cp1256"))
    assert plain.encoded is None and fast == plain
    folded = text
    for ch, replacement in norm_module._REPLACEMENTS:
        folded = folded.replace(ch, replacement)
    assert norm_module._fold(text) == folded


def reference_span(nt, start: int, end: int) -> tuple[int, int]:
    def to_original(i: int) -> int:
        return len(nt.original) if i >= len(nt.text) else i + nt.shifts[bisect_right(nt.starts, i) - 1]

    if start == end:
        return to_original(start), to_original(start)
    o_end = to_original(end - 1) + 1
    while o_end < len(nt.original) and nt.original[o_end] in MARKS:
        o_end += 1
    return to_original(start), o_end


@given(either, st.data())
def test_span_to_original_is_the_plain_map(text: str, data: st.DataObject) -> None:
    nt = normalize(text)
    start = data.draw(st.integers(0, len(nt.text)))
    end = data.draw(st.integers(start, len(nt.text)))
    assert nt.span_to_original(start, end) == reference_span(nt, start, end)


_OLD_BOUNDARY = re.compile(r"[.!?؟\n][.!?؟]*[\"')\]]*")
_LETTER = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"


def reference_sentences(nt) -> list[tuple[int, int]]:
    text, spans, begin = nt.text, [], 0

    def add(b: int, e: int) -> None:
        while b < e and text[b] in " \n":
            b += 1
        while e > b and text[e - 1] in " \n":
            e -= 1
        if b < e:
            spans.append((b, e))

    for m in _OLD_BOUNDARY.finditer(text):
        end = m.end()
        if m.group()[0] != "\n" and end < len(text) and not re.match(rf"\s|[{_LETTER}]", text[end]):
            continue
        if m.group()[0] == "." and re.search(rf"(?:^|[\s(\"'])[{_LETTER}A-Za-z]$", text[max(0, m.start() - 2):m.start()]):
            continue
        add(begin, end)
        begin = end
    add(begin, len(text))
    return spans


@given(either)
def test_sentence_ranges_are_the_plain_ones(text: str) -> None:
    nt = normalize(text)
    assert sentence_ranges(nt) == reference_sentences(nt)


@given(either)
def test_boundaries_are_what_finditer_finds(text: str) -> None:
    for t in (text, normalize(text).text):
        assert [m.span() for m in _boundaries(t)] == [m.span() for m in _BOUNDARY.finditer(t)]


def reference_tokens(nt, ranges=None) -> list[Token]:
    index = [nt.span_to_original(i, i + 1)[0] for i in range(len(nt.text))]
    out = []
    for begin, end in ranges if ranges is not None else [(0, len(nt.text))]:
        for m in _TOKEN.finditer(nt.text, begin, end):
            s, e = index[m.start()], index[m.end() - 1] + 1
            while e < len(nt.original) and nt.original[e] in MARKS:
                e += 1
            out.append(Token(s, e, nt.original[s:e], m.group(), *analyze_clitics(m.group())))
    return out


@given(either, st.data())
def test_tokens_of_ranges_are_the_plain_ones(text: str, data: st.DataObject) -> None:
    nt = normalize(text)
    assert tokenize(nt) == reference_tokens(nt)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(nt.text)), max_size=6)))
    ranges = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    assert tokenize(nt, ranges) == reference_tokens(nt, ranges)


PHRASES = [("قتل", "kill"), ("قصف", "shell"), ("سيارة مفخخة", "vbied"), ("الجيش", "army"), ("إطلاق نار", "fire")]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["قتل", "وقتل", "بقصف", "سيارة", "مفخخة", "الجيش", "للجيش", "إطلاق", "نار",
                                  "حلب", "٣", "ک", ".", "،", " ", "\n", "«", "؟"]), max_size=30).map("".join))
def test_phrase_matcher_fast_paths(text: str) -> None:
    matcher = PhraseMatcher(PHRASES)
    nt = normalize(text)
    gate = matcher._gate
    assert matcher.could_match(nt.text) == (not gate.isdisjoint(_gate_text(nt.text).split()))
    ranges = sentence_ranges(nt)
    assert matcher.matching_ranges(nt.text, ranges) == [
        (b, e) for b, e in ranges if not gate.isdisjoint(_gate_text(nt.text[b:e]).split())]
    tokens = tokenize(nt)
    first = matcher.find(tokens)
    assert matcher.find(tokens) == first  # with the memo filled
    # every token examined, as the plain loop does
    plain, i = [], 0
    while i < len(tokens):
        best = None
        for reading in tokens[i].variants:
            for words, phrase, payload in matcher._index.get(reading, []):
                last = i + len(words) - 1
                if last < len(tokens) and (best is None or last > best[1]) and all(
                        words[k] in tokens[i + k].variants for k in range(1, len(words))):
                    best = (i, last, tokens[i].start, tokens[last].end, phrase, payload)
                    break
        if best is None:
            i += 1
        else:
            plain.append(best)
            i = best[1] + 1
    assert [tuple(m) for m in first] == plain


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["قتل", "وقتل", "بقصف", "سيارة", "مفخخة", "الجيش", "للجيش", "إطلاق", "نار", "للنار",
                                  "أطلق", "مسلحون", "النار", "2النار", "حلب", "٣", "ک", "a", ".", "،", " ", " ", "\n",
                                  "«", "؟"]), max_size=30).map("".join), st.data())
def test_trigger_gate_before_tokens_passes_every_text_with_triggers(text: str, data: st.DataObject) -> None:
    from rasd.recognize.triggers import _trigger_matcher, could_find_triggers, find_triggers

    nt = normalize(text)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(nt.text)), max_size=6)))
    ranges = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)] if cuts else [(0, len(nt.text))]
    tokens = tokenize(nt, ranges)
    runs = _trigger_matcher().arabic_runs(nt.text, ranges)
    arabic = [t.norm for t in tokens if re.fullmatch("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+", t.norm)]
    assert [r.decode("cp1256") if isinstance(r, bytes) else r for r in runs] == arabic
    if not could_find_triggers(nt, ranges):
        assert find_triggers(nt, tokens) == []
    matcher = PhraseMatcher(PHRASES)
    if not matcher.could_find(matcher.arabic_runs(nt.text, ranges)):
        assert matcher.find(tokens) == []


def test_trigger_gate_before_tokens_drops_first_words_alone() -> None:
    from rasd.recognize.triggers import could_find_triggers

    def gate(text: str) -> bool:
        nt = normalize(text)
        return could_find_triggers(nt, [(0, len(nt.text))])

    assert not gate("تحدث عن الأعمال التجارية في المدينة")  # أعمال opens only أعمال شغب
    assert gate("اندلعت أعمال شغب في المدينة")
    assert gate("أطلق مسلحون مجهولون النار على دورية")  # a gapped form
    assert not gate("أطلق الوزير مبادرة جديدة")


def test_analysis_computes_on_demand_what_it_computed_at_once() -> None:
    text = "قتل ثلاثة مدنيين أمس في قصف على حلب. وأصيب 5 آخرون يوم الخميس الماضي"
    from datetime import date

    lazy = analyze_text(text, published=date(2020, 1, 2))
    nt = normalize(text)
    assert lazy.sentences == tuple(split_sentences(nt))
    assert lazy.sentences == tuple(Sentence(*nt.span_to_original(b, e)) for b, e in sentence_ranges(nt))
    assert lazy.quantities == tuple(find_quantities(nt))
    assert lazy.dates == tuple(find_dates(nt, date(2020, 1, 2)))
    eager = TextAnalysis(nt, date(2020, 1, 2), "ar", lazy.sentences, lazy.quantities, lazy.dates)
    assert eager == lazy and hash(eager) == hash(lazy)
    assert eager.to_dict() == analyze_text(text, published=date(2020, 1, 2)).to_dict()
    other = analyze_text("hello world, nothing Arabic here")
    assert (other.language, other.sentences, other.quantities, other.dates) == ("other", (), (), ())


def reference_clauses(sentences, tokens) -> list[Clause]:
    """split_clauses as a loop over every token of every sentence."""
    clauses = []
    starts = [t.start for t in tokens]
    for si, s in enumerate(sentences):
        lo = bisect_right(starts, s.start - 1)
        hi = bisect_right(starts, s.end - 1)
        begin = lo
        for k in range(lo + 1, hi):
            tok = tokens[k]
            stem = tok.norm if tok.norm in _CONNECTORS else tok.stem
            after_comma = tokens[k - 1].norm in ("،", ",", "في")
            if stem in _CONNECTORS and (after_comma or (tok.norm in _CONNECTORS and tok.norm not in _LOOSE_CONNECTORS)):
                cut = k - 1 if tokens[k - 1].norm == "في" else k
                if cut > begin:
                    clauses.append(Clause(tokens[begin].start, tokens[cut - 1].end, si, begin, cut))
                    begin = cut
        if hi > begin:
            clauses.append(Clause(tokens[begin].start, tokens[hi - 1].end, si, begin, hi))
    return clauses


_CLAUSE_WORDS = ["قتل", "الجيش", "حلب", "في", "،", ",", ".", "\n", "فيما", "وفيما", "بينما", "وبينما", "حين",
                 "وحين", "كما", "وكما", "فكما", "وسط", "بوسط", "عقب", "وعقب", "بعدما", "اضافة", "بالإضافة",
                 "وبالإضافة", "الإضافة", "لحين", "سحين", "والحين", "كماليات", "وسطاء"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=40).map(" ".join), st.data())
def test_clauses_are_cut_where_the_plain_loop_cuts(text: str, data: st.DataObject) -> None:
    nt = normalize(text)
    ranges = sentence_ranges(nt)
    tokens = tokenize(nt, data.draw(st.sampled_from([ranges, ranges[::2]])))  # the extractor tokenizes some
    sentences = split_sentences(nt)
    assert split_clauses(sentences, tokens) == reference_clauses(sentences, tokens)
    assert _connector_positions(tokens) == [
        k for k, t in enumerate(tokens) if t.norm in _CONNECTORS or t.stem in _CONNECTORS]
