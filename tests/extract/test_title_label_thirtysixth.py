"""A headline's label and a country's border (session 36, the lead, issue 10; from the fresh set's misses).

"El-Fasher: Rebel group claims capture of key city in Sudan", "Urozhaine: Ukraine recaptured a settlement in Donetsk
region": the one town a headline's label names before its colon is what its "key city" or "a settlement" stands for
(coreference.PlaceMentions._title_label); a label that is a country, a war or a speaker names no town. "Insurgents
capture an army camp near Thai Border": a country's border is no town (context.resolve_place). Headlines written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 1, 1)


def _places(extractor: Extractor, title: str) -> list[str]:
    return [e.place.name for e in extractor.extract(make_article("", published=PUB, title=title)) if e.kind == "change"]


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("El-Fasher: Rebel group claims capture of key city in Sudan", "El-Fasher"),
        ("Urozhaine: Ukraine recaptured a settlement in Donetsk region from Russian troops", "Urozhaine"),
    ],
)
def test_a_label_names_the_town_of_its_headline(extractor: Extractor, title: str, place: str) -> None:
    assert _places(extractor, title) == [place]


@pytest.mark.parametrize(
    "title",
    [
        "Sudan: RSF claims capture of key city",
        "Ukraine war: Russia says it captured a village near Bakhmut",
        "Zelensky: troops retake a key town in the east",
        "Avdiivka: Russian troops close in on key town",
        "Avdiivka: the town that Russia wants to capture",
        "Myanmar: Insurgents capture an army camp near Thai Border",
        "Insurgents capture army camp near Thai border",
    ],
)
def test_no_town_named_no_change(extractor: Extractor, title: str) -> None:
    assert _places(extractor, title) == []
