"""A guard loosened where the trace counted it dropping right events (session 25, helper why25).

Of the 495 news events the nine spent real sets' labels hold and main missed, the trace (``explanation.py``) put 31 on
the background checks, most on ``is_background_date`` in monitors' note lines: a digest filed early in a month records
the month before ("In July, X was retaken from Z" on a 1 August page; "In the last weeks of October, the RSF made
gains across Darfur, claiming control of X" on a 4 November page). A note line dated by the month before its page's is
that line's news (``note_line.note_line_news``, as a line dated by its day up to two months back already was), and a
participle after the line's clause that names its gains is the line's own record (``note_line._main_clause``).

Twins: the month two or more back, a relative clause, an "After capturing X" setting, a story (not a note line), an
attempt, a seizure given up again.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, news_rows

_PAGE = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In February, government forces retook the town of Hays from the Houthis.", "Hays"),
        ("In February, the village of Krasnohorivka in the Donetsk region was seized by Russian forces.", "Krasnohorivka"),
        ("During the last weeks of February, government troops recaptured the town of Hays from the Houthis.", "Hays"),
        ("In the last days of February, the RSF made gains across North Darfur, capturing the town of Mellit.", "Mellit"),
        ("In February, Russian forces advanced in the Donetsk region, taking the village of Krasnohorivka.", "Krasnohorivka"),
        ("On 10 February, al-Shabaab fighters overran an army base in Lower Shabelle, seizing the town of Awdheegle.", "Awdheegle"),
    ],
)
def test_a_note_line_of_the_month_before_its_page_is_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in {p for p, _g, _lo in news_rows(extractor, text, _PAGE)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In December, government forces retook the town of Hays from the Houthis.", "Hays"),
        ("In January 2023, the village of Krasnohorivka in the Donetsk region was seized by Russian forces.", "Krasnohorivka"),
        ("Ukrainian forces shelled Krasnohorivka, which Russian forces seized in February.", "Krasnohorivka"),
        ("After capturing Mellit in February, the RSF moved on El Fasher.", "Mellit"),
        ("In December, the RSF made gains across North Darfur, capturing the town of Mellit.", "Mellit"),
    ],
)
def test_the_same_line_further_back_or_as_a_setting_stays_background(extractor: Extractor, text: str, place: str) -> None:
    rows = change_rows(extractor, text, _PAGE)
    assert place not in {p for p, _g, _lo, h in rows if not h}


@pytest.mark.parametrize(
    "text",
    [
        "In February, the RSF made several attempts to capture the town of Mellit.",
        "On 10 February, al-Shabaab fighters overran an army base in Lower Shabelle, briefly seizing the town of Awdheegle before withdrawing.",
        "In February, the RSF made gains across North Darfur, hoping to capture the town of Mellit.",
    ],
)
def test_an_attempt_or_a_brief_seizure_of_that_month_is_no_change(extractor: Extractor, text: str) -> None:
    assert not news_rows(extractor, text, _PAGE)


def test_a_story_of_several_sentences_still_tells_the_month_before_as_background(extractor: Extractor) -> None:
    text = ("Houthi fighters attacked government positions near Hays on Monday, residents said. In February, government "
            "forces retook the town of Hays from the Houthis after weeks of fighting. The Houthis have vowed to return, "
            "and aid groups say thousands have fled the district since the fighting began.")
    assert "Hays" not in {p for p, _g, _lo in news_rows(extractor, text, _PAGE)}
