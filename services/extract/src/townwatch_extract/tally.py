"""A war's tally as a place's description: "X, the only regional capital seized by Z since the invasion began"."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_tally_description"]

_RANKS = frozenset({"only", "first", "last", "sole", "single"})


def is_tally_description(trigger: Token) -> bool:
    """"The loss of Kherson, the only regional capital captured by Russia since it launched its invasion": a past
    participle on a ranked noun ("the only", "the first", "the largest") that counts from a "since" of its own
    describes the place by the war's tally, not by the day's news ("the only regional capital captured on Friday" is
    news)."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return False
    noun = trigger.head
    if not any(c.lower_ in _RANKS or c.tag_ == "JJS" for c in noun.children if c.dep_ in ("amod", "advmod")):
        return False
    return any(
        c.lower_ == "since" or any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in trigger.children
    )
