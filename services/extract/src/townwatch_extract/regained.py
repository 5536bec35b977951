"""Regained: "X retook Y after losing it" tells X's gain of Y, never X's loss of it.

The gerund of an "after" / "before" clause hung on a capture verb ("recaptured Tell Huwash after briefly losing
control over it during a rebel counterattack", "regained the town after withdrawing from it") reads as a change of
its own with the main clause's subject as the loser; merged with the main clause's reading, the same side came out
as the taker and the loser, or (the main clause's name missed) as the loser only. When the gerund's place is a
pronoun (the main clause's place again) and its loser is the main clause's subject, its reading is turned into that
subject's gain, the change the sentence tells as news. A gerund on another place ("took X after losing Y") is left.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.frames import Frame

__all__ = ["regained"]

_BEFORE_AFTER = frozenset({"after", "before", "since"})
_PRONOUNS = frozenset({"it", "them"})


def _governing_verb(trigger: Token) -> Token | None:
    """The verb an "after ...ing" clause hangs on: "recaptured" in "recaptured X after losing it"."""
    if trigger.tag_ != "VBG":
        return None
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in _BEFORE_AFTER:
        return trigger.head.head
    if trigger.dep_ == "advcl" and any(c.dep_ in ("mark", "prep") and c.lower_ in _BEFORE_AFTER for c in trigger.children):
        return trigger.head
    return None


def regained(frame: Frame, triggers: Collection[str]) -> Frame:
    """``frame`` as the main subject's gain when it is the loss an "after ...ing it" clause tells of a capture
    verb's own subject; else ``frame`` unchanged. ``triggers``: the lemmas of change verbs."""
    verb = _governing_verb(frame.trigger)
    if verb is None or frame.losing is None or verb.lemma_.lower() not in triggers:
        return frame
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i != frame.losing.i:
        return frame
    if not frame.places or not all(p.token.lower_ in _PRONOUNS for p in frame.places):
        return frame
    return replace(frame, gaining=frame.losing, losing=None)
