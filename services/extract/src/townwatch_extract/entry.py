"""Entries told alone: "troops entered X" is a capture only when a sentence next to it says this side holds the town
("They are in total control of the town", "No fighting took place inside the town") or the other side left it."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from townwatch_extract.context import ArticleContext
from townwatch_extract.frames import Frame
from townwatch_extract.status import leaving_sides

__all__ = ["entry_confirmed"]

# the line after an entry: the side is in control of the town, or it went in without a fight
_TOWN = r"(?:it|the (?:town|city|village|area|district))\b"
_HOLDS = re.compile(
    r"\b(?:(?:are|is|were|was|now) (?:now |firmly |fully )?in (?:full |total |complete |effective )?control"
    r"(?: of " + _TOWN + r"|(?=\s*[.,;\"”]))"  # of the town entered, not of another one
    r"|(?:taken|took|seized|gained|established|have|has) (?:full |total |complete )?control (?:of|over) " + _TOWN +
    r"|no (?:fighting|resistance|clashes|shots?)\b(?! (?:was|were) expected)"
    r"|without (?:a |any )?(?:fight|fighting|resistance|firing a shot|a shot)|unopposed|unchallenged)\b"
)
# a neighbouring sentence in which a side pulled out, not one that calls the town someone's stronghold
_LEFT = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)? out|fled|abandon\w*|retreat\w*|vacat\w*|evacuat\w*)\b", re.I)


def entry_confirmed(
    frame: Frame, after: str, neighbours: list[Span], ctx: ArticleContext, names_other_place: Callable[[str], bool]
) -> bool:
    """Whether a sentence next to an entry makes it a capture: the next says the side holds the town, or one near
    it says another side than the one going in pulled out (of this town: "Russian units also withdrew from Izium"
    says nothing of the town entered)."""
    if _HOLDS.search(after.lower()):
        return True
    taker = ctx.resolve_actor(frame.gaining, None)
    names = {r.token.text.lower() for r in frame.places}
    for span in neighbours:
        if not _LEFT.search(span.text):
            continue
        if not any(n in span.text.lower() for n in names) and names_other_place(span.text):
            continue
        if any(taker is None or (side.id != taker.id and side.id not in taker.allies) for side in leaving_sides(span, ctx, None)):
            return True
    return False
