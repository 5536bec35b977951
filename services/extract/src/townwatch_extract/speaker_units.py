"""Speaker's units: a bare "forces" or "the army" in a side's own report names that side's units.

"Libyan commander Khalifa Haftar says forces captured Derna", "An LNA commander reported that the army took the
district": a non-state side speaking of unnamed units means its own, when it calls itself by that noun (an alias of
it ends with the word: "Haftar's forces", "Libyan National Army", "Rapid Support Forces"). A state speaker's units
are read apart (context.py); a noun with any word of its own ("government forces", "Syrian troops", "the regime's
army") says whose it is and is never taken here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Token

from townwatch_extract.actors import ActorEntry
from townwatch_schemas import ActorKind

if TYPE_CHECKING:
    from townwatch_extract.context import ResolvedActor

__all__ = ["own_units"]

_UNIT_NOUNS = frozenset({"forces", "troops", "army", "fighters", "units"})


def own_units(tok: Token, toks: list[Token], speaker: ResolvedActor, entries: Mapping[str, ActorEntry]) -> ResolvedActor | None:
    """The speaker, when ``tok`` is a bare unit noun (with at most "the") its aliases end with; else None."""
    if speaker.kind != ActorKind.NON_STATE or tok.lower_ not in _UNIT_NOUNS:
        return None
    if any(t.i != tok.i and t.lower_ != "the" for t in toks) or any(c.dep_ != "det" for c in tok.children):
        return None
    if not (tok.dep_ == "nsubj" or (tok.dep_ == "pobj" and tok.head.lower_ == "by")):
        return None  # the taker only: "forces captured X", "X was taken by forces"
    entry = entries.get(speaker.id)
    if entry is None or not any(a.split()[-1].lower() == tok.lower_ for a in (entry.name, *entry.aliases)):
        return None
    return speaker
