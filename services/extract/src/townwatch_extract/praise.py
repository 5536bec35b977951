"""Praise for a deed: "Putin congratulates troops for capturing X", "Zelensky thanks soldiers for liberating Y"."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["celebrated_on_arrival", "praised_deed", "praised_doer"]

# who is thanked, congratulated, praised or decorated "for" a deed did it: the praise presumes it done (never "blame",
# "criticise" or "accuse ... of", which may name a deed the speaker alleges, nor "pray", "hope" or "call for")
_PRAISE = frozenset(
    "congratulate thank praise hail salute commend honour honor decorate reward award applaud laud credit".split()
)


def _praise_verb(prep: Token) -> Token | None:
    """The praise verb a "for" phrase hangs on ("congratulates troops for ..."; the parse may hang it on the object)."""
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "npadvmod", "appos", "conj"):
        head = head.head
    return head if head.lemma_.lower() in _PRAISE and head.pos_ == "VERB" else None


def praised_deed(gerund: Token) -> Token | None:
    """The praise verb when ``gerund`` is the deed a side is praised for ("for capturing X"), else None."""
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or gerund.head.lower_ != "for":
        return None
    return _praise_verb(gerund.head)


def praised_doer(gerund: Token) -> Token | None:
    """Who did the praised deed when the praise names it: the praise verb's object ("congratulates Russian troops for
    capturing X"), or the subject of a passive praise ("Syrian army hailed for retaking X")."""
    verb = praised_deed(gerund)
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.tag_ == "VBN":
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or (verb.head if verb.dep_ == "acl" else None)
    if obj is None or not (obj.pos_ == "PROPN" or any(
        c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in obj.children
    )):
        return None  # "Putin congratulates the troops": a leader's own troops, his side (the subject) is the taker
    return obj


# a deed celebrated, marked or welcomed is presumed done as much as one praised
_CELEBRATE = _PRAISE | {"celebrate", "mark", "welcome", "commemorate"}


def celebrated_on_arrival(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` (a capture or liberation noun) is what ``verb`` celebrates or praises a side on, ``verb`` an
    infinitive of purpose after a visit told as done: "Abadi arrived in Mosul to congratulate the troops on the
    liberation of the city", "went to X to celebrate its capture" (the visit is done and the deed it marks with it;
    "vowed to celebrate the liberation of X" stays an aim: the head is no past visit)."""
    if verb.lemma_.lower() not in _CELEBRATE or verb.dep_ not in ("advcl", "xcomp") or verb.head.tag_ != "VBD":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return noun.head == verb or (noun.head.dep_ == "prep" and noun.head.lower_ in ("on", "for") and noun.head.head in (
        verb, *(c for c in verb.children if c.dep_ == "dobj")
    ))
