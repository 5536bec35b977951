"""Control in: a note's "regained control in some parts of X", the place a control taken is "in" rather than "of"."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.syntax import prep_objects

__all__ = ["control_in_places"]

# a share of the place the control is in ("regained control in some parts of A and B districts")
_SHARES = frozenset("part parts most much half area areas".split())
_SETTLEMENTS = frozenset("district districts village villages town towns city".split())


def control_in_places(control: Token) -> list[Token]:
    """The named places a control taken is "in" when it is "of" or "over" nothing ("The LNA regained control in Abu
    Atni district", "took full control in parts of X"): the "in" hung on the noun or on its verb, and only a name or
    a share "of" a name, never a time ("in the morning", "in 2014") or a common noun ("in the area", "in a coup")."""
    objs = prep_objects(control, ("in",)) or (prep_objects(control.head, ("in",)) if control.dep_ == "dobj" else [])
    out = []
    for o in objs:
        if o.pos_ == "PROPN" and not o.like_num:
            out.append(o)
        elif o.lemma_.lower() in _SHARES and any(_named(x) for x in prep_objects(o, ("of",))):
            out.append(o)
        elif o.lower_ in _SETTLEMENTS and _named(o):
            out.append(o)  # "in Abu Atni district"
    return out


def _named(tok: Token) -> bool:
    """A name, or a settlement noun written with its names ("Abu Atni and Lithi districts")."""
    return (tok.pos_ == "PROPN" and not tok.like_num) or (tok.lower_ in _SETTLEMENTS and any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children
    ))
