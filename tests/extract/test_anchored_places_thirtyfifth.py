"""Places GeoNames lacks, anchored by the report (session 35, helper unres35, issue 10): anchored_name.py.

A weak verb's object ("took", "entered", "took full control of") that GeoNames lacks, or that the tagger reads as a
man or a people, resolved to nothing. Where the report anchors the name as a settlement (a war's town it lies near or
a bearing from, a war's province it lies in, or a settlement noun set with it anywhere in the text) it is a place as
written, in the anchor's country. Names no anchor vouches for, men, units and things taken stay out. Sentences
written for these tests, after the grammar of wire reports of 2014-2017 (Iraq, Syria, Ukraine).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2016, 11, 21)


def _news(extractor: Extractor, text: str, title: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    events = extractor.extract(make_article(text, published=PUB, title=title))
    return [
        (e.place.name, e.place.country_code, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in events if e.kind == "change" and not e.historical
    ]


@pytest.mark.parametrize(
    ("text", "place", "country", "gaining"),
    [
        # a war's town right after the name: near, outside, a bearing
        ("Kurdish fighters took Tal Hadid near Aleppo on Sunday.", "Tal Hadid", "SY", "sdf"),
        ("Syrian troops took Tal Hadid, near Aleppo, on Sunday, state television said.", "Tal Hadid", "SY", "sy-gov"),
        ("Ukrainian troops took Zorianivka near Donetsk on Tuesday, the general staff said.", "Zorianivka", "UA", "ua-forces"),
        # a war's province right after it
        ("Ukrainian troops took Rybatske in the Zaporizhzhia region, the army said.", "Rybatske", "UA", "ua-forces"),
        ("Ukrainian troops entered Rybatske in the Zaporizhzhia region and raised the national flag there.", "Rybatske", "UA", "ua-forces"),
        # the text calls it a settlement elsewhere: an apposition, "the village of X", "X village"
        (
            "Police Colonel Adnan Saleh said Iraqi forces took full control of Imam Hamdan at dawn. Imam Hamdan, a village "
            "south of Mosul, had been overrun by the militants last week.",
            "Imam Hamdan", "IQ", "iq-gov",
        ),
        (
            "Ukrainian troops have taken Rybatske, the army said on Sunday. Rybatske, a settlement in the southern "
            "Zaporizhzhia region, lies south of Orikhiv.",
            "Rybatske", "UA", "ua-forces",
        ),
    ],
)
def test_an_anchored_name_is_a_place_as_written(extractor: Extractor, text: str, place: str, country: str, gaining: str) -> None:
    news = _news(extractor, text)
    assert [(p, cc, g) for p, cc, g, _l in news] == [(place, country, gaining)]


@pytest.mark.parametrize(
    ("title", "place", "country", "gaining"),
    [
        ("Ukrainian troops take Rybatske in Zaporizhzhia region", "Rybatske", "UA", "ua-forces"),
        ("Kurds take Tal Hadid near Aleppo", "Tal Hadid", "SY", "sdf"),
        ("Syrian army takes Tal Hadid near Aleppo", "Tal Hadid", "SY", "sy-gov"),
    ],
)
def test_a_headline_name_anchored_in_its_line(extractor: Extractor, title: str, place: str, country: str, gaining: str) -> None:
    news = _news(extractor, "", title=title)
    assert [(p, cc, g) for p, cc, g, _l in news] == [(place, country, gaining)]


@pytest.mark.parametrize(
    "title",
    [
        "Police take Ahmed Ali near Aleppo",
        "Rebels take Abu Hamza near Aleppo",
        "Syrian Army Takes Positions Near Aleppo",
        "Kurds fail to take Tal Hadid near Aleppo",
        "Rebels take Bradleys near Donetsk",
        "Ukraine takes Shakhtar to court in Donetsk region",
        "Shakhtar take Metalist near Donetsk",
        "Syrian troops take Tal Hadid",
    ],
)
def test_a_headline_with_no_village_or_no_anchor(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", title=title) == []


def test_a_headline_name_the_body_calls_a_village(extractor: Extractor) -> None:
    body = "Imam Hamdan, a village south of Mosul, lies on the west bank of the Tigris, police said."
    news = _news(extractor, body, title="Iraqi forces take Imam Hamdan from Islamic State")
    assert [(p, cc, g) for p, cc, g, _l in news] == [("Imam Hamdan", "IQ", "iq-gov")]


@pytest.mark.parametrize(
    "text",
    [
        # no anchor: the name alone stays out
        "Iraqi forces took full control of Imam Hamdan at dawn.",
        # a man: a given name, a rank, taken prisoner or into custody, set off as a commander
        "Syrian troops took Hassan Ali near Aleppo on Sunday.",
        "The army took Brigadier Tal Hadid near Aleppo.",
        "Ukrainian troops took Mykola Kovalenko in the Donetsk region prisoner.",
        "Police took Abu Omar near Aleppo into custody on Sunday.",
        "Iraqi forces shelled Imam Hamdan, a village south of Mosul. Officials said the forces took Imam Hamdan, the commander, to Baghdad.",
        "Gunmen took Saleh Hamdan near Aleppo on Sunday. Saleh Hamdan, a town elder, was freed later.",
        # things and units
        "Rebels took Bradleys near Donetsk on Sunday.",
        "Ukrainian troops took Azov positions near Mariupol.",
        "Syrian troops took the Tal Hadid road near Aleppo on Sunday.",
        "Syrian troops took Tal Hadid Hospital near Aleppo.",
        "Syrian troops took Nusra by surprise near Aleppo.",
        # attempts, plans, raids and attacks on an anchored village
        "Kurdish fighters failed to take Tal Hadid near Aleppo on Sunday.",
        "Kurdish fighters plan to take Tal Hadid near Aleppo.",
        "Kurdish fighters attacked Tal Hadid near Aleppo on Sunday.",
        "Iraqi forces raided Imam Hamdan, a village south of Mosul, and withdrew after an hour.",
        # an anchor at peace places nothing
        "The club took Tal Hadid near Lyon on Sunday.",
    ],
)
def test_no_anchor_or_no_village_is_no_event(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (  # (this parse already read both on main: kept as a guard)
            "Turkish-backed fighters liberated the town of Kafr Hamra in the west and the village of Tal Hadid in the "
            "north from the Kurdish militia.",
            ["Kafr Hamra", "Tal Hadid"],
        ),
        (
            "Reporters said the Syrian army had taken control of the town of Kafr Hamra in the west of Aleppo and the "
            "village of Tal Hadid in the north.",
            ["Kafr Hamra", "Tal Hadid"],
        ),
    ],
)
def test_a_second_settlement_after_a_compass_point(extractor: Extractor, text: str, places: list[str]) -> None:
    assert [p for p, _cc, _g, _l in _news(extractor, text)] == places


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops recaptured the town of Kafr Hamra in the north and shelled the village of Tal Hadid in the south.",
        "Syrian troops recaptured the town of Kafr Hamra in the north, while rebels held the village of Tal Hadid in the south.",
        "Syrian troops recaptured the town of Kafr Hamra in the north and the village of Tal Hadid remained under rebel control.",
    ],
)
def test_a_settlement_after_a_compass_point_with_its_own_verb(extractor: Extractor, text: str) -> None:
    assert [p for p, _cc, _g, _l in _news(extractor, text)] == ["Kafr Hamra"]


@pytest.mark.parametrize(
    "text",
    [
        "The SDF took control over the villages of al-Mashout, al-Khafijeh, al-Sayer, Doha and Khirbet Hardan, killing a number of militants.",
        "Kurdish fighters seized the village of Doha near Raqqa on Sunday.",
    ],
)
def test_a_village_named_like_a_city_at_peace_abroad(extractor: Extractor, text: str) -> None:
    news = {p: cc for p, cc, _g, _l in _news(extractor, text)}
    assert news["Doha"] == "SY"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iraqi commandos have taken the village of Salamiyah in the Nimrud district southeast of Mosul, a general said.", "IQ"),
        ("Iraqi troops took the village of Salamiyah, 30 km southeast of Mosul.", "IQ"),  # (main read it so: a guard)
        # a town of the war near a town of its own war keeps its reading
        ("Syrian troops took the town of Salamiyah, east of Hama.", "SY"),
    ],
)
def test_a_village_named_like_a_city_of_another_war(extractor: Extractor, text: str, country: str) -> None:
    assert [cc for p, cc, _g, _l in _news(extractor, text) if p == "Salamiyah"] == [country]

