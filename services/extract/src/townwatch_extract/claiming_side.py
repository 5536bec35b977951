"""The claiming side of a headline's gerund: "RSF claims seizing el-Fasher" (the small model reads "claims" as a noun)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["claiming_side"]

_CLAIM_WORDS = frozenset({"claim", "claims"})


def claiming_side(trigger: Token) -> Token | None:
    """The side that claims the deed a gerund tells when the parse hangs the gerund on "claims" read as a noun, with
    the side a compound before it ("RSF claims seizing el-Fasher", "Houthis claim capturing X"); None otherwise (the
    verb "claims" with its own subject is read by the frame as it stands)."""
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("acl", "xcomp", "ccomp") or trigger.head.lower_ not in _CLAIM_WORDS:
        return None
    head = trigger.head
    return next(
        (c for c in head.children if c.dep_ in ("compound", "nsubj", "amod") and c.i < head.i
         and (c.pos_ in ("PROPN", "NOUN") or c.text[:1].isupper())),  # ("Houthis" tagged a determiner)
        None,
    )
