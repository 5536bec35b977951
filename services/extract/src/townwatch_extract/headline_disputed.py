"""A headline's change that the report's own body disputes: every body sentence that tells the place's capture is a
claim the other side denies, so the headline's reading of it is no change either.

The construction, read from real wire copy (never copied here): a title "Rebels said to seize major city", a body
"Rebel groups were said to have taken control of X on Saturday ... State media, however, disputed the claim". The
body's readings are dropped as contested (contested.py); the headline, read alone, would still report X. A headline
whose place the body also tells in an undisputed sentence, or a body dispute over another place, leaves it standing.
"""

from __future__ import annotations

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


R = TypeVar("R", bound=_Reading)


def headline_undisputed(found: Sequence[R], disputed: Iterable[str]) -> list[R]:
    """``found`` without the headline's readings (``start == end == 0``) of a place whose every reading in the body
    was dropped as disputed (``disputed``: those places' written names)."""
    gone = {name_key(n) for n in disputed if n}
    if not gone:
        return list(found)
    told = {name_key(c.place.name) for c in found if not (c.start == c.end == 0)}
    return [c for c in found if not (c.start == c.end == 0 and name_key(c.place.name) in gone - told)]
