"""A place's shortened name: one reading of a report keeps only the first word of a name another reading gives whole.

Read from real copy (never copied here): a headline "IS captures Suluk and Hammam at Turkuman" parsed as "Hammam" (the
"at" read as a preposition) over a body that writes "the village of Hammam at-Turkuman". Neither name is in GeoNames,
so the two readings are two events, one of them a place no desk can find. A reading whose unresolved name is the first
word or words of exactly one other unresolved reading's name, in the same country and taken by the same side, is that
place. A resolved name ("Hama" beside "Hama airport"), a site, another side's reading and two longer candidates
("Tal" beside "Tal Abyad" and "Tal Tamr") are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TypeVar

__all__ = ["fuller_names"]

R = TypeVar("R")


def _words(name: str) -> str:
    return " ".join(re.split(r"[\s\-‐–]+", name.casefold().strip()))


def _side(c: Any) -> str | None:
    return c.gaining.id if c.gaining is not None else None


def _bare(c: Any) -> bool:
    return c.place.geonames_id is None and c.place.site_kind is None


def fuller_names(found: Sequence[R]) -> list[R]:
    """``found`` with each shortened unresolved name replaced by the one fuller name it begins."""
    out: list[R] = []
    for c in found:
        p: Any = c
        if _bare(p):
            short = _words(p.place.name)
            longer = {
                # (never c itself: a name does not begin with itself and a space)
                _words(u.place.name): u for u in found if _bare(u)  # type: ignore[attr-defined]
                and _words(u.place.name).startswith(short + " ")  # type: ignore[attr-defined]
                and u.place.country_code == p.place.country_code and _side(u) == _side(p)  # type: ignore[attr-defined]
            }
            if len(longer) == 1:
                full: Any = next(iter(longer.values()))
                out.append(replace(p, place=full.place))
                continue
        out.append(c)
    return out
