"""Foils of the news: a change told only as what came before the day's own change in the same sentence."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import VERB_CLASSES

__all__ = ["is_contrasted_nominal"]

# the words that turn a sentence from its setting to its news: "The capture of X by Z created an uproar; however, ..."
_CONTRAST = frozenset({"however", "nevertheless", "nonetheless", "yet"})


def _changes_after(clause: Token, start: int) -> bool:
    """The clause has a change done after ``start``: "Y captured A", "were able to make up for this loss by capturing A"
    (never a prospect: "Y vowed to retake it")."""
    return any(t.tag_ in ("VBD", "VBG") and t.i > start and t.lemma_.lower() in VERB_CLASSES for t in clause.subtree)


def _contrasted_change(verb: Token) -> bool:
    """A past clause after ``verb`` with a change in it that a contrast word or a "but" sets against ``verb``."""
    root = verb.head if verb.dep_ == "ccomp" else verb
    candidates = [root] if root.i != verb.i else [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    for cand in candidates:
        if cand.i <= verb.i or cand.tag_ != "VBD":
            continue
        contrast = next((c for c in (*cand.children, *verb.children)
                         if c.dep_ in ("advmod", "cc") and c.lower_ in (*_CONTRAST, "but") and verb.i < c.i <= cand.i), None)
        if contrast is not None and _changes_after(cand, contrast.i):
            return True
    return False


def is_contrasted_nominal(noun: Token) -> bool:
    """"The capture of Tadmor by Z created an uproar; however, Y captured A and B on Tuesday": a capture noun, subject
    of a past verb of what it brought about, that a contrast sets against a past change of the same sentence is the
    setting of that change, not the news (the day's news is the change after "however")."""
    if noun.dep_ != "nsubj" or noun.head.tag_ != "VBD" or noun.head.lemma_.lower() in VERB_CLASSES:
        return False
    if any(t.ent_type_ == "DATE" for t in noun.subtree):
        return False  # "The capture of X on Thursday created an uproar; however, ...": dated as the news, left to the dates
    return _contrasted_change(noun.head)

