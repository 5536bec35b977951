"""Headline circumstance: a capture noun set in a headline's "amid / with / after" phrase ("amid RSF's El-Fasher takeover")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from townwatch_extract.actors import packaged_catalogue
from townwatch_extract.frames import Frame, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import prep_objects
from townwatch_schemas import ActorKind

__all__ = ["circumstance_frames"]

# A headline tells the day's capture as the circumstance of its main clause: "NGOs warn of genocide amid RSF's
# El-Fasher takeover", "Taliban continue onslaught with capture of Faizabad", "Residents flee after Islamic State
# takeover of Palmyra" (spent headline sets lab35 and lab36; the "after Z claims control of X" of lab35 is the same
# circumstance with a verb). The side is named on the noun (a possessive, a name before it) or, after "with", is the
# main clause's subject; with no side the phrase is left alone ("ten years after the fall of Mosul").
_NOUNS = frozenset("capture recapture takeover seizure liberation retaking".split())
_PREPS = frozenset({"amid", "with", "after", "following"})
# words that make the capture a fear, a plan, a memory or a prospect ("amid fears of ...", "with capture of X in
# sight", "years after ...")
_NOT_NEWS = frozenset(
    """anniversary year years decade decades since ago remember remembering memories fear fears feared threat threats
    threatened bid plan plans planned risk risks attempt attempts attempted would will could might may should prospect
    prospects possible imminent looming sight mind goal aim aims hope hopes eye eyes nears nearing near vow vows
    vowed failed fails foiled thwarted""".split()
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _side_on(noun: Token) -> Token | None:
    """The side named on the noun: "RSF's (El-Fasher) takeover", "Islamic State takeover", "Houthi takeover"."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.text[:1].isupper()), None)
    if poss is not None:
        return poss
    # (never a demonym adjective alone: "amid Chinese takeover of Piraeus port" is a purchase)
    return next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and c.text[:1].isupper()), None)


def _noun_follows(name: Token) -> bool:
    """"capture of Chibok schoolgirls" (the parse may hang the noun elsewhere): a common noun right after the name."""
    nxt = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower()


def _armed_group(side: Token) -> bool:
    """Whether the side's words name an armed group the catalogue knows ("RSF", "Islamic State", "Houthi",
    "Taliban"): a state's army, police or marines ending a manhunt "with capture of X" (a man) are left out."""
    text = side.doc[side.left_edge.i : side.i + 1].text
    return any(m.actor.kind == ActorKind.NON_STATE and not m.actor.id.startswith("x-") for m in packaged_catalogue().find(text))


def circumstance_frames(doc: Doc) -> list[Frame]:
    """Captures told as a headline's circumstance, with their side and their town."""
    if "?" in doc.text or any(t.lower_ in _NOT_NEWS or _YEAR.fullmatch(t.text) for t in doc):
        return []
    out: list[Frame] = []
    for noun in doc:
        if noun.lower_ not in _NOUNS or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in _PREPS:
            continue
        side = _side_on(noun)
        # the object is the town itself or "the town of X" (never "capture of Chibok schoolgirls": people of a town)
        places = [
            r for o in prep_objects(noun, ("of",)) for r in place_refs(o)
            if (r.token.i == o.i or r.token.head.head.i == o.i) and not _noun_follows(r.token)
        ]
        if not places and side is not None and side.dep_ == "poss":
            # "RSF's El-Fasher takeover": the town written between the possessive and the noun
            town = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > side.i), None)
            places = place_refs(town) if town is not None else []
        if side is None and noun.head.lower_ == "with":
            verb = noun.head.head if noun.head.head.pos_ == "VERB" else noun.head.head.head  # ("presses offensive with")
            if verb.pos_ == "VERB":
                side = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "Z continues ... with capture of X"
        if side is None or not places or any(r.token.i == side.i for r in places) or not _armed_group(side):
            continue
        losing = next(iter(prep_objects(noun, ("from",))), None)
        out.append(Frame(noun, TriggerClass.GAIN, "nominal", places=places, gaining=side, losing=losing, nominal=True, needs_known=True))
    return out
