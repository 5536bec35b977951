"""A side's patron named by its demonym is no country of the story (session 35, the lead, issue 10).

"Pro-Russian rebels take control of Donetsk airport": the demonym after "pro-" counted Russia as a country the story
names, and the airport went to Donetsk in Russia's Rostov region (a small namesake) instead of Ukraine's Donetsk.
The same word after "-backed" was already skipped. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2015, 1, 20)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Pro-Russian rebels take control of Donetsk airport after months of fighting", ""),
        (None, "Pro-Russian rebels took control of Donetsk airport on Tuesday after months of fighting."),
        (None, "Pro-Kremlin separatists seized Donetsk airport on Tuesday, a rebel commander said."),
        # the patron named after the side stayed right before the change too
        (None, "Russian-backed separatists seized Donetsk airport on Tuesday."),
    ],
)
def test_a_patron_demonym_does_not_move_the_site(extractor: Extractor, title: str | None, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if not e.historical]
    assert [(e.place.name, e.place.country_code, e.gaining and e.gaining.id) for e in events] == [
        ("Donetsk Airport", "UA", "ru-forces")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Russian rebels shelled Donetsk airport on Tuesday for a fifth day.",
        "Pro-Russian rebels vowed to take control of Donetsk airport within days.",
    ],
)
def test_the_same_words_without_a_capture_stay_quiet(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical] == []
