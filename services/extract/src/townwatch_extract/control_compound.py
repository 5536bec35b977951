"""Control compounds: "The Taliban seize control of X" misparsed as one noun phrase headed by "control"."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["verb_on_control"]

_CONTROL = frozenset({"control"})


def verb_on_control(verb: Token) -> Token | None:
    """The subject of a present-tense verb the small model reads as a compound on the "control" after it ("The
    Taliban seize control of the provincial capital of X": "Taliban" and "seize" both compounds of the root
    "control"). Returns that subject, or None: the verb must stand right before "control", which heads the clause,
    and a name or a noun right before the verb must hang on "control" too (never "the seize-control order")."""
    head = verb.head
    if verb.dep_ != "compound" or verb.pos_ != "VERB" or head.lower_ not in _CONTROL or head.i != verb.i + 1:
        return None
    if head.dep_ != "ROOT" or verb.i == verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ not in ("PROPN", "NOUN") or before.dep_ != "compound" or before.head.i != head.i:
        return None
    return before
