"""Session 34 (helper notes34, issue 10): coder notes read whole again.

D, a date's day read as the subject: a coder note opens with its date ("On 9 December 2016, the Islamic State took
over X"), and the small model, for some days and months (December most), makes the day's number a second subject
of the verb (and the first day of a span: "Between 27 and 28 January", "On 9-10 December"). The first subject was
taken as the side, so the note gave no side and no event (`syntax.day_number`,
`syntax.subject_of`; the falling place of "On 19 December 2016, the town of X fell to Z" in `frames`). A day's
number is never a side. Twins: the same date-led notes of an attack, shelling, an attempt, a hold, a denial.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day", "place", "gaining"),
    [
        # D: each of these gave no event on main (the day's number read as the side)
        ("On 9 December 2016, the Islamic State captured the village of Jazal near Palmyra.", "2016-12-09", "Jazal",
         "isis"),
        ("On 19 December 2016, the Tiger Forces took control of the Zouhor hill near Aleppo.", "2016-12-19",
         "Zouhor Hill", "sy-gov"),
        ("On 21 December 2016, the Free Syrian Army took over the town of Sawran north of Aleppo.", "2016-12-21",
         "Sawran", "sna-syria"),
        ("On 9 December 2016, the Islamic State took over the town of Khanasir after clashes.", "2016-12-09",
         "Khanasir", "isis"),
        ("On 27 December 2016, the Islamic State overran the town of Khanasir after clashes.", "2016-12-27",
         "Khanasir", "isis"),
        ("On 29 December 2016, the Islamic State group entered the town of Khanasir and took control of it.",
         "2016-12-29", "Khanasir", "isis"),
        ("On 19 December 2016, the town of Gwoza fell to Boko Haram after clashes with the army.", "2016-12-19",
         "Gwoza", "boko-haram"),
        ("Late on 15 December 2016, the Syrian Army captured the town of Khanasir after clashes.", "2016-12-16",
         "Khanasir", "sy-gov"),
        # a span of days: its first day's number
        ("Between 27 and 28 January 2016, the Islamic State captured the town of Khanasir after clashes.", "2016-01-28",
         "Khanasir", "isis"),
        ("On 9-10 December 2016, the Syrian Army captured the town of Khanasir after clashes.", "2016-12-10",
         "Khanasir", "sy-gov"),
    ],
)
def test_a_date_led_note_keeps_its_side(extractor: Extractor, text: str, day: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _lo in _rows(extractor, text, day)] == [(place, gaining)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On 9 December 2016, the Islamic State attacked the village of Jazal near Palmyra but was repelled.", "2016-12-09"),
        ("On 19 December 2016, the Tiger Forces shelled the Zouhor hill near Aleppo.", "2016-12-19"),
        ("On 21 December 2016, the Free Syrian Army tried to take over the town of Sawran north of Aleppo.", "2016-12-21"),
        ("On 9 December 2015, the Islamic State failed to take over the town of Khanasir.", "2015-12-09"),
        ("On 27 December 2015, the Syrian Army still held the town of Khanasir after clashes with the Islamic State.",
         "2015-12-27"),
        ("On 19 December 2016, the army denied that the town of Gwoza had fallen to Boko Haram.", "2016-12-19"),
        ("On 9 December 2016, the Islamic State took over the headlines with a video from Palmyra.", "2016-12-09"),
    ],
)
def test_a_date_led_twin_takes_nothing(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []
