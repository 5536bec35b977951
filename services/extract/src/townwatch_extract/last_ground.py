"""Last ground: "the last Islamic State pocket in Baghouz fell", "overran the militants' last holdout in Marawi"."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.syntax import prep_objects

__all__ = ["HELD_GROUND", "last_ground_towns"]

HELD_GROUND = frozenset("territory patch pocket enclave foothold stronghold bastion redoubt holdout".split())
"""The ground a side holds in a town, with no name of its own ("a pocket", "a foothold", "a stronghold")."""

_LAST = frozenset({"last", "final", "remaining"})
_AREA_AFTER = frozenset("province provinces region governorate state district countryside area".split())


def last_ground_towns(tok: Token) -> list[Token]:
    """The named towns a side's last ground lies in ("the last pocket of Islamic State territory in Baghouz", "the
    militants' last bastion in Marawi", "the last IS stronghold at X"): taking or losing the last of it is the town
    changing hands. Empty for ground not called the last ("an IS pocket in X" is a part of it), or ground in a
    province or a region ("the last rebel enclave in Daraa province")."""
    if tok.lemma_.lower() not in HELD_GROUND or not any(
        c.dep_ == "amod" and c.lower_ in _LAST for c in tok.children
    ):
        return []
    # ("the last pocket of IS territory": the tagger may read "IS" as a verb with the ground its attribute)
    holders = [tok, *(t for o in prep_objects(tok, ("of",)) for t in o.subtree if t.lemma_.lower() in HELD_GROUND)]
    return [
        p for t in holders for p in prep_objects(t, ("in", "at", "inside"))
        if p.pos_ == "PROPN" and not any(
            n.lower_ in _AREA_AFTER for n in p.doc[p.i + 1 : p.i + 2]
        ) and not any(c.lower_ in _AREA_AFTER for c in p.children)
    ]
