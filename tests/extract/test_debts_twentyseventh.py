"""Session 27's debts (helper debt27): a base named after its owner is the garrison of its town (sites.py), one
table of settlement nouns (lexicon.py), the chronicle resolved on first use, neighbour sentences outside the sentence
budget, and the gazetteer's choice among namesakes.

Twins: the same base attacked, not taken; a base in a city (one site of the city); a base named after no owner (a
site under its own name); an owner's base with no town named.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows

_DAY = dt.date(2024, 5, 1)


# --- an owner's base: the town's garrison (sites.SiteResolver) -----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        ("Malian troops seized the Wagner base in Kidal on Tuesday.", "Kidal", "ml-gov", "wagner"),
        ("Islamic State militants captured the Hezbollah base in Qusayr on Tuesday.", "Qusayr", "isis", "hezbollah"),
        ("Al-Shabaab fighters seized an African Union base in Bulo Burde on Tuesday.", "Bulo Burde", "al-shabaab", None),
    ],
)
def test_a_base_named_after_its_owner_is_the_garrison_of_its_town(
    extractor: Extractor, text: str, place: str, gaining: str, losing: str | None
) -> None:
    rows = change_rows(extractor, text, _DAY)
    assert [(p, g) for p, g, _l, _h in rows] == [(place, gaining)]
    if losing is not None:
        assert rows[0][2] == losing


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops attacked the Wagner base in Kidal on Tuesday.",  # attacked, not taken
        "Malian troops tried to seize the Wagner base in Kidal on Tuesday.",  # an attempt
        "Malian troops seized the Wagner base on Tuesday.",  # no town: nothing a desk can place
        "Islamic State militants shelled the Hezbollah base in Qusayr on Tuesday.",
    ],
)
def test_an_owners_base_attacked_or_in_a_city_or_unplaced_is_no_change_of_a_town(extractor: Extractor, text: str) -> None:
    assert change_rows(extractor, text, _DAY) == []


def test_an_owners_base_in_a_city_is_a_site_of_the_city(extractor: Extractor) -> None:
    # one site of a city: since session 29 (sites29, labelling.md "Sites") the base anchored at the city, never the city
    from .conftest import make_article

    events = [e for e in extractor.extract(make_article("Al-Shabaab fighters seized the African Union base in Kismayo on Tuesday.",
                                                        published=_DAY)) if e.kind == "change"]
    assert [(e.place.geonames_id, e.place.site_kind) for e in events] == [(None, "military base")]
    assert events[0].place.anchor_geonames_id is not None and events[0].place.name.startswith("Kismayo")


def test_a_base_with_a_name_of_its_own_stays_a_site(extractor: Extractor) -> None:
    rows = change_rows(extractor, "Houthi fighters captured the Al-Anad military base in Lahij on Tuesday.", _DAY)
    assert [(p, g) for p, g, _l, _h in rows] == [("Al-Anad Military Base", "houthis")]


# --- one table of settlement nouns (lexicon.py) --------------------------------------------------------------------------

def test_every_settlement_noun_set_is_drawn_from_the_lexicon_table() -> None:
    from townwatch_extract import (
        casing,
        coreference,
        entry,
        frames,
        headline,
        located,
        sideless,
        syntax,
    )
    from townwatch_extract.lexicon import SETTLED, SETTLEMENT_KINDS, SETTLEMENT_NOUNS

    assert SETTLED < SETTLEMENT_KINDS < SETTLEMENT_NOUNS
    for words in (casing._SETTLEMENT_OF, coreference.ANAPHOR_NOUNS, entry._TOWN_NOUNS, frames._SETTLED,
                  frames._LEFT_TOWNS, headline._TOWN_NOUNS, syntax._SETTLEMENT_NOUNS):
        assert SETTLED <= words
    assert SETTLEMENT_NOUNS <= located._KIND_HEADS and SETTLEMENT_NOUNS <= sideless._LEDE_PLACES
    assert "township" in located._KIND_HEADS  # "the town of X" and Myanmar's "the township of X" alike


# --- the chronicle, read on first use ------------------------------------------------------------------------------------

def test_the_chronicle_is_read_on_first_use_not_at_start() -> None:
    fresh = Extractor()
    assert "chronicle" not in vars(fresh)  # a start reads no chronicle
    fresh.warm_up()  # a service warms up before its first article, which then does not pay for it
    assert "chronicle" in vars(fresh)
    assert len(fresh.chronicle._by_place) >= 150


def test_the_packaged_chronicle_is_the_rows_and_end_of_its_file() -> None:
    from townwatch_extract.chronicle import Chronicle, coverage_end, load_changes

    located: list[tuple[str, str]] = []
    chronicle = Chronicle.packaged(lambda name, cc: located.append((name, cc)) or len(located))
    assert chronicle.until == coverage_end()
    assert located == [(c.place, c.country) for c in load_changes()]


# --- the sentence budget counts candidates, not the neighbours read beside them (pace.Round) -----------------------------

_NOMINAL = "The rebels have pushed south for a month. The capture of Kidal on Monday gave them the north."


def test_a_neighbour_read_beside_a_candidate_is_not_counted(extractor: Extractor) -> None:
    """One candidate sentence (a capture noun that names no side, read with the sentence before it) within a budget
    of one: main counted the neighbour and refused the article, dropping its event."""
    from townwatch_extract.budget import Budget, BudgetedExtractor

    from .conftest import make_article

    article = make_article(_NOMINAL, published=_DAY)
    budgeted = BudgetedExtractor(extractor, Budget(max_sentences=1))
    assert [e.place.name for e in budgeted.extract(article) if e.kind == "change"] == ["Kidal"]
    (many,) = budgeted.extract_many([article])
    assert not isinstance(many, Exception) and [e.place.name for e in many if e.kind == "change"] == ["Kidal"]


def test_two_candidates_over_a_budget_of_one_are_still_refused(extractor: Extractor) -> None:
    from townwatch_extract.budget import Budget, BudgetedExtractor, BudgetExceeded

    from .conftest import make_article

    article = make_article("The rebels seized Gao on Sunday. " + _NOMINAL, published=_DAY)
    budgeted = BudgetedExtractor(extractor, Budget(max_sentences=1))
    with pytest.raises(BudgetExceeded):
        budgeted.extract(article)
    (many,) = budgeted.extract_many([article])
    assert isinstance(many, BudgetExceeded)


# --- the gazetteer's tie between namesakes of one size (townwatch_gazetteer.Gazetteer.resolve) -------------------------

def test_sloviansk_taken_is_placed_at_sloviansk_not_nikopol(extractor: Extractor) -> None:
    from .conftest import make_article

    article = make_article("Russian forces captured Sloviansk on Tuesday, the Russian defence ministry said.", published=_DAY)
    (event,) = [e for e in extractor.extract(article) if e.kind == "change"]
    assert event.place.country_code == "UA" and event.place.lat is not None and event.place.lon is not None
    assert abs(event.place.lat - 48.85) < 0.1 and abs(event.place.lon - 37.60) < 0.1  # Nikopol is at 47.57, 34.39
