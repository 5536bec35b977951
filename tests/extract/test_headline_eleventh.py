"""Headline families of the eleventh reading (docs/constructions.md "Eleventh reading: wire headlines"), in our own
words: a region's or a city's village ("4th Donetsk village", "a Kharkiv region village": the name says where the
village lies, not which it is), a Title Case "Town Of X" whose name is also an English word ("Hit", "Sake"), and a
side that "says have taken X" (the wire drops the pronoun, keeps the auxiliary); each with twins built from the same
words."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_events = partial(headline_changes, published=dt.date(2023, 6, 20))


@pytest.mark.parametrize(
    "title",
    [
        # a region's (or its capital's) village, counted or not: the village is unnamed
        "Ukraine retakes 5th Zaporizhzhia village",
        "Russian troops seize 3rd Donetsk village in a week",
        "Ukrainian forces recapture Kherson village",
        "Russia takes another Kharkiv region village",
        "Kyiv says troops retake Luhansk region village",
        "Taliban capture 2nd Helmand district in two days",
    ],
)
def test_a_regions_village_is_no_event(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place", "gaining", "losing"),
    [
        # the village's own name before "village" is still the village
        ("Ukraine retakes Neskuchne village from Russian forces", "Neskuchne", "ua-forces", "ru-forces"),
        ("Russia captures Donetsk region village of Sokil", "Sokil", "ru-forces", "ua-forces"),
        # Title Case "Town Of X": the name is also an English word
        ("Iraqi Forces Retake Town Of Hit From Islamic State", "Hit", "iq-gov", "isis"),
        ("M23 Fighters Seize Town Of Sake In North Kivu", "Sake", "m23", "cd-gov"),
        # "Z say(s) have taken / has seized X": no pronoun, the auxiliary kept
        ("Haftar's forces say have taken control of Sirte", "Sirte", "lna", None),
        ("Houthis say have seized Marib city", "Marib", "houthis", "ye-gov"),
        ("Ukraine says has recaptured Lyman", "Lyman", "ua-forces", "ru-forces"),
    ],
)
def test_an_eleventh_reading_headline_is_read(extractor: Extractor, title: str, place: str, gaining: str, losing: str | None) -> None:
    assert sides(_events(extractor, title)) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "title",
    [
        # "Town Of X" where nobody armed takes anything
        "Crowds Take Town Of Bath By Storm",
        "Police Seize Drugs In Town Of Hope",
        # "say have" with a denial or a plan between: no event
        "Houthis say have not seized Marib",
        "Haftar's forces say have no plans to take Sirte",
        # a participle alone is the passive, never the rebuilt verb
        "Sirte taken by surprise as storm hits Libyan coast",
    ],
)
def test_an_eleventh_reading_twin_stays_quiet(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place", "gaining", "losing"),
    [
        # the wire's "S. Sudan" / "S Sudan" / "S.Sudan" is South Sudan, never Sudan
        ("S. Sudan army retakes Malakal", "Malakal", "ss-gov", "splm-io"),
        ("S Sudan rebels capture Bentiu", "Bentiu", "splm-io", "ss-gov"),
        ("S.Sudan troops recapture Bentiu from rebels", "Bentiu", "ss-gov", "splm-io"),
        # a name the parse hangs on a compass point ("Sake west of Goma") is the town; the "of" object says where
        ("M23 fighters seize town of Sake west of Goma", "Sake", "m23", "cd-gov"),
    ],
)
def test_a_wire_abbreviation_or_compass_line_is_read(extractor: Extractor, title: str, place: str, gaining: str, losing: str | None) -> None:
    assert sides(_events(extractor, title)) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "title",
    [
        "S. Sudan rebels clash with army near Malakal",
        "S. Korea army drills near border",
        "Rebels seize areas west of Aleppo",
    ],
)
def test_an_abbreviation_or_compass_twin_stays_quiet(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []
