"""Background captures told as news (session 40, helper hist40, issue 10): an earlier day told below the news.

A capture dated by a weekday two days or more before the report, told below news that names no day of its own
("Rebels have captured X ... On Friday, the rebels captured the nearby town of Y" in Sunday's story), came before that
news: historical (timeline.py, ``LEAD_GAP_DAYS``). Twins that stay news: the day before ("On Saturday" on Sunday,
"yesterday" over "On Friday"), a lead that names its own day ("on Sunday ... On Friday": a roundup of the last days,
as test_timeline has it), the capture told with "also" (added to the news's tally),
the weekday inside the lead's own sentence, a story with no other capture above it, a capture told alone, and an
attack or an attempt (no capture at all). Sentences written for these tests, after the grammar of wire reports of
2014-2017 (Afghanistan, Iraq, Congo).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

SUNDAY = dt.date(2016, 8, 14)
TITLE = "Fighting spreads in the north"


def _split(extractor: Extractor, text: str, title: str | None = TITLE) -> tuple[set[str], set[str]]:
    events = [e for e in extractor.extract(make_article(text, published=SUNDAY, title=title)) if e.kind == "change"]
    return {e.place.name for e in events if not e.historical}, {e.place.name for e in events if e.historical}


@pytest.mark.parametrize(
    ("text", "news", "old"),
    [
        # an undated lead: the report's day
        ("Taliban fighters have captured the district of Khanabad, officials said. On Friday, the insurgents seized the "
         "district of Dasht-e-Archi.", "Khanabad", "Dasht-e-Archi"),
        ("Taliban fighters have captured the district of Khanabad, officials said. The district of Dasht-e-Archi was "
         "seized by the insurgents on Friday.", "Khanabad", "Dasht-e-Archi"),
        ("Iraqi forces retook the town of Qayyarah from Islamic State, the military said. The army captured the nearby "
         "village of Hajj Ali on Friday.", "Qayyarah", "Hajj Ali"),
        ("Rebels have captured the town of Masisi in eastern Congo, residents said. On Friday, the rebels captured the "
         "nearby town of Katale.", "Masisi", "Katale"),
        # the other side's earlier capture
        ("Taliban fighters have captured the district of Khanabad, officials said. On Thursday, government forces retook "
         "the district of Dasht-e-Archi.", "Khanabad", "Dasht-e-Archi"),
    ],
)
def test_a_weekday_two_days_before_the_news_above_it_is_background(
    extractor: Extractor, text: str, news: str, old: str
) -> None:
    now, before = _split(extractor, text)
    assert news in now and old in before and old not in now


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the day before the news
        ("Iraqi forces retook the town of Qayyarah from Islamic State, the military said. On Saturday the army captured "
         "the nearby village of Hajj Ali.", {"Qayyarah", "Hajj Ali"}),
        ("Iraqi forces retook the town of Qayyarah yesterday, the military said. On Friday the army captured the nearby "
         "village of Hajj Ali.", {"Qayyarah", "Hajj Ali"}),
        # a lead that names its own day: a roundup of the last days (test_timeline's twin)
        ("Iraqi forces retook the town of Qayyarah on Sunday, the military said. On Friday the army captured the nearby "
         "village of Hajj Ali.", {"Qayyarah", "Hajj Ali"}),
        # "also": added to the news's tally
        ("Iraqi forces retook the town of Qayyarah from Islamic State, the military said. On Friday the army also "
         "captured the nearby village of Hajj Ali.", {"Qayyarah", "Hajj Ali"}),
        # no capture told above it
        ("Iraqi forces shelled the town of Qayyarah, the military said. On Friday the army captured the nearby village "
         "of Hajj Ali.", {"Hajj Ali"}),
        # told alone
        ("On Friday the army captured the village of Hajj Ali south of Mosul, the military said on Sunday.", {"Hajj Ali"}),
    ],
)
def test_a_weekday_capture_that_stays_news(extractor: Extractor, text: str, places: set[str]) -> None:
    now, before = _split(extractor, text)
    assert places <= now and not places & before


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces retook the town of Qayyarah from Islamic State, the military said. On Friday the army attacked the "
        "nearby village of Hajj Ali.",
        "Iraqi forces retook the town of Qayyarah from Islamic State, the military said. On Friday the army tried to "
        "capture the nearby village of Hajj Ali.",
    ],
)
def test_an_earlier_attack_is_no_capture(extractor: Extractor, text: str) -> None:
    now, before = _split(extractor, text)
    assert "Hajj Ali" not in now | before and "Qayyarah" in now
