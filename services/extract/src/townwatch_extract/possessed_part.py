"""A town's part named with the town's possessive: "took Mosul's eastern half", "captured Aleppo's western districts".

Wire copy and headlines give the share of a town the side took as the town's possessive before a part noun as often
as with "of" ("the eastern half of Mosul"); with "of" the part reads as the town, in part, already. The possessive is
the same event: the town, held in part. Its outskirts lie outside it (labelling.md), and a country's or a region's part
("Ukraine's east") names no town: the caller resolves the owner as any other name, and a country is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import PARTIAL_NOUNS

__all__ = ["part_owner"]

# the part nouns a town's possessive takes ("Mosul's eastern half", "Aleppo's rebel-held districts"); never its
# outskirts (outside the town), nor a share or a count that needs its "of" ("Mosul's majority", "Aleppo's 40 percent")
_POSSESSED_PARTS = PARTIAL_NOUNS - frozenset(
    "outskirts most much majority percent per-cent % cent pc bank third thirds pockets pocket chunk".split()
)


def part_owner(tok: Token) -> Token | None:
    """The name whose possessive ``tok``, a part noun with no "of" object, belongs to: "Myrnohrad" in "Myrnohrad's
    southern part"; else None ("its southern part", "the city's east": no name)."""
    if tok.pos_ == "PROPN" or tok.lower_ not in _POSSESSED_PARTS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "Russia's share of Bakhmut": the "of" names the place
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is None or owner.pos_ != "PROPN" or not any(c.dep_ == "case" for c in owner.children):
        return None
    return owner
