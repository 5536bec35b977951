"""Headline grammar (session 42, helper heads42, issue 10).

A Title Case headline's rank word before an unnamed site: "Rebels Seize Major Army Base", "Army Retakes Main Power
Plant". The casing (casing.py) keeps a capital on a word the gazetteer knows as a place, and "Major" and "Main" are
places somewhere; the site was then read under a name of its own ("Major army base", "Main water plant") and reported.
headline.HEADLINE_LOWER now lists the ranks sites.py already treats as descriptive ("major", "main", "vital",
"crucial", "important", "large", "largest", "big", "biggest", "huge"), so a Title Case line keeps them in lower case.
A site with a name of its own, or with a town, stays read. Seen in real Title Case headline lists (2015, several outlets)
and in the session's bulk of ordinary world-news headlines.

An area's capital with the article dropped: "Rebels retake Tigray capital", "M23 seize North Kivu capital",
"Taliban overrun Takhar provincial capital". The frames read "the <area> capital" as the area's capital
(frames._capital_of_area, labelling.md "Parts of a city") only with "the"; a headline drops it, and the capital was
missed or the province itself reported ("Helmand"). Twins: an intention, an advance, an air raid, a flight, a failure.
Headlines written for these tests in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows

_SY = dt.date(2015, 6, 9)
_AF = dt.date(2021, 8, 8)
_ET = dt.date(2021, 6, 30)
_CD = dt.date(2025, 1, 27)


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("Taliban overrun Takhar provincial capital", _AF, [("Taloqan", "taliban", "af-gov", False)]),
        ("Taliban seize Helmand capital", dt.date(2021, 8, 13), [("Lashkar Gāh", "taliban", "af-gov", False)]),
        ("Army pulls out as rebels retake Tigray capital", _ET, [("Mek'ele", "x-rebels-et", "et-gov", False)]),
        ("Tigrayan forces retake Tigray capital", _ET, [("Mek'ele", "tplf", "et-gov", False)]),
        ("M23 seize North Kivu capital", _CD, [("Goma", "m23", "cd-gov", False)]),
        ("Rebels retake the Tigray capital", _ET, [("Mek'ele", "x-rebels-et", "et-gov", False)]),  # (kept: read so on main)
    ],
)
def test_headline_area_capital(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Taliban vow to seize Takhar provincial capital", _AF),  # an intention
        ("Taliban close in on Helmand provincial capital", _AF),
        ("M23 advance on South Kivu capital", _CD),  # an advance
        ("Jets bomb Tigray capital as rebels regroup", _ET),  # an air raid
        ("Thousands flee Ghazni capital as Taliban close in", _AF),  # a flight
        ("Rebels fail to take South Kivu capital, army says", _CD),  # a failure
        ("Gulf funds seize Dubai capital markets", _CD),  # money
    ],
)
def test_headline_area_capital_twins(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Syria Rebels Seize Major Army Base", _SY),
        ("Insurgents Seize Main Water Plant", _SY),
        ("Militants Capture Vital Border Crossing", _SY),
        ("Army Retakes Main Power Plant", _SY),
        ("Jihadists Storm Major Military Airport", _SY),
        ("Rebels seize major army base", _SY),  # (kept: lower case was quiet on main)
    ],
)
def test_title_case_rank_is_no_name(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("Insurgents Overrun Abu al-Duhur Air Base", _SY, [("Abu al-Duhur Air Base", "x-insurgents-sy", None, False)]),
        ("Rebels Overrun Major Army Base in Daraa", _SY, [("Daraa", "x-rebels-sy", "sy-gov", False)]),
        ("US-backed fighters seize Major oil field near Deir Ezzor", dt.date(2017, 10, 22), [("Deir Ezzor Oil Field", "sdf", "isis", False)]),
    ],
)
def test_title_case_site_with_a_name_or_town(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected
