"""The side a verdict on a capture noun names: "The fall of X is a major blow to Y" (Y lost X), "a victory for Z".

A news report often tells a change only as its weight: the capture noun opens the sentence as the subject of a
present "is" whose attribute judges it (news_nominal.is_news_subject), and the judged side is the attribute's "to" /
"for" object ("a blow to Russia", "a setback for the army"). A blow or a defeat is the loser's, a victory or a boost the taker's.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

__all__ = ["comparison_since", "judged_side", "verdict_side"]

# verdicts that fall on the side that lost the place, and on the side that took it
_LOSING = frozenset("blow setback defeat humiliation embarrassment loss".split())
_GAINING = frozenset("victory success boost milestone achievement triumph win".split())
# words that make a verdict a comparison across time: "the most devastating blow since ...", "its biggest defeat since"
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})


def _verdict(trigger: Token) -> Token | None:
    """The attribute of the present "is" the capture noun is the subject of, when it is a verdict on a side."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in _LOSING | _GAINING), None)


def verdict_side(trigger: Token) -> tuple[Literal["gaining", "losing"], Token] | None:
    """("losing", Russia) for "The fall of X is a blow to Russia", ("gaining", Ukraine) for "The capture of X is a
    victory for Ukraine"; None when the verdict names no side ("is a turning point", "is a blow to peace talks" names
    no armed side the catalogue can read: the caller resolves the token)."""
    attr = _verdict(trigger)
    if attr is None:
        return None
    role: Literal["gaining", "losing"] = "losing" if attr.lemma_.lower() in _LOSING else "gaining"
    for prep in attr.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "for"):
            side = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if side is not None:
                return role, side
    return None  # ("the biggest Russian defeat": a people's adjective the catalogue reads as no side)


def comparison_since(since: Token) -> bool:
    """"is the most devastating blow to Russia since its retreat from Kyiv": a "since" that measures a superlative
    verdict against an earlier event dates that event, not the capture judged (never "Since the fall of X, ...")."""
    if since.lower_ != "since" or since.dep_ != "prep":
        return False
    attr = since.head
    if attr.dep_ != "attr" or attr.lemma_.lower() not in _LOSING | _GAINING:
        return False
    return any(
        c.tag_ in _SUPERLATIVE_TAGS or any(g.tag_ in _SUPERLATIVE_TAGS for g in c.children)
        for c in attr.children if c.dep_ in ("amod", "advmod")
    )


def judged_side(trigger: Token, side: Token | None) -> bool:
    """Whether ``side`` is the one a verdict on ``trigger`` names (the frame's only side came from the verdict): a lede
    that names who took the town says more ("Troops seized a key town ... The capture of the town of X is another blow
    to the insurgents": the troops took X, "the insurgents" is a word, not the side)."""
    judged = verdict_side(trigger)
    return side is not None and judged is not None and judged[1].i == side.i
