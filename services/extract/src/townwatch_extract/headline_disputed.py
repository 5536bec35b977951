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


# a body sentence that is a side's own words in quotation marks: "\u201cWe have freed X and Y,\u201d the army spokesman said"
_QUOTED = re.compile(r"^\s*[\"\u201c\u2018']")


def _restated(c: _Reading) -> bool:
    """A headline's claim, or a body sentence quoting a side's own words: the claim retold, not a new source."""
    return (c.start == c.end == 0 and _claim(c)) or (not (c.start == c.end == 0) and _QUOTED.search(c.sentence) is not None)


def headline_undisputed(found: Sequence[R], disputed: Iterable[str], title_disputed: Iterable[str] = ()) -> list[R]:
    """``found`` without the headline's claimed readings (``start == end == 0``) and the body's quoted ones of a place
    whose every other reading in the body was dropped as disputed (``disputed``: those places' written names): the army
    said it retook X, the rebels denied it, and the spokesman's quote "We have freed X" is the same disputed claim
    (``title_disputed``: the places of a headline's reading dropped as disputed, "Army says it took X, rebels deny":
    the body tells that claim, and none of its readings of X is a change either)."""
    gone = {name_key(n) for n in disputed if n}
    titled = {name_key(n) for n in title_disputed if n}
    if not gone and not titled:
        return list(found)
    told = {name_key(c.place.name) for c in found if not _restated(c) and not (c.start == c.end == 0)}
    return [c for c in found if not (
        (_restated(c) and name_key(c.place.name) in gone - told)
        # "S. Sudan army says it took X, rebels deny": the body's every telling of X is that disputed claim
        or (not (c.start == c.end == 0) and name_key(c.place.name) in titled)
    )]
