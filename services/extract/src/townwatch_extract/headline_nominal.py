"""A headline that is a capture noun and its town: "Liberation of Busra al-Sham", "Kurdish capture of Sinjar just a
start on beating IS"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from townwatch_extract.frames import SIDELESS_NOMINAL, Frame, place_refs
from townwatch_extract.lexicon import NOUN_CLASSES, TriggerClass
from townwatch_extract.syntax import prep_objects

__all__ = ["nominal_headline_frames"]

# the nouns a verbless headline names a capture with (never "loss" or "withdrawal": "Loss of Kherson" may be a
# feature on what the loss cost, "Withdrawal from X" a plan)
_CAPTURE_NOUNS = frozenset("capture recapture retaking liberation fall seizure takeover reconquest".split())
# a finite verb, a modal or a participle makes the noun part of a clause the frames read ("Liberation of Mosul begins",
# "Fall of X feared", "Capture of X would be a blow"); a gerund after the town is a comment ("just a start on beating Z")
_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})
# words that make the capture a prospect, a contest, a memory or a feature rather than the news: "Battle for ...",
# "Fall of Kabul: one year on", "Inside the fall of X", "Road to the liberation of X", "Lessons of the fall of X"
_NOT_NEWS = frozenset(
    """anniversary year years decade decades since ago remember remembering recalled memories history story stories
    inside lessons lesson road battle fight push race plan plans bid bids imminent near nearing looms looming threat
    threatens risk fears feared prospect prospects ahead before after toward towards how why what who whether if
    would will could might may should book film documentary review podcast opinion analysis explained within soon
    expected hours""".split()
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# what may stand before the noun in its own phrase: "the", a side's adjective or name ("Kurdish capture", "Taliban
# takeover"), a manner word ("abrupt retaking")
_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod"})


def _gainer_word(noun: Token) -> Token | None:
    """The side named before the noun ("Kurdish capture of X", "Taliban's takeover of X"), a capitalised word."""
    return next((c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i and c.text[:1].isupper()), None)


def nominal_headline_frames(doc: Doc) -> list[Frame]:
    """"Liberation of Busra al-Sham", "Fall of Palmyra", "Kurdish capture of Sinjar just a start on beating IS": a
    headline with no verb whose head is a capture noun with its town, the capture told as the news. The side is the
    one named on the noun ("Kurdish capture", "recapture of X by Z", "fall of X to Z"); with none, only a known town
    of a country at war counts (frames.SIDELESS_NOMINAL)."""
    words = [t for t in doc if not t.is_space and not t.is_punct]
    if any(t.tag_ in _CLAUSE_TAGS for t in words) or any(t.lower_ in _NOT_NEWS or _YEAR.fullmatch(t.text) for t in words):
        return []
    if "?" in doc.text:
        return []
    out: list[Frame] = []
    for noun in doc:
        if noun.dep_ != "ROOT" or noun.lemma_.lower() not in _CAPTURE_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(t.i < noun.i and not (t.is_space or t.is_punct) and (t.head != noun or t.dep_ not in _LEFT_DEPS) for t in doc[: noun.i]):
            continue  # the noun opens the headline, with only its own words before it
        places = [r for o in prep_objects(noun, ("of",)) for r in place_refs(o)]
        if not places or any(r.partial for r in places):
            continue
        cls = NOUN_CLASSES.get(noun.lemma_.lower(), TriggerClass.GAIN)
        frame = Frame(noun, cls, "nominal", places=places, nominal=True, needs_known=True)
        side = next(iter(prep_objects(noun, ("to",) if cls == TriggerClass.FALL else ("by",))), None)
        frame.gaining = side or (_gainer_word(noun) if cls == TriggerClass.GAIN else None)
        frame.losing = next(iter(prep_objects(noun, ("from",))), None) if cls == TriggerClass.GAIN else None
        if side is None and frame.losing is None:
            # a known town at war, its side the word before the noun when that names one ("Kurdish capture of X")
            frame.construction, frame.needs_known = SIDELESS_NOMINAL, False
        out.append(frame)
    return out
