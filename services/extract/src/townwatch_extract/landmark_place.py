"""Landmark places: a name a sentence gives only to say where another place lies, never a place taken itself.

The constructions, read from real wire copy (never copied here): "took the town of X, located about 60 kilometers
(37 miles) south of the capital, Y, and the surrounding hills" (the parse hangs Y on the coordination of the places
taken), "seized X, some 30 km from Y", "X, north-west of the provincial capital of Y".

A name every mention of which in its sentence stands after such a distance or bearing is no place of the change.
Left as they were: a bearing on a part of the place ("took the south of Y", "the areas south of Y were shelled" has no
change), and a name the sentence also gives in its own right ("took Y, 20 km south of Z, and then Z itself").
"""

from __future__ import annotations

import re

__all__ = ["only_landmark"]

# a bearing or a distance right before the name, with "the capital," / "the provincial capital of" between them
_BEARING = r"(?<!the\s)(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of"
_DISTANCE = r"(?:km|kms|kilomet(?:re|er)s?|miles?)(?:\s+\([^)]{0,30}\))?\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+)?(?:from|of)"
_BETWEEN = r"(?:\s+the(?:\s+\w+){0,2}?\s+(?:capital|city|town|provincial\s+capital|regional\s+capital|state\s+capital)(?:\s+of)?,?)?"
_BEFORE = re.compile(rf"(?:\b{_BEARING}|\b{_DISTANCE}){_BETWEEN}\s+(?:the\s+)?$", re.IGNORECASE)


# a clause on the landmark itself
_TOLD = re.compile(r"\s*,?\s*(?:which|where|that)\b", re.IGNORECASE)


def only_landmark(name: str, sentence: str) -> bool:
    """Whether every mention of ``name`` in ``sentence`` names where another place lies ("60 km south of Y")."""
    if not name:
        return False
    found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence, re.IGNORECASE))
    # "east of Y, which the army recaptured last Sunday": a landmark the sentence then tells taken is a place of its own
    return bool(found) and all(_BEFORE.search(sentence[: m.start()]) and not _TOLD.match(sentence, m.end()) for m in found)
