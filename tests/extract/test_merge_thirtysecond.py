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


def _read(extractor: Extractor, title: str | None, text: str, published: dt.date) -> list[tuple[str, str | None]]:
    article = Article(id="m32", title=title, text=text, published=published,
                      received=dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC))
    return [(e.place.name, e.gaining.id if e.gaining else None) for e in extractor.extract(article)]


def test_a_dated_line_of_key_dates_is_no_bare_participle_headline(extractor: Extractor) -> None:
    # heads32's "Toretsk captured: what next" rule met a list's "January 26: Gao captured" (its date head decides)
    assert _read(extractor, None, "January 26: Gao captured", dt.date(2013, 1, 31)) == []
    assert _read(extractor, "Gao captured", "", dt.date(2013, 1, 27)) == [("Gao", None)]  # the headline itself


def test_the_other_side_saying_the_battle_goes_on_disputes_a_claimed_capture(extractor: Extractor) -> None:
    # fix32w's adverb-read town made the headline readable; the body's dispute must then hold it back
    title = "Putin congratulates Russian troops, Wagner for 'capturing Bakhmut'"
    disputed = "Russian claims of capturing Bakhmut came hours after Ukraine said the battle for the eastern city was continuing."
    assert _read(extractor, title, disputed, dt.date(2023, 5, 21)) == []


@pytest.mark.parametrize("text", [
    "Ukraine said the battle for Avdiivka was continuing.",                                      # another town
    "The battle for the city continued for ten months before the Wagner group took it, officials said.",  # history
])
def test_a_battle_elsewhere_or_told_as_history_disputes_nothing(extractor: Extractor, text: str) -> None:
    assert _read(extractor, "Russia says it captured Bakhmut", text, dt.date(2023, 5, 21)) == [("Bakhmut", "ru-forces")]
