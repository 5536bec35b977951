"""Ongoing moves: a capture told as what a side's present, unfinished move came after is historical.

"After capturing A and B, the troops are trying to take C", "The insurgents are holding positions near C, following
their capture of A", "After the fall of A, rebel fighters are besieging C": the main clause is an attempt, a siege or
an attack, or a stand going on now, so the capture in the "after" / "following" phrase came before the report's news.
This is the present-tense twin of ``background.before_next_phase`` ("After capturing X, the group launched an
offensive") and of a perfect participle's backstory ("Having captured A, the rebels are closing in on C",
``backstory.py``).

Kept as news: a main clause that is a change itself ("After capturing A, they seized C"), an onward advance ("Troops
are advancing south after taking A", "are closing in on C": the same day's news, ``background._own_advance``), a past
main clause ("After capturing A, they attacked C on Tuesday": the caller's other checks decide), a present hold of what
was taken ("are trying to secure A after seizing it", "are now in control of A after taking it"), a headline, and a
sentence that dates the capture to the news's day or the day before (the caller's).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.background import after_clause
from townwatch_extract.lexicon import VERB_CLASSES

__all__ = ["ongoing_after"]

# nouns that name a capture in a "following the capture of X" phrase
_CAPTURE_NOUNS = frozenset(
    "capture recapture seizure fall takeover liberation conquest retaking overrunning occupation".split()
)
# words that introduce what the main clause came after
_AFTER = frozenset({"after", "following"})
# an attempt on another place ("are trying to take C", "seeks to take C")
_ATTEMPTS = frozenset("try attempt seek struggle aim prepare plan".split())
# what an attempt may do to the place just taken: keeping it is the capture's own news ("trying to consolidate")
_KEEPING = frozenset("consolidate secure hold keep defend clear stabilize stabilise restore maintain".split())
# a stand: "holding positions near C" (a hold of the town itself is the capture's news)
_STAND_OBJECTS = frozenset("position positions line lines ground outskirt outskirts".split())
_HOLD_VERBS = frozenset("hold control keep occupy man".split())
# a siege, an attack or a build-up on another place, still going on ("are besieging C", "are attacking C", "are massing
# near C"); an onward advance ("are advancing south after taking X", "pushing toward C") tells the capture as the same
# day's news (background._own_advance, the labels of lab34a to lab36), and a people's plight after a capture
# ("Residents are fleeing X after rebels seized it") is the capture's own news
_MOVES = frozenset("besiege encircle surround attack shell bombard target storm assault mass regroup threaten eye".split())


def _after_head(trigger: Token) -> Token | None:
    """The clause an "after" or "following" phrase holding ``trigger`` hangs on: a verb's ("after capturing X") or a
    capture noun's ("following their capture of X", "after the fall of X")."""
    found = after_clause(trigger)
    if found is not None:
        return found[1]
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in _CAPTURE_NOUNS:
        return None
    link = trigger.head
    if trigger.dep_ == "pobj" and link.dep_ == "prep" and link.lower_ in _AFTER:
        return link.head  # "after the fall of X" ("shortly after" keeps "after" as the preposition)
    if trigger.dep_ == "dobj" and link.lower_ == "following" and link.dep_ in ("advcl", "prep", "acl"):
        return link.head  # "following their capture of X", parsed as a participle
    return None


def _progressive(head: Token) -> bool:
    """"are trying", "is advancing", "were besieging" (a present or past progressive: a move still going on)."""
    return head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)


def ongoing_after(trigger: Token) -> bool:
    """Whether the capture at ``trigger`` is told in an "after" / "following" phrase of a main clause that is an
    unfinished move: an attempt on another place, a siege or an attack, or a stand (see the module's docstring)."""
    head = _after_head(trigger)
    if head is None or head.pos_ != "VERB":
        return False  # ("are now in control of X after taking it": a state the news tells)
    lemma = head.lemma_.lower()
    if lemma in _ATTEMPTS:
        if not (_progressive(head) or head.tag_ in ("VBZ", "VBP")):
            return False
        goal = next((c for c in head.children if c.dep_ == "xcomp"), None)
        return goal is not None and goal.lemma_.lower() not in _KEEPING
    if not _progressive(head):
        return False
    if lemma in _HOLD_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ in _STAND_OBJECTS for c in head.children)
    return lemma in _MOVES and lemma not in VERB_CLASSES
