"""Operation owner: the side an operation noun that takes a place belongs to ("a rebel offensive which captured X").

Wires let the operation do the taking: "faced with a sweeping rebel offensive which captured Hama on Thursday", "the
army's offensive, which retook X", "an offensive by the rebels captured X". Main read the noun itself as the side
and found none. The side is the operation's possessor, its "by"/"of" agent, or the word before it that names a side
("rebel", "Russian", "Ukrainian").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["OPERATION_NOUNS", "operation_owner"]

OPERATION_NOUNS = frozenset(
    "offensive counteroffensive counter-offensive advance assault push onslaught operation campaign blitz".split()
)


def operation_owner(tok: Token) -> Token | None:
    """The word naming whose operation ``tok`` is: "the army's offensive" (the army), "an offensive by the rebels"
    (the rebels), "a rebel offensive" / "the Russian offensive" (the modifier); None for any other noun."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in OPERATION_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our"):
            return c
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "of"):
            agent = next((o for o in c.children if o.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ in ("NOUN", "PROPN"):
                return agent
    return next((c for c in sorted(tok.children, key=lambda c: -c.i) if c.dep_ in ("amod", "compound") and c.i < tok.i
                 and (c.lower_ in ("rebel", "opposition", "insurgent", "jihadist") or (c.text[:1].isupper() and c.i > tok.sent.start))), None)
