"""Session 27 (the lead, issue 10): a region's capital is never the country's ("the Tigray capital" is not Addis
Ababa), while a country named before "capital" still is ("Yemen capital falls"); a claim the other side has not
confirmed is a claim, not a denial; "the village of X, Y region" is X (the parse hangs X on the region)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_gazetteer.countries import REGION_WORDS

from .conftest import headline_changes, news_rows


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


@pytest.mark.parametrize(
    "title",
    [
        "Russia claims capture of Selydove, Kyiv hasn't confirmed",
        "Russia claims capture of Selydove, Kyiv has not confirmed the claim",
        "Russian army claims capture of Kurakhove, Kyiv won't confirm",
        "Russia claims capture of Kurakhove; Ukraine has not verified",
    ],
)
def test_claim_the_other_side_has_not_confirmed_is_a_claim(extractor: Extractor, title: str) -> None:
    """A side's claim told first and the other side's silence after a comma is no denial: the claimed change stands."""
    changes = headline_changes(extractor, title, published=dt.date(2025, 1, 6))
    assert len(changes) == 1 and changes[0].claimed, changes


@pytest.mark.parametrize(
    "title",
    [
        "Russia claims capture of Selydove, Kyiv denies",  # a denial
        "Russia claims capture of Selydove; Ukraine denies",
        "Kyiv did not confirm that Russia captured Selydove",  # the capture itself under the negated verb
        "Russia plans capture of Selydove, Kyiv hasn't confirmed",  # a plan
    ],
)
def test_denials_and_unconfirmed_captures_stay_out(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date(2025, 1, 6)) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Armed Forces of Ukraine took control of the village of Hoptivka, Kharkiv region, bordering Russia.",
         [("Hoptivka", "ua-forces", "ru-forces")]),
        ("Ukrainian forces took control of the village of Hoptivka, Kharkiv region, on Sunday.",
         [("Hoptivka", "ua-forces", "ru-forces")]),
    ],
)
def test_village_named_before_its_region(extractor: Extractor, text: str, want: list[tuple[str, str, str]]) -> None:
    assert news_rows(extractor, text, dt.date(2022, 9, 12)) == want


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops shelled the village of Hoptivka, Kharkiv region, on Sunday.",  # an attack
        "Russia vowed to retake the village of Hoptivka, Kharkiv region.",  # an intention
        "Ukrainian forces took control of large parts of Kharkiv region.",  # a region, no town
    ],
)
def test_village_before_region_twins(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, dt.date(2022, 9, 12)) == []
