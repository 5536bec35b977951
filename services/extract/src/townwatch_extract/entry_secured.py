"""Entry secured: "rolled into X and secured the city", "marched into X and declared it under their control"."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["secured_after_entry"]

# the town entered told again by its settlement noun (never a site: "secured the airport" holds the airport only)
_TOWN_NOUNS = frozenset("town city village capital settlement locality township".split())
# the verbs a side joins to its entry that say the town entered is now its own
_SECURING = frozenset({"secure"})
_DECLARING = frozenset({"declare", "proclaim", "pronounce"})
# what keeps the securing from being done: "to secure the city", "tried to secure", "could not secure"
_UNDONE = frozenset("not n't never would will could may might can should to".split())


def _the_town(obj: Token) -> bool:
    """The town entered told again as "it" or as a bare settlement noun ("the city"), never a site in it ("secured
    the airport", "the city's sea port") or another named place."""
    if obj.lower_ in ("it", "them"):
        return True
    return obj.lemma_.lower() in _TOWN_NOUNS and not any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in obj.subtree if c != obj)


def secured_after_entry(entry: Token, tok: Token) -> bool:
    """Whether ``tok``, a verb joined to the entry verb ``entry``, secures the town entered ("marched into Timbuktu and
    secured the city") or declares it under the side's control ("rolled into X and declared it under their control")."""
    if tok.dep_ != "conj" or tok.head != entry or tok.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    if any(c.lower_ in _UNDONE for c in tok.children if c.dep_ in ("neg", "aux", "auxpass")):
        return False
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in _SECURING:
        return any(_the_town(o) for o in objs)
    if lemma in _DECLARING:
        under = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "under"
                 for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() == "control"]
        return bool(under) and any(_the_town(o) for o in objs)
    return False
