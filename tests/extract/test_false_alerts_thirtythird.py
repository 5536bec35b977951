"""Session 33 (helper precision33, issue 10): false events over the twelve spent lead sets (holdout27a..32b).

H1 (hold_span.py, extractor._frames): a capture told with how long the takers held the place ("captured a town for
several hours before being repelled", "occupied the village for the next three days", "controlled X for several hours
before withdrawing") is a hold that ended in the report: no change (labelling.md, "Reversals"). Seen in 28a, 28b and
30a (wire copy, a monitor's note, a rebel spokesman's statement). Twins: the span on another verb ("fought for hours
before taking the base", "took the town after fighting for two days"), a perfect still holding ("have controlled the
town for three days"), an ordinal ("for the second time in two days"), a purpose ("for the government"), a long hold
in a relative clause ("which the rebels had held for two years").

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_DAY = dt.date(2019, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        # H1: the hold counted in hours, days or weeks on the capture's own verb
        "Insurgents captured a town in northern Borno for several hours before being driven off by a large army column. "
        "A military source said the fighters had stormed the town of Damboa on Saturday evening.",
        "On 3 March, the military shelled Kani village in Sagaing region. Army troops then occupied the village for the next "
        "three days, setting homes ablaze.",
        "A rebel spokesman said their fighters attacked Wadaka and Gelli on Saturday. He added that they controlled Wadaka for "
        "several hours on Saturday.",
        "The militants seized Mandera town for about six hours on Sunday, residents said.",
        "Gunmen held the district centre of Kalaw for two days and then left for the hills.",
        "Jihadists occupied the market town of Nangade for a few days last month before melting back into the bush.",
    ],
)
def test_a_counted_hold_is_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # H1 twins: the span counts another verb, or the hold goes on
        ("Boko Haram fighters battled soldiers for hours before taking control of the army base outside the town of Baga.",
         "Baga"),
        ("Taliban fighters captured the town of Qalat on Monday after fighting for two days.", "Qalat"),
        ("Al-Shabaab militants seized the town of Qoryoley on Sunday for the second time in two months.", "Qoryoley"),
        ("Somali troops recaptured the town of Bulo Burde on Monday, which the militants had held for two years.", "Bulo Burde"),
        ("The Arakan Army captured the town of Paletwa on Tuesday for the first time in the war.", "Paletwa"),
    ],
)
def test_twins_stay_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in {p for p, _g, _lo in news_rows(extractor, text, _DAY)}


# --- K1 (holding_on.py, contested._denies): the other side says it keeps the place -----------------------------------
@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Separatist fighters claim to have captured Luhansk airport from Ukrainian forces. Ukrainian forces say they remain "
         "in control of some parts of the airport.", dt.date(2014, 9, 3)),
        ("Separatist commanders announced that their units had captured Luhansk airport. Kyiv insisted that government "
         "troops were holding their positions at the airport.", dt.date(2014, 9, 3)),
        ("The defence minister also claimed that Russian forces completely seized Robotyne, although satellite images "
         "suggest that Ukrainian forces maintain their small foothold in the area.", dt.date(2023, 9, 20)),
        ("\"We managed to push the enemy out of Vovchansk and take control of most of the town,\" the Ukrainian commander "
         "wrote. Separately, the Russian defence minister said Ukrainian units were trying to enter Vovchansk, while "
         "reaffirming Moscow's control over the town.", dt.date(2024, 6, 12)),
    ],
)
def test_a_claim_the_other_side_keeps_is_no_change(extractor: Extractor, text: str, page: dt.date) -> None:
    assert news_rows(extractor, text, page) == []


@pytest.mark.parametrize(
    ("text", "page", "place"),
    [
        # K1 twins: the taker keeps what it took, the defender keeps another place, "holding talks", "maintain order"
        ("Russian forces captured Robotyne on Tuesday and are holding their positions in the village against "
         "counterattacks.", dt.date(2023, 9, 20), "Robotyne"),
        ("Russian forces captured Robotyne on Tuesday, the ministry said. Ukraine said its troops were holding their "
         "positions near Orikhiv.", dt.date(2023, 9, 20), "Robotyne"),
        ("Russian forces captured Robotyne on Tuesday, while Ukrainian troops kept control of Orikhiv.", dt.date(2023, 9, 20),
         "Robotyne"),
        ("Ukrainian forces recaptured Klishchiivka on Sunday, the general staff said. Officials said they were holding "
         "talks with allies on new air defences.", dt.date(2023, 9, 18), "Klishchiivka"),
        ("Somali troops retook the town of Bulo Burde on Monday. The army said it would maintain order in the town.",
         dt.date(2019, 3, 12), "Bulo Burde"),
    ],
)
def test_keeping_twins_stay_news(extractor: Extractor, text: str, page: dt.date, place: str) -> None:
    assert place in {p for p, _g, _lo in news_rows(extractor, text, page)}
