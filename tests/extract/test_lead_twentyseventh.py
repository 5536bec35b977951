"""Session 27 (the lead, issue 10): a region's capital is never the country's ("the Tigray capital" is not Addis
Ababa), while a country named before "capital" still is ("Yemen capital falls")."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_gazetteer.countries import REGION_WORDS

from .conftest import headline_changes


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2020-11-28", "Prime minister declares fall of Tigray capital to federal forces"),
        ("2020-11-28", "Tigray capital falls to federal army"),
        ("2014-08-10", "Kurdistan capital threatened as militants advance"),
        ("2022-02-27", "Crimea capital seized by gunmen"),
    ],
)
def test_region_capital_is_not_the_national_capital(extractor: Extractor, published: str, title: str) -> None:
    places = [c.place.name for c in headline_changes(extractor, title, published=dt.date.fromisoformat(published))]
    assert not {"Addis Ababa", "Baghdad", "Kyiv", "Kiev", "Moscow"} & set(places), places


def test_regions_still_hint_their_country() -> None:
    from townwatch_gazetteer import Gazetteer

    assert {"tigray", "darfur", "kurdistan"} <= REGION_WORDS
    assert Gazetteer.country_code("Tigray") == "ET"
    assert Gazetteer.country_code("Darfur") == "SD"


def test_country_capital_still_resolves(extractor: Extractor) -> None:
    changes = headline_changes(extractor, "Yemen capital falls to Houthi rebels", published=dt.date(2014, 9, 21))
    assert [c.place.name for c in changes] == ["Sanaa"]
