"""Clitic-aware matching of multi-word phrases over tokens, longest match first.

A lexicon phrase is written in natural Arabic; it is normalized and split into words. Its first
word matches a token when any of the token's clitic readings equals it (لقوات -> قوات, بالحسكة ->
الحسكه), the following words when the next tokens' readings do. Matches never start or end inside
a word, because they are made of whole tokens.

A cheap gate tells, before any tokenization, whether a text can hold any phrase at all: the set of
the text's words is intersected (in C) with every clitic-prefixed spelling of the phrases' first
words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import compress, count, repeat
from operator import is_, itemgetter
from typing import Generic, NamedTuple, TypeVar

from rasd.model import Token
from rasd.text.normalize import CODEPAGE, CP_CHARS, normalize_word
from rasd.text.segment import ARABIC_RUN, CONJUNCTIONS, PREPOSITIONS, analyze_clitics

__all__ = ["PhraseMatch", "PhraseMatcher", "prefixed_forms"]

T = TypeVar("T")

_NORM = itemgetter(Token._fields.index("norm"))  # Token.norm by position: cheaper than by name

_GATE_PUNCTUATION = ".,،؛;:!?؟\"'()[]{}«»-–—/…"


# Texts that code page 1256 can encode (most Arabic news) are split in bytes: one translate turns
# the punctuation and every whitespace character into spaces, bytes.split gives the words (one
# byte per character, so byte offsets are character offsets), and the gate holds the encoded forms.
_CP_GATE = bytes(32 if c in _GATE_PUNCTUATION or c.isspace() else b
                 for b, c in enumerate(CP_CHARS))


def _gate_text(text: str) -> str:
    """The text with the punctuation turned to spaces (lengths kept: offsets stay valid)."""
    for ch in _GATE_PUNCTUATION:
        if ch in text:
            text = text.replace(ch, " ")
    return text


def _gate_view(text: str, encoded: bytes | None = None) -> str | bytes:
    """``_gate_text`` of the text, in code page 1256 bytes where it can be encoded (``encoded``:
    those bytes, when the caller has them)."""
    if encoded is not None:
        return encoded.translate(_CP_GATE)
    try:
        return text.encode(CODEPAGE).translate(_CP_GATE)
    except UnicodeEncodeError:
        return _gate_text(text)


# The gate view's bytes with every character the tokenizer does not read into an Arabic word turned to a
# space: bytes.split then gives the norms of the Arabic tokens, in order (``PhraseMatcher.arabic_runs``).
_CP_ARABIC = bytes(b if ARABIC_RUN.fullmatch(c) else 32 for b, c in enumerate(CP_CHARS))


def prefixed_forms(word: str) -> set[str]:
    """Every spelling of a normalized word with proclitics in front (و، ف، ب، ل، ك، س، ال، لل...)."""
    bare = word[2:] if word.startswith("ال") and len(word) > 3 else word
    has_article = bare is not word
    forms = set()
    for conj in ("", *CONJUNCTIONS):
        for prep in ("", *PREPOSITIONS):
            if not has_article:
                forms.add(conj + prep + bare)
            if prep == "س":
                continue
            # with the article: ل + ال is written لل
            forms.add(conj + ("لل" + bare if prep == "ل" else prep + "ال" + bare))
    return forms


def _encodable(forms: Iterable[str]) -> frozenset[bytes]:
    """The forms in code page 1256 bytes (encoded at once; a form the code page lacks cannot occur in
    a text written in it)."""
    forms = sorted(forms)
    encoded = "\n".join(forms).encode(CODEPAGE, "replace").split(b"\n")
    return frozenset(b for f, b in zip(forms, encoded, strict=True) if b"?" not in b or "?" in f)


def readings_of(run: str | bytes) -> tuple[str, ...]:
    """The clitic readings (``Token.variants``) of a token whose normalized form is ``run``."""
    return analyze_clitics(run.decode(CODEPAGE) if isinstance(run, bytes) else run)[2]


class PhraseMatch(NamedTuple, Generic[T]):
    """A lexicon phrase found in the tokens ``first`` to ``last`` (inclusive). (A named tuple: a
    frozen dataclass costs several times more to build, and every article has dozens.)"""

    first: int
    last: int
    start: int
    end: int
    phrase: str
    payload: T


_SHORT_LEADS = frozenset({"في", "من", "لم", "لن", "قد", "لا", "ما", "عن", "ان"})
"""Two-letter words that open phrases (لم يسفر، من المقرر، في حال): tokenize does not read و or ف off them
(وفي، ومن stay whole), so a phrase that opens with one is also indexed with the conjunction on it."""


class PhraseMatcher(Generic[T]):
    """Finds lexicon phrases in token sequences. Thread-safe: the lexicon is fixed at construction;
    the memos (token readings that start a phrase, the last text's gate view) only save work."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str, T]]] = {}
        for phrase, payload in phrases:
            words = tuple(normalize_word(phrase).split())
            if words:
                index.setdefault(words[0], []).append((words, " ".join(words), payload))
            if len(words) > 1 and words[0] in _SHORT_LEADS:
                for conj in ("و", "ف"):  # ولم يسفر، ومن المقرر: tokenize leaves a two-letter word's و on it
                    entry = ((conj + words[0], *words[1:]), " ".join(words), payload)
                    index.setdefault(conj + words[0], []).append(entry)
        for entries in index.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest first
        self._index = index
        # A reading that opens only phrases of several words, and the second words they go on with:
        # a token with that reading starts none of them unless the next token has one of those readings.
        self._seconds = {w: frozenset(e[0][1] for e in entries) for w, entries in index.items()
                         if all(len(e[0]) > 1 for e in entries)}
        self._gate = frozenset(f for w in index for f in prefixed_forms(w))
        self._gate_bytes = _encodable(self._gate)
        # a token's normalized form -> the phrases its readings open (see ``_openings_of``); empty: none
        self._starts: dict[str, tuple[tuple[list, frozenset[str] | None], ...]] = {}
        # Every normalized form a token with a reading in the index may have: a key, or a key or its
        # article-less stem behind any proclitics (tokenize reads a word's variants off those only).
        stems = {*index, *(w[2:] for w in index if w.startswith("ال"))}
        self._openers = frozenset(c + p + a + w for w in stems for c in ("", *CONJUNCTIONS)
                                  for p in ("", *PREPOSITIONS) for a in ("", "ال", "ل"))
        self._openers_bytes = _encodable(self._openers)
        self._openings: dict[str | bytes, bool | frozenset[str]] = {}  # memo of ``opening`` (bounded by _openers)
        self._last_view: tuple[str, str | bytes] = ("", "")  # the last text's gate view

    def _view(self, text: str, encoded: bytes | None = None) -> tuple[str | bytes, frozenset]:
        """The gate view of a normalized text (kept for the text last seen) and the gate for it;
        ``encoded``: the text in code page 1256 (``NormalizedText.encoded``) where known."""
        last = self._last_view
        if last[0] is text:
            view = last[1]
        else:
            view = _gate_view(text, encoded)
            self._last_view = (text, view)
        return view, self._gate_bytes if isinstance(view, bytes) else self._gate

    def could_match(self, normalized_text: str, encoded: bytes | None = None) -> bool:
        """False when no phrase can occur in the text (checked without tokenizing); ``encoded``:
        the text in code page 1256 where the caller has it (``NormalizedText.encoded``)."""
        view, gate = self._view(normalized_text, encoded)
        return not gate.isdisjoint(view.split())

    def matching_ranges(self, normalized_text: str, ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """The ranges of the text in which a phrase can occur (those whose slice ``could_match``)."""
        view, gate = self._view(normalized_text)
        return [(b, e) for b, e in ranges if not gate.isdisjoint(view[b:e].split())]

    def arabic_runs(self, normalized_text: str, ranges: Iterable[tuple[int, int]]) -> list[str] | list[bytes]:
        """The normalized forms of the Arabic tokens ``tokenize`` would make in the ranges, in order (in
        code page 1256 bytes where the text can be encoded), found without tokenizing.

        An Arabic token is a maximal run of Arabic letters, so turning every other character to a
        space and splitting gives exactly those tokens. Between two consecutive runs there is either
        nothing but whitespace (they are consecutive tokens) or a token that is no Arabic word. The
        gate view (the text last seen by ``could_match``) is reused: punctuation is a space there already.
        """
        view, _ = self._view(normalized_text)
        if not isinstance(view, bytes):
            return [w for b, e in ranges for w in ARABIC_RUN.findall(normalized_text, b, e)]
        view = view.translate(_CP_ARABIC)
        return b" ".join([view[b:e] for b, e in ranges]).split()

    def opening(self, norm: str | bytes) -> bool | frozenset[str]:
        """What a token of this normalized form (str, or its code page 1256 bytes) may open: True for a
        phrase of one word, else the second words of the longer phrases it may open (empty: none).
        Memoized: asked only of the forms in ``_openers``, a fixed set."""
        known = self._openings.get(norm)
        if known is None:
            seconds: set[str] = set()
            known = False
            for reading in readings_of(norm):
                for words, _, _ in self._index.get(reading, ()):
                    if len(words) == 1:
                        known = True
                        break
                    seconds.add(words[1])
                if known:
                    break
            else:
                known = frozenset(seconds)
            self._openings[norm] = known
        return known

    def could_find(self, runs: Sequence[str] | Sequence[bytes]) -> bool:
        """False when ``find`` would find no phrase in the tokens whose Arabic words are ``runs``
        (:func:`arabic_runs`): no run opens a phrase of one word, and none that opens longer phrases
        is followed by a run with one of their second words among its readings.

        Exact as a gate: every phrase word is Arabic, so a phrase starts at an Arabic token and its
        second word is the next token, which is either the next run or a token that is no Arabic word
        (and reads as no phrase word). Only the runs in ``_openers`` (found in C) can open a phrase.
        """
        openers = self._openers_bytes if runs and isinstance(runs[0], bytes) else self._openers
        last = len(runs) - 1
        for k in compress(count(), map(openers.__contains__, runs)):
            opens = self.opening(runs[k])
            if opens is True or (opens and k < last and not opens.isdisjoint(readings_of(runs[k + 1]))):
                return True
        return False

    def find(self, tokens: Sequence[Token], *, overlapping: bool = False) -> list[PhraseMatch[T]]:
        """Phrases in ``tokens``, left to right; the longest at each place, no overlaps unless asked."""
        out: list[PhraseMatch[T]] = []
        n = len(tokens)
        # Only tokens with a reading that starts a phrase are examined. Which ones, and the phrases each
        # of their readings opens, is looked up in C, by normalized form (a token's readings are those
        # of its normalized form, as tokenize makes them), in a memo filled as forms are first met.
        known = self._starts
        norms = list(map(_NORM, tokens))
        openings = list(map(known.get, norms))
        if None in openings:
            if len(known) > 200_000:  # the tokenizer's bound: the event sentences of the 31,030 benchmark
                known.clear()  # articles hold some 145,000 forms, and a smaller memo was cleared thrice a pass
            for k in compress(count(), map(is_, openings, repeat(None))):
                openings[k] = known[norms[k]] = self._openings_of(tokens[k].variants)
        after = 0  # the first token a match may start at (past the last match)
        for i in compress(count(), openings):
            if i < after:
                continue
            best: PhraseMatch[T] | None = None
            following = tokens[i + 1].variants if i + 1 < n else ()  # the second word's readings
            for entries, seconds in openings[i]:
                if seconds is not None and seconds.isdisjoint(following):
                    continue  # في, من, عن open many phrases, and most are followed by none of them
                for words, phrase, payload in entries:
                    last = i + len(words) - 1
                    if last >= n or (best is not None and last <= best.last):
                        continue
                    if last == i or (words[1] in following and (last == i + 1 or all(
                            words[k] in tokens[i + k].variants for k in range(2, len(words))))):
                        best = PhraseMatch(i, last, tokens[i].start, tokens[last].end, phrase, payload)
                        break  # entries are longest first
            if best is None:
                continue
            out.append(best)
            after = i + 1 if overlapping else best.last + 1
        return out

    def _openings_of(self, variants: tuple[str, ...]) -> tuple[tuple[list, frozenset[str] | None], ...]:
        """For each reading of a token (in order) that opens phrases: their index entries (longest first),
        and the second words they go on with where every one of them has several words (else None)."""
        index, seconds = self._index, self._seconds
        return tuple((index[reading], seconds.get(reading)) for reading in variants if reading in index)
