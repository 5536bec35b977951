"""A headline's passive read as a past tense: "Palmyra recaptured by Syrian army", "Lalibela recaptured by Tigrayan forces".

The small model tags a headline's bare participle as a past tense when the participle and the past are spelt alike
("recaptured"), making the town the subject of an active verb with no object (and "by Z" a plain preposition). Such a
verb is the passive a headline writes without "was": a past-or-participle form at the root, a subject, no object, no
auxiliary, and a "by" whose object is a side (a noun or a name), not a time ("by nightfall", "by Sunday").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["headline_past_passive"]

# what "by" may name that is no side: a time, a means or a measure ("recaptured by dawn", "by force", "by 2 km")
_NOT_SIDES = frozenset(
    "night nightfall dawn morning noon midday afternoon evening midnight end weekend week month year time force "
    "surprise storm air land sea road foot car boat helicopter monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december".split()
)


def headline_past_passive(tok: Token) -> bool:
    """Whether ``tok`` is a headline's participle misread as an active past ("X recaptured by Z"; see the module)."""
    if tok.tag_ != "VBD" or tok.dep_ != "ROOT" or not tok.lower_.endswith("ed"):
        return False
    if not any(c.dep_ == "nsubj" for c in tok.children) or any(c.dep_ in ("dobj", "aux", "ccomp", "xcomp") for c in tok.children):
        return False
    by = [c for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"]
    return any(
        o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.lower_ not in _NOT_SIDES and not o.like_num
        for b in by for o in b.children
    )
