"""Headline families of the ninth reading (docs/constructions.md "Ninth reading"), in our own words: a headline's
future ("Iraqi forces to retake X": the infinitive hangs on the noun "forces", which shares its lemma with the verb of
"forced to withdraw"), a city's part named by the city ("Damascus suburb", "Homs outskirts"), "says it's taken X" (the
clitic read as a passive), Syria's "US-backed forces" and "Turkish-backed Syrian opposition", a village placed by a
compass point ("village east of Damascus"), "administrative control", and "Z claims to capture X"; each with twins."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_events = partial(headline_changes, published=dt.date(2019, 8, 22))


@pytest.mark.parametrize(
    ("title", "place", "gaining", "losing"),
    [
        # "it's" with a participle that keeps its object is "it has": the speaker took it
        ("Army says it's retaken Baiji from Islamic State", "Baiji", "iq-gov", "isis"),
        ("Syrian army says it's taken control of Palmyra", "Palmyra", "sy-gov", None),
        # Syria's US-backed forces are the SDF; the Turkish-backed opposition is the SNA
        ("US-backed forces capture Syrian town of Tabqa", "Tabqa", "sdf", None),
        ("US-backed forces seize Raqqa from Islamic State", "Raqqa", "sdf", "isis"),
        ("U.S.-backed fighters take control of Tal Abyad", "Tal Abyad", "sdf", None),
        ("Turkish-backed Syrian opposition seizes Tal Abyad from Kurdish forces", "Tal Abyad", "sna-syria", "sdf"),
        ("Turkish-backed Syrian opposition seizes Tal Abyad from US-supported forces", "Tal Abyad", "sna-syria", "sdf"),
        ("Turkish-backed opposition seizes Manbij from Kurdish forces", "Manbij", "sna-syria", "sdf"),
        # elsewhere "US-backed forces" are the place's own government's
        ("US-backed forces retake Ramadi", "Ramadi", "iq-gov", None),
        # a suburb named after the noun is the place; the city before it only says where
        ("Syrian troops seize Damascus suburb of Douma", "Douma", "sy-gov", None),
        # the headline's present tense with no "to" is still the news
        ("Iraqi forces retake Baiji from ISIS", "Baiji", "iq-gov", "isis"),
        # "claims to capture X" in a headline is the claim of the deed
        ("Russia claims to capture Avdiivka", "Avdiivka", "ru-forces", "ua-forces"),
        # a compass part of the city itself, and control by arms, still count
        # ("Army recaptures eastern Aleppo": test_wars_twentythird_b.py, at the date of that offensive)
        ("Iraqi forces take full control of Kirkuk", "Kirkuk", "iq-gov", None),
    ],
)
def test_a_ninth_reading_headline_is_read(extractor: Extractor, title: str, place: str, gaining: str, losing: str | None) -> None:
    assert sides(_events(extractor, title)) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "title",
    [
        # a headline's "Z to <verb> X" is what Z will do
        "Iraqi forces to retake Baiji from ISIS",
        "Iraqi forces to retake Baiji from ISIS today",
        "Syrian troops to capture Palmyra within days",
        "Kurdish forces to take control of Raqqa",
        "Army to seize Kidal",
        # a part of a city taken is not the city
        "Syrian troops take over Damascus suburb",
        "Syrian troops capture Aleppo suburb",
        "Rebels seize Homs outskirts",
        "Army takes Kabul neighbourhood",
        # "it's" that is not a done capture
        "Army says it's not retaken Baiji",
        "Army says it's ready to retake Baiji",
        "Minister says it's taken too long",
        # a village placed by a compass point and a distance from a town is not the town
        "Syrian army recaptures village east of Aleppo",
        "Iraqi army retakes villages 20 km south of Mosul",
        "Rebels seize town 30 miles north of Aleppo",
        # control that is not held by arms
        "Government takes administrative control of Kirkuk",
        "Pakistan takes administrative control of Bahawalpur seminary",
        # a claim of a right, an ability or a vow
        "Russia vows to capture Avdiivka",
        "Russia claims right to capture Avdiivka",
        "Russia denies claims to capture Avdiivka",
    ],
)
def test_a_ninth_reading_twin_is_no_change(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []
