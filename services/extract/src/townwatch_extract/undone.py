"""Undone changes: a place taken and given up again by the same side in one report, which leaves it where it was.

The constructions, read from real wire copy (never copied here):

- the taker leaving in the same sentence: "seized parts of the town of X on Saturday and then withdrew to their
  hideouts", "overran the base but pulled out hours later";
- the capture told in a clause on the place the side leaves: "withdrew on Saturday from a village that they captured
  and held for several days";
- the withdrawal of a side that had only just come: "withdrew from an eastern town, one day after briefly occupying
  it".

Each is no change for a desk; a withdrawal with a taker ("the army retook X after the rebels withdrew"), a withdrawal
after a long hold ("after holding the city for nine months") and a capture whose side stays ("captured X and then
pushed on to Y") are. A capture told as brief with the other side's return after it ("briefly took over X before troops
returned") is left to the corpus's label (a change).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass

__all__ = ["undone"]

_LEAVE = frozenset("withdraw retreat leave abandon evacuate vacate flee".split())
_LEAVE_PARTICLES = {"pull": frozenset({"out", "back"}), "fall": frozenset({"back"}), "move": frozenset({"out"})}
_HOLD = frozenset({"hold", "control", "occupy"})
# the second verb told as what the same side did next ("and then withdrew", "but pulled out later")
_THEN = frozenset("then later afterwards afterward soon quickly again subsequently".split())
# a hold told as short: "one day after briefly occupying it", "held for several days" (not "after holding it for a year")
_SHORT = frozenset("briefly temporarily momentarily hours hour day days shortly just yesterday overnight".split())


def _leaves(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in _LEAVE:
        return True
    particles = _LEAVE_PARTICLES.get(lemma)
    return particles is not None and any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def _takes(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and (
        VERB_CLASSES.get(verb.lemma_.lower()) == TriggerClass.GAIN or verb.lemma_.lower() in _HOLD
    )


def _named_from(verb: Token) -> list[str]:
    """The proper names a leaving verb leaves ("withdrew from Y")."""
    return [
        t.text for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "out")
        for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.pos_ == "PROPN"
    ]


def _same_side(clause: Token) -> bool:
    """A clause told of the leaving side itself: no subject of its own ("after briefly occupying it"), or a pronoun
    ("that they captured"), and active ("after being overrun" is the other side's capture)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is None or subj.lower_ in ("they", "it", "we", "he", "she")


def _short(*tokens: Token) -> bool:
    return any(t.lower_ in _SHORT for tok in tokens for t in tok.subtree)


def undone(trigger: Token) -> bool:
    """Whether the change ``trigger`` tells is given up again by the same side in its own sentence."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    if _takes(trigger):
        taken = {t.text for t in trigger.subtree}
        for conj in trigger.conjuncts:
            # "seized X and then withdrew": the second verb shares the subject (a subject of its own is another side)
            if conj.i > trigger.i and _leaves(conj) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) and (
                any(c.dep_ == "advmod" and c.lower_ in _THEN for c in conj.children)
                or any(c.dep_ == "cc" and c.lower_ == "but" for c in trigger.children if c.i < conj.i)
            ):
                if all(name in taken for name in _named_from(conj)):  # not "took X and withdrew from Y"
                    return True
        head = trigger.head
        # "withdrew from a village that they captured": the clause on the place the side leaves
        return (trigger.dep_ == "relcl" and _same_side(trigger) and _short(trigger) and head.dep_ == "pobj"
                and head.head.lower_ in ("from", "out") and _leaves(head.head.head))
    if not _leaves(trigger):
        return False
    for tok in trigger.subtree:
        # "withdrew ..., one day after briefly occupying it": "after" hangs on the verb, or on the span before it (the
        # parser may hang "a day" on the town), with a gerund of the same side
        if tok.dep_ == "prep" and tok.lower_ == "after" and _short(tok.head if tok.head != trigger else tok) and any(
            g.dep_ == "pcomp" and _takes(g) and _same_side(g) and g.tag_ == "VBG" for g in tok.children
        ):
            return True
    for child in trigger.children:
        if child.dep_ == "advcl" and _takes(child) and _same_side(child) and _short(child) and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in child.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "out") and any(
            # "withdrew from a village that they captured and held for several days"
            c.dep_ == "relcl" and _takes(c) and _same_side(c) and _short(c)
            for o in child.children if o.dep_ == "pobj" for c in o.children
        ):
            return True
    return False
