"""The place a headline names, as what a body's "the city" stands for when the body names none before it.

"Ukrainian forces enter Kherson" over "Jubilant crowds greeted the soldiers ... as troops took the city": wire copy
names its town in the headline and calls it "the city" / "the key rail hub" below. Only a headline naming one place
(a known town, in any spelling) is read so: "Fighting from X to Y" leaves "the city" to the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Token

from townwatch_gazetteer import GeoPlace, name_key

__all__ = ["TITLE_NOUNS", "is_transport_hub", "one_place"]

TITLE_NOUNS = frozenset("city town capital hub port".split())
"""The definite nouns a body calls its headline's town by ("the city", "the provincial capital", "the rail hub",
"the port"); never "the village" (a headline names villages rarely and a body's "the village" is its own) or "it"."""


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def geo(self) -> GeoPlace | None: ...


T = TypeVar("T", bound=_Named)


def one_place(found: Sequence[T]) -> T | None:
    """The one known town among a headline's place names, or None (none, a name GeoNames lacks, or two towns)."""
    towns = {(a.geo.geonames_id if a.geo is not None else name_key(a.name)) for a in found}
    if len(towns) != 1 or found[0].geo is None:
        return None
    return found[0]


# what a town serves when a report calls it a hub: "the key rail hub", "the logistics hub" (not "the transport hub":
# an airport as often as a town)
_HUB_OF = frozenset("rail railway railroad road logistics logistical supply".split())


def is_transport_hub(tok: Token) -> bool:
    """"the key rail hub", "the logistics hub": a definite hub of transport or supply, which a war report calls a town
    by (never "the city's tech hub", "a hub of activity", "the financial hub")."""
    return tok.lower_ == "hub" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _HUB_OF for c in tok.children
    )
