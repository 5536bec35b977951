"""Titled plurals: the names a coder note lists before a capitalised plural place noun ("the A and B Districts")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["titled_plural"]

# a capitalised plural after a list of names, with the singular each name is: a monitor's "the Laithi and Buatni
# Districts", "the Bilal and Salam Neighborhoods" (the parser tags the plural as a name, NNPS, so the common noun's
# reading of "the A and B districts" never runs). Sites ("Camps", "Bases") are the site readings' own (sites.py).
_SINGULARS = {
    "districts": "district",
    "villages": "village",
    "towns": "town",
    "cities": "city",
    "neighborhoods": "neighborhood",
    "neighbourhoods": "neighbourhood",
    "quarters": "quarter",
    "localities": "locality",
}


def titled_plural(tok: Token) -> tuple[list[Token], str] | None:
    """The names listed before a capitalised plural place noun and the singular noun each is ("the Laithi and Buatni
    Districts" -> [Laithi, Buatni], "district"); None for any other token (a lowercase plural is frames' own reading,
    and a capitalised plural with a single name before it, "the Kurdish Villages", is read as the name it is)."""
    singular = _SINGULARS.get(tok.lower_)
    if singular is None or not tok.text[:1].isupper() or tok.tag_ != "NNPS":
        return None
    firsts = [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i]
    names = [n for f in firsts for n in (f, *(k for k in f.conjuncts if k.i < tok.i and k.pos_ == "PROPN"))]
    # "the Maqbanah and Mawza Districts": the parse may make the plural a conjunct of the first name, the last name
    # its modifier; the first name is then read on its own (its kind from the plural: place_list)
    listed = len(names) + (tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i)
    if not names or listed < 2:
        return None  # a list is what makes the plural: one name before it is a name of its own ("the Nuba Mountains")
    return sorted(set(names), key=lambda t: t.i), singular
