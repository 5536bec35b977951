"""Handed place: a town a deed gives a side, "the withdrawal hands Russia Lysychansk", "handed ISIS the city of X"."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.frames import Frame, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import negated_or_modal

__all__ = ["handed_frame"]

# a vote gives a party a city too ("the vote handed the opposition Istanbul"): no side took it by arms
_BALLOT = frozenset("vote votes voters voted election elections poll polls ballot ballots referendum seat seats".split())
# a leaving already done that a progressive tells as the news ("the withdrawal is handing Russia X"): never a plan,
# a deal or a talk, whose progressive is a prospect ("the deal is handing Russia X" stays quiet)
_LEAVINGS = frozenset("withdrawal pullout pull-out retreat collapse rout exit departure abandonment".split())


def _side_before(obj: Token) -> Token | None:
    """The side the small model hangs on the place as a compound ("hands Russia Lysychansk" parsed as one name): a
    capitalised word right before the place's own head, with no other word of the name before it."""
    first = next((c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1 and c.pos_ == "PROPN"), None)
    if first is None or any(c.dep_ == "compound" and c.i < first.i for c in obj.children):
        return None
    return first


def handed_frame(trigger: Token) -> Frame | None:
    """"The retreat handed Ukraine Kherson", "the collapse of the army handed ISIS the city of Mosul", a headline's
    "Withdrawal hands Russia Lysychansk": the town (the direct object) goes to the side (the indirect one). Never
    "handed over" (read elsewhere), a modal or negated hand-over, a vote's, or a gift that is no place ("handed Russia
    a defeat", "handed Ukraine weapons": no place under the object)."""
    if trigger.lemma_.lower() != "hand" or trigger.pos_ != "VERB" or trigger.tag_ not in ("VBD", "VBZ", "VBG", "VBP"):
        return None
    if negated_or_modal(trigger) or any(c.dep_ in ("prt", "auxpass") for c in trigger.children):
        return None
    if any(t.lower_ in _BALLOT for t in trigger.sent):
        return None
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    if not objs:
        return None
    obj = objs[-1]
    side = next((c for c in trigger.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")), None)
    if side is None and len(objs) == 2 and objs[0].pos_ == "PROPN":
        side = objs[0]  # "handed Russia Avdiivka" parsed as two objects: the first is the side
        side.dep_ = "dative"  # (the town's name, read from the names before it, must not carry the side)
    if side is None:
        # "the retreat hands Avdiivka to Russia"
        side = next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                     if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")), None)
    if side is None:
        side = _side_before(obj)
        if side is None:
            return None
        # the parse's one name "Russia Lysychansk" is two: the side is the verb's indirect object (the town's name,
        # read from its compounds, must not carry it)
        side.head, side.dep_ = trigger, "dative"
    places = place_refs(obj)
    if not places:
        return None
    frame = Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=side, needs_known=True)
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    frame.ongoing_ok = subj is not None and subj.lemma_.lower() in _LEAVINGS
    return frame
