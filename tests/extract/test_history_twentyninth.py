"""Session 29 (helper past29, issue 10): historical captures told as news. A relative clause that describes a place or
side by a recent capture, a span of recent days or weeks in the clause's own verb, a chronicle's entry (historical
present, a place's heading in capitals) dated weeks back, and a capture that "preceded" the news are background;
"still in control" is a hold. Twins: the same captures told as the day's news stay news."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, news_rows


@pytest.mark.parametrize(
    ("day", "text", "place"),
    [
        # a describing clause dated by a recent span
        ("2023-08-30", "Somali government forces are still in control of the town of Elbur, which they captured recently.", "Elbur"),
        ("2023-09-14", "Somali forces remain in control of the town of Dhusamareb, which they seized earlier this month from al-Shabaab.", "Dhusamareb"),
        ("2021-07-08", "Taliban fighters, who have taken Nahrin over the past few days, said they would march on Pul-e Khumri in Afghanistan.", "Nahrin"),
        # a span of recent days or weeks in the clause's own verb
        ("2021-06-30", "In addition to Kaldar, the Taliban have captured the districts of Nahrin and Burka in Afghanistan over past few days.", "Burka"),
        (
            "2015-06-25",
            "In the months since, the Kurdish YPG has pushed east from Kobani. In recent days, its fighters captured the border town of Tal Abyad in Syria from IS.",
            "Tal Abyad",
        ),
        (
            "2015-01-18",
            "Shelling went on around Donetsk on Sunday. Pro-Russian separatists took control of the Donetsk airport in Ukraine in recent weeks.",
            "Donetsk Airport",
        ),
        # a chronicle's entry dated weeks back: the historical present, a heading in capitals
        ("2021-08-16", "The Taliban take control of the main Shir Khan Bandar border crossing with Tajikistan on 22 June.", "Shir Khan Bandar border crossing"),
        ("2017-12-09", "DEIR EZZOR: In November 2017, Syria's army seizes Deir Ezzor, driving the jihadists out.", "Deir Ezzor"),
        ("2015-12-09", "SINJAR: Kurdish Peshmerga forces recaptured Sinjar from IS on November 13.", "Sinjar"),
        # what preceded the news
        ("2024-01-03", "The army's withdrawal from Zalingei in Sudan was preceded by the RSF's capture of Kasi and Salia.", "Kasi"),
        ("2024-01-03", "The RSF's capture of Kasi and Salia preceded the army's withdrawal from Zalingei in Sudan.", "Salia"),
    ],
)
def test_a_capture_told_as_background_is_historical(extractor: Extractor, day: str, text: str, place: str) -> None:
    published = dt.date.fromisoformat(day)
    rows = change_rows(extractor, text, published)
    assert (place, True) in {(p, h) for p, _g, _lo, h in rows}, rows
    assert place not in {p for p, _g, _lo in news_rows(extractor, text, published)}, rows


@pytest.mark.parametrize(
    ("day", "text", "place"),
    [
        ("2023-08-30", "Somali government forces captured the town of Elbur from al-Shabaab on Tuesday, residents said.", "Elbur"),
        ("2023-08-30", "Somali government forces recently captured the town of Elbur, residents said.", "Elbur"),
        ("2023-08-30", "Somali government forces are now in control of the town of Elbur after al-Shabaab retreated.", "Elbur"),
        ("2021-06-30", "The Taliban have captured the Afghan city of Kunduz over the past two days, officials said.", "Kunduz"),
        ("2021-06-30", "The Taliban captured the Afghan city of Kunduz in the last 24 hours.", "Kunduz"),
        # a monitor line opening with the span is that line's own record
        ("2022-10-21", "In recent days, Somali troops and clan militias captured Bulo Burde and Moqokori towns (Hiran region).", "Moqokori"),
        ("2021-06-30", "The Taliban have attacked the Afghan city of Kunduz repeatedly over the past few weeks but captured it only on Tuesday.", "Kunduz"),
        ("2021-08-16", "The Taliban took control of the main Shir Khan Bandar border crossing with Tajikistan on 22 June.", "Shir Khan Bandar border crossing"),
        ("2023-11-20", "BREAKING: On 3 October 2023, the RSF took control of Zalingei in Central Darfur after clashes with the SAF.", "Zalingei"),
        ("2024-01-03", "The RSF captured Kasi and Salia in Sudan on Tuesday, preceded by heavy shelling of the towns.", "Kasi"),
    ],
)
def test_the_same_capture_told_as_the_days_news_stays_news(extractor: Extractor, day: str, text: str, place: str) -> None:
    published = dt.date.fromisoformat(day)
    assert place in {p for p, _g, _lo in news_rows(extractor, text, published)}, change_rows(extractor, text, published)


def test_still_in_control_is_a_hold_not_a_change(extractor: Extractor) -> None:
    text = "After al-Shabaab withdrew from the outskirts, Somali government forces were still in control of the town of Elbur."
    assert news_rows(extractor, text, dt.date(2023, 8, 30)) == []


def test_gains_summed_over_a_campaign_of_months_after_the_lead_are_background(extractor: Extractor) -> None:
    lead = "Iraqi special forces pushed into a new district of Mosul on Monday. "
    summary = "Iraqi forces have seized most of eastern Mosul in a 3-month U.S.-backed campaign to drive the militants out of the city."
    rows = change_rows(extractor, lead + summary, dt.date(2017, 1, 16))
    assert ("Mosul", True) in {(p, h) for p, _g, _lo, h in rows}, rows
    assert "Mosul" not in {p for p, _g, _lo in news_rows(extractor, lead + summary, dt.date(2017, 1, 16))}


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces retook the city of Mosul in a two-day offensive against Islamic State.",
        "Iraqi forces retook the city of Mosul on Monday after a three-month siege.",
        "Iraqi special forces pushed toward Tal Afar on Monday. Iraqi forces retook the city of Mosul on Sunday in a three-month campaign.",
    ],
)
def test_a_campaign_with_its_own_day_or_of_days_stays_news(extractor: Extractor, text: str) -> None:
    assert "Mosul" in {p for p, _g, _lo in news_rows(extractor, text, dt.date(2017, 1, 16))}, change_rows(extractor, text, dt.date(2017, 1, 16))
