"""Town centre: "took control of the city centre" after the city is named stands for that city, held in part."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["centre_anaphor"]

_CENTRES = frozenset({"centre", "center"})
_SETTLEMENTS = frozenset({"city", "town"})


def centre_anaphor(tok: Token) -> Token | None:
    """The "city" (or "town") of a definite "the city centre" with no "of" after it ("clashed with IS in Sirte and
    took control of the city center"): an anaphor for the town named before it, taken in part. None for
    "the city centre of X" (its town is named: frames reads the "of"), "a town centre", or any other noun."""
    if tok.lemma_.lower() not in _CENTRES or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "compound" and c.lower_ in _SETTLEMENTS and c.i == tok.i - 1), None)
