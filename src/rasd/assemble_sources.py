"""Who an article cites for its events (rasd.assemble): the sources a sentence's attribution cues
name (بحسب مصادر محلية، قال المرصد السوري، أفاد ناشطون), each once."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.model import ActorMention, CueMention, TimeRef, Token

__all__ = ["sources_of"]

_SOURCE_STOPS = frozenset({
    "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "في", "علي", "عن", "الي", "،", ",", ".", ":", "ل", "من",
    "مقتل", "اصابه", "الا", "لكن", "نقلا", "ما", "امس", "اليوم", "الليله", "صباح", "مساء", "ظهر", "فجر",
})


_RESUMPTIVE = frozenset({"فيه", "فيها", "عنه", "عنها", "بدوره", "بدورها", "بدورهم", "له", "لها", "به", "بها"})
"""Pronouns that may stand between a verb of telling and its subject (أعلنت فيه المقاومة، قال بدوره الجيش، وفق ما
أفادت به مصادر طبية)."""


_TOLD_NEWS = frozenset({"مقتل", "مصرع", "اصابه", "استشهاد", "سقوط", "وقوع", "اعتقال", "انفجار", "هجوم"})
"""The news a source gives, behind its ب (أفاد مصدر أمني بمصرع شخص): where the source's name ends."""


_RESPONSIBILITY = ("مسوولي", "مسئولي", "مسؤولي")
"""مسؤوليتهم: a claim of responsibility follows the claimant's name (أعلن متمردو حركة الشباب مسؤوليتهم)."""


def _source_phrase(cue: CueMention, tokens: Sequence[Token], actors: Sequence[ActorMention],
                   dates: Sequence[TimeRef]) -> str | None:
    """Who an attribution cue names: the actor right after it, or its next few words (a source
    word such as مصادر or ناشطون names the source itself, with the words that qualify it)."""
    k = cue.token + len(cue.text.split())
    def dated(t: Token) -> bool:  # the day a source spoke is no part of its name: قال يوم الاثنين متحدثون عسكريون،
        return t.norm == "يوم" or any(d.start <= t.start < d.end for d in dates)  # أفادت تقارير إخبارية الخميس بأن

    while k < len(tokens) and (tokens[k].norm in _RESUMPTIVE or dated(tokens[k])):
        k += 1  # في الوقت الذي أعلنت فيه المقاومة: فيه points back to the time, the source follows it
    begin = tokens[k].start if k < len(tokens) else cue.end
    for a in actors:
        if 0 <= a.start - cue.end <= 2 or (begin > cue.end and 0 <= a.start - begin <= 2):
            return a.actor.name_en if a.actor else a.text
    words: list[str] = [cue.text] if cue.cue == "source" else []
    for t in tokens[k : k + 6]:
        if t.norm in ('"', "'"):
            continue  # quotes around a name
        if (t.norm in _SOURCE_STOPS or dated(t) or t.stem in _TOLD_NEWS or t.stem.startswith(_RESPONSIBILITY)
                or not t.norm[0].isalnum() or len(words) == 4):
            break
        words.append(t.text)
    return " ".join(words) or None


def sources_of(cues: Sequence[CueMention], tokens: Sequence[Token], actors: Sequence[ActorMention],
               dates: Sequence[TimeRef] = ()) -> list[str]:
    """The distinct sources a sentence cites (بحسب مصادر محلية and مصادر محلية are one)."""
    out: list[str] = []
    for c in cues:
        if c.cue in ("attribution", "source"):
            phrase = _source_phrase(c, tokens, actors, dates)
            if phrase and not any(phrase in s or s in phrase for s in out):
                out.append(phrase)
    return out
