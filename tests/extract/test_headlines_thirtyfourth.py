"""Session 34 (helper heads34, issue 10): world-news headlines of 2011-2018 missed on main, in our own words.

V1 (victory_hailed.py): the end of a siege told as its winner's statement: "Iraq announces victory over IS in X",
"premier hails victory over terrorism in X", "PM congratulates troops for X victory", "congratulates the army on
victory over IS in X". Twins: the victories of a vote, a match, a war long over, a metaphor, and a victory to come.

F1 (lexicon.PARTIAL_NOUNS, frames._share_held, timeline._share_line): a fraction is a share of the town ("two-thirds of
X taken from ISIS", "retake a third of west X"); a share's participle hung on "X city" is the headline's passive, not a
description of the town ("Half of X city taken" was read as background). Twins: a town described as taken earlier.

S1 (context: "IS group"): the small model tags "IS" the verb "is" before "group", leaving the subject "group" alone:
"IS group seizes X" gave no side.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_D = dt.date

# --- V1: a victory announced, hailed or congratulated (each no event on main) -------------------------------------------
_VICTORIES = [
    ("Baghdad announces victory over Islamic State in Tal Afar", _D(2017, 8, 31), ("Tal Afar", "iq-gov", "isis")),
    ("Iraq announces 'victory' over IS in Rawa", _D(2017, 11, 17), ("Rawa", "iq-gov", "isis")),
    ("Iraqi premier hails victory over terrorism in Ramadi", _D(2015, 12, 28), ("Ramadi", "iq-gov", "isis")),
    ("Iraqi PM congratulates troops for Falluja victory", _D(2016, 6, 26), ("Falluja", "iq-gov", "isis")),
    ("SDF celebrates victory over Islamic State in Manbij", _D(2016, 8, 12), ("Manbij", "sdf", "isis")),
    # the small model tags "hail" a noun here, with the victory still its object and "forces" its compound
    ("US-backed forces hail historic Manbij victory over Islamic State", _D(2016, 8, 13), ("Manbij", "sdf", "isis")),
]


@pytest.mark.parametrize(("title", "published", "want"), _VICTORIES)
def test_victory_hailed(extractor: Extractor, title: str, published: dt.date, want: tuple[str, str | None, str | None]) -> None:
    assert want in sides(headline_changes(extractor, title, published=published))


# --- V1 twins: victories that took no town -------------------------------------------------------------------------------
_NOT_TAKEN = [
    ("Russia celebrates victory over Nazi Germany with Moscow parade", _D(2016, 5, 9)),
    ("Putin hails victory over fascism in Moscow", _D(2016, 5, 9)),
    ("Iraq celebrate victory over Iran in Baghdad", _D(2016, 6, 12)),
    ("Iraq will announce victory over IS in Mosul within days", _D(2017, 7, 8)),
    ("Trump hails victory in Pennsylvania", _D(2016, 11, 9)),
    ("Iraqi PM hails victory over corruption in Basra", _D(2018, 5, 14)),
    ("Abadi hails election victory in Baghdad", _D(2018, 5, 14)),
    ("Iraqi PM congratulates Iraqi team on victory over Saudi Arabia in Basra", _D(2017, 7, 10)),
    ("Kenyatta hails Supreme Court victory in Nairobi", _D(2017, 10, 20)),
    ("Iraqi leader congratulates troops in Mosul as fighting goes on", _D(2017, 7, 10)),
]


@pytest.mark.parametrize(("title", "published"), _NOT_TAKEN)
def test_victory_that_took_no_town(extractor: Extractor, title: str, published: dt.date) -> None:
    assert sides(headline_changes(extractor, title, published=published)) == []


# --- F1: fractions and shares of a town (each no event, or a whole or background one, on main) --------------------------
_SHARES = [
    ("Two-thirds of Tal Afar taken from ISIS", _D(2017, 8, 24), ("Tal Afar", None, "isis")),
    ("Iraqi forces take two-thirds of Ramadi", _D(2015, 12, 27), ("Ramadi", "iq-gov", "isis")),
    ("Iraqi forces retake a third of west Mosul", _D(2017, 3, 12), ("Mosul", "iq-gov", "isis")),
    ("Half of Raqqa city taken from Islamic State", _D(2017, 8, 20), ("Raqqa", None, "isis")),
    ("Iraqi official: two-thirds of Mosul old city taken from ISIS", _D(2017, 7, 2), ("Mosul", None, "isis")),
]


@pytest.mark.parametrize(("title", "published", "want"), _SHARES)
def test_share_of_a_town(extractor: Extractor, title: str, published: dt.date, want: tuple[str, str | None, str | None]) -> None:
    events = headline_changes(extractor, title, published=published)
    assert want in sides(events)
    assert all(e.partial for e in events)


# --- F1 twins: a town described as taken, a share of something else ------------------------------------------------------
_NO_SHARE = [
    ("Troops attack town recently seized by IS", _D(2016, 7, 2)),
    ("Half of the town recently seized by IS destroyed", _D(2016, 7, 2)),
    ("A third of Mosul residents still without water", _D(2017, 8, 2)),
    ("Two-thirds of Raqqa city destroyed, UN says", _D(2017, 10, 20)),
]


@pytest.mark.parametrize(("title", "published"), _NO_SHARE)
def test_no_share_taken(extractor: Extractor, title: str, published: dt.date) -> None:
    assert sides(headline_changes(extractor, title, published=published)) == []


# --- S1: "IS group" as the subject (no side on main) ---------------------------------------------------------------------
_IS_GROUP = [
    ("IS group seizes Ramadi", _D(2015, 5, 17), ("Ramadi", "isis", "iq-gov")),
    ("IS group seizes government compound in Ramadi", _D(2015, 5, 15), ("Ramadi Government Compound", "isis", "iq-gov")),
    ("IS group takes control of Palmyra", _D(2015, 5, 21), ("Palmyra", "isis", "sy-gov")),
]


@pytest.mark.parametrize(("title", "published", "want"), _IS_GROUP)
def test_is_group_subject(extractor: Extractor, title: str, published: dt.date, want: tuple[str, str | None, str | None]) -> None:
    assert want in sides(headline_changes(extractor, title, published=published))


def test_is_group_attack_is_no_change(extractor: Extractor) -> None:
    assert sides(headline_changes(extractor, "IS group attacks army base near Ramadi", published=_D(2015, 5, 14))) == []
