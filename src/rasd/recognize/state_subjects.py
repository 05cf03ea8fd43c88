"""A country named as the one that strikes is its state's forces, not a place.

"شنت تركيا غارات على مواقع الحزب في شمال العراق" tells of Turkey's forces striking in Iraq: the
country right after a verb of force (شنت، قصفت، استهدفت، هاجمت ...: the verb comes first in Arabic,
its subject right after it) is the actor, ACLED's "Military Forces of Turkey", and the event does not
happen in Turkey. Only verbs of force name the military this way: after a verb of saying (أعلنت
تركيا) the country is its government, which the place recognizer already reads as no place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from operator import attrgetter

from rasd.model import ActorMention, PlaceMention, Token
from rasd.recognize.actors import load_actors
from rasd.text.normalize import normalize_word

__all__ = ["state_subjects"]

# Past-tense verbs of force in the feminine (a country is feminine: شنت تركيا، قصفت إسرائيل).
_FORCE_VERBS = frozenset(normalize_word(w) for w in (
    "شنت", "قصفت", "استهدفت", "هاجمت", "ضربت", "أغارت", "نفذت", "أطلقت", "دمرت", "اغتالت", "قتلت",
    "اعتقلت", "استعادت", "احتلت", "اجتاحت", "أسقطت", "توغلت", "اقتحمت",
))


def state_subjects(places: Sequence[PlaceMention], tokens: Sequence[Token],
                   published: date | None) -> tuple[list[PlaceMention], list[ActorMention]]:
    """The places that stay places, and the countries named right after a verb of force as the
    actors they stand for (their state's military, where the actor dictionary has one)."""
    kept: list[PlaceMention] = []
    forces: list[ActorMention] = []
    for p in places:
        actor = load_actors().generic("military", p.place.country, published) if _subject_of_force(p, tokens) else None
        if actor is None:
            kept.append(p)
        else:
            forces.append(ActorMention(p.start, p.end, p.text, actor))
    return kept, forces


def _subject_of_force(p: PlaceMention, tokens: Sequence[Token]) -> bool:
    """The place is a country named, with no proclitic, right after a verb of force (شنت تركيا), or
    before one as the subject of a clause after أن / إن (قالوا إن إسرائيل شنت غارة)."""
    if p.place is None or p.place.feature != "country":
        return False
    k = bisect_left(tokens, p.start, key=_START)  # the token the name starts, if one does
    if not (0 < k < len(tokens) and tokens[k].start == p.start and not tokens[k].prefix):
        return False
    if _force_verb(tokens[k - 1]):
        return True
    end = bisect_left(tokens, p.end, key=_START)  # the token after the name
    return (tokens[k - 1].norm in _THAT and end < len(tokens) and tokens[end].norm in _FORCE_VERBS)


_THAT = frozenset({"ان", "بان", "لان", "وان"})
"""أن / إن / بأن (normalized): the clause after them may open with its subject."""


_START = attrgetter("start")


def _force_verb(token: Token) -> bool:
    word = token.norm
    if word[:1] in ("و", "ف") and word[1:] in _FORCE_VERBS:
        return True  # وشنت، فقصفت
    return word in _FORCE_VERBS
