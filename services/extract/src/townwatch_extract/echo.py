"""A sideless mention of a capture the same report told earlier as history: the same old event, not the day's news."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

__all__ = ["echoes_history"]


class _Place(Protocol):
    @property
    def key(self) -> str: ...


class _Reading(Protocol):
    @property
    def place(self) -> _Place: ...
    @property
    def gaining(self) -> object | None: ...
    @property
    def losing(self) -> object | None: ...
    @property
    def historical(self) -> bool: ...
    @property
    def start(self) -> int: ...
    @property
    def event_date(self) -> object | None: ...


R = TypeVar("R", bound=_Reading)


def echoes_history(found: Sequence[R]) -> list[R]:
    """``found`` with every reading that names neither side and no date of its own made historical when an earlier
    sentence of the report told the same place's capture as history ("... captured the provincial capital, Ramadi,
    earlier this month. The fall of Ramadi marked a major defeat"); a reading with a side, or a date, stays as it is
    ("X fell in 2014. The army retook X on Sunday")."""
    told = [c for c in found if c.historical]
    return [
        replace(c, historical=True)  # type: ignore[type-var]
        if not c.historical and c.gaining is None and c.losing is None and c.event_date is None
        and any(h.place.key == c.place.key and h.start < c.start for h in told) else c
        for c in found
    ]
