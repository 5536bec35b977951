"""A withdrawal told done by who made it: "Russia completes withdrawal from X" (no "its" before the noun)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["COMPLETING_VERBS", "completing_side"]

COMPLETING_VERBS = frozenset({"complete", "finish"})
# a completion told as done or as a headline's present ("completed", "completes"); never "to complete", "will complete"
_DONE_OR_PRESENT = frozenset({"VBD", "VBN", "VBZ", "VBP"})
_SIDE_POS = ("NOUN", "PROPN")
# a source's verb after the headline's clause ("..., governor says")
_SOURCE_VERBS = frozenset({"say", "report", "claim", "confirm", "announce"})
# a completion still ahead ("complete withdrawal from X soon, officials say")
_PROSPECT = frozenset({"soon", "shortly", "later", "next", "within", "by"})


def _said(head: Token) -> bool:
    """"Syrian rebels complete withdrawal from X, governor says": the adjective read is the clause a source's verb
    after a comma governs (heads39)."""
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in _SOURCE_VERBS and head.head.i > head.i and not any(
        t.lower_ in _PROSPECT for t in head.subtree
    )


def completing_side(noun: Token) -> Token | None:
    """The side that completes the withdrawal ``noun`` (a leaving noun with no possessive): the subject of "completes"
    ("Russia completes withdrawal from X"), or, where the small model reads a plural's present "complete" as the noun's
    adjective ("Russian forces complete withdrawal from X", "Rebels complete withdrawal from X"), the noun before it.
    None for a withdrawal planned, denied or asked for ("to complete", "has not completed", "calls for a complete
    withdrawal")."""
    head = noun.head
    # (the small model may tag a plural's present "complete" an adjective at the root, its subject and object kept:
    # "Syrian rebels complete withdrawal from X")
    if noun.dep_ == "dobj" and head.lemma_.lower() in COMPLETING_VERBS and (
        head.tag_ in _DONE_OR_PRESENT or (head.tag_ == "JJ" and (head.dep_ == "ROOT" or _said(head)))
    ):
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in head.children):
            return None
        return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in _SIDE_POS), None)
    adjective = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ == "complete" and c.i == noun.i - 1), None)
    if adjective is None or any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    if noun.dep_ == "appos" and head.i == adjective.i - 1 and head.pos_ in _SIDE_POS:
        return head  # "Russian forces complete withdrawal from X"
    if noun.dep_ == "ROOT":
        return next((c for c in noun.children if c.dep_ in ("nmod", "compound", "nsubj") and c.i == adjective.i - 1 and c.pos_ in _SIDE_POS), None)
    return None
