"""Coded elsewhere: what a monitor's note marks "(coded separately)", an event another of its rows records."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

__all__ = ["marked_coded_elsewhere", "told_coded_elsewhere"]

# A conflict monitor's coder writes one row per place and day, and marks what another row records: a second place
# ("took control of A town (X, Y) and B (coded separately)"), or the backstory of the place ("regained control over
# the area (Z initially gained control of the area around 15 November - coded separately)"). Neither is the news of
# the note at hand: the first is the other row's news, the second is an earlier change (its own row's).
_CODED = re.compile(r"\bcoded\s+(?:separately|as\s+(?:a\s+)?separate\s+events?|in\s+(?:a\s+)?separate\s+events?)\b", re.I)
_OPEN = {"(": ")", "[": "]"}
# a settlement noun between the name and the mark: "Daarle village (coded separately)"
_NOUNS = frozenset({"town", "village", "city", "area", "district", "locality", "neighbourhood", "neighborhood", "camp"})


def _enclosing(tok: Token) -> tuple[int, int] | None:
    """The token indices of the bracket pair around ``tok`` within its sentence (open, close), or None."""
    doc, sent = tok.doc, tok.sent
    depth = 0
    for i in range(tok.i - 1, sent.start - 1, -1):
        text = doc[i].text
        if text in (")", "]"):
            depth += 1
        elif text in _OPEN:
            if depth == 0:
                closer = _OPEN[text]
                depth_after = 0
                for j in range(tok.i + 1, sent.end):
                    if doc[j].text in _OPEN:
                        depth_after += 1
                    elif doc[j].text == closer:
                        if depth_after == 0:
                            return i, j
                        depth_after -= 1
                return i, sent.end
            depth -= 1
    return None


def told_coded_elsewhere(trigger: Token) -> bool:
    """True when the trigger stands inside a bracket the coder closes with "coded separately": "(RSF overtook the
    area on 21 June - coded separately)". A trigger outside any bracket, or in one with no such mark ("(the army
    said)"), is the note's own."""
    span = _enclosing(trigger)
    if span is None:
        return False
    return _CODED.search(trigger.doc[span[0] + 1 : span[1]].text) is not None


def marked_coded_elsewhere(doc: Doc, end: int) -> bool:
    """True when the place name ending before token ``end`` is followed by the coder's mark for another row: "and
    Daarle (coded separately)", "Ceel Qoxle village [coded separately]"."""
    i = end
    if i < len(doc) and doc[i].lower_ in _NOUNS:
        i += 1
    if i >= len(doc) or doc[i].text not in _OPEN:
        return False
    closer = _OPEN[doc[i].text]
    for j in range(i + 1, min(len(doc), i + 8)):
        if doc[j].text == closer:
            return _CODED.fullmatch(doc[i + 1 : j].text.strip()) is not None
    return False
