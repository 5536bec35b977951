"""Entries told with the capture still to come: "forces enter X in push to retake city", "troops entered X in a bid to
recapture it", "entered X to retake the town": the side went in to take the town, so the sentence says it does not
hold it yet (labelling.md, "Entered": an entry the report says is not yet control is no event).

Only a purpose aimed at the same town counts: "entered X in a push to retake Y" says nothing of X, and an entry told
with its outcome ("entered X after retaking it") is no purpose."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass

__all__ = ["entered_to_take"]

# the nouns a purpose hangs on: "in a push / bid / attempt / drive to retake the city"
_PURPOSE_NOUNS = frozenset("push bid attempt effort drive offensive operation move battle fight campaign".split())
# the town told again: "the city", "it", "the town"
_SAME_TOWN = frozenset("it city town village area district capital".split())


def _takes(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and VERB_CLASSES.get(verb.lemma_.lower()) == TriggerClass.GAIN and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _aims_at(verb: Token, names: set[str]) -> bool:
    """Whether the capture ``verb`` names the entered town: its object is "the city", "it" or the town's own name."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in _SAME_TOWN or any(t.lower_ in names for t in obj.subtree if t.pos_ == "PROPN"):
            return True
        if obj.lower_ == "control" and any(  # "to take control of the city"
            o.lower_ in _SAME_TOWN or o.lower_ in names for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "over")
            for o in p.children if o.dep_ == "pobj"
        ):
            return True
    return False


def entered_to_take(trigger: Token, names: set[str]) -> bool:
    """Whether the entry ``trigger`` into the town ``names`` (lower case) is told with the purpose to take that town."""
    for child in trigger.children:
        if child.dep_ in ("xcomp", "advcl") and _takes(child) and _aims_at(child, names):
            return True  # "entered X to retake the city"
        if child.dep_ == "prep" and child.lower_ in ("in", "as"):
            for noun in (o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in _PURPOSE_NOUNS):
                if any(a.dep_ == "acl" and _takes(a) and _aims_at(a, names) for a in noun.children):
                    return True  # "entered X in a bid to recapture it"
    return False
