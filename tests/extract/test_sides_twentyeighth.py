"""Session 28 (helper sides28, issue 10): the direction of a change, when the sentence names one side only (12 of the
17 positives below fail on main: their loser is wrong or missing, or their gainer an unnamed side).

Three general causes found by scoring the sides of session 27's spent sets (news, headlines, coder notes):
L (leaver.leaving_side, a fallback of the extractor's loser told near): a side the sentence tells fleeing or pulling
out as another takes the place ("Kurdish forces in control of X after Iraq army flees", "Iraqi forces take X after
Peshmerga pullout") lost it, even to an ally, which neither the story's most-named foe nor the war tables can tell
(main gave the Islamic State, or nothing). Twins: the sides swapped, an attack, a vow, a failed attempt, a leaving
still to come.
W (wars.war_named, a war's ``names_generic``): the wires' "rebels" in the last twelve days of Assad's rule were the
HTS-led command's: a common word names the one actor carrying it that holds a side of such a war at the place then
(main: "unidentified rebels", no loser). Twins: the same words in 2013 and on the SNA's front at Tal Rifaat (no name),
the sides swapped, a failed attempt, shelling, a vow.
F (actors.yaml foes): insurgencies with no foe listed (JNIM, the Islamic State's Sahel branch, the OLA, the ADF,
Ambazonian separatists...) lost nothing when an official of the government's side told their capture. Twins: the
sides swapped, residents as the only source (no loser), an attack.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


@pytest.mark.parametrize(
    ("day", "text", "place", "gaining", "losing"),
    [
        # L: the side told leaving
        ("2014-06-13", "Kurdish forces seize Tuz Khurmatu as Iraqi army flees", "Tuz Khurmatu", "peshmerga", "iq-gov"),
        ("2014-06-12", "Peshmerga in full control of Khanaqin after army flees", "Khanaqin", "peshmerga", "iq-gov"),
        ("2017-10-18", "Iraqi troops take Bashiqa after Peshmerga pullout", "Bashiqa", "iq-gov", "peshmerga"),
        ("2017-10-17", "Iraqi forces took control of Sinjar on Tuesday as Peshmerga fighters pulled out.", "Sinjar", "iq-gov", "peshmerga"),
        ("2017-10-18", "Iraqi army takes Tuz Khurmatu as Kurdish forces flee", "Tuz Khurmatu", "iq-gov", "peshmerga"),
        ("2017-10-18", "Peshmerga retake Bashiqa after Iraqi army pullout", "Bashiqa", "peshmerga", "iq-gov"),
        # W: a war's common words
        ("2024-12-05", "Rebels capture Hama in lightning advance", "Hama", "hts", "sy-gov"),
        ("2024-12-07", "Syrian rebels seize Homs as army pulls out", "Homs", "hts", "sy-gov"),
        ("2024-12-06", "Army retakes Hama from rebels", "Hama", "sy-gov", "hts"),
        ("2024-12-01", "Rebels seize Aleppo", "Aleppo", "hts", "sy-gov"),  # the day before the SNA's push began
        ("2024-12-05", "Anti-regime fighters took control of the city of Hama on Thursday.", "Hama", "hts", "sy-gov"),
        # F: an insurgency's foe, the government whose official tells it
        ("2023-10-03", "JNIM militants seized the town of Bamba on Monday, a Malian army official said.", "Bamba", "jnim", "ml-gov"),
        ("2021-11-03", "OLA fighters captured Kemise on Tuesday, a regional government official said.", "Kemise", "ola", "et-gov"),
        ("2022-05-10", "ADF rebels captured the town of Mukakiri, a Congolese army spokesman said.", "Mukakiri", "adf", "cd-gov"),
        ("2023-02-10", "Ambazonian separatists seized the village of Bali on Friday, a Cameroonian government official said.", "Bali", "ambazonia", "cm-gov"),
        ("2024-10-02", "Islamic State Sahel fighters took control of Tessit after a Malian army official said the garrison had left.", "Tessit", "is-sahel", "ml-gov"),
        ("2023-10-03", "Malian troops retook Bamba from JNIM militants on Monday, an army official said.", "Bamba", "ml-gov", "jnim"),
    ],
)
def test_sides_of_the_change(extractor: Extractor, day: str, text: str, place: str, gaining: str, losing: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(day)) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    ("day", "text"),
    [
        ("2014-06-13", "Kurdish forces shell Tuz Khurmatu as Iraqi army flees"),
        ("2014-06-12", "Peshmerga vow to take Khanaqin after army flees"),
        ("2014-06-12", "Peshmerga fail to take Khanaqin after army flees"),
        ("2017-10-18", "Iraqi troops prepare to take Bashiqa before Peshmerga pullout"),
        ("2024-12-05", "Rebels fail to capture Hama"),
        ("2024-12-05", "Rebels shell Hama as army digs in"),
        ("2024-12-05", "Rebels vow to capture Homs next"),
        ("2023-10-03", "JNIM militants attacked the town of Bamba on Monday, a Malian army official said."),
    ],
)
def test_same_words_no_change(extractor: Extractor, day: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(day)) == []


@pytest.mark.parametrize(
    ("day", "text", "place"),
    [
        ("2013-03-05", "Rebels capture Raqqa in lightning advance", "Raqqa"),  # no war of the day names Syria's rebels
        ("2024-12-03", "Syrian rebels capture Tal Rifaat", "Tal Rifaat"),  # the SNA's front too: HTS or the SNA
        ("2024-12-06", "Rebel fighters took control of the city of Hama on Thursday, a war monitor said.", "Hama"),  # never Hezbollah
    ],
)
def test_rebels_no_war_names_stay_unnamed(extractor: Extractor, day: str, text: str, place: str) -> None:
    rows = news_rows(extractor, text, dt.date.fromisoformat(day))
    assert [(p, g is not None and g.startswith("x-")) for p, g, _lo in rows] == [(place, True)]


def test_residents_as_source_name_no_loser(extractor: Extractor) -> None:
    # the foe is the government only when the story speaks for the government's side
    rows = news_rows(extractor, "JNIM militants seized the town of Bamba on Monday, residents said.", dt.date(2023, 10, 3))
    assert rows == [("Bamba", "jnim", None)]


def test_leaving_another_place_names_no_loser_by_leaving() -> None:
    from townwatch_extract.actors import ActorCatalogue
    from townwatch_extract.leaver import leaving_side

    catalogue = ActorCatalogue.load()
    assert leaving_side("Kurdish forces took Kirkuk after the army fled Mosul", "Kirkuk", "IQ", catalogue, lambda cc, t: None) is None
    assert leaving_side("The army took Bashiqa as the Peshmerga prepared to pull out", "Bashiqa", "IQ", catalogue, lambda cc, t: None) is None
    found = leaving_side("Iraqi troops take Bashiqa after Peshmerga pullout", "Bashiqa", "IQ", catalogue, lambda cc, t: None)
    assert found is not None and found.id == "peshmerga"
