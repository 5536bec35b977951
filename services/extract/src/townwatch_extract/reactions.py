"""Reactions to a change told as a noun: "Putin hailed the fall of X" names the side that gained it, "the army
admitted the loss of X" the side that lost it."""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from townwatch_extract.syntax import subject_of

__all__ = ["reacting_side"]

# Whoever celebrates a change gained by it; whoever concedes a fall or loss lost by it.
_CELEBRATE = frozenset("hail celebrate welcome praise congratulate cheer tout laud salute applaud commend".split())
_CONCEDE = frozenset("acknowledge admit concede mourn lament confirm".split())
# Claiming a capture is the gaining side's voice ("Russia announced the capture of X").
_ANNOUNCE = frozenset("announce claim report".split())
_LOSS_NOUNS = frozenset({"fall", "loss", "withdrawal", "retreat"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal hangs on: as its object, or through "on"/"for" ("congratulated troops on the capture")."""
    tok = noun
    for _ in range(3):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
            return tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") and tok.head.head.pos_ == "VERB":
            return tok.head.head
        if tok.dep_ in ("conj", "appos") and tok.head is not tok:
            tok = tok.head
            continue
        return None
    return None


def reacting_side(noun: Token) -> tuple[Literal["gaining", "losing"], Token] | None:
    """The side that the verb governing ``noun`` makes its subject gain or lose, when the noun names none itself."""
    verb = _governing_verb(noun)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    subj = subject_of(verb)
    if subj is None and noun.dep_ == "nsubjpass":
        subj = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if subj is None:
        return None
    loss = noun.lemma_.lower() in _LOSS_NOUNS
    if lemma in _CELEBRATE:
        return ("gaining", subj)
    if lemma in _CONCEDE and loss:
        return ("losing", subj)
    if lemma in _ANNOUNCE and not loss:
        return ("gaining", subj)
    return None
