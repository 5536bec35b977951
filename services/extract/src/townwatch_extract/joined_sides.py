"""The side an alliance's joined name leads with: "AFC/M23-Twirwaneho forces", "M23-Twirwaneho fighters".

Reporting writes a coalition as its members' names run together with a hyphen or a slash before the head noun, the
leading member first ("Houthi-Saleh forces", "AFC/M23-Twirwaneho revolutionary forces"). The catalogue finds each
member; the phrase's side is the first of the run, not the one nearest the head noun (which a plain "A and B forces"
or "A fighters backed by B" is left to the reading that calls it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["first_joined"]

_JOINERS = frozenset({"-", "/", "–"})


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


def first_joined(chosen: S, pool: Sequence[S], text: str) -> S:
    """The first member of the hyphen- or slash-joined run of names ``chosen`` ends ("M23" for "Twirwaneho" in
    "M23-Twirwaneho forces"), or ``chosen`` itself when no name is joined to it so."""
    lead = chosen
    while True:
        before = next((m for m in pool if m.end < lead.start and text[m.end : lead.start] in _JOINERS), None)
        if before is None:
            return lead
        lead = before
