"""The loser of a capture that names none, from the same taker's other capture in the story: "Yemeni separatists
seized much of Aden ... the separatists also took control of the presidential palace" (the government's, not the
Houthis the story names as the coalition's foe)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from townwatch_extract.context import ResolvedActor
    from townwatch_extract.extractor import Candidate

__all__ = ["sibling_loser"]


def sibling_loser(c: Candidate, others: Iterable[Candidate]) -> ResolvedActor | None:
    """The one loser the story gives the same gainer's other news captures in the same country, when ``c`` (news, a
    gainer, no loser) is a place the text leaves unplaced in any province; else None."""
    if c.gaining is None or c.losing is not None or c.historical or c.place.admin1_code:
        return None
    losers = {
        o.losing.id: o.losing for o in others
        if o is not c and not o.historical and o.losing is not None and o.gaining is not None and o.gaining.id == c.gaining.id
        and o.place.country_code == c.place.country_code and o.place.key != c.place.key
    }
    return next(iter(losers.values())) if len(losers) == 1 else None
