"""A place declared taken in a small clause: "declared the city of X liberated", "pronounced X free", which the small
model parses as a clause of its own whose subject is the place; never a finite reported clause ("announced that X
had been retaken" is its own passive) nor one whose subject is a side ("declared its forces victorious")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["small_clause_place"]

# what makes the clause a finite one of its own: an auxiliary ("that X has been liberated") or a subordinator
_FINITE = frozenset({"aux", "auxpass", "mark"})


def small_clause_place(trigger: Token) -> Token | None:
    """The subject of a bare participle under "declare / announce / pronounce" ("declared the city of X liberated"),
    when nothing makes the clause finite: the place declared; else None."""
    if trigger.tag_ != "VBN" or any(c.dep_ in _FINITE for c in trigger.children):
        return None
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
        return None
    subject = subjects[0]
    if subject.i > trigger.i or subject.pos_ not in ("NOUN", "PROPN") or subject.i < trigger.head.i:
        return None  # (the place stands between "declared" and the participle)
    return subject
