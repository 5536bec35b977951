"""Lede town: "Troops retook a Sunni town on Sunday ... Government forces entered Jurf al-Sakhar": the town a lede
takes without naming it is the town the next sentence says the same side entered, so the entry is that capture."""

from __future__ import annotations

from collections.abc import Sequence

from townwatch_extract.brief import is_brief
from townwatch_extract.context import ArticleContext
from townwatch_extract.entry import hold_denied
from townwatch_extract.entry_grounds import on_errand
from townwatch_extract.frames import RAID, Frame
from townwatch_extract.lexicon import SETTLED, TriggerClass

__all__ = ["entry_names_lede_town"]

# the nouns of an unnamed town a lede takes ("a town", "a Sunni town", "a key city"), never a region, a base or "areas"
_TOWN_NOUNS = SETTLED | {"capital"}


def _unnamed_town_taken(frame: Frame) -> bool:
    """A capture (not itself an entry waiting for its own confirmation) of "a town" the sentence does not name."""
    return (
        frame.cls in (TriggerClass.GAIN, TriggerClass.EXPEL) and not frame.pending and bool(frame.places)
        and all(r.anaphor and not r.definite and not r.count and r.token.lemma_.lower() in _TOWN_NOUNS for r in frame.places)
    )


def entry_names_lede_town(entry: Frame, prior: Sequence[Frame], ctx: ArticleContext) -> str | None:
    """The noun of the unnamed town ("town", "city") when the sentence before an entry (``prior``: its frames) tells
    the same side taking it, else None:
    "Iraqi soldiers retook control of a Sunni town seized by the militants, an official said. The official said that
    government forces entered Jurf al-Sakhar" -> the entry names the town retaken. Another side's capture ("Rebels
    seized a town. Troops entered X"), a town the lede names, or a lede's attack ("launched an assault on a town") say
    nothing of the entry, nor does an entry the sentence tells as a raid, an errand or short of holding the town."""
    trigger = entry.trigger
    if is_brief(trigger) or on_errand(trigger) or hold_denied(trigger.sent) or RAID.search(trigger.sent.text):
        return None  # "entered X briefly before withdrawing", "to deliver aid", "but have not yet seized it"
    taker = ctx.resolve_actor(entry.gaining, None)
    if taker is None:
        return None
    for frame in prior:
        if not _unnamed_town_taken(frame):
            continue
        side = ctx.resolve_actor(frame.gaining, None)
        if side is not None and (side.id == taker.id or side.id in taker.allies or taker.id in side.allies):
            return frame.places[0].token.lemma_.lower()
    return None
