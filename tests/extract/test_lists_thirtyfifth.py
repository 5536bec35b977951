"""Lists the parse lost after a counted plural (session 35, helper list35, issue 10).

Monitors' notes and wire copy count the places first and name them after: set off by dashes behind the country or
province that holds them ("three more provincial capitals of Afghanistan -- the cities of A, B and C -- fell"), or in
the next sentence, each with its province ("Two more provincial capitals were handed over. These are A in P and B in
Q"). The country took the place slot in the first; a town GeoNames lacks left its province first in the second.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2021, 8, 14)


def _news(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(e.place.name, e.gaining.id if e.gaining else None)
            for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Three more provincial capitals of Afghanistan -- the cities of Jalalabad, Gardez and Sheberghan -- fell to the "
         "Taliban on Saturday.", ["Jalalabad", "Gardez", "Sheberghan"]),
        ("Two more provincial capitals of Afghanistan -- Gardez and Sheberghan -- were captured by the Taliban on Saturday.",
         ["Gardez", "Sheberghan"]),
        ("Two more provincial capitals were handed over to the Taliban on Friday. These are Tarinkot in Uruzgan and "
         "Qalat in Zabul.", ["Tarinkot", "Qalat"]),
        ("Two more provincial capitals were handed over to the Taliban on Friday. These are Tarinkot in Uruzgan and "
         "Qalati Ghilji in Zabul.", ["Tarinkot", "Qalati Ghilji"]),
    ],
)
def test_the_listed_towns_are_the_places(extractor: Extractor, text: str, places: list[str]) -> None:
    assert [p for p, _side in _news(extractor, text)] == places


@pytest.mark.parametrize(
    "text",
    [
        "Three more provincial capitals of Afghanistan -- the cities of Jalalabad, Gardez and Sheberghan -- came under "
        "Taliban attack on Saturday.",
        "Two more provincial capitals of Afghanistan -- Gardez and Sheberghan -- were shelled by the Taliban on Saturday.",
        "Three provincial capitals of Afghanistan -- the cities of Jalalabad, Gardez and Sheberghan -- could fall to the "
        "Taliban within weeks.",
        "Fighting raged in two provincial capitals of Afghanistan -- the cities of Gardez and Sheberghan -- on Saturday.",
        "Two more provincial capitals came under Taliban attack on Friday. These are Tarinkot in Uruzgan and Qalat in Zabul.",
        "The Taliban took two districts on Friday. These are the last government outposts in Uruzgan and Zabul.",
    ],
)
def test_attacks_forecasts_and_fighting_stay_quiet(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
