"""A change a story's other news followed, dated a week back: "IS has killed hundreds after seizing X last week".

Wire copy opens on what happened since a capture ("has reportedly killed hundreds", "executed 20 people", "fled in
their thousands") and hangs the capture on it with "after", dated by its own "last week" or "last month": the capture
is the background of the day's news (labelling.md: "last week" is historical). Only when the verb the "after" hangs
on is no change itself (a change after a change is read by extractor._after_governor) and the date is the capture's
own, in its phrase before any other verb. Twins: the capture dated on the news day, the capture as the main verb
("Z seized X last week": the story's own news), "over the past week" (recency, not a week back).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from townwatch_extract.dates import TimeRef
from townwatch_extract.lexicon import VERB_CLASSES

__all__ = ["dated_after_change"]

# a week or a month back, as written ("over the past week" is the week up to the news: no background)
_BACK = re.compile(r"^(?:last\s+(?:week|month)|earlier\s+(?:this|in\s+the)\s+month)$", re.I)


def _after_main(trigger: Token) -> Token | None:
    """The verb an "after" phrase or clause holding ``trigger`` hangs on: "killed" in "killed hundreds after seizing X",
    "fled" in "thousands fled after they captured X"."""
    if trigger.dep_ == "pcomp" and trigger.tag_ == "VBG" and trigger.head.lower_ == "after" and trigger.head.dep_ == "prep":
        return trigger.head.head
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children):
        return trigger.head
    return None


def dated_after_change(trigger: Token, refs: list[TimeRef]) -> bool:
    """Whether ``trigger`` is a change told in an "after" phrase of another, non-change verb and dated "last week",
    "last month" or "earlier this month" in its own words."""
    main = _after_main(trigger)
    if main is None or main.pos_ not in ("VERB", "AUX") or VERB_CLASSES.get(main.lemma_.lower()) is not None:
        return False
    sent = trigger.sent
    lo = trigger.idx - sent.start_char
    for ref in refs:
        if ref.inline or ref.start < lo or not _BACK.match(sent.text[ref.start : ref.end]):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.i != trigger.i and lo < t.idx - sent.start_char < ref.start for t in sent):
            continue  # "after seizing X, they moved on last week": another verb's date
        return True
    return False
