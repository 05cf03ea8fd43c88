"""A country named as the one that strikes is its state's forces, not a place.

"شنت تركيا غارات على مواقع الحزب في شمال العراق" tells of Turkey's forces striking in Iraq: the
country right after a verb of force (شنت، قصفت، استهدفت، هاجمت ...: the verb comes first in Arabic,
its subject right after it) is the actor, ACLED's "Military Forces of Turkey", and the event does not
happen in Turkey. Only verbs of force name the military this way: after a verb of saying (أعلنت
تركيا) the country is its government, which the place recognizer already reads as no place.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

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
    starts = {t.start: k for k, t in enumerate(tokens)}
    kept: list[PlaceMention] = []
    forces: list[ActorMention] = []
    for p in places:
        k = starts.get(p.start)
        actor = None
        if (p.place is not None and p.place.feature == "country" and k and not tokens[k].prefix
                and _force_verb(tokens[k - 1])):
            actor = load_actors().generic("military", p.place.country, published)
        if actor is None:
            kept.append(p)
        else:
            forces.append(ActorMention(p.start, p.end, p.text, actor))
    return kept, forces


def _force_verb(token: Token) -> bool:
    word = token.norm
    if word[:1] in ("و", "ف") and word[1:] in _FORCE_VERBS:
        return True  # وشنت، فقصفت
    return word in _FORCE_VERBS
