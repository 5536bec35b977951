"""An oil terminal is a site that changes hands (session 35, the lead, issue 10).

Issue 10 names "forces take control of all oil fields in X" among the sites; Libya's oil crescent was fought over by
its terminals ("the oil terminals in Ras Lanuf"), which were no site kind: the capture was dropped for want of a
place. A terminal counts with "oil" or "gas" before it, as a field does. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2016, 9, 13)


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        ("Libyan forces take control of all oil terminals in Ras Lanuf", "", "Ras Lanuf Oil Terminals"),
        (None, "Forces loyal to Haftar took control of the Zueitina oil terminal on Monday.", "Zueitina Oil Terminal"),
    ],
)
def test_an_oil_terminal_taken_is_a_site(extractor: Extractor, title: str | None, text: str, place: str) -> None:
    events = [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if not e.historical]
    assert [(e.place.name, e.place.country_code) for e in events] == [(place, "LY")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (None, "Police seized the bus terminal in Benghazi on Monday."),
        (None, "The army took control of the airport terminal in Benghazi on Monday."),
        ("Islamic State attacks oil terminals in Ras Lanuf", ""),
    ],
)
def test_other_terminals_and_attacks_stay_quiet(extractor: Extractor, title: str | None, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if not e.historical] == []
