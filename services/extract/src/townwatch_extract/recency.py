"""Recency descriptions: a capture a relative clause tells as recent ("X, which they captured recently") describes X.

A relative or participial clause that dates its change by a recent span, not a day ("the town of X, which they
captured recently", "another district recently taken by the army", "the port that was seized earlier this month",
"the rebels, who have taken three towns over the past few days, ..."), describes the place or the side the sentence
is about: the change is the setting of that sentence's news (a state, a threat, a return), told as background. The
same words in the sentence's own clause ("the army recently captured X", "in recent days the rebels took X") stay its
news: labels for those vary with the story, so only the describing clause is read here.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["recent_description"]

# the clause's own recency modifier, read from its words ("recently", "earlier this month", "in recent weeks",
# "over the past few days"); a named day ("on Monday", "last week") is dated by dates.py, not here
_RECENT_SPAN = re.compile(
    r"(?:recently|lately"
    r"|earlier\s+this\s+(?:week|month|year)"
    r"|in\s+recent\s+(?:days|weeks|months)"
    r"|(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+|\w+\s+)?(?:days|weeks|months))"
)
_DESCRIBING = frozenset({"relcl", "acl"})
_MODIFIERS = frozenset({"advmod", "npadvmod", "prep"})


def _clause(trigger: Token) -> Token | None:
    """The describing clause the change verb heads or is joined into ("which they seized and held recently")."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ in _DESCRIBING:
            return tok
        if tok.dep_ != "conj":
            return None
        tok = tok.head
    return None


def _recent(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in _MODIFIERS and _RECENT_SPAN.fullmatch(" ".join(t.lower_ for t in c.subtree)):
            return True
    return False


def recent_description(trigger: Token) -> bool:
    """Whether the change verb ``trigger`` sits in a relative or participial clause dated by a recent span."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    clause = _clause(trigger)
    return clause is not None and (_recent(trigger) or _recent(clause))
