"""Session 32's merge: rules of two helpers that met on one token (a city's neighbourhood named by a modifier)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _events(extractor: Extractor, title: str, text: str = "") -> list[tuple[str, bool]]:
    article = Article(id="m32", title=title, text=text, published=dt.date(2016, 11, 28),
                      received=dt.datetime(2016, 11, 28, tzinfo=dt.UTC))
    return [(e.place.name, e.partial) for e in extractor.extract(article)]


@pytest.mark.parametrize("title", [
    "Syrian troops capture east Aleppo neighborhood from rebels",   # "Aleppo" parsed as a modifier of the noun
    "Syrian troops capture Aleppo neighborhoods from rebels",
])
def test_a_city_named_before_its_neighbourhood_is_the_city_in_part(extractor: Extractor, title: str) -> None:
    # the neighbourhood rule (fix32n) must win over the note-only anaphor "the neighbourhood" (notes32)
    assert _events(extractor, title) == [("Aleppo", True)]


def test_a_neighbourhood_with_no_city_named_gives_no_place_in_a_headline(extractor: Extractor) -> None:
    assert _events(extractor, "Syrian troops capture key neighborhood from rebels") == []
