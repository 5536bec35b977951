"""Headlines whose side is a generic word ("Army recaptures Palmyra", "Rebels take over al-Rai"): the state forces of
the place's country, the one armed group of that country carrying the word, or an unidentified group of that
country; every such side is flagged as read, not written."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

from .conftest import headline_changes

_events = partial(headline_changes, published=dt.date(2016, 3, 28))


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        ("Army recaptures Palmyra", "Palmyra", "sy-gov"),
        ("Troops retake Ramadi", "Ramadi", "iq-gov"),
        ("Government forces take Marawi", "Marawi", "ph-gov"),
        ("ARMY RECAPTURES PALMYRA", "Palmyra", "sy-gov"),
        ("Militants seize Mosul", "Mosul", "isis"),
        ("Kurds take over Sinjar", "Sinjar", "peshmerga"),
    ],
)
def test_a_generic_side_resolves_in_the_place_country(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    events = _events(extractor, title)
    assert [e.place.name for e in events] == [place], events
    assert events[0].gaining is not None and events[0].gaining.id == gaining
    assert events[0].gaining_inferred  # the headline named no actor: a desk can tell our reading from the words


def test_a_named_side_is_not_flagged_inferred(extractor: Extractor) -> None:
    events = _events(extractor, "Syrian army recaptures Palmyra")
    assert [(e.place.name, e.gaining.id if e.gaining else None, e.gaining_inferred) for e in events] == [("Palmyra", "sy-gov", False)]


def test_an_inferred_side_scores_below_a_named_one(extractor: Extractor) -> None:
    named = _events(extractor, "Syrian army recaptures Palmyra")
    generic = _events(extractor, "Army recaptures Palmyra")
    assert generic[0].raw_confidence < named[0].raw_confidence


def test_a_generic_word_with_two_candidates_is_an_unidentified_group_of_the_country(extractor: Extractor) -> None:
    # Syria has two rebel actors in the catalogue (HTS, the SNA): the headline does not say which
    events = _events(extractor, "Rebels in Syria seize Idlib")
    assert [e.place.name for e in events] == ["Idlib"]
    gaining = events[0].gaining
    assert gaining is not None and gaining.id == "x-rebels-sy" and "Syria" in gaining.name


def test_a_generic_word_names_the_actor_the_story_names(extractor: Extractor) -> None:
    events = _events(extractor, "Rebels seize Idlib", "Hayat Tahrir al-Sham fighters entered the city on Saturday.")
    assert [(e.place.name, e.gaining.id if e.gaining else None) for e in events] == [("Idlib", "hts")]


def test_an_actor_fighting_abroad_is_a_candidate_there(extractor: Extractor) -> None:
    # jihadists in Syria: HTS, and Islamic State, which fights in Syria as well as Iraq: no single one
    events = _events(extractor, "Jihadists capture Palmyra")
    assert [(e.place.name, e.gaining.id if e.gaining else None) for e in events] == [("Palmyra", "x-jihadists-sy")]


@pytest.mark.parametrize(
    "title",
    [
        "Army takes control of the game",
        "Army plans to retake Palmyra by spring",
        "Will rebels take Idlib?",
        "Troops close in on Ramadi",
        "Rebels still in control of Raqqa, officials say",
        "Militants deny capturing Mosul",
        "Army captures commander in Palmyra raid",
        "Government forces take Marawi mayor to court",
        "Rebels take control of the game in charity match in Mosul",
        "Army falls to Navy in annual match",
    ],
)
def test_generic_side_twins_stay_quiet(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Army Recaptures Palmyra From Islamic State", "Palmyra"),
        ("Syrian army ‘recaptures’ Palmyra from Islamic State", "Palmyra"),
        ("Army retakes Palmyra.", "Palmyra"),
    ],
)
def test_title_case_quotes_and_a_full_stop_are_read(extractor: Extractor, title: str, place: str) -> None:
    assert [e.place.name for e in _events(extractor, title)] == [place]


@pytest.mark.parametrize(
    "title",
    [
        "Islamic State Deny Capturing Kobani",
        "Troops Still In Control Of Mekelle, Officials Say",
        "Russia Takes Tokyo To Task Over Trade Curbs",
        "Liverpool Retake The Lead Against Arsenal",
        "Police Seize Cocaine Worth $3 Million In Tripoli",
    ],
)
def test_title_case_twins_stay_quiet(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


def test_a_headline_sent_as_text_with_a_full_stop_is_a_headline_but_a_dated_note_is_not(extractor: Extractor) -> None:
    article = Article(id="t", text="Army retakes Palmyra.", published=dt.date(2016, 3, 28), received=dt.datetime(2016, 3, 28, tzinfo=dt.UTC))
    assert [e.evidence.sentence for e in extractor.extract(article)] == ["Army retakes Palmyra."]
    from townwatch_extract.extractor import _is_headline

    assert _is_headline("Army retakes Palmyra.")
    assert not _is_headline("On 14 May 2023, JNIM took control of Boni (Douentza, Mopti).")
    assert not _is_headline("Fighting went on. The army said it held the town.")


@pytest.mark.parametrize(
    ("title", "place", "gaining"),
    [
        ("RSF seizes Wad Madani", "Wad Madani", "rsf"),  # the small model hangs the name on the verb as an adverbial
        ("Iraqi troops recapture Baiji refinery town", "Baiji", "iq-gov"),  # the name qualifies the noun before "town"
    ],
)
def test_other_headline_forms(extractor: Extractor, title: str, place: str, gaining: str) -> None:
    events = _events(extractor, title)
    assert [(e.place.name, e.gaining.id if e.gaining else None) for e in events] == [(place, gaining)]


@pytest.mark.parametrize("title", ["RSF seizes weapons Sunday", "Iraqi troops recapture Baiji refinery workers' pay", "Army seizes Wad Madani smugglers"])
def test_other_headline_form_twins(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []
