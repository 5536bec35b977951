"""Headline families of the fourteenth reading (docs/constructions.md "Fourteenth reading: simple headlines"), in our
own words: a headline verb the small model reads as a noun ("gains control of", "conquer", "declare control of"); a
short Title Case line whose capitalised verb joins the town's name ("El Fasher Falls to RSF"); a joiner that opens a
town's name in a Title Case or one-case line ("El Fasher", "Al Hazm"); a side that lost a known town named only by a
common noun ("Islamists driven out of Kismayo"); a bare town claimed ("Al-Shabaab claims Baidoa"). Each with twins
built from the same words that name no change of hands in a war."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.headline import sentence_case

from .conftest import headline_changes, sides

_events = partial(headline_changes, published=dt.date(2021, 6, 14))


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        # the small model reads a headline's "gains"/"gain"/"declare" as a noun and "conquer(s)" as one too
        ("Islamic State gains control of Iraq's Baiji", "Baiji", "isis"),
        ("Houthi fighters gain control of Yemeni city of Marib", "Marib", "houthis"),
        ("Al-Shabaab Gains Control of Strategic Somali Town of Baidoa", "Baidoa", "al-shabaab"),
        ("Taliban conquer Ghazni after weeklong siege", "Ghazni", "taliban"),
        ("Islamic State Conquers Palmyra", "Palmyra", "isis"),
        ("Taliban declare control of Pul-e-Khumri", "Pul-e-Khumri", "taliban"),
        ("Houthis Declare Control Of Al Hazm", "Al Hazm", "houthis"),
    ],
)
def test_a_headline_verb_read_as_a_noun_still_reports(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _l in sides(_events(extractor, title))] == [(place, gaining)]


@pytest.mark.parametrize(
    "title",
    [
        # twins: the same verbs of a ballot, a contest, nature or a decree
        "Labour gains control of Plymouth council",
        "Wildfire gains ground near Marib",
        "Opposition Gains Control of Parliament in Baidoa Vote",
        "Liverpool conquer Newcastle in cup thriller",
        "Climbers conquer Everest despite storm",
        "Taliban declare amnesty in Ghazni",
        "Houthis Declare Curfew in Al Hazm",
    ],
)
def test_the_same_verbs_of_no_war_report_nothing(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        # a short Title Case line: its capitalised verb is no part of the town's name
        ("Bara Falls to RSF", "Bara", "rsf"),
        ("Baiji Captured by IS", "Baiji", "isis"),
        ("El Fasher Seized by RSF", "El Fasher", "rsf"),
        # a joiner that opens a known town's name keeps its capital when the line is recased
        ("RSF Captures El Fasher Town", "El Fasher", "rsf"),
        ("RSF SEIZES EL GENEINA", "El Geneina", "rsf"),
        ("Houthis Take Control of Al Hazm", "Al Hazm", "houthis"),
    ],
)
def test_a_short_or_recased_title_keeps_the_town_name(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _l in sides(_events(extractor, title))] == [(place, gaining)]


@pytest.mark.parametrize(
    "title",
    [
        # twins: short Title Case lines of the same words that report no change
        "Baiji Captured on Film",
        "Rain Falls on El Fasher",
        "Ramadi Prices Fall",
    ],
)
def test_short_title_twins_report_nothing(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


def test_sentence_case_lowers_a_short_title_case_line_only() -> None:
    assert sentence_case("Bara Falls to RSF") == "Bara falls to RSF"
    assert sentence_case("Baiji Captured by IS") == "Baiji captured by IS"
    assert sentence_case("RSF takes Bara") == "RSF takes Bara"  # a wire line keeps its case


@pytest.mark.parametrize(
    ("title", "place", "losing"),
    [
        # the side that lost a known town of a country at war, named only by a common noun
        ("Somali Islamists pushed out of Baidoa", "Baidoa", "x-islamists-so"),
        ("Jihadists Driven From Mali's Douentza", "Douentza", "x-jihadists-ml"),
        ("Militants driven out of Marawi, army says", "Marawi", "x-militants-ph"),
    ],
)
def test_a_loser_named_by_a_common_noun_still_reports(extractor: Extractor, title: str, place: str, losing: str) -> None:
    assert [(p, lose) for p, _g, lose in sides(_events(extractor, title))] == [(place, losing)]


@pytest.mark.parametrize(
    "title",
    [
        # twins: the same common nouns that are no side, or a place that is no town of a war
        "Protesters driven out of Baidoa market",
        "Gunmen driven out of Douentza nightclub",
        "Militants driven out of Palma, Majorca, police say",
    ],
)
def test_a_common_noun_that_is_no_side_reports_nothing(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


def test_a_bare_town_claimed_is_taken(extractor: Extractor) -> None:
    assert [(p, g) for p, g, _l in sides(_events(extractor, "Al-Shabaab claims Jowhar"))] == [("Jowhar", "al-shabaab")]


@pytest.mark.parametrize("title", ["Al-Shabaab claims Jowhar attack", "Al-Shabaab claims Jowhar bombing that killed 12"])
def test_a_deed_claimed_in_a_town_is_no_capture(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        # a report, then the question it raises: the report stands
        ("M23 rebels seize Goma, what next for Kinshasa?", "Goma", "m23"),
        ("Taliban take Ghazni: how long can Kabul hold?", "Ghazni", "taliban"),
        # the side named before a colon speaks for "we"
        ("Al-Shabaab: we have captured Jowhar", "Jowhar", "al-shabaab"),
        ("Houthis: we have taken Al Hazm", "Al Hazm", "houthis"),
    ],
)
def test_a_question_tail_or_a_colon_speaker_keeps_the_report(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _l in sides(_events(extractor, title))] == [(place, gaining)]


@pytest.mark.parametrize(
    "title",
    [
        # twins: the line itself asks, or the report is only a possibility; "we" of no side, or an intent
        "Will M23 rebels seize Goma?",
        "M23 rebels seize Goma?",
        "M23 rebels could seize Goma: what would it mean for Kinshasa?",
        "Al-Shabaab: we will capture Jowhar",
        "Residents: we have fled Jowhar",
    ],
)
def test_a_question_or_a_promise_reports_nothing(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []
