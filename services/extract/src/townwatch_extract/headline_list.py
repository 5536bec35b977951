"""Headline list: the other names of a headline's comma list of places taken ("Z seize A, B as W withdraws", "A, B
captured by Z")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.actors import packaged_catalogue
from townwatch_extract.frames import Frame, PlaceRef
from townwatch_extract.lexicon import TriggerClass
from townwatch_gazetteer.countries import country_codes

__all__ = ["with_comma_head", "with_comma_tail"]

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


# A headline's subject written as a comma list before its verb: "Kandahar, Herat captured by Taliban, Kabul next"
# (lab42b), "A, B fall to Russian forces", "A, B retaken from IS" (wire and live-page headlines 2014-2024, session
# 43). The small model hangs one name on the other (an apposition, or a compound of the verb) and the frame keeps one.
# The others count when the line, or its part after a label ("Big Breaking:", "Live |"), holds nothing before the verb
# but bare names joined by commas (an "and" before the last may stand) and the verb's own auxiliaries, the frame's
# place one of them: never a country or a side ("Russia, Ukraine ...": no town), never a name with words of its own.
_LABEL_ENDS = frozenset({":", "|", "-", "–", "—"})
_NAME_PARTICLES = frozenset("al el ad as ash ar an at az ez es ed".split())


def _opening_names(frame: Frame) -> list[Token]:
    """The head tokens of the bare names listed before ``frame``'s verb at the start of its headline, or []."""
    trigger = frame.trigger
    doc = trigger.doc
    start = trigger.sent.start
    for t in doc[start : trigger.i]:
        if (t.text in _LABEL_ENDS and t.tag_ != "HYPH") or t.is_space:
            start = t.i + 1  # (a label the reader blanked out stays a space)
    end = trigger.i
    while end > start and doc[end - 1].dep_ in ("aux", "auxpass"):
        end -= 1  # "A, B have fallen", "A, B are retaken"
    heads: list[Token] = []
    run: list[Token] = []
    for t in doc[start:end]:
        if t.text == "," or (t.lower_ == "and" and doc[t.i - 1].text != ","):
            if not run:
                return []
            heads.append(run[-1])
            run = []
        elif t.lower_ == "and":
            continue  # ", and"
        elif t.pos_ == "PROPN" or t.tag_ == "HYPH" or (t.lower_ in _NAME_PARTICLES and t.i + 1 < end and doc[t.i + 1].tag_ == "HYPH") or (
            t.text[:1].isupper() and t.pos_ in ("NOUN", "ADJ") and not t.text.isupper()
        ):
            run.append(t)
        else:
            return []
    if run:
        heads.append(run[-1])
    return heads if len(heads) > 1 else []


def with_comma_head(frame: Frame) -> Frame:
    """``frame`` with the other names of the comma list its headline opens with, its place one of them ("A, B
    captured by Z")."""
    if frame.nominal:
        return frame
    heads = _opening_names(frame)
    seen = {r.token.i for r in frame.places}
    if not heads or not any(h.i in seen for h in heads) or any(r.anaphor for r in frame.places):
        return frame
    doc = frame.trigger.doc
    extra = []
    for h in heads:
        if h.i in seen:
            continue
        first = h.i
        while first > 0 and doc[first - 1].text not in (",", "and") and doc[first - 1].text not in _LABEL_ENDS and not doc[first - 1].is_space:
            first -= 1
        name = doc[first : h.i + 1].text
        if name.casefold() in country_codes() or any(m.start == 0 and m.end == len(name) for m in packaged_catalogue().find(name)):
            return frame  # "Russia, Ukraine ...", "Hamas, Israel ...": sides, not towns
        extra.append(PlaceRef(h, frame.places[0].partial))
    return replace(frame, places=[*frame.places, *extra]) if extra else frame
