"""Facilities: a state's works named by no kind of their own ("a military installation", "government infrastructure")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["FACILITY_NOUNS", "state_facility"]

# Nouns that name a work by no kind of its own: taken "in" a town, the town is the place a desk can map (as a base
# is, lexicon.INSTALLATION_NOUNS), but only when the words before them say whose or what works they are.
FACILITY_NOUNS = frozenset({"installation", "installations", "facility", "facilities", "infrastructure"})
# "a military installation in X", "government infrastructure in X", "the army's facilities in X", "oil installations in
# X"; never "a drug facility", "a storage facility", "port facilities" (a police raid, a firm's works)
_STATE_WORDS = frozenset(
    "military army government governmental state security defence defense naval navy air regime oil gas energy".split()
)
_OWNER_WORDS = frozenset({"army", "military", "government", "regime", "state", "ministry"})


def state_facility(tok: Token) -> bool:
    """Whether this facility noun names a state's or an army's works by its modifiers or its owner."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _STATE_WORDS:
            return True
        if c.dep_ == "poss" and (c.lower_ in _OWNER_WORDS or c.ent_type_ == "ORG"):
            return True
    return False
