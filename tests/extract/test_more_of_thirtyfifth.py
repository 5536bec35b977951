""""More of X" is a part of the town taken (session 35, the lead, issue 10).

"Sudan army retakes more of capital Khartoum from RSF": "most of", "half of" and "parts of" made a share of a town,
"more of" made no place at all. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2025, 2, 15)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Sudan army retakes more of capital Khartoum from RSF", ""),
        (None, "The army recaptured more of Khartoum on Saturday, pushing the RSF out of two districts."),
    ],
)
def test_more_of_a_town_taken_is_a_part_of_it(extractor: Extractor, title: str | None, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if not e.historical]
    assert [(e.place.name, e.gaining and e.gaining.id, e.partial) for e in events] == [("Khartoum", "saf", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The army hopes to retake more of Khartoum within weeks.",
        "More of Khartoum was shelled on Saturday.",
        "The RSF took more than 20 prisoners near Khartoum on Saturday.",
    ],
)
def test_more_without_a_town_taken_stays_quiet(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical] == []
