"""Raid leaving: a side that leaves a place "after looting" it, told as the end of a raid rather than a loss."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["left_after_raid"]

# the leaving verbs a monitor closes a raid with ("withdrew from X after looting the market", "left the village after
# burning houses", "pulled out of X after abducting 12 civilians"); "retreat" has its own reading in the extractor
_LEAVING = frozenset("withdraw leave pull exit depart".split())
# what raiders do before they go; never a scorched-earth "after destroying the bridges" (a holder's withdrawal) or
# "after killing" (an operation told of either side)
_RAIDING = frozenset("loot pillage plunder ransack burn torch abduct kidnap rob steal rustle".split())


def left_after_raid(trigger: Token) -> bool:
    """True when the leaving verb's own "after" clause is a raid: "RSF fighters withdrew from X after looting the
    market", "the militants left the village after they burned houses". A leaving with no such clause ("withdrew
    from X after heavy fighting", "withdrew after two days of clashes") is left to the other readings."""
    if trigger.lemma_.lower() not in _LEAVING:
        return False
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "after":
            if any(c.dep_ == "pcomp" and c.lemma_.lower() in _RAIDING for c in child.children):
                return True
        elif child.dep_ == "advcl" and child.lemma_.lower() in _RAIDING and any(
            m.dep_ == "mark" and m.lower_ == "after" for m in child.children
        ):
            return True
    return False
