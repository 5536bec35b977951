"""Slipped control: a town that "slipped from" its holder's control or hands, the holder's loss told with the town
for subject ("Hama slipped from government control on Thursday", "the second major city to slip from Assad's
control", "Palmyra slipped out of the regime's hands")."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.frames import Frame, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import children, negated_or_modal

__all__ = ["SLIP_LEMMAS", "slipped_frame"]

SLIP_LEMMAS = frozenset({"slip"})
# what a holder has that a town slips from ("control", "hands", "grip", "grasp", "rule")
_HELD = frozenset({"control", "hands", "hand", "grip", "grasp", "rule"})
# the nouns a ranked slip hangs on ("the second major city to slip from X's control")
_RANKED = frozenset({"city", "town", "capital", "village", "stronghold", "one"})


def _held_noun(verb: Token) -> Token | None:
    """The holder's "control" / "hands" the verb's "from" / "out of" leads to, within the verb's own phrase."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.lemma_.lower() not in _HELD or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ == "from" or (prep.lower_ == "of" and any(t.lower_ == "out" for t in verb.doc[verb.i + 1 : prep.i])):
            return tok
    return None


def _holder(held: Token) -> Token | None:
    """"Assad's control", "the regime's hands", "government control", "Ukrainian control": the side that held it."""
    return next((c for c in held.children if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")), None) or next(
        (c for c in held.children if c.dep_ in ("amod", "compound") and c.i < held.i), None
    )


def _town_subject(verb: Token) -> Token | None:
    """The town that slipped: the verb's subject, or the subject of "became the Nth city to slip"."""
    subj = next(iter(children(verb, ("nsubj",))), None)
    if subj is not None:
        return subj
    noun = verb.head
    if verb.dep_ in ("acl", "relcl", "xcomp") and noun.lemma_.lower() in _RANKED and noun.dep_ in ("attr", "dobj", "oprd"):
        return next(iter(children(noun.head, ("nsubj",))), None)
    if verb.dep_ == "advcl" and noun.lemma_.lower() == "become" and any(
        c.dep_ == "attr" and c.lemma_.lower() in _RANKED for c in noun.children
    ):  # (the parse may hang the infinitive on "became": "X became the third town to slip from ...")
        return next(iter(children(noun, ("nsubj",))), None)
    return None


def slipped_frame(verb: Token) -> Frame | None:
    """The frame of "X slipped from Z's control": Z lost X (its taker is the war's other side). Never the ongoing
    "slipping from", a modal or a negation ("could slip", "did not slip"), nor a slip from anything but a holder's
    control ("slipped from the rankings", "slipped from view")."""
    if verb.tag_ == "VBG" or negated_or_modal(verb) or (verb.dep_ != "ROOT" and negated_or_modal(verb.head)):
        return None
    held = _held_noun(verb)
    subj = _town_subject(verb)
    if held is None or subj is None:
        return None
    holder = _holder(held)
    if holder is None:
        return None
    places = [r for r in place_refs(subj) if not r.anaphor or r.definite]
    if not places:
        return None
    frame = Frame(verb, TriggerClass.LOSE, "active", places=places, losing=holder, needs_known=True)
    if subj.head.i != verb.i:
        frame.anchor = subj.head  # the ranked slip's tense and mood are those of "became" (no purpose infinitive)
    return frame
