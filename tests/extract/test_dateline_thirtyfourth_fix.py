"""A dateline on a line of its own places the reporter (session 34, helper fix34n, issue 10).

Some outlets open the story with the city and date alone on the first line ("Kyiv, August 28" then a line break),
with no dash nor agency. The city stayed in title case and became the antecedent of a headline's "settlement" or
"town": a report of a village retaken went to the capital. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.raw_text import end_dateline

from .conftest import make_article

PUB = dt.date(2023, 8, 29)


@pytest.mark.parametrize(
    ("text", "ended"),
    [
        ("Kyiv, August 28\nThe army said ...", "KYIV, August 28\nThe army said ..."),
        ("Gao, Mali, Nov. 14\nThe army said ...", "GAO, Mali, Nov. 14\nThe army said ..."),
        ("Kharkiv, Sept 3, 2023\nThe army said ...", "KHARKIV, Sept 3, 2023\nThe army said ..."),
        # the story's own first line, or a city with no date after it, is left as written
        ("Kyiv said on August 28\nThe army said ...", "Kyiv said on August 28\nThe army said ..."),
        ("Kyiv, the capital, was calm\nThe army said ...", "Kyiv, the capital, was calm\nThe army said ..."),
    ],
)
def test_a_line_dateline_is_written_in_capitals(text: str, ended: str) -> None:
    assert end_dateline(text) == ended
    assert len(end_dateline(text)) == len(text)


@pytest.mark.parametrize(
    ("title", "text", "places"),
    [
        (
            "Key village taken back from Russia, Ukraine says",
            "Kyiv, August 28\nUkraine said on Monday its troops had retaken the village of Robotyne in the south after weeks of fighting.",
            ["Robotyne"],
        ),
        (
            "Strategic town recaptured from militants, army says",
            "Mogadishu, March 4\nSomali troops recaptured the town of Moqokori on Sunday after a night of fighting, the army said.",
            ["Moqokori"],
        ),
    ],
)
def test_the_headline_settlement_is_not_the_dateline(extractor: Extractor, title: str, text: str, places: list[str]) -> None:
    events = [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if e.kind == "change" and not e.historical]
    assert sorted({e.place.name for e in events}) == places


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # twins: a dateline over a story of attacks, vows and a raid gives the capital no event either
        ("Village attacked again, Ukraine says", "Kyiv, August 28\nRussian troops attacked the village of Robotyne again on Monday but were repelled."),
        ("Army vows to retake town", "Mogadishu, March 4\nSomali troops vowed to recapture the town of Moqokori before the rains."),
    ],
)
def test_no_event_at_the_dateline(extractor: Extractor, title: str, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if e.kind == "change" and not e.historical]
    assert [e.place.name for e in events] == []
