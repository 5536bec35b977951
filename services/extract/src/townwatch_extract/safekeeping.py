"""Safekeeping: "secured the town for the election", a side guarding a town it held, not taking it."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["secured_for"]

# A coder note's "Somali government forces secured the town of Hudur" reports the town taken (lexicon: "secured"
# with a settlement noun). The same verb also tells a side guarding a town it already held: "troops secured the town
# for the election", "secured the town ahead of the president's visit", "secured the town against further attacks",
# and not "secured the town after/during the offensive". A purpose, an occasion or a threat named after it says so.
_GUARD_PREPS = frozenset({"for", "ahead", "against"})


def secured_for(trigger: Token) -> bool:
    """Whether ``trigger`` (a form of "secure") names the purpose, occasion or threat of a guard after its object."""
    if trigger.lemma_.lower() != "secure":
        return False
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return any(c.dep_ in ("prep", "advmod") and c.lower_ in _GUARD_PREPS and c.i > trigger.i for h in heads for c in h.children)
