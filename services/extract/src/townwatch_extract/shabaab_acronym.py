"""Al-Shabaab's acronym: a coder note's "AS", which the small model reads as the conjunction or preposition "as"."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["acronym_after_to", "acronym_object", "acronym_sources", "acronym_subject"]

# Somali coder notes write al-Shabaab as "AS" ("AS took control of X", "X fell to AS militants"). Tagged as the word
# "as", the acronym hangs on the verb as a clause's marker (the verb left with no subject) or as a preposition beside
# "to" (the "to" left with no object). Only the acronym written in capitals right where the side stands is read so:
# a sentence's "As the army entered X, ..." keeps its conjunction.


def _acronym(tok: Token) -> bool:
    return tok.text == "AS" and tok.pos_ in ("SCONJ", "ADP") and tok.dep_ in ("mark", "prep")


def acronym_subject(verb: Token) -> Token | None:
    """"AS took control of X": the acronym right before a verb that has no subject of its own."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    return before if _acronym(before) and before.head.i == verb.i and before.dep_ == "mark" else None


def acronym_after_to(verb: Token) -> Token | None:
    """"X fell to AS militants": the acronym right after a "to" of ``verb`` that has no object."""
    for to in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and not any(o.dep_ == "pobj" for o in c.children)):
        nxt = verb.doc[to.i + 1] if to.i + 1 < len(verb.doc) else None
        if nxt is not None and _acronym(nxt) and nxt.head.i == verb.i:
            return nxt
    return None


def acronym_object(verb: Token) -> Token | None:
    """"SNA forces pushed AS militants out of X": the acronym right after a verb that has no object of its own."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or not _acronym(nxt) or nxt.head.i != verb.i or nxt.dep_ != "prep":
        return None
    return None if any(c.dep_ in ("dobj", "obj") for c in verb.children) else nxt


def acronym_sources(obj: Token) -> list[Token]:
    """"expelled AS militants from X": the place hung on the noun after the acronym ("militants from X")."""
    if obj.text != "AS":
        return []
    return [o for m in obj.children if m.dep_ == "pobj" for p in m.children if p.dep_ == "prep" and p.lower_ in ("from", "out")
            for o in (p.children if p.lower_ == "from" else (g for q in p.children if q.lower_ == "of" for g in q.children))
            if o.dep_ == "pobj"]
