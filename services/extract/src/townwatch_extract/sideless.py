"""Changes told with no side named: a capture verb in the passive with no agent ("the town of X was captured on
Monday"), and a unit named only by its number ("The 93rd Brigade recaptured X")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from townwatch_extract.frames import Frame, conj_passive_subject
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import children, prep_objects

__all__ = ["numbered_unit", "sideless_passive"]

# Verbs that say the place changed hands whoever did it; "occupied" (a state: "the occupied town of X") and "taken"
# (an idiom verb: "was taken aback / to hospital") stay out
_SIDELESS_VERBS = frozenset("capture recapture seize retake overrun liberate".split())


def sideless_passive(frame: Frame) -> bool:
    """Whether ``frame`` is a finite passive of a capture verb with its place for subject and no agent: "The town of
    Bama was captured on Monday", "X has been recaptured". A reduced relative ("the town, captured in 2014") and an
    agent ("captured by Z", read as a side elsewhere) are not this."""
    trigger = frame.trigger
    if frame.nominal or frame.cls != TriggerClass.GAIN or frame.construction != "passive":
        return False
    shared = conj_passive_subject(trigger)  # "X was attacked, and completely captured on May 18"
    if trigger.lemma_.lower() not in _SIDELESS_VERBS or not (children(trigger, ("auxpass",)) or shared is not None):
        return False
    if _quoted(trigger):
        return False  # '"The village of X was captured," the military said': the speaker's own side or the enemy's
    return bool(children(trigger, ("nsubjpass",)) or shared is not None) and not prep_objects(trigger, ("by",)) and trigger.dep_ not in ("relcl", "acl")


def _quoted(trigger: Token) -> bool:
    """Whether ``trigger`` stands inside a direct quotation of its sentence."""
    before = trigger.doc.text[trigger.sent.start_char : trigger.idx]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


_UNIT_NOUNS = frozenset("brigade battalion regiment division corps".split())
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)?$", re.I)


def numbered_unit(tok: Token | None) -> bool:
    """Whether ``tok`` is an army unit named only by its number ("the 93rd Brigade", "the 10th Division"): the state
    forces of the country the place lies in (a unit of a named side carries the side: "Russia's 155th Brigade",
    "the MNDAA's 211 Brigade")."""
    if tok is None or tok.lemma_.lower() not in _UNIT_NOUNS:
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "nummod", "compound", "poss")]
    return any(_ORDINAL.match(c.text) for c in mods) and all(
        _ORDINAL.match(c.text) or c.lower_ in ("separate", "mechanized", "mechanised", "assault", "airborne", "infantry", "motorized", "armoured", "armored")
        for c in mods
    )
