"""Sides (session 21, helper sides21): the gaining side read right from descriptive and official names. Russia's
ministry names its units by their group ("Units of the Eastern forces", "the Vostok group of forces"); Syria's monitors
write "Pro-Turkish" or "Ankara-backed factions" for the SNA and the SDF's "Deir Ezzor Military Council" and "Kurdish
Units"; Iraq's army speaks as its "<area> Operations Command"; a side is named by its commander ("forces under Ahmad
Massoud") or by its region ("rebel forces in Ethiopia's Tigray region"); Myanmar's "ethnic rebels" are the ethnic army
the story names most; a newspaper, a monitor and a unit's name are no side and no place; 3R's long name is one alias,
not "Return" and "Rehabilitation". Each with negative twins of the same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 6, 4)


def _rows(extractor: Extractor, text: str, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return _news(extractor, text, DAY, title)


def _gainers(extractor: Extractor, text: str) -> dict[str, str | None]:
    return {p: g for p, g, _lo in _rows(extractor, text)}


# --- S1: a state's named groups of forces -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Units of the Eastern forces have freed the village of Urozhaine in the Donetsk region and taken up better "
         "lines, the Russian defence ministry said.", "Urozhaine"),
        ("The Vostok group of forces liberated the village of Staromaiorske, the Russian Defence Ministry said.", "Staromaiorske"),
        ("Units of the Tsentr group of troops have liberated the village of Novooleksandrivka, the ministry said in its "
         "daily report.", "Novooleksandrivka"),
        ("The Zapad battlegroup captured the settlement of Synkivka, the Russian Defence Ministry said.", "Synkivka"),
    ],
)
def test_a_russian_group_of_forces_is_russia(extractor: Extractor, text: str, place: str) -> None:
    assert _gainers(extractor, text).get(place) == "ru-forces"


@pytest.mark.parametrize(
    "text",
    [
        # Haftar's "eastern forces" stay his in Libya, whatever the case of their first letter
        "Eastern forces took control of Sirte on Monday after clashes with the Tripoli government's fighters.",
        "Units of the eastern forces took control of Sirte on Friday, a spokesman for the Libyan National Army said.",
    ],
)
def test_eastern_forces_in_libya_stay_haftars(extractor: Extractor, text: str) -> None:
    assert _gainers(extractor, text).get("Sirte") == "lna"


# --- S2/S3: Syria's descriptive names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Pro-Turkish factions have taken over the town of Tal Abyad after heavy clashes with the Kurdish forces, the "
         "monitor reported.", "Tal Abyad", "sna-syria"),
        ("Ankara-backed factions said they had taken control of the town of Tal Rifaat after fierce battles.", "Tal Rifaat", "sna-syria"),
        ("The forces of the Deir Ezzor Military Council and the Kurdish Units took control of the village of Jadid "
         "Akidat after clashes with ISIS.", "Jadid Akidat", "sdf"),
        ("The Manbij Military Council recaptured the village of Arima from the Turkish-backed factions on Tuesday.", "Arima", "sdf"),
    ],
)
def test_syrian_factions_by_their_descriptive_names(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _gainers(extractor, text).get(place) == gaining


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Turkish factions shelled the town of Tal Rifaat on Sunday, the monitor said.",
        "Ankara-backed factions tried to take control of Tal Rifaat but were pushed back.",
        "The Deir Ezzor Military Council said it would take control of Hajin soon.",
    ],
)
def test_syrian_factions_without_a_change(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text) == []


def test_the_council_as_the_losing_side(extractor: Extractor) -> None:
    text = "Pro-Turkish factions took over Manbij after clashes with the Manbij Military Council, the monitor said."
    assert _rows(extractor, text) == [("Manbij", "sna-syria", "sdf")]


# --- S4: an area's operations command, a newspaper, a monitor --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Anbar Operations Command freed the town of Rawa from ISIS on Friday, Military Media said in a statement.", "Rawa"),
        ("Nineveh Operations Command liberated the village of Imam Gharbi from ISIS, a statement said.", "Imam Gharbi"),
    ],
)
def test_an_area_operations_command_is_its_army(extractor: Extractor, text: str, place: str) -> None:
    assert _gainers(extractor, text).get(place) == "iq-gov"


def test_the_military_operations_command_is_not_the_state(extractor: Extractor) -> None:
    # the opposition's command of 2024 in Syria: no state's army
    text = "The Military Operations Command seized Hama on Thursday, its statement said."
    assert _gainers(extractor, text).get("Hama") != "sy-gov"


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("The junta said in state media The Global New Light of Myanmar that it had retaken the town of Kyaukme.", "Kyaukme", "mm-junta"),
        # the paper parsed as a second subject of the verb beside "it"
        ("The junta said in state media The Global New Light of Myanmar it had retaken the town of Kyaukme.", "Kyaukme", "mm-junta"),
        ("The Islamic State group recaptured Palmyra on Sunday after the army withdrew from the ancient city, the "
         "Syrian Observatory for Human Rights said.", "Palmyra", "isis"),
    ],
)
def test_a_newspaper_or_a_monitor_is_no_side(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    rows = _rows(extractor, text)
    assert {p: g for p, g, _lo in rows}.get(place) == gaining
    assert all(not p.startswith(("Syrian Observatory", "Global")) for p, _g, _lo in rows)


def test_a_group_s_long_name_is_no_place(extractor: Extractor) -> None:
    text = "Syrian troops took back Palmyra from the Islamic State in Iraq and the Levant on Thursday, the army said."
    assert _rows(extractor, text) == [("Palmyra", "sy-gov", "isis")]


# --- S5: 3R's long name -------------------------------------------------------------------------------------------


def test_rehabilitation_is_no_side(extractor: Extractor) -> None:
    text = "The regime said it retook Kawkareik on April 22 and asked residents to return as troops carry out rehabilitation work."
    assert _rows(extractor, text) == [("Kawkareik", "mm-junta", "knla")]


def test_three_r_is_still_named(extractor: Extractor) -> None:
    assert _gainers(extractor, "3R rebels seized the town of Koui on Sunday, a local official said.") == {"Koui": "3r"}


# --- S6: a side named by its commander or its region --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Forces under Ahmad Massoud retook the district of Anaba in Panjshir, sources said.", "Anaba", "nrf"),
        ("Fighters under the command of Hemedti seized the town of Um Kadada on Friday.", "Um Kadada", "rsf"),
        ("The forces under Haftar took over the town of Gharyan on Tuesday.", "Gharyan", "lna"),
        ("Rebel forces in Ethiopia's Tigray region are back in control of the town of Alamata after weeks of fighting "
         "with government forces.", "Alamata", "tplf"),
        ("Resistance fighters in Panjshir said they had retaken the district of Anaba from the Taliban.", "Anaba", "nrf"),
        ("Fighters of the self-styled Resistance-2 against the Taliban said they had retaken the district of Khinj.", "Khinj", "nrf"),
    ],
)
def test_a_side_by_its_commander_or_region(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _gainers(extractor, text).get(place) == gaining


@pytest.mark.parametrize(
    ("text", "place", "not_gaining"),
    [
        ("Libyan forces opposed to Khalifa Haftar claimed to have retaken Gharyan on Wednesday.", "Gharyan", "lna"),
        ("Ethiopian forces in Tigray took control of the town of Shire on Monday, the government said.", "Shire", "tplf"),
    ],
)
def test_the_commander_or_region_of_the_other_side(extractor: Extractor, text: str, place: str, not_gaining: str) -> None:
    assert _gainers(extractor, text).get(place) != not_gaining


def test_under_fire_names_no_commander(extractor: Extractor) -> None:
    assert _rows(extractor, "Rebels under fire took control of Gharyan on Tuesday.") == [("Gharyan", "x-rebels-ly", None)]


# --- S7: Myanmar's ethnic rebels are the ethnic army the story names ---------------------------------------------


def test_plain_rebels_in_myanmar_stay_the_resistance(extractor: Extractor) -> None:
    assert _gainers(extractor, "Rebels seized the town of Mindat in Chin State on Monday, residents said.") == {"Mindat": "pdf"}


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Ethnic rebels have overrun a command centre in northern Myanmar and taken control of the city of Laukkai. "
         "Fighters of the Myanmar National Democratic Alliance Army stormed the base.", "Laukkai", "mndaa"),
        ("The Arakan Army took Paletwa on Friday. The ethnic armed group also seized Thandwe on Saturday, an AA "
         "spokesman said.", "Thandwe", "arakan-army"),
        ("Karen armed groups seized Kawkareik on Monday, residents said.", "Kawkareik", "knla"),
    ],
)
def test_ethnic_rebels_are_the_army_named(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _gainers(extractor, text).get(place) == gaining
