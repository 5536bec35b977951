"""Session 34 (helper notes34, issue 10): coder notes read whole again.

D, a date's day read as the subject: a coder note opens with its date ("On 9 December 2016, the Islamic State took
over X"), and the small model, for some days and months (December most), makes the day's number a second subject
of the verb (and the first day of a span: "Between 27 and 28 January", "On 9-10 December"). The first subject was
taken as the side, so the note gave no side and no event (`syntax.day_number`,
`syntax.subject_of`; the falling place of "On 19 December 2016, the town of X fell to Z" in `frames`). A day's
number is never a side. Twins: the same date-led notes of an attack, shelling, an attempt, a hold, a denial.

G, a government side named only by a common word ("government troops", "the army") against the Islamic State, in
a note that writes no country: the side's country was inferred from the Islamic State's first country, Iraq, and a
Syrian town of the name was then rejected as "an obscure namesake abroad" (kept as written in Iraq: Iraqi forces
took it). A town in another country a named side fights in is no namesake abroad when the text writes no country
(`context._sides_other_country`). Twins: Iraqi towns in the same notes, notes that write "Iraqi" or "Syrian", Boko
Haram notes.

K, a district's seat named by the district after "in": "overran the district center in Khamab district", "seized
the government headquarters in the remote district of X" (Afghan reports and monitors' lines): the seat is the
district's, and the district is taken (`frames._seat_district_in`, read by `frames._district_seat`; the small model
hangs the "in" on the seat or on the verb). Twins: the seat attacked, besieged or failed at, a checkpoint near it, a
seat "in" a province (no district named), a police headquarters, protesters.

B, a neighbour named as a border: "X district, on the border with Tajikistan", "which borders Pakistan": the
neighbour was counted as a country the story is written about, and a government side named only by a common word
("army units", "security forces") became the neighbour's (Tajikistan's army took an Afghan district;
`context._NEIGHBOUR_BEFORE`). Twins: the neighbour's own demonym ("Pakistani troops"), the same notes with the
place's own country written.

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


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        # G: each gave the place to Iraq's government on main
        ("Government troops regained control of the town of Sukhnah after IS militants withdrew.", "Sukhnah", "sy-gov"),
        ("Government forces took the town of Maskanah after Islamic State fighters fled overnight.", "Maskanah", "sy-gov"),
        ("The army retook the town of Mahin after IS militants withdrew.", "Mahin", "sy-gov"),
        ("Government forces recaptured the town of Suluk after IS fighters fled.", "Suluk", "sy-gov"),
        ("Army units restored security and stability to the town of Deir Hafer after eliminating ISIS terrorists.",
         "Deir Hafer", "sy-gov"),
        # twins: an Iraqi town, a written country, another war
        ("Government forces retook the town of Baiji after IS fighters fled.", "Baiji", "iq-gov"),
        ("Government troops regained control of the town of Rutba after IS militants withdrew.", "Rutba", "iq-gov"),
        ("Iraqi troops regained control of the town of Sinjar after IS militants withdrew.", "Sinjar", "iq-gov"),
        ("Syrian troops regained control of the town of Sukhnah after IS militants withdrew.", "Sukhnah", "sy-gov"),
        ("Troops regained control of the town of Damboa after Boko Haram fighters withdrew.", "Damboa", "ng-gov"),
    ],
)
def test_a_countryless_note_puts_the_town_where_it_lies(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _lo in _rows(extractor, text, "2016-06-01")] == [(place, gaining)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Taliban overran the district center in Qaysar district on Tuesday after a night of fighting.", "Qaysar"),
        ("On 23 July 2017, the Taliban seized the district headquarters in the remote northern district of Qaysar.",
         "Qaysar"),
        ("Taliban fighters seized the government headquarters in Ghormach district, including the police headquarters.",
         "Ghormach"),
        ("The district compound in Ghormach district was overrun by the Taliban on Sunday.", "Ghormach"),
    ],
)
def test_a_seat_in_a_named_district_takes_the_district(extractor: Extractor, text: str, place: str) -> None:
    assert [(p, g) for p, g, _lo in _rows(extractor, text, "2017-07-25")] == [(place, "taliban")]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban attacked the district center in Qaysar district on Tuesday but were repelled.",
        "The Taliban besieged the district headquarters in the remote northern district of Qaysar.",
        "The Taliban failed to overrun the district center in Qaysar district on Tuesday.",
        "The Taliban overran a checkpoint near the district center in Qaysar district on Tuesday.",
        "The Taliban seized control of a district centre in Faryab province on Tuesday.",
        "The Taliban seized the police headquarters in Ghormach district on Sunday.",
        "Protesters stormed the government headquarters in Ghormach district on Sunday.",
    ],
)
def test_a_seat_twin_takes_nothing(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, "2017-07-25") == []


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        # B: each gave the neighbour's government on main
        ("Army, police and special forces units took back Darqad district, on the border with Tajikistan, on Sunday.",
         "Darqad", "af-gov"),
        ("Security forces took back the district of Dand Patan on the border with Pakistan from the Taliban.", "Dand Patan",
         "af-gov"),
        ("Government forces recaptured the district of Darqad, which borders Tajikistan, on Sunday.", "Darqad", "af-gov"),
        # twins: a demonym or the place's own country written
        ("Afghan forces recaptured the district of Darqad, which borders Tajikistan, on Sunday.", "Darqad", "af-gov"),
        ("Nigerian troops retook the town of Gamboru, on the border with Cameroon, from Boko Haram.", "Gamboru", "ng-gov"),
    ],
)
def test_a_neighbour_named_as_a_border_is_not_the_taker(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _lo in _rows(extractor, text, "2016-01-10")] == [(place, gaining)]
