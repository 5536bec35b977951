"""Opponents: a side named by the state it fights ("forces opposed to President X") or by its country ("Syria's rebels").

Wires name an insurgent side by whom it stands against: "forces opposed to President Bashar al-Assad", "fighters
opposed to the government". Main read the head noun alone ("Forces": the place's state forces) and gave the capture
to the very state they fight; the parser also reads "opposed" as the sentence's verb ("Forces opposed to X have
captured Y": "captured" its conjunct). A country's possessive before a rebel noun ("Syria's rebels", "Myanmar's
insurgents") says where they fight, never that they are the country's army.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["POSSESSED_REBELS", "opposed_subject", "opposed_to_state"]

# "opposed to the regime", "opposed to President X", "opposed to the military junta", "hostile to the government"
_OPPOSED_STATE = re.compile(
    r"^\W*(?:opposed|opposing|hostile)\s+(?:to\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:president|prime\s+minister|regime|government|junta|state|army|military)\b",
    re.I,
)
_OPPOSING = frozenset({"oppose", "opposed", "opposing", "hostile"})

# the nouns a country's possessive names as fighters in that country, not its army ("Syria's rebels")
POSSESSED_REBELS = frozenset(
    "rebels rebel insurgents insurgent militants militant jihadists jihadist opposition guerrillas guerrilla "
    "separatists insurgency".split()
)


def _opposing_words(tok: Token) -> list[Token]:
    """The "opposed to X" of a side's noun: its modifier, or the verb the parser made of it right after the noun."""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in _OPPOSING and verb.i == tok.i + 1:
        to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        return [verb, *(t for p in to for t in p.subtree)]
    return [t for c in tok.children if c.dep_ in ("acl", "amod") and c.i > tok.i and c.lower_ in _OPPOSING for t in c.subtree]


def opposed_to_state(tok: Token) -> bool:
    """Whether a side's noun is set against the state: "Forces opposed to President X have captured Y", "fighters
    opposed to the government", "groups hostile to the junta"."""
    words = _opposing_words(tok)
    if not words:
        return False
    doc = tok.doc
    return _OPPOSED_STATE.search(doc[tok.i + 1 : max(t.i for t in words) + 1].text) is not None


def opposed_subject(tok: Token) -> Token:
    """The side's noun where the parser made "opposed" the clause's subject ("Forces opposed to X have seized Y":
    "opposed" a clausal subject with "Forces" its own subject); ``tok`` itself otherwise."""
    if tok.lower_ in _OPPOSING and tok.dep_ == "csubj":
        noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1 and c.pos_ == "NOUN"), None)
        if noun is not None:
            return noun
    return tok
