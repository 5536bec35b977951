"""A town that gives itself up to a side: "Laukkai surrendered to the MNDAA", "X has surrendered to the Russians"."""

from __future__ import annotations

from spacy.tokens import Token

# what the small model calls a name that is no town: a people ("the Russians"), a date or a number; it calls most
# small towns organisations or persons, so a one-word "person" stays (a person is named with two words or more)
_NOT_TOWNS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def surrendered_town(trigger: Token) -> bool:
    """True when ``trigger`` is "surrender" told of a named town, with the side it gave itself up to: the town is the
    subject and "to Z" gains it, as "X fell to Z" (a garrison, a commander or a number of fighters surrendering is
    read elsewhere, and "X surrendered its weapons" has an object)."""
    if trigger.lemma_.lower() != "surrender" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "auxpass", "nsubjpass", "neg") for c in trigger.children):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_TOWNS:
        return False
    if subject.ent_type_ == "PERSON" and any(c.dep_ in ("compound", "flat", "appos", "poss") for c in subject.children):
        return False  # "Aung Naing surrendered to the MNDAA": a man, named with two words
    return any(o.dep_ == "pobj" for p in trigger.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children)
