"""Session 21 (helper fixes21, issue 10): seven known wrong outputs, each with its variants from fresh reading and
negative twins built from the same words.

Q1 (quarter.py, frames.PlaceRef.quarter_of): "the Sheikh Maqsoud district of Aleppo" written without "city" is the
city held in part when the name is a large city and the district is no town of its own outside it; "the Warduj
district of Badakhshan", "the Khanabad district of Kunduz", "the Afrin district of Aleppo" stay districts.
C1 (frames._crowd_cleared, lexicon.CROWD_WORDS): police clearing protesters, a sit-in, a protest camp, squatters or
hawkers, or clearing a square or a park: crowd control, no change. Twins: troops clearing a side from a town.
V1 (frames, EXPEL "clear"): "cleared the village of X" names the village, never a losing side "x-X".
L1 (frames.said_list_refs, modality._speaker_of, extractor._speaker): "We now control A, B and C, an official with
the MNLA said" (the parse makes the list the subject of "said"); a speaker's "with / for Z" names the side.
F1 (frames._fell_bare, entry.fall_holder, prefilter._bare_fall_held): a bare "X has fallen." whose next sentence says
who holds it ("The city is in the hands of the militants", "The Taliban now hold it").
G1 (context._war_town_read_as_person, extractor): a headline's generic side and a war town the tagger read as a
nationality ("Rebels seize Kidal"); a taker leaving again after "then" (undone.py).
S1: "The MNLA said it now controls A and B" is news (not reproduced as historical on c4e9251; held here).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, news_partial, news_rows, sides

DAY = dt.date(2024, 6, 4)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Syrian rebels seized the Sheikh Maqsoud district of Aleppo on Tuesday, the monitor said.", "Aleppo"),
        ("Government forces took full control of the Jobar district of Damascus on Sunday, state media said.", "Damascus"),
        ("Iraqi troops recaptured the Zanjili district of Mosul on Monday.", "Mosul"),
        ("Houthi fighters seized the Crater district of Aden on Thursday.", "Aden"),
        ("Government forces seized the Sakhour, Haydariya and Sheikh Khodr districts of Aleppo on Monday, the monitor said.", "Aleppo"),
        ("The army said it had taken full control of the Jabal Badro district in Aleppo on Sunday.", "Aleppo"),
    ],
)
def test_a_named_district_of_a_bare_city_is_the_city_in_part(extractor: Extractor, text: str, town: str) -> None:
    assert news_partial(extractor, text, DAY) == {town: True}


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("The Taliban captured the Nawa district of Helmand on Thursday.", "Nawa"),
        ("The Taliban captured the Khanabad district of Kunduz on Sunday.", "Khanabad"),
        ("Turkish-backed fighters captured the Afrin district of Aleppo on Sunday.", "Afrin"),
    ],
)
def test_a_district_of_a_province_stays_the_district(extractor: Extractor, text: str, district: str) -> None:
    assert news_partial(extractor, text, DAY) == {district: False}


NO_CHANGE = [
    # Q1 twins: the same quarters shelled, fought over
    "Syrian troops shelled the Sheikh Maqsoud district of Aleppo on Tuesday.",
    "Government forces are fighting to retake the Jobar district of Damascus, state media said.",
    # C1: crowd control
    "Egyptian riot police on Saturday cleared Cairo's Tahrir Square of protesters who had wanted to stage a sit-in.",
    "Egyptian police cleared protesters from Tahrir Square on Saturday.",
    "Egyptian security forces cleared protesters from Cairo's Tahrir Square.",
    "Ukrainian riot police cleared protesters from Independence Square in Kiev overnight.",
    "Egyptian security forces cleared a protest camp in Rabaa al-Adawiya Square in Cairo on Wednesday.",
    "Kenyan police evicted squatters from a building in Nairobi.",
    "Nigerian police cleared hawkers from the market in Lagos on Monday.",
    # L1 twins: a denial, an intention
    "We do not control Menaka and Tessalit, an MNLA official said.",
    "We hope to control Menaka and Tessalit soon, an MNLA official said.",
    # F1 twins: no next sentence, a denial, a modal, another town, a pronoun for the side
    "Kunduz has fallen, a lawmaker said.",
    "Kunduz has not fallen. The city is still in the hands of government forces, officials said.",
    "Kunduz has fallen. The city could soon be in the hands of the Taliban, officials said.",
    "Kunduz has fallen silent. Residents stayed indoors on Sunday.",
]


@pytest.mark.parametrize("text", NO_CHANGE)
def test_no_change_is_read(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # C1 twins: a side cleared from a town
        ("Troops cleared Boko Haram fighters from Gwoza on Monday, the army said.", [("Gwoza", "ng-gov", "boko-haram")]),
        # V1: the village named after "of" is no side
        ("Ukrainian troops cleared the village of Staromaiorske on Thursday, the deputy minister said.",
         [("Staromaiorske", "ua-forces", "ru-forces")]),
        ("Ukrainian troops cleared the village of Robotyne of Russian forces.", [("Robotyne", "ua-forces", "ru-forces")]),
        # L1: the list the parse made the subject of "said"
        # (Lere is Mali's village, lost by Mali's army: no Nigerian namesake since session 25's namesake25)
        ("We now control Tessalit, Aguelhok, Menaka, Ansongo and Lere, an official with the Tuareg MNLA said by telephone.",
         [(t, "fla", "ml-gov") for t in ("Tessalit", "Aguelhok", "Menaka", "Ansongo", "Lere")]),
        ("We now control Marka and Afgooye, an al-Shabaab spokesman told Reuters.",
         [("Marka", "al-shabaab", "so-gov"), ("Afgooye", "al-shabaab", "so-gov")]),
        ('"We have taken Tessalit and Aguelhok," an official with the Tuareg MNLA said.',
         [("Tessalit", "fla", "ml-gov"), ("Aguelhok", "fla", "ml-gov")]),
        # F1: a bare fall and the holder the next sentence names
        ("Sheberghan, the capital of Jawzjan province, has fallen. The city is in the hands of the militants, a lawmaker said.",
         [("Sheberghan", "taliban", None)]),
        ("Kunduz has fallen. The Taliban now hold it.", [("Kunduz", "taliban", None)]),
        ("Kunduz has fallen. It is now under Taliban control, officials said.", [("Kunduz", "taliban", None)]),
        # S1: a side's "said it now controls" is news
        ("The MNLA said it now controls Anefis and Aguelhok.", [("Anefis", "fla", "ml-gov"), ("Aguelhok", "fla", "ml-gov")]),
    ],
)
def test_the_change_is_read(extractor: Extractor, text: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, DAY) == rows


@pytest.mark.parametrize(
    ("title", "gaining", "losing"),
    [
        # the rebels' war with Mali's army gives the loser (wars23); Islamists and militants fight no war of the table
        ("Rebels seize Kidal", "fla", "ml-gov"),
        ("Rebels capture Kidal", "fla", "ml-gov"),
        ("Insurgents capture Kidal", "jnim", None),
        ("Militants overrun Kidal", "x-militants-ml", None),
        ("Rebels seize Kidal, then push on to Gao", "fla", "ml-gov"),
    ],
)
def test_a_generic_side_takes_a_war_town_read_as_a_nationality(extractor: Extractor, title: str, gaining: str, losing: str | None) -> None:
    assert sides(headline_changes(extractor, title, published=DAY)) == [("Kidal", gaining, losing)]


@pytest.mark.parametrize(
    "title",
    [
        "Rebels seize hostages in Kidal",
        "Rebels seize weapons depot",
        "Rebels seize ship off Yemen",
        "Opposition rebels seize on minister's remarks",
        "Militants take aim at Kabul",
        "Rebels take lead in Kidal derby",
        "Egyptian riot police clear Tahrir Square",
        "Police clear Zuccotti Park",
        # the taker leaving again, told after "then" (undone.py)
        "Rebels seize Kidal, then withdraw",
    ],
)
def test_a_generic_side_headline_that_takes_no_town(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=DAY) == []
