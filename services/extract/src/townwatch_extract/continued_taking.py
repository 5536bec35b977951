"""Continued takings: an agentless passive told with "also" ("B was also captured") goes on with the taking before it.

"Russian forces took A on Friday. The village of B was also captured", "The army retook A. B and C were also
liberated, the ministry said": the passive names no agent, but "also" adds its place to the taking the text told
just before, so its taker is that taking's side (``PlaceMentions.taker_before`` with a verb of taking after the side).
Without a taking before it ("The army shelled A. B was also captured") no side is read, and an agent or a speaker
the sentence names decides as before; nor after a taking dated long before the story ("IS seized A in 2014. B was
also captured"): that is background, and the continuing clause is read as it would be without "also".
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from townwatch_extract.dates import find_time_refs, is_background_date
from townwatch_extract.frames import Frame
from townwatch_extract.lexicon import TriggerClass

__all__ = ["continued_at", "continues_taking", "dated_long_before"]

_ALSO = frozenset({"also", "too"})


def continues_taking(frame: Frame) -> bool:
    """Whether ``frame`` is an agentless passive of taking its own "also" adds to a taking told before it."""
    trigger = frame.trigger
    if frame.nominal or frame.cls != TriggerClass.GAIN or frame.construction != "passive" or frame.gaining is not None:
        return False
    if trigger.dep_ in ("relcl", "acl", "amod"):
        return False  # "the villages, also captured in 2014, ...": a description
    return any(c.dep_ == "advmod" and c.lower_ in _ALSO for c in trigger.children) or _as_well(trigger)


def _as_well(trigger: Token) -> bool:
    """"B was captured as well"."""
    return any(c.lower_ == "as" and any(w.lower_ == "well" for w in c.subtree) for c in trigger.children if c.dep_ == "advmod")


def continued_at(frame: Frame) -> int:
    """Where the continuing clause opens in its sentence (the side told before it must be named before that)."""
    return frame.trigger.left_edge.idx


def dated_long_before(before: str, published: dt.date | None) -> bool:
    """Whether the text of the taking before (its sentence up to the continuing clause) dates it before the story."""
    return any(is_background_date(r, published) for r in find_time_refs(before, published))
