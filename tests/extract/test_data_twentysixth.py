"""The sides and wars of 2012-2025 (session 26, helper data26): the eleven spent real sets' DIRECTION lines counted
by cause (services/extract/docs/constructions.md, "Twenty-sixth reading (helper `data26`)"), then data, not words.
D26-A phases of two-sided wars the table lacked, so that a capture naming only its taker gets the war's other side:
Boko Haram's insurgency before the Islamic State's West Africa Province split from it (2009 to August 2016), Syria's
army against the rebels before the Islamic State (2011 to March 2013), the Syrian National Army's push on the Tishrin
Dam (after Dawn of Freedom, to March 2025), Hamas's attack and the Gaza war, Israel's ground war in southern Lebanon
(autumn 2024), the Malian army's push on Kidal of June 2013 (Anefis), AQAP's emirates in Abyan (2011-12) and on
Hadramawt's coast (2015-16), the Chin resistance, the STC's August 2019 fight for Aden, Pakistan's army against the
Pakistani Taliban. D26-B names wire copy writes for sides the table had under other words ("Turkey-backed Syrian
rebels", the Russian ministry's "North military group"). Negative twins from the same words: outside the war's dates
or regions the loser stays unknown. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article
from .test_data_twentythird import _head, _sides

# --- D26-A phases of two-sided wars ------------------------------------------------------------------------------------

THE_WARS_OTHER_SIDE = [
        # Nigeria before the split: what the army took back was Boko Haram's
        ("Nigerian troops recaptured the town of Gwoza on Friday, a military spokesman said.", dt.date(2015, 3, 27),
         "Gwoza", ("ng-gov", "boko-haram")),
        # Syria's war of 2012: the army against the rebels, before the Islamic State came
        ("Syrian troops took full control of the Salaheddine district of Aleppo on Wednesday, state media said.",
         dt.date(2012, 8, 8), "Aleppo", ("sy-gov", "sy-opposition")),
        # the Tishrin Dam front of January 2025: the Syrian National Army against the SDF
        ("The Syrian National Army said it had captured the village of Sa'ideen near the Tishrin Dam on Friday.",
         dt.date(2025, 1, 3), "Sa'ideen", ("sna-syria", "sdf")),
        # Hamas's attack: a town of Israel's south retaken by its army
        ("Israeli forces had regained control over the town of Sderot by Sunday evening.", dt.date(2023, 10, 8), "Sderot",
         ("idf", "hamas")),
        # Israel's ground war in Lebanon: a border town taken from Hezbollah
        ("Israeli troops took control of the Lebanese border town of Khiam on Tuesday.", dt.date(2024, 11, 26), "Khiam",
         ("idf", "hezbollah")),
        # the army's push on Kidal of June 2013: Anefis was the Tuareg rebels'
        ("Malian troops took the village of Anefis on Wednesday after a morning of fighting.", dt.date(2013, 6, 5),
         "Anefis", ("ml-gov", "fla")),
        # AQAP's emirate in Abyan
        ("The Yemeni army recaptured the town of Jaar on Tuesday, the defence ministry said.", dt.date(2012, 6, 12), "Jaar",
         ("ye-gov", "aqap")),
        # AQAP on Hadramawt's coast
        ("Al-Qaeda fighters took control of the city of Mukalla on Friday, officials said.", dt.date(2015, 4, 3),
         "Mukalla", ("aqap", "ye-gov")),
        # the Chin resistance: a town of Chin State retaken by the junta
        ("Myanmar troops regained control of the town of Mindat in Chin state on Saturday after days of fighting.",
         dt.date(2021, 5, 15), "Mindat", ("mm-junta", "pdf")),
]

THE_SAME_WORDS_OUTSIDE_THE_WAR = [
        # after the split the army's foe in the north-east is one of two groups: unknown
        ("Nigerian troops recaptured the town of Gwoza on Friday, a military spokesman said.", dt.date(2021, 3, 26),
         "Gwoza", ("ng-gov", None)),
        # Syria's war of many sides after 2013: unknown
        ("Syrian troops took full control of the Salaheddine district of Aleppo on Wednesday, state media said.",
         dt.date(2014, 8, 6), "Aleppo", ("sy-gov", None)),
        # Israel's army before October 2023: no war there then
        ("Israeli forces had regained control over the town of Sderot by Sunday evening.", dt.date(2021, 5, 16), "Sderot",
         ("idf", None)),
        # Anefis outside June 2013 (the jihadists' months): unknown
        ("Malian troops took the village of Anefis on Wednesday after a morning of fighting.", dt.date(2013, 2, 6),
         "Anefis", ("ml-gov", None)),
        # a town of Sagaing is no town of Chin State: the junta's foe there stays unknown
        ("Myanmar troops regained control of the town of Kawlin in Sagaing region on Saturday after days of fighting.",
         dt.date(2023, 11, 18), "Kawlin", ("mm-junta", None)),
        # after the Lebanese ceasefire, and in Israel after the attack's first week: no war there then
        ("Israeli troops took control of the Lebanese border town of Khiam on Tuesday.", dt.date(2025, 2, 18), "Khiam",
         ("idf", None)),
        ("Israeli forces had regained control over the town of Sderot by Sunday evening.", dt.date(2023, 11, 19), "Sderot",
         ("idf", None)),
]


# --- D26-B names of sides as wire copy writes them ---------------------------------------------------------------------

HEADLINES_OF_NAMED_SIDES = [
        ("Turkey-backed Syrian rebels seize border town of Jarablus", dt.date(2016, 8, 24), "Jarablus",
         ("sna-syria", "isis")),
        # twin of the kind noun's country (D26-C): a country word that ends a longer name is that name's ("Key South
        # Sudan town": South Sudan's Bor, never Sudan's)
        ("Key South Sudan town of Bor recaptured from rebels", dt.date(2014, 1, 18), "Bor", ("ss-gov", "splm-io")),
]


@pytest.mark.parametrize(("title", "published", "place", "expected"), HEADLINES_OF_NAMED_SIDES)
def test_headlines_of_named_sides(extractor: Extractor, title: str, published: dt.date, place: str,
                                  expected: tuple[str | None, str | None]) -> None:
    assert _head(extractor, title, published, place) == expected


NAMED_SIDES = [
        # the Russian ministry's group of forces, as TASS writes it
        ("Units of the North military group liberated the village of Vilcha in the Kharkiv region, the ministry said.",
         dt.date(2025, 12, 22), "Vilcha", ("ru-forces", "ua-forces")),
        ("Turkey-backed Syrian rebels captured the town of Jarablus on Wednesday.", dt.date(2016, 8, 24), "Jarablus",
         ("sna-syria", "isis")),
]


# --- D26-C the country a place's own kind noun is given -----------------------------------------------------------------

KIND_NOUN_COUNTRIES = [
        # the taker's own country ("Turkish troops") is no reading of a town the sentence calls Syrian
        ("Turkish troops captured the Syrian border town of Ras al-Ayn on Saturday.", dt.date(2019, 10, 12), "SY",
         ("tr-forces", "sdf")),
        ("Israeli troops took control of the Lebanese town of Khiam on Tuesday.", dt.date(2024, 11, 26), "LB",
         ("idf", "hezbollah")),
        # twin: the demonym on the side, none on the town's kind noun: the sentence's "in southern Lebanon" still says where
        ("Israeli troops took control of the town of Khiam in southern Lebanon on Tuesday.", dt.date(2024, 11, 26), "LB",
         ("idf", "hezbollah")),
]


@pytest.mark.parametrize(("text", "published", "country", "expected"), KIND_NOUN_COUNTRIES)
def test_the_kind_nouns_country(extractor: Extractor, text: str, published: dt.date, country: str,
                                expected: tuple[str | None, str | None]) -> None:
    events = [e for e in extractor.extract(make_article(text, published=published)) if e.kind == "change" and not e.historical]
    assert [(e.place.country_code, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None) for e in events] == [
        (country, *expected)
    ]


def test_a_shelled_town_of_a_named_country_is_no_change(extractor: Extractor) -> None:
    # the same construction with shelling takes nothing
    text = "Turkish troops shelled the Syrian border town of Ras al-Ayn on Saturday."
    assert [e for e in extractor.extract(make_article(text, published=dt.date(2019, 10, 12))) if e.kind == "change"] == []


# --- D26-D the words that read a side wrongly -----------------------------------------------------------------------------

SIDES_READ_FROM_THE_CLAUSE = [
        # "his army's capture": the person the clause's subject names (Putin: Russia's forces), not the side the story
        # told withdrawing
        ("After Ukraine's pull-back from the town of Avdiivka, President Vladimir Putin praised his army's capture of "
         "Avdiivka on Sunday.", dt.date(2024, 2, 18), "Avdiivka", ("ru-forces", "ua-forces")),
        # "the armed forces of the country": the country of the minister who speaks
        ("Russia's defence minister said the armed forces of the country had seized the town of Marinka.",
         dt.date(2023, 12, 26), "Marinka", ("ru-forces", "ua-forces")),
        ("Ukraine's defence minister said the armed forces of the country had retaken the village of Klishchiivka.",
         dt.date(2023, 9, 17), "Klishchiivka", ("ua-forces", "ru-forces")),
        # every side the subject phrase names is the one it fights: the head's own words say whose the forces are
        ("Government forces in a crackdown against Taliban fighters recaptured Jaghatu district on Sunday.",
         dt.date(2019, 9, 22), "Jaghatu", ("af-gov", "taliban")),
]

THE_SAME_CLAUSES_KEPT = [
        # twin: the side named as the phrase's head stays ("Taliban fighters in an offensive against government forces")
        ("Taliban fighters in an offensive against government forces captured Jaghatu district on Sunday.",
         dt.date(2019, 9, 22), "Jaghatu", ("taliban", "af-gov")),
        # twin: "its forces" still the speaker's when the clause's subject is no person the table lists
        ("Russia's Defence Ministry said its forces captured the village of Vovkove on Tuesday.",
         dt.date(2025, 1, 21), "Vovkove", ("ru-forces", "ua-forces")),
]


# --- one table: each sentence's place and its sides ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "place", "expected"),
    THE_WARS_OTHER_SIDE + THE_SAME_WORDS_OUTSIDE_THE_WAR + NAMED_SIDES + SIDES_READ_FROM_THE_CLAUSE + THE_SAME_CLAUSES_KEPT,
)
def test_the_sides_of_each_sentence(extractor: Extractor, text: str, published: dt.date, place: str,
                                    expected: tuple[str | None, str | None]) -> None:
    assert _sides(extractor, text, published, place) == expected
