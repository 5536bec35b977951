"""Site lists: one plural site noun over several names ("the A and B camps", "the X and Y military bases")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["listed_sites"]

# plural heads of sites a monitor lists by name before them (labelling.md, "Sites": bases, camps, airports, dams,
# oil fields, barracks, hills, the A and B mountains); a town's "A and B districts" or "A and B villages" are read elsewhere (frames.place_refs)
_PLURAL_SITES = frozenset("bases camps airports airfields airbases dams oilfields fields hills hilltops mountains refineries".split())
_NAME_DEPS = ("nmod", "compound")


def listed_sites(head: Token) -> list[Token]:
    """The names a plural site noun is written after, when they are a list ("seized the Battalion 319 and Saiqa 39
    Camps": Saiqa 39, the first name read on its own; "captured the Wadi al-Deif and Hamidiyah military bases": both):
    each a site of its own. Empty for one name ("the Hamidiyah bases") or no name ("the army's bases")."""
    if head.lower_ not in _PLURAL_SITES:
        return []
    names = [c for c in head.children if c.dep_ in _NAME_DEPS and c.i < head.i and c.pos_ == "PROPN"]
    listed = [*names, *(k for n in names for k in n.conjuncts if k.i < head.i and k.pos_ == "PROPN")]
    # "the Battalion 319 and Saiqa 39 Camps": the parse makes the plural the last conjunct of the first name, which
    # the frame reads on its own; the list is shown by the "and" before the name the plural holds
    coordinated = head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ == "PROPN"
    if len(listed) < 2 and not (coordinated and listed):
        return []
    return sorted(set(listed), key=lambda t: t.i)
