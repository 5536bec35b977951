"""A side's patron is no landmark (session 34, the lead, issue 10): "pro-Moscow separatists" put no town in Russia.

Wire copy of the 2014-15 Donbas war names the separatists by their patron's capital ("pro-Moscow", "pro-Russian",
"anti-Kyiv"); the capital's name beside a village GeoNames lacks, or a small town, used to move the town into the
patron's country (an event with no GeoNames place and Russia as its country). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2015, 2, 18)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Pro-Moscow separatists captured the town of Debaltseve on Wednesday after weeks of fighting.", "Debaltseve", "UA"),
        ("The pro-Moscow rebels captured the town of Debaltseve on Wednesday after weeks of fighting.", "Debaltseve", "UA"),
        ("Rebels loyal to Moscow and pro-Moscow militias seized the town of Vuhlehirsk on Tuesday.", "Vuhlehirsk", "UA"),
        # a landmark still places its village: Mariupol is no patron
        ("Pro-Moscow rebels seized the village of Shyrokyne near Mariupol.", "Shyrokyne", "UA"),
    ],
)
def test_a_patron_capital_does_not_move_the_town(extractor: Extractor, text: str, place: str, country: str) -> None:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert [(e.place.name, e.place.country_code) for e in events] == [(place, country)]
    assert events[0].place.geonames_id is not None
