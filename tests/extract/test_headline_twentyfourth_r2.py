"""Session 24, round 2 (helper shape24): a headline's capture in a clause the parse misjoins with another: a side named
before the "as" of the capture's own clause (never a side's own "after taking X"), two headlines run together by a
comma, and a Title Case town named by an English word."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

KHERSON_WEEK = dt.date(2022, 11, 14)
RAMADI_WEEK = dt.date(2015, 12, 29)
GHAZNI_DAY = dt.date(2018, 8, 10)
HIT_WEEK = dt.date(2016, 4, 14)


@pytest.mark.parametrize(
    ("title", "published", "want"),
    [
        # the festivities (the parse's subject, across the "as") take nothing: the clause after "as" is the capture
        ("Jubilation as Ukraine Retakes Kherson", KHERSON_WEEK, [("Kherson", "ua-forces", "ru-forces")]),
        ("Festivities as Ukraine retakes Kherson", KHERSON_WEEK, [("Kherson", "ua-forces", "ru-forces")]),
        ("Protests as Ukraine Retakes Control Of Kherson", KHERSON_WEEK, [("Kherson", "ua-forces", "ru-forces")]),
        ("Rejoicing as Iraq Recaptures Ramadi", RAMADI_WEEK, [("Ramadi", "iq-gov", "isis")]),
        # two headlines joined by a comma or a semicolon: the second's object is no place of the first's "control of"
        ("Baghdad takes control of Ramadi, ISIS bombs Turks near Bashiqa", RAMADI_WEEK, [("Ramadi", "iq-gov", "isis")]),
        ("Iraq takes full control of Ramadi; ISIS bombs Turks near Mosul", RAMADI_WEEK, [("Ramadi", "iq-gov", "isis")]),
        # the side's own "after taking X" is no other clause: the rule leaves it to the parse
        ("Taliban kill 19 after taking Ghazni", GHAZNI_DAY, [("Ghazni", "taliban", "af-gov")]),
        # Title Case: a known town named by an English word, right after a capture verb, keeps its capital
        ("Iraqi Forces Retake Hit", HIT_WEEK, [("Hit", "iq-gov", "isis")]),
        ("Iraqi Troops Recapture Hit From Islamic State", HIT_WEEK, [("Hit", "iq-gov", "isis")]),
    ],
)
def test_capture_in_its_own_clause(extractor: Extractor, title: str, published: dt.date, want: list[tuple[str, str, str]]) -> None:
    assert sides(headline_changes(extractor, title, published=published)) == want


@pytest.mark.parametrize(
    ("title", "published"),
    [
        # the "as" clause of an attempt or an intention
        ("Festivities as Ukraine pushes to retake Kherson", KHERSON_WEEK),
        ("Jubilation as Ukraine Vows To Retake Kherson", KHERSON_WEEK),
        ("Protests as Russia Fails To Take Kherson", KHERSON_WEEK),
        ("Russia shells Mykolaiv after failing to take Kherson", KHERSON_WEEK),
        ("Ukrainian troops push east after failing to retake Kherson", KHERSON_WEEK),
        ("Taliban push toward Kabul after a siege of Ghazni", GHAZNI_DAY),
        # two headlines joined by a comma, neither a capture
        ("Baghdad tightens siege of Ramadi, ISIS bombs Turks near Bashiqa", RAMADI_WEEK),
        # Title Case: the English word after another verb, or a bare "take" ("take a hit"), or as a noun's modifier
        ("Iraqi Forces Take Hit In Ramadi Ambush", HIT_WEEK),
        ("Iraqi Forces Seize Hit Men", HIT_WEEK),
        ("Iraqi Forces Shell Hit", HIT_WEEK),
        # a headline's common word after the verb is no town even where a place bears its name ("Key", "Control")
        ("Ukrainian Forces Capture Key Village Near Bakhmut", KHERSON_WEEK),
        ("Iraqi Army Seizes Control Border Post", HIT_WEEK),
        # sport in Title Case
        ("Liverpool Take Control Of Title Race, Arsenal Slip", KHERSON_WEEK),
        ("Celebrations as Liverpool Take Control Of Title Race", KHERSON_WEEK),
    ],
)
def test_clauses_of_no_capture(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_changes(extractor, title, published=published) == []
