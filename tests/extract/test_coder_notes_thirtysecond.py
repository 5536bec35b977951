"""Session 32 (helper notes32, issue 10): conflict monitors' one-line coder notes that main misread.

Read from the spent notes folders (Sudan coder notes of 2025 held in a public repository's report context; no row
copied):
Q1 (note_quarter.py, coreference.NOTE_ONLY_ANAPHORS, frames.place_refs): a note codes a city's quarter as "City -
Quarter (District, Province)" and says what changed as "the neighbourhood", often a share of it ("with SAF regaining
control of a large portion of the neighborhood"); a singular share ("a large part / portion of the village") of a
place the note named reads the same way. Twins: wire copy with no hierarchy, an attempt, a side that stays in control,
shelling, fighting for control, a withdrawal after a failed attack, "took part in", a share of a budget.
C1 (coded_elsewhere.py, extractor): what the coder marks "(coded separately)" is another row's event: a second place
("took control of A town (X, Y) and B (coded separately)") or the place's backstory in a bracket ("(Z initially
gained control of the area around 15 November - coded separately)"). Twins: a bracket with no mark keeps its place
and its capture; a second place with no mark is read.
R1 (raid_leaving.py, extractor._raid_left): a non-state side that "withdrew from X after looting the market", "left X
after burning the town hall", "pulled out of X after they looted shops": the end of a raid, no loss (as "retreated
from" already read). Twins: a withdrawal after clashes, a taker named, a side the note says held the town, a state
force's scorched-earth withdrawal ("after destroying the bridges").
S1 (syntax.stray_subject, _noun_before, _set_off_participle): "On 23 January 2025, M23, backed by the RDF, captured X":
after a date, the small model hangs a short name on the date as an apposition and makes the set-off participle the
root (or the verb's clause), so the capture had no doer; the name just before ", backed by Y," is the doer. Twins: the
same opening with an attack, an attempt, shelling, a sports title.
D1 (cleared_debris.py, frames._crowd_cleared): "troops cleared X of mines / unexploded ordnance": demining, no side
driven out (main read a change with a side from nowhere). Twins: "cleared X of Boko Haram militants", "cleared Boko
Haram from X" stay changes.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_partial, news_rows

_DAY = dt.date(2025, 5, 19)


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # Q1: the coded quarter as "the neighbourhood", whole or in part
        ("On 19 May 2025, clashes between SAF and RSF continued in Omdurman - Al Hara (Omdurman, Khartoum), with SAF "
         "regaining control of a large portion of the neighborhood. SAF seized RSF vehicles.", "Al Hara", "saf", "rsf"),
        ("On 19 May 2025, clashes between SAF and RSF continued in Omdurman - Al Hara (Omdurman, Khartoum), with SAF "
         "regaining control of the neighborhood. Casualties unknown.", "Al Hara", "saf", "rsf"),
        ("On 19 May 2025, RSF attacked SAF positions in Bahri - Kafouri (Khartoum Bahri, Khartoum). RSF took control of "
         "the neighbourhood after SAF withdrew.", "Kafouri", "rsf", "saf"),
        ("On 19 May 2025, clashes between SAF and RSF continued in Al Hara (Omdurman, Khartoum). SAF regained control "
         "of parts of the neighbourhood.", "Al Hara", "saf", "rsf"),
        # Q1: a singular share of the village the note named
        ("On 19 May 2025, clashes between SAF and RSF continued in Wad Rawda village (Um Bada, Khartoum). SAF regained "
         "control of a large part of the village.", "Wad Rawda", "saf", "rsf"),
        ("On 19 May 2025, clashes between SAF and RSF continued in Wad Rawda village (Um Bada, Khartoum), with SAF "
         "regaining control of a large portion of the village.", "Wad Rawda", "saf", "rsf"),
        # S1: the doer before a set-off participle after the date
        ("On 19 May 2025, M23, backed by the RDF, captured Nyabibwe (Kalehe, Sud-Kivu) after FARDC withdrew.",
         "Nyabibwe", "m23", "cd-gov"),
        ("On 19 May 2025, M23, backed by the RDF, took control of Nyabibwe (Kalehe, Sud-Kivu) after FARDC withdrew.",
         "Nyabibwe", "m23", "cd-gov"),
        # D1 twins: a side cleared out
        ("On 19 May 2025, troops cleared Bulagana (Konduga, Borno) of Boko Haram militants.", "Bulagana", "ng-gov",
         "boko-haram"),
        # C1: the bracket's backstory is no news of this note
        ("On 19 May 2025, SAF clashed with RSF in Gadeer (Bau, Blue Nile) and regained control over the area (SPLM-N "
         "initially gained control of the area around 12 November 2024 - coded separately). Casualties unknown.",
         "Gadeer", "saf", "rsf"),
        ("On 19 May 2025, clashes between SAF and RSF continued in Al Hara (Omdurman, Khartoum), with SAF regaining "
         "control of most of the village (SAF regained control of the village around 4 April - coded separately).",
         "Al Hara", "saf", "rsf"),
        # C1: the second place is another row's
        ("On 19 May 2025, Al Shabaab took control of Gawaan town (Cadale, Middle Shabelle) and Dhagaxley (coded "
         "separately) after government security forces (SNA) withdrew.", "Gawaan", "al-shabaab", "so-gov"),
        ("On 19 May 2025, Al Shabaab took control of Gawaan town (Cadale, Middle Shabelle) and Dhagaxley village "
         "[coded separately] after the SNA withdrew.", "Gawaan", "al-shabaab", "so-gov"),
    ],
)
def test_coder_note_capture_is_read(extractor: Extractor, text: str, place: str, gaining: str, losing: str) -> None:
    assert news_rows(extractor, text, _DAY) == [(place, gaining, losing)]


def test_a_share_of_the_quarter_is_partial(extractor: Extractor) -> None:
    """Q1: "a large portion of the neighborhood" is part of the quarter; "the neighborhood" is all of it."""
    part = ("On 19 May 2025, clashes between SAF and RSF continued in Omdurman - Al Hara (Omdurman, Khartoum), with "
            "SAF regaining control of a large portion of the neighborhood.")
    whole = ("On 19 May 2025, clashes between SAF and RSF continued in Omdurman - Al Hara (Omdurman, Khartoum), with "
             "SAF regaining control of the neighborhood.")
    assert news_partial(extractor, part, _DAY) == {"Al Hara": True}
    assert news_partial(extractor, whole, _DAY) == {"Al Hara": False}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # C1 twins: no mark, the place and the capture are this note's
        ("On 19 May 2025, Al Shabaab took control of Gawaan town (Cadale, Middle Shabelle) and Dhagaxley after "
         "government security forces (SNA) withdrew.", ["Dhagaxley", "Gawaan"]),
        ("On 19 May 2025, Al Shabaab took control of Gawaan town (Cadale, Middle Shabelle) (the militants said) after "
         "government security forces (SNA) withdrew.", ["Gawaan"]),
    ],
)
def test_an_unmarked_bracket_keeps_its_places(extractor: Extractor, text: str, places: list[str]) -> None:
    assert sorted(p for p, _g, _lo in news_rows(extractor, text, _DAY)) == places


@pytest.mark.parametrize(
    "text",
    [
        # Q1 twins
        "Residents said the army regained control of the neighbourhood on Monday after heavy fighting.",
        "On 19 May 2025, clashes between SAF and RSF continued in Al Hara (Omdurman, Khartoum). SAF attempted to "
        "regain control of the neighbourhood.",
        "On 19 May 2025, clashes between SAF and RSF continued in Al Hara (Omdurman, Khartoum). RSF remained in control "
        "of the neighbourhood.",
        "On 19 May 2025, clashes between SAF and RSF continued in Al Hara (Omdurman, Khartoum). SAF shelled the "
        "neighbourhood.",
        "On 19 May 2025, clashes between SAF and RSF continued in Al Hara (Omdurman, Khartoum). SAF withdrew from the "
        "neighbourhood after an attack failed.",
        "On 19 May 2025, SAF advanced toward Al Hara (Omdurman, Khartoum) and clashed with RSF for control of the "
        "neighbourhood.",
        "On 19 May 2025, clashes between SAF and RSF continued in Al Hara (Omdurman, Khartoum). RSF took part in the "
        "fighting in the neighbourhood.",
        "The army took control of a large portion of the budget, the finance minister said.",
        "On 19 May 2025, clashes between SAF and RSF continued in Wad Rawda village (Um Bada, Khartoum). SAF tried to "
        "regain control of a large part of the village.",
        # D1: demining
        "Military forces clear Bulagana of mines.",
        "On 19 May 2025, troops cleared Bulagana (Konduga, Borno) of unexploded ordnance.",
        # S1 twins
        "On 19 May 2025, M23, backed by the RDF, attacked FARDC positions in Nyabibwe (Kalehe, Sud-Kivu).",
        "On 19 May 2025, M23, backed by the RDF, tried to capture Nyabibwe (Kalehe, Sud-Kivu) but were repelled.",
        "On 19 May 2025, M23, backed by the RDF, shelled Nyabibwe (Kalehe, Sud-Kivu).",
        "On 19 May 2025, Real Madrid, backed by its fans, captured the title in Madrid.",
        # R1: a raid's end
        "On 19 May 2025, RSF fighters withdrew from Wad Rawda (Um Bada, Khartoum) after looting the market. Casualties "
        "unknown.",
        "On 19 May 2025, JNIM militants left Tougouri (Tougouri, Namentenga) after burning the town hall.",
        "On 19 May 2025, Al Shabaab militants pulled out of Gawaan (Cadale, Middle Shabelle) after they looted shops.",
        # C1 twins: only another row's change is told
        "On 19 May 2025, clashes between SAF and RSF continued in Gadeer (Bau, Blue Nile) (RSF overtook the area on 3 "
        "April - coded separately). Casualties unknown.",
        "On 19 May 2025, SAF claimed it killed tens of RSF during clashes in Al Hara, Wad Rawda and Gadeer on 18 May "
        "(coded separately).",
    ],
)
def test_coder_note_twin_takes_nothing(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # R1 twins: a leaving that is a loss
        ("On 19 May 2025, RSF fighters withdrew from Wad Rawda (Um Bada, Khartoum) after looting the market, and SAF "
         "entered and took control of the town.", "Wad Rawda", "saf", "rsf"),
        ("On 19 May 2025, RSF fighters, who had controlled Wad Rawda (Um Bada, Khartoum) since December 2023, withdrew "
         "from the town after looting the market.", "Wad Rawda", "saf", "rsf"),  # the war's other side (session 39)
        ("On 19 May 2025, Russian forces withdrew from Krynky (Kherson, Kherson) after destroying the bridges.", "Krynky",
         "ua-forces", "ru-forces"),
    ],
)
def test_a_leaving_that_is_a_loss_is_read(extractor: Extractor, text: str, place: str, gaining: str | None,
                                          losing: str) -> None:
    assert news_rows(extractor, text, _DAY) == [(place, gaining, losing)]
