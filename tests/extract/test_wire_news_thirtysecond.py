"""Session 32 (helper fix32w, issue 10): wire news excerpts, from the misses of holdout32a/b news.

O1 (opponents.py): "Forces opposed to President X have captured Y", "fighters opposed to the government": a side
named by the state it stands against is that country's rebels (main read the head noun alone: the state's forces);
"Syria's rebels" are not Syria's army (main took the possessive country as the side). Twins: forces loyal to the
president, the country's army, an attempt, a rally, shelling.
M1 (misread_name.py): "Russian forces captured Bakhmut.", "The army recaptured Mosul on Monday": a name right after
the verb that the small model tags as an adverb is the verb's object (main found no place). Twins: shelling, a plan,
a Title Case headline's adverb ("Retreat Overnight").
A1 (frames._named_kind): "rebels have taken Kidal city": a name tagged as an adjective before a lower-case settlement
noun names the town for the weak verb "take" (main: no place). Twins: an attack, a visit.
V1 (coreference): "Ukraine Retakes a Small Village" over a text that names only a city (a port) is no event: a village
never looks ahead to a city of 50,000 or more; nor does "the capital city" to a town that is not the capital. Twins:
the village named in the text, the capital named after it.
W1 (operation_owner.py): "faced with a sweeping rebel offensive which captured X", "an offensive by the rebels
captured X": the operation's owner is the side (main: no side, dropped). Twins: an aim, a failure, a repelled offensive.
B1 (background.told_before): "Rebels captured Damascus on Sunday. Before that, the rebels captured X": X is background.
Twins: "before heading to Y", "Before dawn".
S1 (frames.is_named_site): "pulled out of the airport of the eastern city of X" is the site X airport (labelling.md),
never the whole city (main). Twins: shelling, a vow.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, news_rows

_SYRIA = dt.date(2024, 12, 3)
_UKRAINE = dt.date(2023, 5, 22)
_IRAQ = dt.date(2017, 7, 10)
_MALI = dt.date(2012, 2, 1)
_VILLAGE = dt.date(2023, 8, 16)
_SYRIA_END = dt.date(2024, 12, 8)
_LUHANSK = dt.date(2014, 9, 1)


def _rows(extractor: Extractor, text: str, day: dt.date, title: str | None = None) -> set[tuple[str, str | None, str | None]]:
    return set(news_rows(extractor, text, day, title))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # O1: "opposed to the state" (main: sy-gov took it)
        ("Forces opposed to President Bashar al-Assad have captured Saraqib, a monitor said.", {("Saraqib", "hts", "sy-gov")}),
        ("Fighters opposed to the Syrian regime seized the town of Khan Shaykhun on Monday.", {("Khan Shaykhun", "hts", "sy-gov")}),
        ("Fighters opposed to the government have captured the town of Saraqib.", {("Saraqib", "hts", "sy-gov")}),
        # (the parser makes "opposed" the clause's subject)
        ("Forces opposed to President Bashar al-Assad have seized the town of Saraqib, according to a war monitor.",
         {("Saraqib", "hts", "sy-gov")}),
        # O1: a rebel noun's country possessive (main: sy-gov took it)
        ("Syria's rebels seized Saraqib on Tuesday.", {("Saraqib", "hts", "sy-gov")}),
        ("Syria's rebels say they have captured Maarat al-Numan.", {("Maarat al-Numan", "hts", "sy-gov")}),
    ],
)
def test_o1_a_side_opposed_to_the_state_is_its_rebels(extractor: Extractor, text: str, want: set[tuple[str, str | None, str | None]]) -> None:
    assert _rows(extractor, text, _SYRIA) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Forces loyal to President Bashar al-Assad have recaptured Saraqib, a monitor said.", {("Saraqib", "sy-gov", "hts")}),
        ("Syria's army recaptured Saraqib on Tuesday.", {("Saraqib", "sy-gov", "hts")}),
        ("Fighters opposed to the government tried to capture Saraqib on Tuesday.", set()),
        ("Groups opposed to the government held a rally in Saraqib on Tuesday.", set()),
        ("Syria's rebels shelled Saraqib on Tuesday.", set()),
    ],
)
def test_o1_twins_loyal_forces_the_army_an_attempt_a_rally_shelling(
    extractor: Extractor, text: str, want: set[tuple[str, str | None, str | None]]
) -> None:
    assert _rows(extractor, text, _SYRIA) == want


@pytest.mark.parametrize(
    ("text", "day", "want"),
    [
        ("Russian forces captured Bakhmut.", _UKRAINE, {("Bakhmut", "ru-forces", "ua-forces")}),
        ("Russian forces captured Bakhmut again.", _UKRAINE, {("Bakhmut", "ru-forces", "ua-forces")}),
        ("The army recaptured Mosul on Monday.", _IRAQ, {("Mosul", "iq-gov", "isis")}),
        ("Iraqi troops have taken Mosul.", _IRAQ, {("Mosul", "iq-gov", "isis")}),
    ],
)
def test_m1_a_name_read_as_the_verbs_adverb_is_its_object(
    extractor: Extractor, text: str, day: dt.date, want: set[tuple[str, str | None, str | None]]
) -> None:
    assert _rows(extractor, text, day) == want


def test_m1_a_claim_keeps_its_flag(extractor: Extractor) -> None:
    events = [e for e in extractor.extract(make_article("Also, Moscow claims that it captured Bakhmut.", published=_UKRAINE))
              if e.kind == "change" and not e.historical]
    assert [(e.place.name, e.gaining.id if e.gaining else None, e.claimed) for e in events] == [("Bakhmut", "ru-forces", True)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Russian forces shelled Bakhmut.", None),
        ("Russia plans to capture Bakhmut.", None),
        ("", "Russian Troops Retreat Overnight"),
    ],
)
def test_m1_twins_shelling_a_plan_a_headline_adverb(extractor: Extractor, text: str, title: str | None) -> None:
    assert _rows(extractor, text, _UKRAINE, title) == set()


def test_a1_a_name_tagged_as_an_adjective_before_city(extractor: Extractor) -> None:
    assert _rows(extractor, "Tuareg rebels have taken Kidal city.", _MALI) == {("Kidal", "fla", "ml-gov")}


@pytest.mark.parametrize(
    "text",
    ["Tuareg rebels have attacked Kidal city.", "The minister visited Kidal city on Tuesday."],
)
def test_a1_twins_an_attack_a_visit(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _MALI) == set()


def test_v1_a_small_village_is_no_city_named_after_it(extractor: Extractor) -> None:
    title = "Ukraine Retakes a Small Village as Russian Troops Pull Back"
    assert _rows(extractor, "The news came as a grain ship left the Odesa port for the Black Sea.", _VILLAGE, title) == set()


def test_v1_twin_the_village_named_in_the_text(extractor: Extractor) -> None:
    title = "Ukraine Retakes a Small Village as Russian Troops Pull Back"
    assert _rows(extractor, "Ukrainian soldiers raised the flag over Urozhaine on Wednesday.", _VILLAGE, title) == {
        ("Urozhaine", "ua-forces", "ru-forces")
    }


def test_v1_the_capital_city_is_no_other_town_named_after_it(extractor: Extractor) -> None:
    text = "Rebels in Syria captured the capital city on Sunday. Hama had fallen a day earlier."
    assert _rows(extractor, text, _SYRIA_END) == set()


def test_v1_twin_the_capital_named_after_it(extractor: Extractor) -> None:
    text = "Rebels in Syria captured the capital city on Sunday. Crowds cheered in Damascus."
    assert _rows(extractor, text, _SYRIA_END) == {("Damascus", "hts", "sy-gov")}


@pytest.mark.parametrize(
    "text",
    [
        "Defections are weakening the Syrian military, faced with a sweeping rebel offensive which captured Saraqib on Thursday.",
        "An offensive by the rebels captured Saraqib on Thursday.",
        "The rebel advance, which captured Saraqib on Thursday, continued south.",
    ],
)
def test_w1_an_operation_takes_for_its_owner(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _SYRIA) == {("Saraqib", "hts", "sy-gov")}


@pytest.mark.parametrize(
    "text",
    [
        "A rebel offensive which aims to capture Saraqib has stalled.",
        "A rebel offensive which failed to capture Saraqib has stalled.",
        "The army repelled a rebel offensive on Saraqib on Thursday.",
    ],
)
def test_w1_twins_an_aim_a_failure_a_repelled_offensive(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _SYRIA) == set()


def test_b1_before_that_is_background(extractor: Extractor) -> None:
    text = "Rebels captured Damascus on Sunday. Before that, the rebels captured the key city of Hama."
    assert _rows(extractor, text, _SYRIA_END) == {("Damascus", "hts", "sy-gov")}


@pytest.mark.parametrize(
    "text",
    ["Rebels captured Hama on Saturday before heading to Damascus.", "Before dawn, the rebels captured the city of Hama."],
)
def test_b1_twins_before_heading_on_before_dawn(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _SYRIA_END) == {("Hama", "hts", "sy-gov")}


def test_s1_the_airport_of_the_city_of_x_is_the_site(extractor: Extractor) -> None:
    text = "Government troops have pulled out of the airport of the eastern city of Luhansk after clashes, officials say."
    assert [p for p, _g, _lo in news_rows(extractor, text, _LUHANSK)] == ["Luhansk Airport"]


@pytest.mark.parametrize(
    "text",
    ["Rebels shelled the airport of the eastern city of Luhansk.", "Rebels vowed to seize the airport of the eastern city of Luhansk."],
)
def test_s1_twins_shelling_a_vow(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _LUHANSK) == set()
