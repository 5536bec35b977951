"""Session 30 (helper sides30, issue 10): the gaining side right, from the DIRECTION lines of the spent sets.

N1 (named_head.py): a bare "rebels" / "separatists" names the one side the story named with that head noun ("Rebels
capture X" over "Russia-backed rebels in eastern Ukraine said ..."). Twins: two sides named with the head, none named,
a bare noun with no change.
A1 (data/actors.yaml): Donbas's "pro-Russian rebels", "pro-Moscow separatists" are Russia's forces (the labels'
reading); "TAF" the Turkish Armed Forces in Syria only; "Darfur Joint Forces" the army's allies; "Libya's east-based
army" Haftar's. Twins: TAF in Nigeria, a sports team called Joint Forces, the same sides shelling or defending.
S1 (speaker_units.py): a non-state side's bare "forces" / "the army" in its own report are its own units ("Khalifa
Haftar says forces seized X", "an LNA spokesman said the army had taken X"). Twins: an intention, "government forces"
in another side's report.
L1 (context.resolve_actor): "forces loyal to Libyan general and ... Khalifa Haftar" are Haftar's, not Libya's
government's (an "and" inside the patron's title is no pair of sides). Twins: "Somali and African Union forces", the
same forces shelling.
R1 (regained.py): "recaptured X after (briefly) losing it" is the subject's gain of X (on main the subject came out
as X's loser, or as taker and loser at once). Twins: the gerund on another place, an attempt.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


def _gainers(extractor: Extractor, text: str, day: dt.date, title: str | None = None) -> dict[str, str | None]:
    return {p: g for p, g, _lo in news_rows(extractor, text, day, title)}


_DONBAS = dt.date(2015, 2, 10)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # N1 (both read as unidentified rebels on main)
        ("Rebels capture Vuhledar", "Russia-backed rebels in eastern Ukraine said on Tuesday that fighting went on around the town."),
        ("Separatists seize Vuhledar", "Pro-Russian separatists said on Tuesday that fighting went on around the town."),
    ],
)
def test_n1_a_bare_head_names_the_side_named_with_it(extractor: Extractor, title: str, text: str) -> None:
    assert _gainers(extractor, text, _DONBAS, title) == {"Vuhledar": "ru-forces"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Rebels capture Vuhledar", "Russia-backed rebels and Chechen rebels said on Tuesday that fighting went on around the town."),
        ("Rebels capture Vuhledar", "Fighting went on around the town on Tuesday."),
    ],
)
def test_n1_twins_two_sides_or_none_named_leave_the_rebels_unidentified(extractor: Extractor, title: str, text: str) -> None:
    assert _gainers(extractor, text, _DONBAS, title) == {"Vuhledar": "x-rebels-ua"}


def test_n1_twin_a_name_s_own_last_word_is_no_head(extractor: Extractor) -> None:
    # "Islamic State group" ends with "group" as part of its name: a faction commander's "the group" stays his own
    text = (
        "Turkish-backed rebels took Dabiq from the Islamic State group on Sunday, a war monitor reported. A commander of "
        "the Sultan Murad rebel group said that the group had also retaken Soran, a village next to it."
    )
    assert _gainers(extractor, text, dt.date(2016, 10, 16)).get("Soran") == "sna-syria"


def test_n1_twin_a_bare_head_with_no_change(extractor: Extractor) -> None:
    text = "Russia-backed rebels in eastern Ukraine said on Tuesday that fighting went on around the town."
    assert news_rows(extractor, text, _DONBAS, "Rebels shell Vuhledar") == []


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A1 (the second, fourth and fifth wrong on main)
        ("Ukrainian troops regained control of the eastern town of Lyman from pro-Russian rebels on Saturday.",
         dt.date(2014, 7, 5), [("Lyman", "ua-forces", "ru-forces")]),
        ("TAF and the SNA seized the village of Suluk on Friday.", dt.date(2019, 10, 11), [("Suluk", "tr-forces", "sdf")]),
        ("Darfur Joint Forces recaptured Mellit on Friday.", dt.date(2024, 6, 11), [("Mellit", "saf", "rsf")]),
        ("Libya's east-based army seized Derna on Tuesday.", dt.date(2017, 1, 25), [("Derna", "lna", None)]),
        ("Pro-Moscow separatists seized the town of Vuhledar on Tuesday, officials said.", _DONBAS,
         [("Vuhledar", "ru-forces", "ua-forces")]),
    ],
)
def test_a1_aliases_name_the_side(extractor: Extractor, text: str, day: dt.date, expected: list) -> None:
    assert news_rows(extractor, text, day) == expected


def test_a1_twin_taf_outside_turkey_s_wars(extractor: Extractor) -> None:
    rows = news_rows(extractor, "TAF fighters seized the town of Gwoza in Nigeria on Friday.", dt.date(2014, 6, 11))
    assert [g for _p, g, _lo in rows] != ["tr-forces"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Darfur Joint Forces defended Mellit on Friday against an RSF assault.", dt.date(2024, 6, 11)),
        ("Joint Forces beat Al-Hilal 2-0 in Omdurman to take the lead.", dt.date(2024, 6, 11)),
        ("Libya's east-based army shelled Derna on Tuesday.", dt.date(2017, 1, 25)),
        ("Pro-Russian rebels shelled Lyman on Saturday.", dt.date(2014, 7, 5)),
    ],
)
def test_a1_twins_no_change(extractor: Extractor, text: str, day: dt.date) -> None:
    assert news_rows(extractor, text, day) == []


@pytest.mark.parametrize(
    ("text", "day", "place", "gaining"),
    [
        # S1 (all three wrong on main: the Tripoli government's, the army's)
        ("Eastern commander Khalifa Haftar says forces seized Sirte", dt.date(2018, 7, 2), "Sirte", "lna"),
        ("An LNA spokesman said the army had taken full control of Sirte on Monday.", dt.date(2016, 6, 22), "Sirte", "lna"),
        ("RSF commander Hemedti said forces took Bara on Sunday.", dt.date(2023, 6, 12), "Bara", "rsf"),
    ],
)
def test_s1_a_side_s_bare_units_are_its_own(extractor: Extractor, text: str, day: dt.date, place: str, gaining: str) -> None:
    assert _gainers(extractor, text, day) == {place: gaining}


def test_s1_twin_an_intention(extractor: Extractor) -> None:
    text = "An LNA spokesman said the army would take full control of Sirte within days."
    assert news_rows(extractor, text, dt.date(2016, 6, 22)) == []


def test_s1_twin_another_side_s_forces_named_as_such(extractor: Extractor) -> None:
    text = "The SDF said government forces took Manbij on Monday."
    assert _gainers(extractor, text, dt.date(2019, 8, 12)) == {"Manbij": "sy-gov"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # L1 (the first two read as the Tripoli government's on main)
        ("Forces loyal to Libyan general and former US citizen Khalifa Haftar, commander of the eastern parliament's army, "
         "seize control of the port of Brega.", "Brega"),
        ("Fighters loyal to Libyan strongman and one-time CIA asset Khalifa Haftar, head of the self-styled national army, "
         "take control of the port of Zuwetina.", "Zuwetina"),
        ("Forces loyal to Libyan general and onetime exile Khalifa Haftar seized Brega on Sunday.", "Brega"),
        ("Fighters loyal to Libyan strongman and field marshal Khalifa Haftar took the port of Zuwetina on Sunday.", "Zuwetina"),
    ],
)
def test_l1_forces_loyal_to_a_man_are_his(extractor: Extractor, text: str, place: str) -> None:
    assert _gainers(extractor, text, dt.date(2016, 9, 11)) == {place: "lna"}


def test_l1_twin_two_nations_forces_named_together(extractor: Extractor) -> None:
    text = "Somali and African Union forces retook Barawe from al-Shabaab on Sunday."
    assert news_rows(extractor, text, dt.date(2014, 10, 5)) == [("Barawe", "so-gov", "al-shabaab")]


def test_l1_twin_no_change(extractor: Extractor) -> None:
    text = "Forces loyal to Libyan general and onetime exile Khalifa Haftar shelled Brega on Sunday."
    assert news_rows(extractor, text, dt.date(2016, 9, 11)) == []


_IDLIB = dt.date(2019, 5, 3)


@pytest.mark.parametrize(
    "text",
    [
        # R1 (all three wrong on main)
        "On 3 May, the Syrian Army recaptured Kafr Nabudah after briefly losing control over it during a rebel counterattack.",
        "The Syrian Army retook Kafr Nabudah on Friday after losing it to rebels on Wednesday.",
        "On 3 May, the Syrian Army recaptured Tell Huwash after briefly losing control over it during a rebel counterattack.",
    ],
)
def test_r1_retook_after_losing_it_is_a_gain(extractor: Extractor, text: str) -> None:
    rows = news_rows(extractor, text, _IDLIB)
    assert len(rows) == 1
    assert rows[0][1] == "sy-gov"
    assert rows[0][2] != "sy-gov"


def test_r1_twin_the_loss_of_another_place_stays(extractor: Extractor) -> None:
    text = "The Syrian Army retook Kafr Nabudah after losing Qalaat al-Madiq to rebels on Wednesday."
    rows = {p: (g, lo) for p, g, lo in news_rows(extractor, text, _IDLIB)}
    assert rows["Kafr Nabudah"][0] == "sy-gov"
    assert rows["Qalaat al-Madiq"][1] == "sy-gov"


def test_r1_twin_an_attempt(extractor: Extractor) -> None:
    text = "The Syrian Army tried to retake Kafr Nabudah after losing it to rebels on Wednesday, but was repelled."
    assert [g for _p, g, _lo in news_rows(extractor, text, _IDLIB)] != ["sy-gov"]
