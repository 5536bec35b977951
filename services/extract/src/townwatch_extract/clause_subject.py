"""A headline's second clause whose subject the parse joined to the first clause's object: "Russia takes X and Y hit".

Headlines drop the auxiliary of a second clause: "Russia takes Lysychansk and Kharkiv hit by missiles" is "... and
Kharkiv (is) hit". The small model reads "Kharkiv" as a conjunct of the object, so the capture would take both towns.
A conjunct place followed at once by a past participle or past verb of its own (not the trigger) is that clause's
subject: the town hit, shelled or besieged, never taken.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["clause_subject"]

# a participle that tells the conjunct taken too ("took X and Y captured"), never a clause of its own
_TAKING = frozenset("take capture seize retake recapture liberate free overrun occupy".split())


def clause_subject(place: Token, trigger: Token) -> bool:
    """Whether the conjunct place heads a reduced clause of its own ("... and Kharkiv hit by missiles")."""
    if place.dep_ != "conj" or place.i < trigger.i:
        return False
    end = max(t.i for t in place.subtree)
    if end + 1 >= len(place.doc):
        return False
    after = place.doc[end + 1]
    return after.i != trigger.i and after.tag_ in ("VBN", "VBD") and after.pos_ == "VERB" and after.lemma_.lower() not in _TAKING
