"""Locative names: a name that only says where the changed place lies, or how far away it is, is not the place.

The constructions, read from real wire copy (never copied here):

- the area the changed places lie in: "regained a number of towns in the Amhara region, which had fallen to Z" (the
  relative clause hangs on "region"), "X and Y in northeast Kivu came under rebel control" (the area after "in"
  hangs on a place the frame already names);
- the area a named district belongs to: "have taken over the Warduj district of Badakhshan": the place is Warduj;
- a distance reference: "retreated towards X, about 75 kilometres from Bangui".

A region that is itself the object keeps its event ("took full control of Shabwa province", "seized Panjshir").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.frames import Frame, PlaceRef
from townwatch_extract.lexicon import LOCATIVE_REGION_NOUNS

__all__ = ["placed_only"]

_AREA_NOUNS = LOCATIVE_REGION_NOUNS | frozenset("district township".split())
_DISTANCES = frozenset("kilometres kilometers km kms miles mile metres meters kilometre kilometer".split())


def _area_in(tok: Token, places: set[int]) -> bool:
    """``tok`` (or the area noun it names) hangs on "in" after a common noun ("towns in the Amhara region") or after a
    place the frame names ("X in northeast Kivu")."""
    head = tok.head if tok.dep_ == "compound" and tok.head.lemma_.lower() in LOCATIVE_REGION_NOUNS else tok
    if head.dep_ != "pobj" or head.head.lower_ != "in":
        return False
    owner = head.head.head
    if owner.i in places:
        return True
    named = head != tok or any(c.dep_ == "amod" and c.lower_ in _COMPASS for c in tok.children)
    # "towns in the Amhara region", "Masisi-Centre in northeast Kivu": an area named as one, after names or a plural
    return named and (owner.pos_ == "PROPN" or (owner.pos_ == "NOUN" and owner.tag_ in ("NNS", "NNPS")))


_COMPASS = frozenset(
    "north south east west northern southern eastern western northeast northwest southeast southwest "
    "northeastern northwestern southeastern southwestern central".split()
)


def _from_a_distance(tok: Token) -> bool:
    """"about 75 kilometres from Bangui": a distance reference."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "from" and (
        prep.head.lower_ in _DISTANCES or any(c.lower_ in _DISTANCES for c in prep.children)
    )


def _named_district(ref: PlaceRef) -> PlaceRef | None:
    """"the Warduj district of Badakhshan": the district named before its noun, not the area after "of"."""
    tok = ref.token
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if noun is None or noun.lemma_.lower() not in _AREA_NOUNS:
        return None
    own = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return replace(ref, token=own[-1], kind_noun=noun.lemma_.lower()) if own else None


def placed_only(frame: Frame) -> Frame:
    """The frame without the names that only locate its places; a district named before its noun stands for the area
    its "of" names."""
    if not frame.places:
        return frame
    at = {p.token.i for p in frame.places}
    kept: list[PlaceRef] = []
    changed = False
    for ref in frame.places:
        if ref.anaphor:
            kept.append(ref)
            continue
        if _from_a_distance(ref.token) or _area_in(ref.token, at - {ref.token.i}):
            changed = True
            continue
        if (own := _named_district(ref)) is not None:
            kept.append(own)
            changed = True
            continue
        kept.append(ref)
    return replace(frame, places=kept) if changed else frame
