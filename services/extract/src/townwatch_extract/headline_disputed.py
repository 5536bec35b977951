"""A headline's claimed change that the report's own body disputes: every body sentence that tells the place's capture
is a claim the other side denies, so the headline's reading of the same claim is no change either.

The construction, read from real wire copy (never copied here): a title "Rebels said to seize major city", a body
"Rebel groups were said to have taken control of X on Saturday ... State media, however, disputed the claim". The
body's readings are dropped as contested (contested.py); the headline, read alone, would still report X. A headline
told as a plain fact ("Rebels seize X": the desk's own word), a headline whose place the body also tells in an
undisputed sentence, and a body dispute over another place leave it standing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from townwatch_gazetteer import name_key

__all__ = ["headline_undisputed"]


class _Place(Protocol):
    @property
    def name(self) -> str: ...


class _Reading(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def place(self) -> _Place: ...

    @property
    def claimed(self) -> bool: ...

    @property
    def sentence(self) -> str: ...


R = TypeVar("R", bound=_Reading)

# a headline that reports a claim in its own words: "Rebels said to seize X", "Russia claims X", "Army says it took X"
_HEDGED = re.compile(r"\b(?:said to|claims?|claimed|says?|reportedly|reported to)\b", re.I)


def _claim(c: _Reading) -> bool:
    return c.claimed or _HEDGED.search(c.sentence) is not None


def headline_undisputed(found: Sequence[R], disputed: Iterable[str]) -> list[R]:
    """``found`` without the headline's claimed readings (``start == end == 0``) of a place whose every reading in the
    body was dropped as disputed (``disputed``: those places' written names)."""
    gone = {name_key(n) for n in disputed if n}
    if not gone:
        return list(found)
    told = {name_key(c.place.name) for c in found if not (c.start == c.end == 0)}
    return [c for c in found if not (c.start == c.end == 0 and _claim(c) and name_key(c.place.name) in gone - told)]
