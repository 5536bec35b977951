"""Earlier phases: a capture its own clause places in an earlier phase of the war is historical.

"Government forces previously retook A and B", "A, B and C were liberated previously", "the district, previously
captured by the rebels", "Russia captured it in the early part of the war", "Taken at the beginning of his campaign, X
overlooks the pass", "The army took X early in the offensive", "earlier in the campaign": the verb's own modifier says
the change belongs to a phase before the report's news, with no date to weigh.

Only the change verb's own modifiers count (and those of the verb it is joined to): "It was previously reported that
rebels had taken X" dates the report, "X, previously held by the rebels, was retaken on Tuesday" the hold, so both
leave the capture to the other checks. "Earlier in the day" or "in the week" stays the news cycle, and so do an offensive's "first days" (realgrammar's
r23-011: the capture may be the day's news), a bare "earlier"
(wire copy's "rebels earlier seized X" in a developing story) is not read, and a sentence that names the news's day is
the caller's.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["earlier_phase"]

# a phase of a war, not of the news cycle ("earlier in the day", "earlier this week" stay the news)
_PHASES = r"(?:war|conflict|campaign|offensive|counteroffensive|counter-offensive|operation|fighting|battle|siege|uprising|insurgency|invasion|crisis|revolution|year)"
_PHASE = re.compile(
    r"(?:(?:early|earlier)\s+in\s+the\s+" + _PHASES + r"\b"
    r"|(?:at|in|during)\s+the\s+(?:very\s+)?(?:start|beginning|outset|early\s+(?:part|stages?|months|phase)"
    r"|first\s+(?:few\s+)?(?:months|year|phase))\s+of\b)"
)
_ADVERBS = frozenset({"previously", "formerly"})


def _placed_earlier(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _ADVERBS and c.i <= verb.i + 1:
            return True  # (right beside the verb: "seized X, previously under Z's control" is the place's past hold)
        if c.dep_ in ("prep", "advmod") and _PHASE.match(" ".join(t.lower_ for t in c.subtree)):
            return True
        if c.dep_ == "advmod" and c.lower_ in ("early", "earlier") and c.i + 1 < len(c.doc) and (nxt := c.nbor(1)).head == verb and (
            nxt.dep_ == "prep" and _PHASE.match(" ".join(t.lower_ for t in c.doc[c.i : nxt.right_edge.i + 1]))
        ):
            return True  # ("seized A and B in the northwest earlier in the offensive": the adverb and its "in" hang apart)
    return False


def earlier_phase(trigger: Token) -> bool:
    """Whether the change at ``trigger`` (or the verb it is joined to) carries a modifier that places it in an earlier
    phase of the war ("previously", "early in the war", "at the start of the offensive")."""
    verb = trigger
    for _ in range(3):
        if _placed_earlier(verb):
            return True
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head
    return False
