"""Who gains and who loses (session 24, helper data24): sides the actor table read wrongly at a date, counted on the
seven spent real sets' DIRECTION and LOSING lines. Data first: the Tigray war's generic words ("the rebel forces" name
the TPLF in the war's days only), Tigrayan control and troops, Turkey's forces taking ground in Syria (not Turkey),
Iraq's Shiite fighters as the PMF. Then one rule that read the wrong word as the loser: a state's army named in the
story for a fight in another country ("days after driving the Iraqi army from Ramadi") is no loser of a place in a
country where that army does not fight. Negative twins from the same words: the same generic word outside the war's
days, Tigrayans who are people not a side, shelling, a coalition partner's capture. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows
from .test_data_twentythird import _head, _sides

# --- D24-A sides the catalogue read wrongly at a date -----------------------------------------------------------------


A_SIDE_READ_WRONGLY = [
        # the Tigray war's "rebel forces" in a story that names the TPLF (read as unnamed Ethiopian rebels)
        ("The TPLF said its offensive was going on. Witnesses said the rebel forces took control of the town of Woldiya on Saturday.",
         dt.date(2021, 8, 14), "Woldiya", ("tplf", "et-gov")),
        ("Tigray People's Liberation Front units pushed south overnight, and the rebel fighters entered and took the town of Kobo.",
         dt.date(2021, 8, 10), "Kobo", ("tplf", "et-gov")),
        # "taken from Tigrayan control" (the loser read as an unknown "Tigrayan" side)
        ("Federal troops have taken the town of Adigrat from Tigrayan control, the government said.",
         dt.date(2022, 10, 20), "Adigrat", ("et-gov", "tplf")),
        ("Ethiopian soldiers recaptured the town of Alamata, pushing out Tigrayan troops, officials said.",
         dt.date(2022, 10, 18), "Alamata", ("et-gov", "tplf")),
        # Turkey's forces in Syria (a village GeoNames spells otherwise was put in Turkey, with no loser)
        ("Turkish troops captured the town of Jandairis on Thursday, the general staff said.",
         dt.date(2018, 3, 8), "Jandairis", ("tr-forces", "sdf")),
        # Iraq's Shiite fighters are the PMF (read as unnamed fighters in Tunisia's Kairouan)
        ("Shiite fighters took control of the village of Kojo south of Sinjar on Sunday.",
         dt.date(2017, 5, 28), "Kojo", ("pmf", "isis")),
]


THE_SAME_WORDS_ON_OTHER_DAYS_OR_SIDES = [
        # after the Pretoria truce Ethiopia's "rebel forces" are no longer the TPLF's, even in a story that names it
        ("The TPLF was not part of the fighting. Witnesses said the rebel forces took control of the town of Debre Tabor on Friday.",
         dt.date(2024, 3, 1), "Debre Tabor", ("x-rebels-et", None)),
        # before the war neither
        ("The TPLF denied any role. Witnesses said the rebel forces took control of the town of Dembi Dolo.",
         dt.date(2019, 6, 1), "Dembi Dolo", ("x-rebels-et", None)),
        # Syria's army with allied Shiite fighters stays the army's capture
        ("Syrian troops and allied Shiite fighters took back the village of Khan Tuman south of Aleppo.",
         dt.date(2016, 5, 6), "Khan Tuman", ("sy-gov", None)),
]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Tigrayan civilians fled the town of Adigrat as federal troops shelled it.", dt.date(2022, 10, 20)),
        ("Turkish troops shelled the town of Jandairis on Thursday.", dt.date(2018, 3, 8)),
        ("Shiite fighters shelled the village of Kojo south of Sinjar on Sunday.", dt.date(2017, 5, 28)),
        ("The TPLF said the rebel forces would take the town of Woldiya within days.", dt.date(2021, 8, 14)),
    ],
)
def test_attacks_and_vows_take_nothing(extractor: Extractor, text: str, published: dt.date) -> None:
    assert news_rows(extractor, text, published) == []


A_SIDE_OR_PHASE_THE_TABLE_LACKED = [
        # "taken from Tigrayan control" in the passive, the side named by its adjective alone
        ("The government said the towns of Shire and Korem have been taken from Tigrayan control.",
         dt.date(2022, 10, 18), "Korem", ("et-gov", "tplf")),
        # Yemen's government-side outlets call the Houthis "the militia" once they have named them
        ("The Houthi group pushed deeper into Bayda province. The Iranian-backed militia took control of Al-Uqla, "
         "the centre of the Sawmaa district, on Wednesday.", dt.date(2021, 9, 15), "Al-Uqla", ("houthis", "ye-gov")),
        # the junta's 2025 retaking of the TNLA's towns on the Mandalay-Lashio road, and the TNLA's own captures then
        ("The army said it had recaptured the town of Kyaukme in northern Shan State after weeks of fighting.",
         dt.date(2025, 10, 1), "Kyaukme", ("mm-junta", "tnla")),
        ("The TNLA said its fighters had captured the town of Hsipaw in northern Shan State.",
         dt.date(2025, 10, 1), "Hsipaw", ("tnla", "mm-junta")),
]


THE_PHASE_AND_THE_WORD_ELSEWHERE = [
    # the OLA fought in the same months: a story that names it reads its "rebels" as the OLA's, one that names neither
    # reads no side
    ("The Oromo Liberation Army said its fighters had joined the advance. The rebels took the town of Kemise on Monday.",
     dt.date(2021, 11, 1), "Kemise", ("ola", None)),
    ("Rebels seized the town of Nekemte in western Oromia on Monday, residents said.", dt.date(2021, 11, 1), "Nekemte",
     ("x-rebels-et", None)),
        # before the phase northern Shan had many sides (the MNDAA, the TNLA, the KIA, the PDF): no loser
        ("The army said it had recaptured the town of Kyaukme in northern Shan State after weeks of fighting.",
         dt.date(2024, 1, 10), "Kyaukme", ("mm-junta", None)),
        # "the militia" with no Houthi named is no side
        ("The Iranian-backed militia took control of Al-Uqla, the centre of the Sawmaa district, on Wednesday.",
         dt.date(2021, 9, 15), "Al-Uqla", None),
]


# --- D24-B a loser the story names for another fight ------------------------------------------------------------------


THE_LOSER_NAMED_FOR_ANOTHER_FIGHT = [
        # a state's army named for a fight in its own country is no loser of a place abroad where it never fought
        ("Islamic State fighters captured the Syrian town of Palmyra on Wednesday. Days earlier they had driven the "
         "Iraqi army out of Ramadi.", dt.date(2015, 5, 20), "Palmyra", ("isis", "sy-gov")),
        # two sides named as often: the war fought there then tells which lost the town
        ("Malian troops backed by Wagner seized the northern town of Kidal on Tuesday. The town had been under the "
         "control of the MNLA and Ansar Dine since 2012.", dt.date(2023, 11, 14), "Kidal", ("ml-gov", "fla")),
]


AN_ARMY_THAT_FIGHTS_THERE_STAYS_THE_LOSER = [
        # Kenya's army fights in Somalia and at home: still the loser the story names
        ("Al-Shabaab fighters seized the town of El Ade on Sunday. Kenyan troops had withdrawn from the area days earlier.",
         dt.date(2016, 1, 17), "El Ade", ("al-shabaab", "ke-gov")),
        # Eritrea's army fought in Tigray: still the loser written there
        ("Tigray forces retook the town of Shire from Eritrean troops on Tuesday, residents said.",
         dt.date(2021, 6, 29), "Shire", ("tplf", "er-gov")),
]


# --- D24-F Libya's war for Tripoli: the unity government's operation names and the war's first days --------------------


LIBYAS_WAR_FOR_TRIPOLI = [
        ("Operation Peace Storm forces took control of the town of Sorman on Monday.", dt.date(2020, 4, 13), "Sorman",
         ("ly-gna", "lna")),
        ("Forces of Operation Volcano of Rage took control of the town of Tarhuna on Friday, a spokesman said.",
         dt.date(2020, 6, 5), "Tarhuna", ("ly-gna", "lna")),
        # Gharyan fell to Haftar two days before his offensive on Tripoli had its name
        ("Haftar's forces seized the town of Gharyan on Tuesday.", dt.date(2019, 4, 2), "Gharyan", ("lna", "ly-gna")),
]


LIBYAS_WAR_TWINS = [
        # Turkey's Syrian operation of 2019 is no Libyan operation ("Peace Spring", not "Peace Storm")
        # (the operation's name is no side the catalogue knows: no event rather than Libya's government)
        ("Operation Peace Spring forces took control of the town of Tal Abyad on Sunday.", dt.date(2019, 10, 13),
         "Tal Abyad", None),
        # Haftar's capture of 2017 in the east is outside the war for Tripoli: no loser
        ("Haftar's forces seized the town of Ganfouda on Tuesday.", dt.date(2017, 1, 24), "Ganfouda", ("lna", None)),
]


@pytest.mark.parametrize(
    ("text", "published", "place", "expected"),
    A_SIDE_READ_WRONGLY + A_SIDE_OR_PHASE_THE_TABLE_LACKED + THE_LOSER_NAMED_FOR_ANOTHER_FIGHT + LIBYAS_WAR_FOR_TRIPOLI,
)
def test_the_side_and_its_loser(
    extractor: Extractor, text: str, published: dt.date, place: str, expected: tuple[str | None, str | None],
) -> None:
    assert _sides(extractor, text, published, place) == expected


@pytest.mark.parametrize(
    ("text", "published", "place", "expected"),
    THE_SAME_WORDS_ON_OTHER_DAYS_OR_SIDES + THE_PHASE_AND_THE_WORD_ELSEWHERE + AN_ARMY_THAT_FIGHTS_THERE_STAYS_THE_LOSER
    + LIBYAS_WAR_TWINS,
)
def test_the_same_words_elsewhere(
    extractor: Extractor, text: str, published: dt.date, place: str, expected: tuple[str | None, str | None] | None,
) -> None:
    assert _sides(extractor, text, published, place) == expected


@pytest.mark.parametrize(
    ("title", "published", "place", "expected"),
    [
        # Turkey's forces in Syria, and the junta's 2025 Shan phase, in a lone headline
        ("Turkish army takes Jandairis", dt.date(2018, 3, 8), "Jandairis", ("tr-forces", "sdf")),
        ("Myanmar army retakes Kyaukme", dt.date(2025, 10, 1), "Kyaukme", ("mm-junta", "tnla")),
    ],
)
def test_a_lone_headline(
    extractor: Extractor, title: str, published: dt.date, place: str, expected: tuple[str, str],
) -> None:
    assert _head(extractor, title, published, place) == expected
