"""Headline list: the later names of a headline's comma list of places taken ("Z seize A, B as W withdraws")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.actors import packaged_catalogue
from townwatch_extract.frames import Frame, PlaceRef
from townwatch_extract.lexicon import TriggerClass
from townwatch_gazetteer.countries import country_codes

__all__ = ["with_comma_tail"]

# A headline drops the "and" of a list: "Syrian government forces seize A, B as SDF withdraws", "Iraqi forces retake
# A, B from IS" (lab36 two headlines, the issue's "captured A, B and C"; wire headlines 2014-2016). The small model
# hangs B on A as an apposition and the event for B is lost. B counts when it is a bare name that ends the line or
# the clause ("from", "as", "after", "amid", a colon, a comma before the source): never the subject of a verb that
# follows ("retake X, Baghdad says", "seize X, Moscow welcomes gain"), a country ("X, Syria"), a side, or a name with
# words of its own ("X, Syria's second city").
_CLAUSE_ENDS = frozenset({",", "from", "as", "after", "amid", "following", "in", "on", ":", "-", "–", "—", "|", ";"})


def _tail_names(place: Token) -> list[Token]:
    doc = place.doc
    out: list[Token] = []
    for c in place.children:
        if c.dep_ != "appos" or c.pos_ != "PROPN" or c.i <= place.i or c.left_edge.i == 0 or doc[c.left_edge.i - 1].text != ",":
            continue
        if any(k.dep_ not in ("compound", "punct", "appos") for k in c.children if k.i < c.i) or any(
            k.i > c.i and k.dep_ != "appos" and not (k.dep_ == "prep" and k.lower_ in _CLAUSE_ENDS) for k in c.children
        ):
            continue  # ("X, Syria's second city", "X, home of Y"): a description, not a second name
        after = doc[c.i + 1] if c.i + 1 < len(doc) else None
        if after is not None and after.text not in _CLAUSE_ENDS:
            continue
        name = doc[c.left_edge.i : c.i + 1].text
        if name.casefold() in country_codes() or any(m.start == 0 and m.end == len(name) for m in packaged_catalogue().find(name)):
            continue
        out.append(c)
    return out


def with_comma_tail(frame: Frame) -> Frame:
    """``frame`` with the later names of its place's headline comma list (a capture's object only)."""
    if frame.cls not in (TriggerClass.GAIN, TriggerClass.EXPEL) or frame.nominal:
        return frame
    seen = {r.token.i for r in frame.places}
    extra = [
        PlaceRef(t, r.partial) for r in frame.places if not r.anaphor and r.token.pos_ == "PROPN"
        for t in _tail_names(r.token) if t.i not in seen
    ]
    return replace(frame, places=[*frame.places, *extra]) if extra else frame
