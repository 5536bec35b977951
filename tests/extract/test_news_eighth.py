"""Sides and dated clauses of the eighth news reading (news8): each family with its negative twins (sentences
written for these tests, keeping the grammar of real wire copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2012, 4, 11)


def _events(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change"]
    return [(e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.historical) for e in events]


def _news(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(p, g) for p, g, _l, h in _events(extractor, text) if not h]


@pytest.mark.parametrize(
    ("text", "gaining", "losing"),
    [
        ("SPLA troops took the border town of Heglig on Tuesday after a day of clashes with the Sudanese army.", "ss-gov", "saf"),
        ("The Sudan People's Liberation Army said it had seized Heglig from the Sudanese army.", "ss-gov", "saf"),
        # twins: the opposition written with the same letters, and South Sudan's northern neighbour's own rebels
        ("SPLA-IO fighters seized the town of Nasir from government troops in South Sudan.", "splm-io", "ss-gov"),
        ("SPLM-N fighters took control of Kadugli from the Sudanese army.", "splm-n", "saf"),
    ],
)
def test_the_spla_is_south_sudans_army_and_the_spla_io_its_foe(extractor: Extractor, text: str, gaining: str, losing: str) -> None:
    events = [(g, lo) for _p, g, lo, h in _events(extractor, text) if not h]
    assert events == [(gaining, losing)]


def test_spla_officers_meeting_in_a_town_is_no_change(extractor: Extractor) -> None:
    assert _events(extractor, "SPLA commanders met Sudanese officers in Heglig on Tuesday to discuss the border.") == []


@pytest.mark.parametrize(
    ("text", "gaining"),
    [
        ("Forces of South Sudan crossed the frontier and seized the oil town of Heglig.", "ss-gov"),
        ("Troops of Sudan retook the oil town of Heglig on Friday.", "saf"),  # twin: the one-word country
    ],
)
def test_a_two_word_country_after_forces_of_is_read_whole(extractor: Extractor, text: str, gaining: str) -> None:
    assert _news(extractor, text) == [("Heglig", gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "Juba said it had beaten back a Sudanese bid to retake Heglig, which its army seized earlier this week.",
        "The army vowed to recapture Kherson, which Russian troops seized in March.",
        "Kyiv launched an operation to liberate the city of Kherson, which Russia seized in March.",
    ],
)
def test_a_relative_clause_on_a_town_to_be_retaken_is_background(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
    assert all(h for *_rest, h in _events(extractor, text))


def test_a_relative_clause_on_a_retaken_town_tells_the_earlier_hand(extractor: Extractor) -> None:
    events = _events(extractor, "Ukrainian forces liberated Kherson, which Russia seized in March.")
    assert ("Kherson", "ua-forces", "ru-forces", False) in events
    assert [(p, g) for p, g, _l, h in events if not h] == [("Kherson", "ua-forces")]


@pytest.mark.parametrize(
    ("text", "news"),
    [
        # twins: a clause that only describes the town leaves the capture news
        ("South Sudanese troops seized Heglig, which lies on the border, on Tuesday.", [("Heglig", "ss-gov")]),
        ("Russian forces captured Avdiivka, which lies north of Donetsk, on Saturday.", [("Avdiivka", "ru-forces")]),
    ],
)
def test_a_describing_relative_clause_leaves_the_capture_news(extractor: Extractor, text: str, news: list[tuple[str, str]]) -> None:
    assert _news(extractor, text) == news


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("With Kilinochchi captured, government troops are now pushing on towards Mullaitivu.", "Kilinochchi", "lk-gov"),
        ("With Raqqa liberated from Islamic State, the SDF moved on to Deir ez-Zor.", "Raqqa", "sdf"),
        ("With the recapture of Palmyra, Syrian government forces reopened the desert road east.", "Palmyra", "sy-gov"),
        ("With the capture of Kilinochchi on Friday, the army brought up fresh brigades.", "Kilinochchi", "lk-gov"),
    ],
)
def test_with_x_captured_names_the_main_clauses_subject(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _news(extractor, text) == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "With Kilinochchi almost captured, government troops are pressing the last rebel lines.",
        "With the capture of Kilinochchi in sight, the army brought up fresh brigades.",
        "With the capture of Kilinochchi still weeks away, the army dug in for the monsoon.",
        "Government troops pressed on with the capture of Kilinochchi planned for the weekend.",
    ],
)
def test_with_a_capture_not_yet_made_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_with_the_fall_of_x_does_not_make_the_main_clause_the_gainer(extractor: Extractor) -> None:
    # the main clause of "with the fall of X" may be the loser's: no side is read from it
    assert ("Kilinochchi", "x-rebels-lk") not in _news(extractor, "With the fall of Kilinochchi, the rebels now hold only Mullaitivu.")
    assert [g for _p, g in _news(extractor, "With the capture of Kilinochchi, the Tamil Tigers lost their last town.")] == []


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels marched into Goma on Monday and said they controlled the city.",
        "M23 rebels rolled into Goma on Monday and claimed control of the city.",
    ],
)
def test_marching_into_a_town_with_a_claim_to_control_it_is_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == [("Goma", "m23")]


@pytest.mark.parametrize(
    "text",
    [
        # twins: a control still to come, one denied, one of a site in the town, and people who are no side
        "M23 rebels marched into Goma on Monday and said they would soon control the city.",
        "M23 rebels marched into Goma on Monday but said they did not control the city.",
        "M23 rebels marched into Goma on Monday and claimed control of the airport.",
        "Protesters marched into Goma on Monday and said they controlled the streets.",
    ],
)
def test_marching_in_without_a_claim_to_the_town_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
