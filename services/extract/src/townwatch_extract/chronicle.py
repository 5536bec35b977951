"""The chronicle: well-known changes of control of 2012-2025 by place and date, so a famous capture retold later is history.

A feature published a year after the army retook a city often retells the capture with no date of its own ("After six
months of occupation, the army liberated X"): tense and date words cannot tell it from the day's news, but knowing
when the capture happened can. ``data/chronicle.yaml`` holds one row a change (a place that changed hands four times
has four rows, so a later re-capture is never read as the old one); a row names the place as GeoNames spells it, its
country, the day or month, and the gaining and losing sides (actor ids). Pure: the caller resolves the places.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

__all__ = ["RETOLD_AFTER_DAYS", "STALE_AFTER_DAYS", "Chronicle", "KnownChange", "coverage_end", "fresh", "load_changes"]

RETOLD_AFTER_DAYS = 14
"""How long after a known change a story may tell it without a date of its own and still be the day's news (on the
eleven spent sets, retellings 16 to 26 days after a capture were labelled background, none under 14 days news)."""


_FRESH = re.compile(
    r"\b(?:now|today|tonight|yesterday|just|this (?:week|morning|afternoon|evening|weekend)|last night|overnight|"
    r"(?:hours|days) ago|(?:on|since|late|early) (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


STALE_AFTER_DAYS = 365
"""After the chronicle's coverage ends, only a place whose last known change is this much older than the end is taken
as still held by that side: a front-line town that changed hands in the chronicle's last year may have changed again
since, and a fresh re-capture by the same side must never be read as the old one (a missed alert costs a desk more
than a repeat the ledger already knows)."""


def fresh(sentence: str) -> bool:
    """Whether a sentence tells its capture as the day's ("have now captured", "today", "this week"): never a retelling."""
    return _FRESH.search(sentence) is not None


@dataclass(frozen=True)
class KnownChange:
    """One dated change of control of a place (``month``: only the month is known; ``date`` is its first day)."""

    place: str
    country: str
    date: dt.date
    gaining: str | None
    losing: str | None
    month: bool = False

    @property
    def last_day(self) -> dt.date:
        """The latest day the change may have happened on."""
        if not self.month:
            return self.date
        return self.date.replace(day=calendar.monthrange(self.date.year, self.date.month)[1])


def _date(value: object) -> tuple[dt.date, bool]:
    if isinstance(value, dt.date):
        return value, False
    year, month = str(value).split("-")[:2]
    return dt.date(int(year), int(month), 1), True


def _document(path: Path | None) -> dict:
    if path is None:
        raw = resources.files("townwatch_extract").joinpath("data/chronicle.yaml").read_text("utf-8")
    else:
        raw = Path(path).read_text("utf-8")
    # (libyaml's loader when the build has it: the pure-Python one takes a quarter of a second on the 272 rows)
    return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def coverage_end(path: Path | None = None) -> dt.date | None:
    """The last day the chronicle is complete to (its ``until``: every change of a listed place known up to then)."""
    return _until(_document(path))


def load_changes(path: Path | None = None) -> list[KnownChange]:
    """The rows of the chronicle (default: the packaged ``data/chronicle.yaml``), in the file's order."""
    return _changes(_document(path))


def _until(document: dict) -> dt.date | None:
    until = document.get("until")
    return None if until is None else _date(until)[0]


def _changes(document: dict) -> list[KnownChange]:
    rows = document.get("changes") or []
    changes = []
    for row in rows:
        when, month = _date(row["date"])
        changes.append(KnownChange(
            str(row["place"]), str(row["cc"]).upper(), when,
            None if row.get("gaining") is None else str(row["gaining"]),
            None if row.get("losing") is None else str(row["losing"]), month,
        ))
    return changes


class Chronicle:
    """The known changes by place (a GeoNames id), each place's in order of date."""

    def __init__(
        self, changes: Iterable[KnownChange], locate: Callable[[str, str], int | None], until: dt.date | None = None,
    ) -> None:
        """``locate``: the GeoNames id of a name in a country (None: unknown, the row is left out). ``until``: the last
        day the chronicle is complete to (None: never stale)."""
        self.until = until
        self._by_place: dict[int, list[KnownChange]] = {}
        for change in changes:
            if (gid := locate(change.place, change.country)) is not None:
                self._by_place.setdefault(gid, []).append(change)
        for known in self._by_place.values():
            known.sort(key=lambda c: c.date)  # (stable: a month's changes keep the file's order)

    @classmethod
    def packaged(cls, locate: Callable[[str, str], int | None], path: Path | None = None) -> Chronicle:
        """The chronicle of ``data/chronicle.yaml`` (or ``path``), its file read once."""
        document = _document(path)
        return cls(_changes(document), locate, _until(document))

    def __contains__(self, geonames_id: int) -> bool:
        return geonames_id in self._by_place

    def latest(self, geonames_id: int, when: dt.date) -> KnownChange | None:
        """The latest known change of the place on or before ``when`` (None: none known)."""
        known = [c for c in self._by_place.get(geonames_id, ()) if c.date <= when]
        return known[-1] if known else None

    def retold(
        self, geonames_id: int, gaining: str | None, when: dt.date, days: int = RETOLD_AFTER_DAYS, losing: str | None = None,
    ) -> KnownChange | None:
        """The known change a capture of the place by ``gaining`` told in a story of ``when`` repeats: the place's
        latest change before the story, by the same side, more than ``days`` before it (None: it may be news). A loss
        told with no taker ("X was routed from the town") repeats the change that side ``losing`` lost it in."""
        last = self.latest(geonames_id, when)
        if last is None or (when - last.last_day).days <= days:
            return None
        if self.until is not None and when > self.until and (self.until - last.last_day).days < STALE_AFTER_DAYS:
            return None  # a story after the chronicle ends, of a place that changed hands in its last year: unknown since
        same = last.gaining == gaining if gaining is not None else losing is not None and last.losing == losing
        return last if same else None
