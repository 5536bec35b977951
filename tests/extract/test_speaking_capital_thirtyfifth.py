"""A capital that speaks for its state is no landmark (session 35, the lead, issue 10).

"Russian forces take Marinka, Moscow says": the capital named as the speaker was read as a large town beside the
village taken, so the Ukrainian town went to a namesake near Moscow (and in the present tense, dropped as an unknown
place). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2023, 6, 26)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Russian forces take Marinka, Moscow says", ""),
        ("Russian forces captured Marinka, Moscow says", ""),
        (None, "Russian forces captured Marinka, Moscow said on Monday."),
        (None, "Russian forces have taken full control of Marinka, Moscow claimed on Monday."),
    ],
)
def test_a_speaking_capital_does_not_move_the_town(extractor: Extractor, title: str | None, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if not e.historical]
    assert [(e.place.country_code, e.gaining and e.gaining.id) for e in events] == [("UA", "ru-forces")]
    assert events[0].place.geonames_id is not None


def test_a_capital_beside_the_village_still_places_it(extractor: Extractor) -> None:
    text = "Rebels captured the village of Tal Hamis near Hasakah on Monday, Damascus said."
    events = [e for e in extractor.extract(make_article(text, published=dt.date(2016, 6, 26))) if not e.historical]
    assert [e.place.country_code for e in events] == ["SY"]


def test_the_speaker_without_a_capture_stays_quiet(extractor: Extractor) -> None:
    assert extractor.extract(make_article("", title="Russian forces fail to take Marinka, Moscow says", published=PUB)) == []
