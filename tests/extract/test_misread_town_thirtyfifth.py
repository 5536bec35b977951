"""A war town the tagger reads as a nationality (session 35, the lead, issue 10).

"The army's takeover of Aleppo ended four years of rebel rule": with no country named, the small model tagged
"Aleppo" a nationality (NORP) after "takeover of", and the town was dropped as no place; the same exception a war
town read as a person already had (a largest namesake of 20,000 or more in a country at war) now covers it.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2016, 12, 22)


@pytest.mark.parametrize(
    "text",
    [
        "The army's takeover of Aleppo ended four years of rebel rule in the east of the city.",
        "The army's takeover of Aleppo ended the siege on Thursday.",
    ],
)
def test_a_war_town_read_as_a_nationality_is_still_the_town(extractor: Extractor, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert [(e.place.name, e.place.country_code, e.place.geonames_id is not None) for e in events] == [("Aleppo", "SY", True)]


def test_a_raid_on_the_town_stays_quiet(extractor: Extractor) -> None:
    text = "The army's shelling of Aleppo ended the truce on Thursday."
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical] == []
