"""Subscription matching, as a pure function: which desks' subscriptions an alert concerns.

A subscription selects a place when ANY of its criteria does: a town (any spelling: names are compared through
the gazetteer's folded name keys and GeoNames ids, so "Hawijah" matches "al-Hawija"; ``gn:<id>`` names one
GeoNames place; ``*`` is every town; a site such as "Sirte Airport" counts as its anchor town too), a country (ISO code or name), a province (``CC.admin1`` code or a name
the gazetteer knows) or a radius around a point. When ``actors`` is set, the gaining or losing actor must be one
of them; and the alert's confidence must reach ``min_confidence``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from townwatch_gazetteer import haversine_km, name_key
from townwatch_schemas import Alert, Place, Subscription

__all__ = ["GazetteerLike", "matches", "matching", "place_selected"]


class _HasId(Protocol):
    @property
    def geonames_id(self) -> int: ...  # read-only: a frozen GeoPlace qualifies


class GazetteerLike(Protocol):
    """The part of ``townwatch_gazetteer.Gazetteer`` matching needs."""

    def candidates(self, name: str) -> Sequence[_HasId]: ...

    def country_code(self, name_or_demonym: str) -> str | None: ...

    def find_admin1(self, name: str, country_hint: str | None = None) -> tuple[str, str] | None: ...


def _town_ids(place: Place) -> set[int]:
    """The GeoNames ids a town criterion may name: the place's own and, for a site, the town it is in or near."""
    return {i for i in (place.geonames_id, place.anchor_geonames_id) if i is not None}


def _town_selected(town: str, place: Place, gazetteer: GazetteerLike | None) -> bool:
    town = town.strip()
    if town == "*":
        return True
    ids = _town_ids(place)
    if town.casefold().startswith("gn:"):
        return town[3:].strip() in {str(i) for i in ids}
    key = name_key(town)
    if key and key in (name_key(place.name), name_key(place.canonical_name)):
        return True
    if gazetteer is not None and ids:
        return any(c.geonames_id in ids for c in gazetteer.candidates(town))
    return False


def _country_selected(country: str, place: Place, gazetteer: GazetteerLike | None) -> bool:
    if not place.country_code:
        return False
    text = country.strip()
    code = text.upper() if len(text) == 2 else (gazetteer.country_code(text) if gazetteer else None)
    return code == place.country_code.upper()


def _province_selected(province: str, place: Place, gazetteer: GazetteerLike | None) -> bool:
    if not (place.country_code and place.admin1_code):
        return False
    text = province.strip()
    cc, _, code = text.partition(".")
    if code and len(cc) == 2 and cc.isalpha():
        found: tuple[str, str] | None = (cc.upper(), code)
    else:
        found = gazetteer.find_admin1(text, place.country_code) if gazetteer else None
    return found is not None and found == (place.country_code.upper(), place.admin1_code)


def place_selected(sub: Subscription, place: Place, gazetteer: GazetteerLike | None = None) -> bool:
    """True when one of the subscription's place criteria selects ``place``."""
    if any(_town_selected(t, place, gazetteer) for t in sub.towns):
        return True
    if any(_country_selected(c, place, gazetteer) for c in sub.countries):
        return True
    if any(_province_selected(p, place, gazetteer) for p in sub.provinces):
        return True
    if sub.radius is not None and place.lat is not None and place.lon is not None:
        return haversine_km(sub.radius.lat, sub.radius.lon, place.lat, place.lon) <= sub.radius.km
    return False


def matches(alert: Alert, sub: Subscription, gazetteer: GazetteerLike | None = None) -> bool:
    """True when ``sub`` wants ``alert`` (place, actors, confidence; the corroboration policy is the notifier's)."""
    if alert.confidence < sub.min_confidence:
        return False
    if sub.actors:
        wanted = {a.casefold() for a in sub.actors}
        involved = {a.id.casefold() for a in (alert.gaining, alert.losing) if a is not None}
        if not wanted & involved:
            return False
    return place_selected(sub, alert.place, gazetteer)


def matching(alert: Alert, subs: Iterable[Subscription], gazetteer: GazetteerLike | None = None) -> list[Subscription]:
    """The subscriptions among ``subs`` that want ``alert``, in the order given."""
    return [sub for sub in subs if matches(alert, sub, gazetteer)]
