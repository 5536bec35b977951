"""The claiming side of a headline's gerund: "RSF claims seizing el-Fasher" (the small model reads "claims" as a noun)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["claimer_of_noun", "claiming_side"]

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


def claimer_of_noun(noun: Token) -> Token | None:
    """The side that claims a capture noun when the parse has lost the subject of "claims": "Sudanese paramilitary
    claims capture of X" hangs "paramilitary" on the verb as an adjective, "Ukrainian military claims capture of X" reads
    the whole line as one noun phrase with "claims" a compound of the capture; the word right before "claims" is the
    side (a claim with its own subject is read as it stands)."""
    head = noun.head
    claim: Token | None = None
    if noun.dep_ == "dobj" and head.lower_ in _CLAIM_WORDS and head.pos_ == "VERB":
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return None
        claim = head
    elif noun.dep_ == "ROOT":  # (never the subject of a verdict: "... claims capture of X is near")
        claim = next((c for c in noun.children if c.dep_ == "compound" and c.lower_ in _CLAIM_WORDS and c.i == noun.i - 1), None)
    if claim is None:
        return None
    before = claim.doc[claim.i - 1] if claim.i > 0 else None
    if before is None or before.head.i != claim.i or before.dep_ not in ("amod", "compound") or before.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    return before
