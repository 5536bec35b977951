"""Subscription matching: towns in any spelling through the real gazetteer, countries, provinces, radius, actors."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_alert.subscriptions import matches, matching
from townwatch_gazetteer import Gazetteer
from townwatch_schemas import (
    Actor,
    Alert,
    Evidence,
    LocationPrecision,
    Place,
    RadiusFilter,
    SourceReport,
    Subscription,
)

T = dt.datetime(2017, 6, 5, tzinfo=dt.UTC)
ISIS = Actor(id="isis", name="Islamic State", text="ISIS")
PMF = Actor(id="pmf", name="Popular Mobilization Forces", text="PMF")
IQ_GOV = Actor(id="iq-gov", name="Iraqi government forces", text="Iraqi forces")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def place(name: str, gazetteer: Gazetteer) -> Place:
    geo = gazetteer.resolve(name, ["IQ"])
    assert geo is not None
    return Place(name=name, canonical_name=geo.name, geonames_id=geo.geonames_id, country_code=geo.country_code,
                 admin1_code=geo.admin1_code, lat=geo.lat, lon=geo.lon)


def alert(p: Place, gaining: Actor = PMF, losing: Actor | None = ISIS, confidence: float = 0.8) -> Alert:
    source = SourceReport(outlet="Reuters", article_id="a", evidence=Evidence(sentence="s", start=0, end=1), confidence=confidence)
    return Alert(alert_id="al-1", place=p, gaining=gaining, losing=losing, confidence=confidence, sources=[source], first_reported=T, updated=T)


def sub(sub_id: str = "s", **fields) -> Subscription:  # type: ignore[no-untyped-def]
    return Subscription(id=sub_id, desk_id="desk", **fields)


def test_any_spelling_of_a_town_matches(gazetteer: Gazetteer) -> None:
    hawija = alert(place("al-Hawija", gazetteer))
    for spelling in ("Hawijah", "Hawija", "al-Hawija", "Al Ḩawījah", "HAWIJA"):
        assert matches(hawija, sub(towns=[spelling]), gazetteer), spelling
    assert not matches(hawija, sub(towns=["Hatra"]), gazetteer)
    assert not matches(hawija, sub(towns=["Mosul"]), gazetteer)


def test_town_known_by_an_alternate_name_only(gazetteer: Gazetteer) -> None:
    # The extractor says "Hatra"; GeoNames calls the place "Al Ḩaḑar". A desk typing either gets it.
    hatra = alert(place("Hatra", gazetteer))
    assert matches(hatra, sub(towns=["Al-Hadr"]), gazetteer)
    assert matches(hatra, sub(towns=["Hatra"]), gazetteer)


def test_star_and_geonames_id(gazetteer: Gazetteer) -> None:
    baaj = alert(place("Baaj", gazetteer))
    assert matches(baaj, sub(towns=["*"]), gazetteer)
    assert matches(baaj, sub(towns=[f"gn:{baaj.place.geonames_id}"]), gazetteer)
    assert not matches(baaj, sub(towns=["gn:1"]), gazetteer)


def test_unresolved_place_matches_by_folded_name_without_gazetteer() -> None:
    village = Place(name="Tal Abtah", canonical_name="Tal Abtah", country_code="IQ")
    a = alert(village)
    assert matches(a, sub(towns=["Tell Abtah"]))
    assert not matches(a, sub(towns=["Tal Afar"]))
    assert matches(a, sub(countries=["iq"]))
    assert not matches(a, sub(countries=["Iraq"]))  # a country name needs the gazetteer


def test_countries_by_code_or_name(gazetteer: Gazetteer) -> None:
    hawija = alert(place("Hawija", gazetteer))
    assert matches(hawija, sub(countries=["IQ"]), gazetteer)
    assert matches(hawija, sub(countries=["Iraq"]), gazetteer)
    assert not matches(hawija, sub(countries=["SY", "Syria"]), gazetteer)


def test_provinces_by_code_or_name(gazetteer: Gazetteer) -> None:
    hatra, hawija = alert(place("Hatra", gazetteer)), alert(place("Hawija", gazetteer))
    nineveh = sub(provinces=["Nineveh"])
    assert matches(hatra, nineveh, gazetteer) and not matches(hawija, nineveh, gazetteer)
    assert matches(hawija, sub(provinces=["IQ.13"]), gazetteer)
    assert matches(hawija, sub(provinces=["Kirkuk province"]), gazetteer)
    assert not matches(hawija, sub(provinces=["SY.13"]), gazetteer)


def test_radius_around_a_point(gazetteer: Gazetteer) -> None:
    hatra, hawija = alert(place("Hatra", gazetteer)), alert(place("Hawija", gazetteer))
    around_mosul = sub(radius=RadiusFilter(lat=36.335, lon=43.119, km=100))
    assert matches(hatra, around_mosul, gazetteer)  # ~ 85 km
    assert not matches(hawija, around_mosul, gazetteer)  # ~ 125 km
    no_coordinates = alert(Place(name="X", canonical_name="X"))
    assert not matches(no_coordinates, around_mosul, gazetteer)


def test_actor_filter_and_min_confidence(gazetteer: Gazetteer) -> None:
    baaj = place("Baaj", gazetteer)
    assert matches(alert(baaj), sub(towns=["*"], actors=["isis"]), gazetteer)
    assert matches(alert(baaj), sub(towns=["*"], actors=["PMF"]), gazetteer)
    assert not matches(alert(baaj, gaining=IQ_GOV, losing=None), sub(towns=["*"], actors=["isis", "pmf"]), gazetteer)
    assert not matches(alert(baaj, confidence=0.4), sub(towns=["*"], min_confidence=0.5), gazetteer)
    assert matches(alert(baaj, confidence=0.5), sub(towns=["*"], min_confidence=0.5), gazetteer)


def test_matching_keeps_order_and_filters(gazetteer: Gazetteer) -> None:
    hatra = alert(place("Hatra", gazetteer))
    subs = [sub("a", towns=["Hatra"]), sub("b", towns=["Hawijah"]), sub("c", countries=["IQ"]), sub("d", towns=["Mosul"], countries=["SY"])]
    assert [s.id for s in matching(hatra, subs, gazetteer)] == ["a", "c"]
    assert matching(hatra, [], gazetteer) == []


def site(name: str, town: str, gazetteer: Gazetteer, kind: str = "airport") -> Place:
    """A site event as the extractor sends it: its own name, no GeoNames id of its own, anchored at ``town``."""
    anchor = place(town, gazetteer)
    return Place(name=name, canonical_name=name, geonames_id=None, country_code=anchor.country_code,
                 admin1_code=anchor.admin1_code, lat=anchor.lat, lon=anchor.lon, site_kind=kind,
                 location_precision=LocationPrecision.SITE, anchor_geonames_id=anchor.geonames_id)


def test_a_site_event_reaches_the_desks_of_its_anchor_town(gazetteer: Gazetteer) -> None:
    # "Mosul Airport" is keyed apart from Mosul in the ledger, but a desk following Mosul wants to know it changed hands.
    mosul = place("Mosul", gazetteer)
    airport = alert(site("Mosul Airport", "Mosul", gazetteer))
    for town in ("Mosul", "Al Mawşil", f"gn:{mosul.geonames_id}", "mosul airport"):
        assert matches(airport, sub(towns=[town]), gazetteer), town
    assert not matches(airport, sub(towns=["Hawija"]), gazetteer)
    assert not matches(airport, sub(towns=["gn:99250"]), gazetteer)


def test_an_unanchored_site_matches_only_its_own_name(gazetteer: Gazetteer) -> None:
    lone = Place(name="Hill 412", canonical_name="Hill 412", site_kind="hill", location_precision=LocationPrecision.SITE_ONLY)
    assert matches(alert(lone), sub(towns=["Hill 412"]), gazetteer)
    assert not matches(alert(lone), sub(towns=["Mosul"]), gazetteer)
    assert not matches(alert(lone), sub(towns=["gn:None"]), gazetteer)
