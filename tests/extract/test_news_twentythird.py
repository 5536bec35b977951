"""News and background in wire copy (session 23, helper news23). Two families read in the spent sets' false alerts
and in fresh wire copy:

- a claim the other side says it still fights in: "Moscow said its forces had taken X, but Kyiv said its troops were
  still fighting in the town", "Fighting in X continues", "this does not mean we have completely left the city" (a
  contested claim, no change for a desk); twins: the fight going on in the region or near another town, a partial
  capture with fighting left in the rest, the taker's own troops fighting on elsewhere;
- a change dated by a stage of a war, not by a day: "seized X in the early days of the invasion", "which the rebels
  took at the start of the war", "early in the conflict", "shortly after the war began", a "when" clause on such a
  stage (background); twins: the same capture dated by its own day, an offensive's stage (its "first days" may be
  this week's), "in the early hours of the offensive", "hours after the offensive began".

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, news_rows

_UA = dt.date(2023, 1, 14)
_LATER = dt.date(2024, 7, 5)


@pytest.mark.parametrize(
    "text",
    [
        # the defender fights on in the town, in the claim's own sentence
        "Moscow said on Friday its troops had captured Soledar in eastern Ukraine, but Kyiv said its soldiers were still "
        "fighting in the town.",
        "Russia's defence ministry said its forces had seized Soledar, while Ukraine said its units were still defending the town.",
        # in the next sentence, naming the place
        "The Russian army said it had taken full control of Soledar on Thursday. Ukrainian forces continued to fight in "
        "Soledar and in other towns of the region, the president said.",
        "Russian forces have reportedly seized the mining town of Soledar. The ministry announced the capture on Friday. "
        "Kyiv disagreed: \"This does not mean we have completely left the city.\"",
        # further on in the report, naming the place
        "Russian troops have taken the town of Soledar, the ministry in Moscow said on Friday. The claim could not be "
        "verified. Ukraine said its troops had pulled back from some streets. Fighting in Soledar continues, its army said.",
        "Moscow said its forces captured Soledar on Friday. Reporters could not reach the area. Western officials "
        "urged caution. There is still fierce fighting in Soledar, a Ukrainian spokesman said.",
    ],
)
def test_a_claim_the_other_side_still_fights_in_is_no_change(extractor: Extractor, text: str) -> None:
    assert [r for r in news_rows(extractor, text, _UA) if r[0] == "Soledar"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the fight goes on in the region, or near another town
        "Moscow said on Friday its troops had captured Soledar in eastern Ukraine, and Kyiv said its soldiers were still "
        "fighting in the Donetsk region.",
        "The Russian army said it had taken full control of Soledar on Thursday. Ukrainian troops were still fighting "
        "near Bakhmut, the army said.",
        "Moscow said its forces captured Soledar on Friday. Fighting in Bakhmut continues, Ukraine's army said.",
        # the taker's own troops fight on in another town
        "Russian forces captured Soledar on Friday, Ukraine's army said. Russian troops continued to fight in the town of Bakhmut.",
    ],
)
def test_a_fight_elsewhere_leaves_the_claim_standing(extractor: Extractor, text: str) -> None:
    assert ("Soledar", "ru-forces", "ua-forces") in news_rows(extractor, text, _UA)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces captured most of Soledar on Friday. Fighting in Soledar continues, the army said.",
        "Russian troops seized parts of Soledar on Friday, but Ukrainian soldiers were still fighting in the town.",
    ],
)
def test_a_partial_capture_stands_beside_the_fight_in_the_rest(extractor: Extractor, text: str) -> None:
    assert [r[:2] for r in news_rows(extractor, text, _UA)] == [("Soledar", "ru-forces")]


_LEAD = "Ukrainian forces shelled the occupied city on Monday, officials said. "


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "Russia captured Kherson in the early days of the invasion.",
        _LEAD + "Kherson, which Russian forces seized in the first weeks of the war, was hit again.",
        _LEAD + "Russian troops occupied Kherson at the start of the full-scale invasion and held it for months.",
        _LEAD + "Russian troops took Kherson early in the war.",
        _LEAD + "Kherson fell to Russia in the opening days of the invasion.",
        _LEAD + "Russian forces seized Enerhodar shortly after the war began.",
        "The rebels suffered heavy losses in the first weeks of the war, when the army took control of Mocha and Dhubab.",
        "The army shelled the town on Tuesday. The town of Bor, which the rebels had seized at the outset of the conflict, is empty.",
    ],
)
def test_a_change_dated_by_a_stage_of_the_war_is_background(extractor: Extractor, text: str) -> None:
    rows = change_rows(extractor, text, _LATER)
    assert rows and all(historical for _p, _g, _l, historical in rows)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels seized the town of Mocha on Monday, in the early hours of the offensive.", "Mocha"),
        ("Rebels seized the town of Mocha on Monday, hours after the offensive began.", "Mocha"),
        ("Government forces took control of Mocha on Thursday, in the early days of the offensive.", "Mocha"),
        # an offensive's first days may be this week's
        ("Alliance fighters seized Mocha in the first days of the offensive, the alliance said.", "Mocha"),
        ("The rebels suffered heavy losses in the first weeks of the offensive, when the army took control of Mocha.", "Mocha"),
        (_LEAD + "Russian troops took Kherson on Monday after a week of fighting.", "Kherson"),
    ],
)
def test_a_change_on_its_own_day_stays_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in [p for p, _g, _l in news_rows(extractor, text, _LATER)]
