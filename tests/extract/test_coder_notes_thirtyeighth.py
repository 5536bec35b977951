"""Session 38 (helper notes38, issue 10): coder notes' sides and handovers, and the raid a side ends by leaving.

S, a shared acronym: "SNA" is the catalogue's Somali National Army, and a "local acronym" that names it only at a
place in Somalia; in a story of Syria it named no one ("SNA forces took Tal Rifaat": no side, or the town moved to
Somalia). The catalogue now lists the letters for both armies and gives them to the one whose countries the place or
the rest of the text names (`actors.ActorCatalogue.owner_here`, `abbreviation.spelt_out`), and a monitor's actor label
"SNA: Syrian National Army" spells them out as the bracket "Syrian National Army (SNA)" did.
W, the town a side left: "withdrew from X and handed control of the town to Z", "withdrew from X, handing the city
over to Z": the "the town" after a withdrawal stands for the town left (a "from" before a name placed it elsewhere,
`coreference._LEFT_FROM`), and "handing the city to Z" hands a town over without "over" (`frames._town_handed`).
R, a raid's end: a side that attacked a place, in the sentence or the one before, and then leaves it never held it
("Al-Shabaab attacked army positions in X. The militants withdrew from the town"; "Fano forces launched an attack
in X and withdrew from the city"): no loss (`raid_leaving.left_after_attack`, `attacked_before`).

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, news_rows


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # S: each gave Somalia's army, or no side, before
        ("SNA forces took control of Tal Rifaat from the SDF.", "2019-11-02", [("Tal Rifaat", "sna-syria", "sdf")]),
        ("On 30 November 2019, SNA took control of Tal Rifaat (Tal Rifaat, Aleppo) after the SDF withdrew.", "2019-12-01",
         [("Tal Rifaat", "sna-syria", "sdf")]),
        ("On 30 November 2019, SNA: Syrian National Army took control of Tal Rifaat (Aleppo) from SDF.", "2019-12-01",
         [("Tal Rifaat", "sna-syria", "sdf")]),
        ("The SNA took control of Tal Rifaat in Aleppo province from the SDF.", "2019-11-02", [("Tal Rifaat", "sna-syria", "sdf")]),
        ("SNA fighters captured Suluk in Raqqa province on Tuesday.", "2019-10-16", [("Suluk", "sna-syria", "sdf")]),
        # W: each gave no gaining side before
        ("On 13 October 2019, SDF withdrew from Ras al-Ain and handed control of the town to Military Forces of Syria (2000-).",
         "2019-10-14", [("Ras al-Ain", "sy-gov", "sdf")]),
        ("Peshmerga withdrew from Kirkuk, handing the city over to Iraqi forces.", "2017-10-17", [("Kirkuk", "iq-gov", "peshmerga")]),
        ("Peshmerga withdrew from Kirkuk, handing the city to Iraqi forces.", "2017-10-17", [("Kirkuk", "iq-gov", "peshmerga")]),
        ("On 16 October 2017, Peshmerga withdrew from Kirkuk (Kirkuk), handing the city to Military Forces of Iraq (2014-).",
         "2017-10-17", [("Kirkuk", "iq-gov", "peshmerga")]),
        ("Peshmerga left Kirkuk and handed the city to Iraqi forces.", "2017-10-17", [("Kirkuk", "iq-gov", "peshmerga")]),
        ("Soldiers withdrew from Monguno after Boko Haram attacked the town, and the militants took control of it.", "2015-01-26",
         [("Monguno", "boko-haram", "ng-gov")]),
        # W: the gaining side was another's before ("withdrew from X to Erbil": Erbil read as a side)
        ("Peshmerga withdrew from Kirkuk to Erbil, handing the city over to Iraqi forces.", "2017-10-17",
         [("Kirkuk", "iq-gov", "peshmerga")]),
        # kept as before
        ("SNA forces took control of Mahas from Al Shabaab.", "2022-09-20", [("Mahas", "so-gov", "al-shabaab")]),
        ("SNA and ATMIS forces captured Mahas in Hiiraan region on Tuesday.", "2022-09-20", [("Mahas", "so-gov", "al-shabaab")]),
        ("On 19 September 2022, SNA and Macawisley took control of Mahas (Hiraan) from Al Shabaab.", "2022-09-20",
         [("Mahas", "so-gov", "al-shabaab")]),
        ("Syrian National Army (SNA) fighters took control of Tal Rifaat from the SDF.", "2019-11-02", [("Tal Rifaat", "sna-syria", "sdf")]),
        ("On 27 August 2022, ENDF withdrew from Kobo and handed the town to Fano militia.", "2022-08-28", [("Kobo", "fano", "et-gov")]),
        ("The army pulled out of Wad Madani, handing the city to the RSF.", "2023-12-19", [("Wad Madani", "rsf", "saf")]),
        ("Somali troops attacked Bulo Burte. Al Shabaab withdrew from the town.", "2022-03-11", [("Bulo Burte", "so-gov", "al-shabaab")]),
        ("Al Shabaab withdrew from Bulo Burte after Somali troops attacked the town.", "2022-03-11",
         [("Bulo Burte", "so-gov", "al-shabaab")]),
        ("Boko Haram attacked Monguno on Sunday. Soldiers withdrew from the town and the militants took control.", "2015-01-26",
         [("Monguno", "boko-haram", "ng-gov")]),
    ],
)
def test_coder_note_sides_and_handovers(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # R: each gave a loss by the attackers before
        ("Al Shabaab attacked army positions in Bulo Burte. The militants withdrew from the town after two hours of fighting.",
         "2022-03-11"),
        ("On 10 March 2022, Al Shabaab attacked Military Forces of Somalia (2017-) positions in Bacadweyne (Hobyo, Mudug). "
         "The militants withdrew from the town after two hours of fighting.", "2022-03-11"),
        ("Al Shabaab militants raided Bulo Burte and withdrew from the town after looting shops.", "2022-03-11"),
        ("Al Shabaab militants stormed Bulo Burte on Monday and later withdrew from the town.", "2022-03-11"),
        ("Two days ago, Fano forces launched an attack in Gondar with selected military targets and withdrew from the city "
         "after more than ten hours.", "2023-08-12"),
        # twins, quiet before and after
        ("Boko Haram fighters attacked Konduga on Sunday. They withdrew from the town after soldiers arrived.", "2015-02-03"),
        ("On 13 October 2019, SNA shelled SDF positions near Tal Abyad (Raqqa).", "2019-10-14"),
        ("On 13 October 2019, SNA: Syrian National Army clashed with SDF: Syrian Democratic Forces near Ras al-Ain (Hasakeh).",
         "2019-10-14"),
        ("On 19 September 2022, SNA and Macawisley attacked Al Shabaab positions near Mahas (Hiraan).", "2022-09-20"),
        ("Peshmerga withdrew from Kirkuk and Iraqi forces shelled the city.", "2017-10-17"),
        ("Peshmerga withdrew from positions near Kirkuk, handing them over to Iraqi forces.", "2017-10-17"),
        ("The governor handed the keys of the city to the Iraqi commander.", "2017-10-17"),
        ("Aid workers handed food in the city to displaced families.", "2017-10-17"),
        ("The Peshmerga handed a letter to Iraqi forces in Kirkuk.", "2017-10-17"),
        ("The mayor handed the town's budget to the council.", "2017-10-17"),
        ("The court handed the city a fine.", "2017-10-17"),
        ("Peshmerga refused to hand the city to Iraqi forces.", "2017-10-17"),
        ("Peshmerga threatened to hand the city to Iraqi forces if talks failed.", "2017-10-17"),
        ("On 27 August 2022, ENDF handed 20 prisoners in Kobo (Amhara) to the Red Cross.", "2022-08-28"),
        ("On 27 August 2022, residents handed a petition to the governor of Kobo (Amhara).", "2022-08-28"),
        ("Civilians fled from Kirkuk as Iraqi forces shelled the city.", "2017-10-17"),
        ("The army withdrew 40 km from Wad Madani, and the RSF attacked the city.", "2023-12-19"),
        ("On 11 May 2024, Islamic State (Mozambique) militants entered Macomia (Cabo Delgado), looted food, and withdrew from "
         "the town the next day.", "2024-05-12"),
    ],
)
def test_coder_note_twin_takes_nothing(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []


def test_a_raid_ended_is_no_event_at_all(extractor: Extractor) -> None:
    # not even a background one: the attackers never held the town
    text = "Al Shabaab attacked army positions in Bulo Burte. The militants withdrew from the town after two hours of fighting."
    assert change_rows(extractor, text, dt.date(2022, 3, 11)) == []
