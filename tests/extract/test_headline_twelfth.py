"""Headline families of the twelfth reading (docs/constructions.md "Twelfth reading: wire headlines"), in our own
words: a town "under Z control" with no verb (a source head before it, "once again", "army control"), a town that
"falls to Z hands", "govt"/"gov't" forces and a source glued to its dash ("-defence ministry"), a colon-head town
whose rest says "town as ...", a district's unnamed "main town", a Title Case ordinal hung on a demonym ("Ninth
Afghan City"), a side that announces its own withdrawal from a town, and "Syrian Kurds" as the SDF; each with twins
built from the same words."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_events = partial(headline_changes, published=dt.date(2024, 10, 2))


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        # a verbless "X under Z control": the town opens the line, the holder's control follows
        ("Vuhledar under Russian control", "Vuhledar", "ru-forces"),
        ("Kherson back under Ukrainian control", "Kherson", "ua-forces"),
        ("Analysis: Ramadi under Islamic State control", "Ramadi", "isis"),
        ("Big blow: Toretsk Under Russian Control", "Toretsk", "ru-forces"),
        ("Lalibela once again under Fano militia control", "Lalibela", "fano"),
        ("Dessie now under Ethiopian army control as Tigrayan forces pull back", "Dessie", "et-gov"),
        # "falls to Z hands" (as "falls into Z hands")
        ("Lyman falls to Ukrainian hands", "Lyman", "ua-forces"),
        ("Avdiivka fell to Russian hands after months of fighting", "Avdiivka", "ru-forces"),
        ("Kabul falls to the hands of the Taliban", "Kabul", "taliban"),
        # "govt forces", "gov't troops", and a source glued to its dash
        ("Ethiopian govt forces recapture Kombolcha", "Kombolcha", "et-gov"),
        ("Syrian gov't troops retake Palmyra", "Palmyra", "sy-gov"),
        ("Yemen govt forces seize Ataq -defence ministry", "Ataq", "ye-gov"),
        # the town named only before the colon, the rest's "town" followed by a clause
        ("Gondar: government forces recapture town as Fano fighters withdraw", "Gondar", "et-gov"),
        ("Kunduz: Taliban seize city after weeks of fighting", "Kunduz", "taliban"),
    ],
)
def test_a_twelfth_reading_headline_is_read(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _lose in sides(_events(extractor, title))] == [(place, gaining)]


@pytest.mark.parametrize(
    "title",
    [
        # "under ... control" that names no side, no town, or a holder still in place
        "Fire under control",
        "Wildfire near Kherson under control, officials say",
        "Inflation under government control",
        "Kherson region under Russian control",
        "Raqqa still under Islamic State control",
        "Situation in Kyiv under control, mayor says",
        "Prices under state control",
        "Mosul under curfew after attacks",
        # "falls to ... hands" of no armed side, or "falls" of something else
        "Title falls to rival hands",
        "Estate falls to Chinese hands",
        # a colon head whose rest does not take the town
        "Kyiv: Russian troops shell city as talks stall",
        "Exclusive: Taliban take control of town as forces flee",
        # a district's or valley's main town left unnamed: the area is no town taken
        "Pakistan troops recapture main town of Swat",
        "Pak army regains Swat main town from Taliban",
        "Troops retake Swat's main town",
        # a Title Case ordinal hung on a demonym: a country's towns counted
        "Ninth Afghan City Falls to Taliban",
        "Fourth Sagaing Town Falls to Resistance",
    ],
)
def test_a_twelfth_reading_twin_is_no_event(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place", "gaining", "losing"),
    [
        # who announces a withdrawal (not "the fall") from a town left it
        ("Ukrainian forces announce withdrawal from Vuhledar", "Vuhledar", "ru-forces", "ua-forces"),
        ("Russia announces withdrawal from Kherson", "Kherson", "ua-forces", "ru-forces"),
    ],
)
def test_an_announced_withdrawal_is_the_announcers_loss(extractor: Extractor, title: str, place: str, gaining: str, losing: str) -> None:
    # (the taker is the other side of the two-sided war fought there: session 39)
    assert sides(_events(extractor, title)) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "title",
    [
        # ("Wagner announces fall of Bakhmut": the taker announces a fall, its gain since session 38, the speaker never
        # the loser: test_issue_families_thirtyeighth)
        "US announces withdrawal from Paris climate accord",
        "Ukraine announces plan for withdrawal from Kherson",
        "ISW reports Ukrainian withdrawal from Vuhledar",
    ],
)
def test_an_announced_withdrawal_twin_gives_no_loss_to_the_speaker(extractor: Extractor, title: str) -> None:
    assert [e for e in _events(extractor, title) if e.losing is not None and e.losing.id in ("ua-forces", "wagner", "ru-forces")] == []


@pytest.mark.parametrize(
    ("title", "place", "gaining", "losing"),
    [
        # "leave" with the settlement noun written on the town
        ("Russian troops leave Kherson city", "Kherson", "ua-forces", "ru-forces"),
        ("Ukrainian forces leave Soledar town", "Soledar", "ru-forces", "ua-forces"),
    ],
)
def test_a_side_leaving_a_named_town_loses_it(extractor: Extractor, title: str, place: str, gaining: str, losing: str) -> None:
    assert sides(_events(extractor, title)) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "title",
    ["Russian troops leave the city", "Tourists leave Kherson city", "Russian troops leave Kherson region", "Pope leaves Kinshasa city"],
)
def test_a_leaving_twin_is_no_event(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


def test_syrian_kurds_are_the_sdf(extractor: Extractor) -> None:
    assert sides(_events(extractor, "Syrian Kurds drive Islamic State out of Kobane")) == [("Kobane", "sdf", "isis")]


def test_a_named_main_town_still_counts(extractor: Extractor) -> None:
    """"Mingora, main town of Swat": the town is named; only the valley is not taken."""
    assert [p for p, _g, _l in sides(_events(extractor, "Pakistan troops recapture Mingora, main town of Swat"))] == ["Mingora"]
