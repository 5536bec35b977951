"""Backstory clauses: a capture told only to say who a side is or what it had done before the news ("X is the largest
of the groups that routed the army from Y", "advanced into P, having seized A and B") is historical."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_backstory"]

# a copula's subject that only opens a cleft ("It was the rebels who seized X on Sunday"): the capture is the news
_EXPLETIVES = frozenset({"it", "there", "this", "that", "what"})
# "having" clauses that carry their own day stay the day's news ("having seized the airport on Sunday")
_TIME_ENTS = frozenset({"DATE", "TIME"})


def _perfect_participle(trigger: Token) -> bool:
    """"Z advanced into P, having seized A and B": a capture in a perfect participle clause, undated, under another
    verb's news."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBN" or trigger.head.i == trigger.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "having" for c in trigger.children):
        return False
    return not any(t.ent_type_ in _TIME_ENTS for t in trigger.subtree)


def _described_side(trigger: Token) -> bool:
    """"X is the largest of the groups that routed Y from Z": a capture in a relative clause of a copula's description
    of its subject (never a cleft's "It was X who ...")."""
    if trigger.dep_ != "relcl" or not any(c.tag_ in ("WDT", "WP") for c in trigger.children):
        return False  # ("Faizabad is the ninth capital to fall to the Taliban": a ranked fall is the news)
    noun = trigger.head
    for _ in range(3):  # "the groups" <- "of" <- "the largest" (attr)
        if noun.dep_ == "attr":
            break
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of":
            noun = noun.head.head
            continue
        return False
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lower_ not in _EXPLETIVES for s in subjects)


def is_backstory(trigger: Token) -> bool:
    """Whether the capture at ``trigger`` is told as a side's backstory, not as the news."""
    return _perfect_participle(trigger) or _described_side(trigger)
