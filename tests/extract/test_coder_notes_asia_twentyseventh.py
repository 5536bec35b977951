"""Session 27 (helper acled27b, issue 10): coder notes of the Middle East, Asia and Europe that main misread (16 of
the 17 positives below fail on main).

Three small families, found by reading map editors' dated one-liners and ACLED-style clash notes and probing their
grammar in our own words:
S1 (surrender.surrendered_town): a named town that surrenders to a side ("X surrendered to Z", "X has surrendered to
the Russians") is the subject of "surrender" as of "fall": the town changes hands, "to Z" gains it. Twins: a refusal,
a demand, a negation, a future, a sports side, a person, part of the garrison, weapons handed over.
S2 (frames._district_seat): a coder note's abbreviation "the district HQ of X" is the district's seat, as "the
district headquarters of X". Twins: an attack repelled, a failed attempt, a police HQ.
S3 (frames, "cleared"): "cleared X town (district, province) of Z": the town is the name before its kind noun when the
"of" names the side cleared out. Twins: crowd control, mines cleared, an attempt, an operation launched to clear.
S4 (modality._spliced_before): a capture told in the perfect or the past before a comma splice ("X has been fully
captured by Z, a military administration is being set up") is no intention of the verb the parser hangs it on. Twins:
"are set to capture", "are preparing to capture, ...", a condition, a negation.
S5 (syntax._subject_hung_on_place): "A forces withdrew from X and B forces took control of the town": the parser reads
"X and B" as a modifier of the second "forces", the place left; that noun, not the first clause's subject, took the town
(main gave the town to the side that left it). Twins: an attempt, positions taken instead of the town.
S6 (frames._is_read_as_auxiliary, _is_read_as_leaver): a coder note's "IS militants took over X", "IS militants withdrew
from X": the small model reads "IS" as the verb's auxiliary and its members as the subject (as it did for "IS overran
X"), or "IS" as the sentence's verb and the capture as a reduced relative on its members ("IS militants captured
Tal Afar"); the side is the Islamic State. Twins: an attack repelled, an attempt, people killed or kidnapped, weapons or
soldiers seized, positions left, some fighters withdrawn.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_DAY = dt.date(2024, 1, 8)


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("On 6 January 2024, Laukkai surrendered to the MNDAA after a siege of six weeks.", "Laukkai", "mndaa"),
        ("On 6 January 2024, Hpakant surrendered to the KIA without a fight. No fatalities were reported.", "Hpakant", "kia"),
        ("On 6 January 2024, after two days of clashes, Pauktaw surrendered to the Arakan Army.", "Pauktaw", "arakan-army"),
        ("Enerhodar has surrendered to the Russians, the regional governor says.", "Enerhodar", "ru-forces"),
    ],
)
def test_town_surrendering_to_a_side_changes_hands(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    published = dt.date(2022, 2, 28) if "Enerhodar" in text else _DAY
    rows = news_rows(extractor, text, published)
    assert [(p, g) for p, g, _lo in rows] == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "On 6 January 2024, Laukkai refused to surrender to the MNDAA.",
        "On 6 January 2024, the MNDAA demanded that Laukkai surrender to its forces.",
        "On 6 January 2024, Laukkai did not surrender to the MNDAA.",
        "On 6 January 2024, Laukkai will never surrender to the MNDAA, its commander said.",
        "Liverpool surrendered to Chelsea in the cup final on Saturday.",
        "Barcelona surrendered to Real Madrid 3-1 on Sunday.",
        "On 6 January 2024, Aung Naing surrendered to the MNDAA in Laukkai with his bodyguards.",
        "On 6 January 2024, 40 soldiers in Laukkai surrendered to the MNDAA.",
        "On 6 January 2024, the commander of Laukkai surrendered his weapons to the MNDAA.",
    ],
)
def test_surrender_twins_take_nothing(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("On 11 July 2021, the Taliban took control of the district HQ of Bala Murghab, Badghis, after the ANDSF withdrew.", "Bala Murghab", "taliban"),
        ("On 11 July 2021, ANDSF recaptured the district HQ of Bala Murghab (Badghis) from the Taliban.", "Bala Murghab", "af-gov"),
        ("On 2 February 2024, Pakistani security forces cleared Mach town (Kachhi, Balochistan) of BLA militants.", "Mach", "pk-gov"),
        ("On 2 February 2024, Pakistani soldiers cleared Mach town of Taliban fighters after a day of clashes.", "Mach", "pk-gov"),
    ],
)
def test_district_hq_and_cleared_town_are_read(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    published = dt.date(2021, 7, 12) if "2021" in text else dt.date(2024, 2, 3)
    rows = news_rows(extractor, text, published)
    assert [(p, g) for p, g, _lo in rows] == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "On 11 July 2021, the Taliban attacked the district HQ of Bala Murghab, Badghis, but were repelled.",
        "On 11 July 2021, the Taliban failed to take the district HQ of Bala Murghab.",
        "On 11 July 2021, the Taliban took control of the police HQ in Bala Murghab city after clashes.",
        "On 2 February 2024, police cleared Mach town of protesters.",
        "On 2 February 2024, army engineers cleared Mach town of mines and explosives.",
        "On 2 February 2024, Pakistani security forces tried to clear Mach town of BLA militants.",
        "On 2 February 2024, Pakistani security forces began an operation to clear Mach town of BLA militants.",
    ],
)
def test_hq_and_cleared_twins_take_nothing(extractor: Extractor, text: str) -> None:
    published = dt.date(2021, 7, 12) if "2021" in text else dt.date(2024, 2, 3)
    assert news_rows(extractor, text, published) == []


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining", "losing"),
    [
        ("Berdiansk has been fully captured by Russia, a military administration is being set up.", dt.date(2022, 2, 28), "Berdiansk", "ru-forces", "ua-forces"),
        ("On 27 February 2022, Russian forces have captured Berdiansk, a military administration is being set up.", dt.date(2022, 2, 28), "Berdiansk", "ru-forces", "ua-forces"),
        ("On 17 February 2024, Ukrainian forces withdrew from Avdiivka (Pokrovskyi, Donetsk) and Russian forces took control of the town.",
         dt.date(2024, 2, 18), "Avdiivka", "ru-forces", "ua-forces"),
        ("On 11 November 2022, Russian forces withdrew from Kherson and Ukrainian forces took control of the city.",
         dt.date(2022, 11, 12), "Kherson", "ua-forces", "ru-forces"),
    ],
)
def test_spliced_and_swallowed_clauses_are_read(
    extractor: Extractor, text: str, published: dt.date, place: str, gaining: str, losing: str
) -> None:
    assert news_rows(extractor, text, published) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Russian forces are set to capture Kherson, officials said.", dt.date(2022, 3, 2)),
        ("Russian troops are preparing to capture Kherson, a military administration is being set up in Nova Kakhovka.", dt.date(2022, 3, 2)),
        ("If Kherson is captured, a military administration will be set up.", dt.date(2022, 3, 2)),
        ("Kherson has not been captured, a military administration is being set up elsewhere.", dt.date(2022, 3, 2)),
        ("On 17 February 2024, Ukrainian forces withdrew from Avdiivka and Russian forces tried to take control of the town.", dt.date(2024, 2, 18)),
        ("On 17 February 2024, Ukrainian forces withdrew from positions near Avdiivka and Russian forces took control of the positions.",
         dt.date(2024, 2, 18)),
    ],
)
def test_spliced_and_swallowed_twins_take_nothing(extractor: Extractor, text: str, published: dt.date) -> None:
    assert news_rows(extractor, text, published) == []


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        ("On 10 June 2014, IS militants took over Mosul after the Iraqi army fled.", "Mosul", "isis", "iq-gov"),
        ("On 10 June 2014, IS militants took control of Mosul city after the Iraqi army fled.", "Mosul", "isis", "iq-gov"),
        ("On 3 April 2016, IS militants withdrew from Hit (Anbar) after clashes with Iraqi forces.", "Hit", "iq-gov", "isis"),
        ("On 10 June 2014, IS militants captured Tal Afar after the army withdrew.", "Tal Afar", "isis", "iq-gov"),
        ("On 10 June 2014, IS fighters seized Mosul after clashes with the army.", "Mosul", "isis", "iq-gov"),
    ],
)
def test_is_members_read_as_auxiliary(extractor: Extractor, text: str, place: str, gaining: str, losing: str) -> None:
    published = dt.date.fromisoformat("2014-06-11" if "2014" in text else "2016-04-04")
    assert news_rows(extractor, text, published) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "text",
    [
        "On 10 June 2014, IS militants attacked Mosul but were repelled.",
        "On 10 June 2014, IS militants tried to take over Mosul.",
        "On 10 June 2014, IS militants killed 5 soldiers in Mosul.",
        "On 10 June 2014, IS militants kidnapped 3 civilians from Mosul.",
        "On 10 June 2014, IS militants seized weapons in Mosul.",
        "On 10 June 2014, IS militants captured 12 soldiers near Mosul.",
        "On 10 June 2014, IS militants withdrew from positions near Hit.",
        "On 10 June 2014, IS militants withdrew some fighters from Hit.",
        "On 10 June 2014, IS militants captured 12 soldiers in Tal Afar.",
        "On 10 June 2014, IS militants attacked Tal Afar.",
        "On 10 June 2014, IS militants kidnapped 20 civilians in Mosul.",
    ],
)
def test_is_members_twins_take_nothing(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, dt.date(2014, 6, 11)) == []
