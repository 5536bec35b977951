"""A town's people welcoming the side going in: "Jubilant crowds poured into the streets, greeting Ukrainian soldiers",
"residents cheered as the troops entered the city", "scenes of celebration on the streets of X as the fighters
entered": what makes an entry the capture it reports (entry.py), in the entry's own sentence, the next one, or, under
a headline's entry, the opening line. Never a welcome of news, a deal or a ceasefire, a homecoming parade, an
anniversary's celebration, or a raid the line tells."""

from __future__ import annotations

import re

__all__ = ["celebrates_other", "opening_line", "undone", "welcomed"]

_ARMED = r"(?:soldiers|troops|fighters|forces|rebels|army|militiamen|liberators|columns?|convoys?|tanks)"
_WELCOME = re.compile(
    r"\b(?:(?:jubilant|cheering|celebrating|rejoicing) (?:crowds|residents|people|locals|civilians|inhabitants)"
    r"|(?:scenes|shouts|sounds|tears) of (?:celebration|jubilation|joy)|\bin celebration\b"
    r"|(?:celebrations?|jubilation|cheering|cheers) (?:erupted|broke out)"
    r"|crowds (?:\w+ ){0,3}?celebrate"
    r"|(?:crowds|residents|people|locals|civilians|inhabitants|villagers) (?:\w+ ){0,3}?"
    r"(?:cheered|celebrated|rejoiced|ululated|danced|poured into the streets|took to the streets|lined the streets)"
    r"|(?:greet(?:ed|ing|s)?|welcom(?:ed|ing|es)?|hugg(?:ed|ing)|embrac(?:ed|ing)) (?:the |their |arriving |incoming |advancing |"
    r"victorious )?(?:[A-Z][\w-]+ |government |army |opposition |rebel |national )?" + _ARMED + r")\b",
    re.I,
)
# what the people celebrate that is no town taken, and a welcome home or a raid
_NOT_TAKEN = re.compile(
    r"\b(?:anniversary|ceremony|parade|festival|homecoming|welcome home|returning home|came home|elections?|victory in the "
    r"(?:election|vote|match|final)|ceasefire|truce|deal|agreement|raid\w*|incursion|foray)\b",
    re.I,
)
# the side going in driven back or leaving again: "but Russian forces pushed them out by evening" (a raid cheered)
_UNDONE = re.compile(
    r"\b(?:(?:push|pushed|pushing|drove|driven|drive|forced|force|beat|beaten) (?:\w+ ){0,2}(?:out|back)|withdr[ae]w\w*|"
    r"retreat\w*|pull(?:ed|s|ing)? (?:out|back)|repel\w*|repuls\w*|left the (?:town|city|village)|briefly)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’']?)\s")


def welcomed(text: str) -> bool:
    """Whether a sentence tells a town's people welcoming an armed side (or celebrating in the streets), and no side
    driven back or leaving in it."""
    return bool(_WELCOME.search(text)) and not _NOT_TAKEN.search(text) and not _UNDONE.search(text)


def celebrates_other(text: str) -> bool:
    """Whether a line's celebration is of something else than a town taken: an anniversary, a parade, a homecoming,
    an election, a deal, or a raid."""
    return bool(_NOT_TAKEN.search(text))


def undone(text: str) -> bool:
    """Whether a sentence tells a side driven back or leaving ("pushed them out by evening", "withdrew")."""
    return bool(_UNDONE.search(text))


def opening_line(body: str) -> str:
    """A body's first sentence (up to its first full stop followed by a space)."""
    m = _SENTENCE_END.search(body)
    return body[: m.end()] if m else body
