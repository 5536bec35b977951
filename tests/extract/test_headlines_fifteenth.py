"""Headline families of the fifteenth reading (docs/constructions.md "Fifteenth reading"), in our own words: a town
named right after a settlement noun that the small model reads as an adverb ("seize key city Lysychansk"), also in a
side's word that the town was taken ("Moscow says town of Marinka captured"); and a force named by a word the
catalogue does not know, which is no state's army ("Last Yazidi units leave Sinjar"); a share held now, a head of state
by its country, a celebration in a town just taken; units and people that are no towns. Each with twins built from the
same words that name no change of hands."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_events = partial(headline_changes, published=dt.date(2023, 6, 14))


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        # the name after "city"/"town" read as an adverb of the verb or of the noun
        # (the names are the grammar here: the small model tags "Bakhmut" an adverb, "Toretsk" the verb's modifier)
        ("Russian troops take key town Bakhmut", "Bakhmut", "ru-forces"),
        ("Wagner fighters seize key town Bakhmut", "Bakhmut", "wagner"),
        ("Russian forces seize key city Toretsk", "Toretsk", "ru-forces"),
        ("Russian units capture key town Toretsk", "Toretsk", "ru-forces"),
        # a side's word that the town was taken: the name through the noun ("city of X", "key city X")
        ("Moscow says town of Marinka captured", "Marinka", "ru-forces"),
        ("Russia says Ukrainian city of Lysychansk captured", "Lysychansk", "ru-forces"),
        ("Russia says key city Soledar captured", "Soledar", "ru-forces"),
        ("Moscow says key town Bakhmut captured", "Bakhmut", "ru-forces"),
    ],
)
def test_a_town_named_after_its_noun_is_read(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _l in sides(_events(extractor, title))] == [(place, gaining)]


@pytest.mark.parametrize(
    "title",
    [
        # twins: the same words of shelling, a visit, an intent, a denial, or no town named at all
        "Russian forces shell key city Toretsk",
        "Wagner fighters visit key town Bakhmut",
        "Russian troops vow to take key town Bakhmut",
        "Russian forces near key city Toretsk",
        "Russia says key city Soledar shelled",
        "Moscow denies town of Marinka captured",
        "Russia says key city captured",
        "Russian forces seize key city again",
        "Russian forces seize key city now, Kyiv says",
    ],
)
def test_twins_of_a_named_town_report_nothing(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    "title",
    [
        # a force named by a word the catalogue does not know is no army of the town's state
        "Last Yazidi units leave Iraq's Sinjar",
        "Last Kurd troops leave Manbij, allied fighters say",
        "Final Druze forces leave Sweida",
    ],
)
def test_a_force_of_an_unknown_name_is_not_the_state(extractor: Extractor, title: str) -> None:
    assert all(e.losing is None or not e.losing.id.endswith("-gov") for e in _events(extractor, title))


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        # twins: the state's own forces under Title Case words, a country's adjective, a known side
        ("Security Forces Retake Ramadi", "Ramadi", "iq-gov"),
        ("Special Forces Recapture Palmyra", "Palmyra", "sy-gov"),
        ("Iraqi forces retake Baiji", "Baiji", "iq-gov"),
        ("Hashd forces retake Tikrit", "Tikrit", "pmf"),
    ],
)
def test_twins_of_the_state_forces_keep_their_side(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _l in sides(_events(extractor, title))] == [(place, gaining)]


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        # a town held "100%" by a side now: the share between the town and "under control of"
        ("Lashio now 100% under control of MNDAA fighters", "Lashio", "mndaa"),
        ('Hsenwi "100%" under control of the MNDAA, spokesman says', "Hsenwi", "mndaa"),
        ("Shan state capital Lashio now under control of MNDAA", "Lashio", "mndaa"),
        # the head of a state named by its country's adjective speaks for that state's forces
        ("Ukrainian president hails liberation of Vovchansk", "Vovchansk", "ua-forces"),
        ("Iraqi PM hails liberation of Baiji", "Baiji", "iq-gov"),
    ],
)
def test_a_share_held_now_and_a_head_of_state_are_read(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _l in sides(_events(extractor, title))] == [(place, gaining)]


@pytest.mark.parametrize(
    "title",
    [
        # twins: still held, a share of something else, a curfew; an opposition or former leader, a vow, a visit
        "Lashio still 100% under control of MNDAA fighters",
        "Inflation now 100% under control of central bank",
        "Shan state capital Lashio under curfew",
        "Russian opposition leader hails liberation of Vovchansk",
        "Iraqi PM hails heroes of Baiji",
        "Ukrainian president vows liberation of Vovchansk",
        "Ukrainian president visits Vovchansk",
    ],
)
def test_twins_of_a_share_and_a_head_of_state_report_nothing(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place"),
    [
        # a celebration in a town the line calls just taken (a two-word name, a side named only as "rebels")
        ("Sudan army troops celebrate in recaptured Wad Madani", "Wad Madani"),
        ("Syria rebels celebrate in captured Idlib, set sights on Hama", "Idlib"),
        ("Ukrainian soldiers rejoice in liberated Kupiansk after Russian retreat", "Kupiansk"),
        ("M23 fighters celebrate in captured Bukavu", "Bukavu"),
    ],
)
def test_a_celebration_in_a_town_just_taken_is_read(extractor: Extractor, title: str, place: str) -> None:
    assert [p for p, _g, _l in sides(_events(extractor, title))] == [place]


@pytest.mark.parametrize(
    "title",
    [
        # twins: a celebration of something else in the town, an anniversary, a town not called taken
        "Ukrainian soldiers rejoice in Kupiansk as football team wins cup",
        "Ukrainians celebrate liberation anniversary in Kupiansk",
        "M23 fighters celebrate in Goma a year after its capture",
        "Fans celebrate in captured stadium",
    ],
)
def test_twins_of_a_celebration_report_nothing(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    "title",
    [
        # an area's unit in a Title Case line is no town; a person named by role after a capture verb is no town
        "Kyiv Says Its Forces Retook 3,000 Sq Km of Land This Month",
        "Moscow Seizes 150 Sq Km in Kharkiv Region",
        "Peru captures most wanted drug trafficker Camisea",
        "Army captures rebel commander Abu Talha",
    ],
)
def test_units_and_people_are_no_towns(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []
