"""Cleared debris: what a side clears a place "of" when it is mines, rubble or snow, not the other side."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["debris_cleared"]

# "troops cleared Bulagana of mines", "engineers cleared the town of unexploded ordnance", "cleared the village of
# rubble": demining and clean-up, no side driven out (a monitor's "cleared X of Boko Haram" still is one)
_DEBRIS = frozenset(
    """mine landmine explosive ied ordnance uxo bomb booby trap device remnant rubble debris snow garbage trash waste
    weed water mud""".split()
)


def debris_cleared(tok: Token) -> bool:
    """True when ``tok`` (the object of "of" after "cleared X") is what engineers or workers remove: mines,
    explosives, unexploded ordnance, booby traps, rubble, debris, snow."""
    return tok.lemma_.lower() in _DEBRIS or tok.lower_ in _DEBRIS
