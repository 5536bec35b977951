"""Town centre: "took control of the city centre" after the city is named stands for that city, held in part."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["centre_anaphor", "owned_quarter"]

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


_OLD = frozenset({"old"})
_CORE = _CENTRES | {"downtown"}


def owned_quarter(tok: Token) -> Token | None:
    """The town a possessive names as the owner of its old city or centre, written in lower case ("90 percent of
    Mosul's old city retaken", "Raqqa's city centre", "Sirte's downtown"): that town, taken in part; None otherwise (a
    possessive of a country or a side is no town: the caller resolves the name)."""
    if not tok.text.islower():
        return None  # "Mosul's Old City" is a quarter's own name: an event under that name (labelling.md)
    low = tok.lemma_.lower()
    old = low in _SETTLEMENTS and any(c.dep_ in ("amod", "compound") and c.text in _OLD and c.i == tok.i - 1 for c in tok.children)
    core = low in _CORE
    if not (old or core):
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < tok.i), None)
