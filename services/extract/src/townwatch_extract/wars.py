"""Two-sided wars: who lost a place to one side of a war fought where and when the place was taken.

Monitors and ministries name only the taker ("Units of the Southern group liberated X", "the RSF took control of Y"):
where the catalogue knows the war fought in the place's country (or first-level region) at that date as two-sided,
the loser is the other side's holder. A side may be a coalition of equals with no holder (the forces that fought
ISIS in Iraq): a place its foe took from it has no known loser. Wars are data (``wars:`` in ``data/actors.yaml``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["Provinces", "Side", "War", "load_wars", "war_country", "war_loser", "war_named", "war_taker"]


class Provinces(Protocol):
    """What finds a first-level region's code by its name (the gazetteer)."""

    def find_admin1(self, name: str, country_hint: str | None = None) -> tuple[str, str] | None: ...


@dataclass(frozen=True)
class Side:
    """One side of a war: the actors whose captures are its own, and the one named as having lost a place the other
    side took (None: a coalition of equals, so who lost it stays unknown)."""

    actors: frozenset[str]
    holder: str | None = None


@dataclass(frozen=True)
class War:
    """A war fought by two sides in some countries (or only in some of their first-level regions) between two dates."""

    name: str
    countries: frozenset[str]
    sides: tuple[Side, Side]
    regions: tuple[str, ...] = ()
    """Names of the first-level regions it is fought in (as the gazetteer knows them); empty: all of its countries."""
    start: dt.date | None = None
    end: dt.date | None = None
    unplaced: bool = False
    names_generic: bool = False
    """Whether its sides are the ones the wires' common words meant then ("rebels" in Syria's last twelve days of
    Assad's rule were the HTS-led Military Operations Command's): a generic word names a side's actor at its places."""
    """Whether a place of unknown region counts as in ``regions`` (a village GeoNames lacks that a Russian ministry's
    story places in Russia lies in Ukraine or the border regions, never in Chechnya)."""

    def fought_at(self, cc: str | None, admin1: str | None, provinces: Provinces) -> bool:
        """Whether a place in ``cc`` (first-level region code ``admin1``) lies where this war is fought."""
        if cc not in self.countries:
            return False
        if not self.regions or (admin1 is None and self.unplaced):
            return True
        return admin1 is not None and (cc, admin1) in {provinces.find_admin1(r, cc) for r in self.regions}

    def during(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def side_of(self, actor_id: str) -> int | None:
        """0 or 1: the side ``actor_id`` fights on; None when it fights on neither (a third party)."""
        return next((i for i, side in enumerate(self.sides) if actor_id in side.actors), None)

    def loser(self, taker: str) -> str | None:
        """The holder of the side opposed to ``taker``'s (None for a third party or a coalition of equals)."""
        side = self.side_of(taker)
        return None if side is None else self.sides[1 - side].holder

    def foe_holder(self, actor_id: str) -> tuple[bool, str | None]:
        """Whether ``actor_id`` fights in this war, and the holder of the side it fights against (None: a coalition
        of equals, with no one holder)."""
        side = self.side_of(actor_id)
        return (False, None) if side is None else (True, self.sides[1 - side].holder)


def war_loser(
    wars: Iterable[War], taker: str, cc: str | None, admin1: str | None, when: dt.date | None, provinces: Provinces,
) -> str | None:
    """Who lost a place in ``cc`` (first-level region ``admin1``) that ``taker`` took on ``when``: the other side's holder in every war
    fought there then that names one (undated: in every war fought there at any date); None when none does or two
    disagree ("the Taliban took X" with no date: from the republic's army until August 2021, from the NRF after)."""
    losers = {
        loser for war in wars
        if war.fought_at(cc, admin1, provinces) and (when is None or war.during(when)) and (loser := war.loser(taker)) is not None
    }
    return losers.pop() if len(losers) == 1 else None


def war_taker(
    wars: Iterable[War], loser: str, cc: str | None, admin1: str | None, when: dt.date | None, provinces: Provinces,
) -> str | None:
    """Who took a place in ``cc`` (first-level region ``admin1``) that ``loser`` lost on ``when``: the other side's
    holder in every war fought there then in which ``loser`` fights ("Bor recaptured from rebels" in South Sudan's
    civil war is the army's). Stricter than ``war_loser``: None where one such war is a coalition of equals (the
    forces that fought ISIS in Iraq: "X retaken from IS" names no taker), where two disagree, or where none is fought."""
    takers = {
        holder for war in wars
        if war.fought_at(cc, admin1, provinces) and (when is None or war.during(when))
        for fights, holder in (war.foe_holder(loser),) if fights
    }
    return takers.pop() if len(takers) == 1 and None not in takers else None


def war_named(
    wars: Iterable[War], candidates: Iterable[str], cc: str | None, admin1: str | None, when: dt.date | None,
    provinces: Provinces,
) -> str | None:
    """Which of the actors a common word may stand for ("rebels" in Syria: HTS or the SNA) it names at a place in
    ``cc`` (region ``admin1``) on ``when``: the only one fighting there then, when it holds a side of a war whose common
    words name its sides (``names_generic``: "rebels" from 27 November to 8 December 2024 were the HTS-led command's).
    None undated, or where another candidate fights a war there too (the SNA's push on Tal Rifaat)."""
    if when is None or not cc:
        return None
    fought = [w for w in wars if w.during(when) and w.fought_at(cc, admin1, provinces)]
    fighting = [a for a in dict.fromkeys(candidates) if any(w.side_of(a) is not None for w in fought)]
    # (the holder of its side: a partner's common word is no name of it, "rebel fighters" never Hezbollah's)
    if len(fighting) != 1 or not any(w.names_generic and fighting[0] in {s.holder for s in w.sides} for w in fought):
        return None
    return fighting[0]


def war_country(wars: Iterable[War], actor_id: str, when: dt.date | None) -> str | None:
    """The one country where ``actor_id`` fights a war of the catalogue on ``when`` (the Hashd in Iraq, Boko Haram's
    foes in Nigeria): where a village GeoNames lacks that it took or lost lies when the story writes no country. None
    undated, for a side of no war, or one fighting in several countries then (Turkey's army in Syria and at home)."""
    if when is None:
        return None
    fought = [war for war in wars if war.during(when) and war.side_of(actor_id) is not None]
    countries = {cc for war in fought for cc in war.countries}
    if len(countries) > 1:
        # a war fought over a whole country outweighs one fought in a few regions of another that catches every
        # village of unknown region (``unplaced``): Russia's army in 2025 fights in Ukraine and in Kursk, and an
        # unknown village it takes lies in Ukraine unless the text says where; the Islamic State's fronts in Syria
        # (Palmyra, Deir ez-Zor) are no such catch-all, so a village it took in 2015 stays of no one country
        whole = {cc for war in fought if not war.regions for cc in war.countries}
        if whole and all(not war.regions or war.unplaced or set(war.countries) <= whole for war in fought):
            countries = whole
    return countries.pop() if len(countries) == 1 else None


def _side(raw: Mapping[str, Any]) -> Side:
    holder = raw.get("holder")
    actors = frozenset(str(a) for a in raw.get("with") or ()) | ({str(holder)} if holder else set())
    return Side(actors, str(holder) if holder else None)


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def load_wars(items: Iterable[Mapping[str, Any]], actor_ids: Iterable[str]) -> tuple[War, ...]:
    """The ``wars:`` entries of the catalogue; an actor id no entry defines is an error in the data file."""
    known = frozenset(actor_ids)
    wars = []
    for item in items:
        first, second = (_side(s) for s in item["sides"])
        if unknown := (first.actors | second.actors) - known:
            raise ValueError(f"war {item['name']!r} names unknown actors: {sorted(unknown)}")
        wars.append(War(
            name=str(item["name"]),
            countries=frozenset(str(c) for c in item["countries"]),
            sides=(first, second),
            regions=tuple(str(r) for r in item.get("regions") or ()),
            start=_date(item.get("from")),
            end=_date(item.get("until")),
            unplaced=bool(item.get("unplaced", False)),
            names_generic=bool(item.get("names_generic", False)),
        ))
    return tuple(wars)
