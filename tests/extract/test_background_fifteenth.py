"""Background history told inside a news story: a change dated "in late March last year", "two weeks earlier" or
"a year after the city was captured" is history, never the day's news (fifteenth reading, helper news15; our own
sentences, each family with negative twins built from the same words that stay news)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2023, 3, 30)


def _events(extractor: Extractor, text: str, published: dt.date = PUB) -> tuple[set[str], set[str]]:
    found = [e for e in extractor.extract(make_article(text, published=published)) if e.kind == "change"]
    return {e.place.name for e in found if not e.historical}, {e.place.name for e in found if e.historical}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # H1: a month named with "last year" is last year's month, whatever this year's calendar says
        ("Kyiv marked the day on Thursday. Ukrainian troops pushed Russian forces out of Borodianka in late March "
         "last year as the invasion stalled.", "Borodianka"),
        ("The mayor spoke at a memorial on Wednesday. Russian forces captured Lysychansk at the start of March last "
         "year, he said.", "Lysychansk"),
        ("Officials reopened the school in Makariv on Monday. Ukrainian forces had retaken the town by the end of "
         "March last year.", "Makariv"),
        # H2: "two weeks earlier" after the news's own change
        ("Nigerian troops retook Damboa on Tuesday. Boko Haram fighters seized Gwoza and raised their flag there "
         "three weeks earlier after driving out soldiers.", "Gwoza"),
        # H3: a span of time before "after" a passive change, the auxiliary of the change itself between them
        ("Rubble still lines the streets of Lysychansk more than a year after the city was captured by Russian "
         "forces.", "Lysychansk"),
        ("Few residents have returned, months after Bakhmut was taken by Wagner fighters.", "Bakhmut"),
    ],
)
def test_dated_back_change_is_background(extractor: Extractor, text: str, place: str) -> None:
    news, historical = _events(extractor, text)
    assert place not in news
    assert place in historical


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # twins: the same words dated within the news cycle stay news
        ("Kyiv marked the day on Thursday. Ukrainian troops pushed Russian forces out of Borodianka in late March as "
         "the assault stalled.", "Borodianka"),
        ("Nigerian troops retook Damboa on Tuesday. Boko Haram fighters seized Gwoza and raised their flag there a "
         "day earlier after driving out soldiers.", "Gwoza"),
        ("Russian forces captured Lysychansk on Monday, a year after the city was first shelled.", "Lysychansk"),
        ("Makariv was retaken by Ukrainian forces on Monday, two weeks after the town was surrounded.", "Makariv"),
    ],
)
def test_change_dated_in_the_news_cycle_stays_news(extractor: Extractor, text: str, place: str) -> None:
    news, _historical = _events(extractor, text)
    assert place in news
