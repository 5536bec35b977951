"""Session 33 (helper heads33, issue 10): false alerts of ordinary world-news headlines, found by a sweep of real
headlines (RSS dumps, news-headline data sets) and real pages read for the family, in our own words.

W1 (attributive.py): a past participle right after a preposition is the adjective of the name after it, never a verb:
"Israeli forces demolish homes in occupied East Jerusalem" was read as the forces occupying Jerusalem, "troops clear
mines in liberated Kherson" (a headline rebuilt for its lost side) as "in" liberating Kherson. Twins: the same verbs as
the verbs they are ("Russian forces occupied Kherson", "entered liberated Kherson", a gerund after a preposition, a
celebration in a town the line calls just taken), and lines that name the state of a place with no verb misread.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.attributive import attributive_participle
from townwatch_extract.extractor import Extractor
from townwatch_extract.nlp import load_nlp

from .conftest import change_rows, headline_changes, sides

_D = dt.date

# --- W1: no change (each read as a capture on main) ----------------------------------------------------------------------
_ATTRIBUTIVE = [
    ("Israeli forces demolish three Palestinian homes in occupied East Jerusalem", _D(2024, 5, 10)),
    ("Israel demolishes a clinic in occupied East Jerusalem", _D(2024, 5, 10)),
    ("Israeli police demolish a family home in occupied East Jerusalem", _D(2024, 5, 10)),
    ("Israeli forces demolish homes in occupied East Jerusalem's Silwan", _D(2024, 5, 10)),
    ("Ukrainian troops clear mines in liberated Kherson", _D(2022, 11, 20)),
    ("Ukrainian troops clear mines in liberated Velyka Oleksandrivka", _D(2022, 10, 9)),
    ("Zelensky visits troops in liberated Kherson", _D(2022, 11, 14)),
]

# --- W1 twins that were no change on main already (the same words) -----------------------------------------------------
_STATE_ONLY = [
    ("Settlers set fire to a school in occupied East Jerusalem", _D(2024, 5, 10)),
    ("Protesters rally in occupied Crimea", _D(2024, 5, 10)),
    ("Russian troops detain teachers in occupied Berdyansk", _D(2024, 5, 10)),
    ("Residents return to homes in liberated Mosul", _D(2017, 7, 12)),
    ("Mass grave found in recaptured Izium", _D(2022, 9, 16)),
    ("Journalists banned from liberated Kherson", _D(2022, 11, 14)),
]


@pytest.mark.parametrize(("title", "published"), _ATTRIBUTIVE + _STATE_ONLY)
def test_attributive_participle_is_no_change(extractor: Extractor, title: str, published: dt.date) -> None:
    assert sides(headline_changes(extractor, title, published=published)) == []


def test_attributive_participle_in_a_story(extractor: Extractor) -> None:
    text = "Israel on Monday demolished four homes in occupied East Jerusalem's Silwan neighbourhood, residents said."
    assert change_rows(extractor, text, published=_D(2024, 5, 13)) == []


# --- W1 twins: the same verbs told as the change they are ----------------------------------------------------------------
_CHANGES = [
    ("Russian forces occupied Kherson on Wednesday", _D(2022, 3, 2), ("Kherson", "ru-forces", "ua-forces")),
    ("Ukrainian troops liberated Kherson on Friday", _D(2022, 11, 11), ("Kherson", "ua-forces", "ru-forces")),
    ("Ukrainian troops entered liberated Kherson on Friday", _D(2022, 11, 11), ("Kherson", "ua-forces", "ru-forces")),
    ("Israeli forces occupied the village of Maaroub in southern Lebanon", _D(2024, 10, 1), ("Maaroub", "idf", "hezbollah")),
    ("Army succeeded in capturing Palmyra", _D(2016, 3, 27), ("Palmyra", "sy-gov", None)),
    ("Fighters celebrate in seized Damascus", _D(2024, 12, 9), ("Damascus", "x-fighters-sy", None)),
]


@pytest.mark.parametrize(("title", "published", "want"), _CHANGES)
def test_verb_after_preposition_twin(extractor: Extractor, title: str, published: dt.date, want: tuple[str, str | None, str | None]) -> None:
    assert want in sides(headline_changes(extractor, title, published=published))


def test_attributive_participle_reads_the_word_before() -> None:
    nlp = load_nlp()
    doc = nlp("Israeli forces demolish homes in occupied East Jerusalem")
    assert attributive_participle(next(t for t in doc if t.lower_ == "occupied"))
    doc = nlp("Russian forces occupied Kherson on Wednesday")
    assert not attributive_participle(next(t for t in doc if t.lower_ == "occupied"))
    doc = nlp("The army succeeded in capturing Palmyra")
    assert not attributive_participle(next(t for t in doc if t.lower_ == "capturing"))
