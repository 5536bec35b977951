"""Sites: airports through airportsdata, other sites anchored to the populated place named with them (our sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import LocationPrecision

from .conftest import make_article

PUB = dt.date(2017, 3, 27)


def _news(extractor: Extractor, text: str) -> list:
    return [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]


@pytest.mark.parametrize(
    ("text", "name", "kind", "precision", "anchor"),
    [
        # an airport: its own coordinates from airportsdata, the town it serves as the anchor
        ("Houthi rebels seized Aden's international airport on Thursday.", "Aden International Airport", "airport",
         LocationPrecision.SITE, "Aden"),
        ("The Taliban captured the Kunduz airport on Sunday.", "Kunduz Airport", "airport", LocationPrecision.SITE, "Kunduz"),
        # a site near a town keeps its own name, with the town's place and a "near" precision
        ("SDF fighters captured the Baath Dam near Tabqa from Islamic State on Sunday.", "Baath Dam", "dam",
         LocationPrecision.NEAR, "Tabqa"),
        ("SDF fighters captured the Tabqa dam from Islamic State on Sunday.", "Tabqa Dam", "dam", LocationPrecision.SITE, "Tabqa"),
        ("Syrian government forces took control of the Omar oil field in Deir ez-Zor on Sunday.", "Omar Oil Field",
         "oil field", LocationPrecision.SITE, "Deir ez-Zor"),
        ("Islamic State militants seized a school in Tal Afar on Sunday.", "Tal Afar School", "school", LocationPrecision.SITE,
         "Tal Afar"),
        ("Iraqi forces retook the government compound in Ramadi from Islamic State.", "Ramadi Government Compound",
         "compound", LocationPrecision.SITE, "Ramadi"),
        # a site with no town is still reported, under its written name
        ("Houthi fighters seized the Al Barik hill on Sunday.", "Al Barik Hill", "hill", LocationPrecision.SITE_ONLY, None),
        ("SDF fighters captured the Baath Dam from Islamic State on Sunday.", "Baath Dam", "dam", LocationPrecision.SITE_ONLY, None),
    ],
)
def test_site(extractor: Extractor, text: str, name: str, kind: str, precision: LocationPrecision, anchor: str | None) -> None:
    (event,) = _news(extractor, text)
    place = event.place
    assert (place.name, place.site_kind, place.location_precision) == (name, kind, precision)
    assert place.geonames_id is None  # a site is not the town: the ledger keys it by its own name
    if anchor is None:
        assert place.anchor_geonames_id is None and place.lat is None
    else:
        town = extractor.gazetteer.resolve(anchor, [place.country_code or ""])
        assert town is not None and place.anchor_geonames_id == town.geonames_id and place.lat is not None


def test_airport_coordinates_are_the_airports(extractor: Extractor) -> None:
    (event,) = _news(extractor, "The Taliban captured the Kunduz airport on Sunday.")
    town = extractor.gazetteer.get(event.place.anchor_geonames_id or 0)
    assert town is not None and (event.place.lat, event.place.lon) != (town.lat, town.lon)
    assert abs(event.place.lat - town.lat) < 0.5 and abs(event.place.lon - town.lon) < 0.5


def test_a_town_is_a_place_not_a_site(extractor: Extractor) -> None:
    (event,) = _news(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday.")
    assert event.place.location_precision == LocationPrecision.PLACE and event.place.site_kind is None


@pytest.mark.parametrize(
    "text",
    [
        "Tourists crowded the Kunduz airport on Sunday.",
        "Engineers inspected the Tabqa dam on Sunday.",
        "The SDF vowed to capture the Baath Dam near Tabqa.",
        "Farmers took control of the oil field's water supply.",
    ],
)
def test_site_negative_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
