"""Brought under control: "Z brought X under its control", "Z declared X under its control", "X was brought (back)
under government control (by Z)", "X was taken under control by Z", a capture told as the place put under a side's
control (never "brought the fire / the situation under control")."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.frames import Frame, place_refs
from townwatch_extract.lexicon import PLACE_NOUNS, TriggerClass
from townwatch_extract.syntax import (
    children,
    is_passive,
    negated_or_modal,
    prep_objects,
    subject_of,
)

__all__ = ["brought_under_frame"]

_CONTROL = frozenset({"control", "rule", "authority"})
# the owner words on "control" that name no side of their own: the subject (or the agent) is the side
_OWN = frozenset({"its", "their", "our", "full", "complete", "total", "effective", "firm"})
# a side named by a common word before "control" ("under government / rebel control"), read as control.py reads it
_HOLDER_WORDS = frozenset("government state regime army military junta rebel insurgent militant jihadist opposition separatist".split())


def _holder(control: Token) -> Token | None:
    """The side "control" names itself: "the control of Z", "Z's control", "government / Russian control"."""
    of = next(iter(prep_objects(control, ("of",))), None)
    if of is not None:
        return of
    for c in control.children:
        if c.dep_ == "poss" and c.lower_ not in _OWN:
            return c
        if c.dep_ in ("amod", "compound", "nmod") and c.i < control.i and c.lower_ not in _OWN and (
            c.text[:1].isupper() or c.lower_ in _HOLDER_WORDS
        ):
            return c
    return None


def _is_place(tok: Token) -> bool:
    """A named place or a place noun ("Qaryatain", "the town of X", "the villages of A and B"); never a thing brought
    under control ("the fire", "the situation in X", "the outbreak")."""
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in PLACE_NOUNS


def brought_under_frame(trigger: Token) -> Frame | None:
    """The frame of "bring" (or the passive "take") with "under ... control": the place is the object (or the passive's
    subject), the side the subject, the agent or the one "control" names. (The active "took X under control" is the
    bare "took X" frames.py reads.)"""
    lemma = trigger.lemma_.lower()
    if lemma not in ("bring", "take", "declare") or not (trigger.pos_ == "VERB" or trigger.tag_.startswith("VB")):
        return None
    if lemma == "declare" and (negated_or_modal(trigger) or is_passive(trigger)):
        return None  # ("Z declared X under its control": the side's own word that it holds the town; never "could declare")
    control = next((o for o in prep_objects(trigger, ("under",)) if o.lemma_.lower() in _CONTROL), None)
    if control is None:
        return None
    passive = is_passive(trigger)
    if lemma == "take" and not passive:
        return None
    held = next(iter(children(trigger, ("nsubjpass",) if passive else ("dobj",))), None)
    if held is None or not _is_place(held):
        return None
    if passive:
        gaining = next(iter(prep_objects(trigger, ("by",))), None) or next(
            (o for c in trigger.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None
        ) or _holder(control)
    else:
        gaining = _holder(control) or subject_of(trigger)
    places = place_refs(held)
    if gaining is None or not places:
        return None
    return Frame(trigger, TriggerClass.GAIN, "passive" if passive else "active", places=places, gaining=gaining, needs_known=True)
