"""The town a country's possessive names: "the Democratic Republic of the Congo's eastern city of Goma".

A country whose name has an "of" in it ("the Democratic Republic of the Congo", "the Republic of the Congo") takes
its "'s" on the name's last word, and the small model then reads the country as the verb's object and the town's noun
phrase as the country's "of" object: "captured [the Democratic Republic] of [the Congo's eastern city of Goma]". The
place taken is the town the possessive introduces, never the country (a one-word country's "Ukraine's eastern town of
X" parses as the town phrase already).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLEMENT_KINDS
from townwatch_extract.syntax import prep_objects

__all__ = ["possessed_town"]

# the nouns a country's possessive introduces a town or a region with ("the Congo's eastern city of X", "the Congo's
# North Kivu province")
_TOWN_NOUNS = SETTLEMENT_KINDS | {"capital", "province", "region", "district", "territory", "port", "hub"}


def possessed_town(tok: Token) -> Token | None:
    """The town noun under an "of"-country's name when its possessive introduces one: "Republic" in "the Democratic
    Republic of the Congo's eastern city of Goma" gives "city" (whose own "of Goma" names the town)."""
    if tok.pos_ != "PROPN":
        return None
    for obj in prep_objects(tok, ("of",)):
        if obj.lemma_.lower() not in _TOWN_NOUNS or obj.pos_ == "PROPN":
            continue
        owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or not any(c.dep_ == "case" for c in owner.children):
            continue  # "the Republic of the city of X": no possessive, the country's own name
        return obj
    return None
