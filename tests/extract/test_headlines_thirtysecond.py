"""Session 32 (helper heads32, issue 10): wire headlines the spent sets' heads folders missed or misread, in our own
words with the grammar of real headlines (a headline alone, no text under it).

P1 (headline_participle.py): a clause of a town's name and a participle alone, "Toretsk captured: what next", "War
latest: Avdiivka taken", the name often misread as an adverb. Twins: a person or a cargo captured, a city "taken by
storm", a look back ("one year on", "1945"), more after the participle ("taken to court").
E1 (perfect_entry.py, entry.py): a lone headline's present perfect "Army Has Entered X" and a side's present "confirm
entering X", a town's region after a comma ("X, Kharkiv Oblast") no region entered. Twins: past perfect, negation,
"deny entering", a modal, a region entered, a company "entering" a market.
L1 (actors.yaml): "loyalists" alone in Yemen, and "Yemeni loyalists", are the government side. Twins: loyalists
rallying, an intention, Saleh's loyalists clashing, a loyalist party elsewhere.
C1 (clause_subject.py): "Russia takes X and Y hit by missiles": Y heads a reduced clause of its own, never taken.
Twins: two towns taken.
A1 (headline_antecedent.py): a headline's own "the city" / "half of city" / "capture of city" is the one town of a
war the headline names in another clause. Twins: "a town", a village, a town placed by the name ("town south of X"),
two towns named, a bare "seize town".

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_D = dt.date

# --- changes told as news (each missed on main) -----------------------------------------------------------------------
_CHANGES = [
    # P1
    ("Toretsk captured: what the loss means for Donbas", _D(2024, 7, 12), ("Toretsk", None, None)),
    ("Vuhledar captured — a blow to Kyiv's southern flank", _D(2024, 10, 2), ("Vuhledar", None, None)),
    ("Ukraine war latest: Avdiivka taken", _D(2024, 2, 18), ("Avdiivka", None, None)),
    ("Bakhmut captured", _D(2023, 5, 21), ("Bakhmut", None, None)),
    ("Wad Madani recaptured: crowds fill the streets", _D(2025, 1, 12), ("Wad Madani", None, None)),
    # E1
    ("Syrian Army Has Entered Deir ez-Zor", _D(2017, 9, 6), ("Deir ez-Zor", "sy-gov", "isis")),
    ("Iraqi troops have entered Tal Afar", _D(2017, 8, 26), ("Tal Afar", "iq-gov", "isis")),
    ("Ukrainian troops confirm entering Kupiansk, Kharkiv Oblast.", _D(2022, 9, 10), ("Kupiansk", "ua-forces", "ru-forces")),
    ("Ukrainian troops enter Balakliia, Kharkiv Oblast", _D(2022, 9, 8), ("Balakliia", "ua-forces", "ru-forces")),
    # L1
    ("Yemeni loyalists seize Red Sea port of Mokha", _D(2017, 1, 24), ("Mokha", "ye-gov", "houthis")),
    ("Loyalists retake airport in Yemen's Aden", _D(2015, 7, 15), ("Aden Airport", "ye-gov", "houthis")),
    ("Yemeni loyalists recapture Zinjibar from al-Qaeda", _D(2016, 8, 15), ("Zinjibar", "ye-gov", "aqap")),
    # A1
    ("Russian and Syrian jets pound Aleppo as rebels capture half of city", _D(2016, 11, 28), ("Aleppo", "x-rebels-sy", None)),
    ("M23 fighters reach centre of Goma after claiming capture of city", _D(2025, 1, 27), ("Goma", "m23", "cd-gov")),
    ("Russian guns pound Izium as Ukrainian troops retake the city", _D(2022, 9, 10), ("Izium", "ua-forces", "ru-forces")),
]


@pytest.mark.parametrize(("title", "published", "want"), _CHANGES)
def test_headline_change(extractor: Extractor, title: str, published: dt.date, want: tuple[str, str | None, str | None]) -> None:
    got = sides(headline_changes(extractor, title, published=published))
    assert want in got, got


# --- no change (the same words, no change of hands) ---------------------------------------------------------------------
_NO_CHANGE = [
    # P1 twins
    ("Suspect captured: police end week-long manhunt", _D(2024, 3, 14)),
    ("Cocaine haul seized off Aden", _D(2024, 3, 14)),
    ("Rome taken by storm as fans pour in", _D(2024, 3, 14)),
    ("Berlin captured: the last days of 1945", _D(2024, 3, 14)),
    ("Hostages taken: what we know about the raid", _D(2024, 3, 14)),
    ("Kherson liberated: one year on", _D(2023, 11, 11)),
    ("Mariupol taken to court over port fees", _D(2024, 3, 14)),
    ("The town captured: a history of Bakhmut", _D(2024, 3, 14)),
    ("Madrid taken: Real lose lead at the top", _D(2024, 3, 14)),
    # E1 twins
    ("Syrian troops had entered Salma before the truce", _D(2018, 1, 24)),
    ("Syrian army has not entered Raqqa, monitor says", _D(2017, 6, 6)),
    ("M23 denies entering Bukavu", _D(2025, 2, 15)),
    ("Russian troops may have entered Kupiansk", _D(2022, 9, 10)),
    ("Syrian army has entered a new phase in Latakia", _D(2018, 1, 24)),
    ("Company confirms entering Kenya market", _D(2024, 3, 14)),
    ("Chelsea have entered talks over Madrid winger", _D(2024, 3, 14)),
    ("Ukrainian troops confirm entering Kupiansk on a raid", _D(2022, 9, 10)),
    # L1 twins
    ("Loyalists rally in Aden as Houthis shell port", _D(2015, 5, 3)),
    ("Yemeni loyalists vow to retake Taez", _D(2016, 3, 2)),
    ("Saleh loyalists clash with tribesmen in Sanaa", _D(2011, 6, 3)),
    ("Loyalists celebrate as party takes Belfast seat", _D(2024, 7, 5)),
    # A1 twins
    ("Russian missiles hit Kharkiv as troops capture village", _D(2022, 7, 3)),
    ("Russia shells Kharkiv as troops capture a town in Donetsk", _D(2022, 7, 3)),
    ("Russia shells Kharkiv, Odesa as troops capture city", _D(2022, 7, 3)),
    ("Russia pounds Kharkiv as troops seize town", _D(2022, 7, 3)),
    ("Eastern forces seize town south of Tripoli", _D(2019, 4, 20)),
    ("Iraqi forces retake town in Kirkuk from Daesh", _D(2017, 10, 5)),
    ("Ukrainian forces retake city near Kharkiv", _D(2022, 7, 3)),
    ("Kharkiv mayor says city will never be captured", _D(2022, 7, 3)),
    ("Russia vows to capture city as Kharkiv shelling goes on", _D(2022, 7, 3)),
    # sport, business, politics and intentions with the same verbs
    ("Liverpool take city by storm as Madrid fans arrive", _D(2024, 3, 14)),
    ("Ferrari retakes the lead in Bahrain as Red Bull falls back", _D(2024, 3, 2)),
    ("Chelsea seize control of title race with win at Everton", _D(2024, 3, 2)),
    ("Tech giant captures Kenya's mobile market", _D(2024, 3, 2)),
    ("Opposition takes Kabul seat in by-election", _D(2012, 3, 2)),
    ("Sudan army launches bid to retake Khartoum", _D(2024, 9, 26)),
    ("Rebels vow to seize Goma within days", _D(2012, 11, 15)),
    ("Shares in Kyiv bank fall as investors flee", _D(2022, 7, 3)),
]


@pytest.mark.parametrize(("title", "published"), _NO_CHANGE)
def test_headline_no_change(extractor: Extractor, title: str, published: dt.date) -> None:
    assert sides(headline_changes(extractor, title, published=published)) == []


# --- C1: a reduced second clause takes no town; a plain list still does ---------------------------------------------------
def test_reduced_clause_town_not_taken(extractor: Extractor) -> None:
    got = sides(headline_changes(extractor, "Russia takes Lysychansk and Kharkiv hit by missiles", published=_D(2022, 7, 3)))
    assert [p for p, _g, _lo in got] == ["Lysychansk"], got
    got = sides(headline_changes(extractor, "Russia takes Lysychansk and Kharkiv shelled", published=_D(2022, 7, 3)))
    assert [p for p, _g, _lo in got] == ["Lysychansk"], got


def test_listed_towns_both_taken(extractor: Extractor) -> None:
    got = sides(headline_changes(extractor, "Russia takes Lysychansk and Severodonetsk", published=_D(2022, 7, 3)))
    assert sorted(p for p, _g, _lo in got) == ["Lysychansk", "Severodonetsk"], got
