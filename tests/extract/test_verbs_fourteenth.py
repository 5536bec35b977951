"""The fourteenth reading's capture verbs (verbs14): a capture told in the sentence that names the place, refused
before this reading. Each family with its negative twins (sentences written for these tests, keeping the grammar of
real wire copy and monitor lines)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

WEEK = dt.date(2024, 8, 6)


def _events(extractor: Extractor, text: str, title: str | None = None) -> list[tuple[str, str | None, str | None, bool]]:
    article = make_article(text, published=WEEK, title=title)
    return [
        (e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.partial)
        for e in extractor.extract(article) if e.kind == "change" and not e.historical
    ]


# --- V1 a brief capture is a change of hands (reversed), a raid is not ------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Fano fighters briefly took control of Gondar on Tuesday, sparking heavy fighting, residents said.",
        "Fano militiamen on Tuesday temporarily seized the town of Gondar, residents said.",
    ],
)
def test_a_brief_capture_is_reported(extractor: Extractor, text: str) -> None:
    assert [(p, g) for p, g, _lo, _pa in _events(extractor, text)] == [("Gondar", "fano")]


@pytest.mark.parametrize(
    "text",
    [
        # the takers left of their own accord: a raid
        "Fano fighters briefly took control of Gondar on Tuesday before withdrawing to the hills, residents said.",
        "Fano fighters briefly seized Gondar on Tuesday, looting the banks, residents said.",
        # an attack, an intention
        "Fano fighters attacked Gondar on Tuesday and withdrew, residents said.",
        "Fano fighters tried to briefly take Gondar on Tuesday, residents said.",
    ],
)
def test_a_raid_told_as_brief_is_no_change(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_a_brief_capture_in_a_headline_stays_a_raid(extractor: Extractor) -> None:
    assert _events(extractor, "", title="Fano fighters briefly seize Gondar") == []


def test_the_reversal_of_a_brief_capture_is_its_own_change(extractor: Extractor) -> None:
    text = "Anti-balaka militants 2 Aug temporarily took control of Bambari before ex-Seleka fighters pushed them back."
    events = {(p, g, lo) for p, g, lo, _pa in _events(extractor, text)}
    assert events == {("Bambari", "anti-balaka", "seleka"), ("Bambari", "seleka", "anti-balaka")}


def test_a_brief_capture_pushed_back_by_no_named_side_has_no_reversal(extractor: Extractor) -> None:
    text = "Anti-balaka militants 2 Aug temporarily took control of Bambari before they were pushed back."
    assert [(p, g) for p, g, _lo, _pa in _events(extractor, text)] == [("Bambari", "anti-balaka")]


# --- V2 going in, with the next sentence saying the side holds the town or the other side left -------------------

@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Somali troops entered Kismayo on Friday. They are now in full control of the town, a spokesman said.",
        "Kenyan and Somali troops have now entered Kismayo. No fighting took place inside the town, the spokesman said.",
        "Government troops entered Bentiu on Friday. SPLA-IO fighters withdrew from the town overnight, a spokesman said.",
        # in the same sentence: no one opposed it
        "Government troops entered Bentiu unopposed on Friday.",
        "Government troops entered Bentiu on Friday without firing a shot.",
    ],
)
def test_an_entry_confirmed_beside_it_is_a_capture(extractor: Extractor, text: str) -> None:
    assert [p for p, _g, _lo, _pa in _events(extractor, text)] == [text.split(" entered ")[1].split()[0].strip(".")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan and Somali troops entered Kismayo on Friday. Fighting continued in the streets, a spokesman said.",
        "Government troops entered Bentiu on Friday.",
        # the side that went in left again
        "Government troops entered Bentiu on Friday. The soldiers withdrew from the town overnight, a spokesman said.",
        # a stronghold named beside the entry says who held it, not that they left
        "Israeli troops have entered the border town of Bint Jbeil, a Hezbollah stronghold, for the first time.",
    ],
)
def test_an_entry_told_alone_is_no_capture(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_an_entry_in_a_headline_still_needs_its_own_corroboration(extractor: Extractor) -> None:
    assert _events(extractor, "No fighting took place inside the town, the spokesman said.", title="Troops enter Kismayo") == []


# --- V3 a share of a town taken ("took parts / most of X") --------------------------------------------------------

@pytest.mark.parametrize(
    "text, place",
    [
        ("The Taliban took most of Kunduz on Monday, officials said.", "Kunduz"),
        ("Taliban fighters took parts of Farah city on Monday.", "Farah"),
    ],
)
def test_a_share_of_a_town_taken_is_a_partial_capture(extractor: Extractor, text: str, place: str) -> None:
    assert [(p, g, pa) for p, g, _lo, pa in _events(extractor, text)] == [(place, "taliban", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban took most of the votes in Kunduz on Monday, officials said.",
        "Taliban envoys took part in talks in Kunduz on Monday.",
        "The Taliban want to take most of Kunduz before winter, officials said.",
    ],
)
def test_a_share_of_something_else_is_no_capture(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


# --- V4 the side of a "by -ing" clause on an object noun, and a side named in apposition to a generic head ----------

@pytest.mark.parametrize(
    "text, place, side",
    [
        ("The outlawed sect, Boko Haram, on Sunday continued its drive by overrunning Michika in Adamawa State.", "Michika", "boko-haram"),
        ("Al-Shabaab marked another victory on Monday by seizing Jowhar, residents said.", "Jowhar", "al-shabaab"),
        ("The rebel alliance, M23, captured Rutshuru on Sunday.", "Rutshuru", "m23"),
    ],
)
def test_the_side_of_a_by_clause_and_of_an_apposition(extractor: Extractor, text: str, place: str, side: str) -> None:
    assert [(p, g) for p, g, _lo, _pa in _events(extractor, text)] == [(place, side)]


@pytest.mark.parametrize(
    "text",
    [
        "The outlawed sect, Boko Haram, on Sunday continued its drive by attacking Michika in Adamawa State.",
        "Al-Shabaab marked another victory on Monday by ambushing a convoy near Jowhar, residents said.",
        "The rebel alliance, M23, shelled Rutshuru on Sunday.",
    ],
)
def test_a_by_clause_or_an_apposition_without_a_capture_is_none(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []
