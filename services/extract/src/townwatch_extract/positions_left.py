"""Positions left: the town a side's own positions stand in, when the side leaves all of them ("abandoned their positions in X").

A front report tells a withdrawal by the positions left: "Russian forces have completely abandoned their positions in
A and B", "the troops withdrew from their positions in the village of X", "pulled out of their last positions in X".
The side held the town through those positions and left it: the town is the place lost. Only the side's own positions
(possessed or definite, "all", "last", "remaining") placed "in" a named town count: "positions near / around / on the
outskirts of X" are no town left, "some / several / forward positions in X" are part of a front that holds, and
"positions in Donetsk region" name no town.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import ADMIN_NOUNS, PLACE_NOUNS
from townwatch_extract.syntax import prep_objects

__all__ = ["positions_town"]

_POSITION_NOUNS = frozenset({"position", "post"})
_WHOLE_WORDS = frozenset({"last", "remaining", "final", "all"})  # the modifiers that keep the positions whole


def _whole(positions: Token) -> bool:
    """Whether the positions are all the side had: its own or the definite ones, with no count and no part word."""
    mods = [c for c in positions.children if c.dep_ in ("amod", "nummod", "det", "predet", "quantmod", "compound")]
    owned = any(c.dep_ == "poss" for c in positions.children) or any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in mods)
    return owned and all(c.lower_ in _WHOLE_WORDS or (c.dep_ == "det" and c.lower_ == "the") for c in mods)


def positions_town(tok: Token | None) -> list[Token]:
    """The towns ``tok`` ("their positions in A and B") places the side's whole positions in: a name, or a
    settlement noun with its own name ("the village of X"); none for any other noun."""
    if tok is None or tok.lemma_.lower() not in _POSITION_NOUNS or tok.tag_ != "NNS" or not _whole(tok):
        return []
    out: list[Token] = []
    for place in prep_objects(tok, ("in",)):
        if place.pos_ == "PROPN":
            out.append(place)
        elif place.lemma_.lower() in PLACE_NOUNS and place.lemma_.lower() not in ADMIN_NOUNS and any(
            o.pos_ == "PROPN" for o in prep_objects(place, ("of",))
        ):
            out.append(place)
    return out
