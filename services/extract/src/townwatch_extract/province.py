"""Provinces written as such: a name the text itself calls a province or a region is no town of that name."""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["called_area", "whole_area"]

_AREA_WORDS = frozenset({"province", "region", "governorate", "oblast"})
_WRITTEN = re.compile(r"\s(Province|Region|Governorate|Oblast)$")


def called_area(tok: Token, name: str) -> str | None:
    """The area noun the text gives the name ("Idlib Province"; "Kandahar and Helmand, the two largest provinces";
    "Helmand, a southern province"), or None when it calls it nothing of the kind."""
    if (m := _WRITTEN.search(name)) is not None:
        return m.group(1).lower()
    head, shared = tok, False
    while head.dep_ == "conj" and head.head.pos_ == "PROPN":
        head, shared = head.head, True  # "A and B, the two largest provinces": the apposition is the pair's
    for c in head.children:
        # (not "Manbij, Aleppo province": a province with a name of its own says where the place lies)
        if c.dep_ == "appos" and c.i > head.i and c.lemma_.lower() in _AREA_WORDS and (not shared or c.tag_ == "NNS") and not any(
            g.pos_ == "PROPN" for g in c.children
        ):
            return c.lemma_.lower()
    return None


# Words that say the whole of a province changed hands: "all of Nineveh province fell", "full control of X province",
# "the region of Jufra has been completely liberated".
_WHOLE = frozenset("all entire entirety whole full complete total completely fully entirely".split())


def whole_area(tok: Token) -> bool:
    """Whether the text says the whole of the area ``tok`` names was taken: a whole-word on the name, on the nouns and
    prepositions between it and its verb ("all of X", "full control of X"), or on the verb ("completely liberated")."""
    chain = [tok]
    while chain[-1].dep_ not in ("ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj") and chain[-1].head != chain[-1] and len(chain) < 6:
        chain.append(chain[-1].head)
    return any(t.lower_ in _WHOLE or any(c.lower_ in _WHOLE and c.dep_ in ("amod", "advmod", "det", "predet", "nmod") for c in t.children) for t in chain)
