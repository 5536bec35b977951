"""Unknown places (helper unknown23, issue 10): a weak capture verb ("took") whose object GeoNames lacks, read as its
written name where the story puts it in a country at war and a side it names takes it; never a person, an organisation,
an operation, nor a name no country places."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, news_rows

DAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(("text", "want"), [
    ("Shelling hit towns across Syria's Hama province this week. The army took Marakba on Tuesday.",
     [("Marakba", "sy-gov", None)]),
    ("Clashes went on across Nigeria's Borno state. Troops took Kirta on Tuesday after a firefight.",
     [("Kirta", "ng-gov", None)]),
    ("The offensive moved east through Syria's Raqqa province. The SDF took Swaidan on Sunday.",
     [("Swaidan", "sdf", None)]),
    ("Heavy fighting was reported in Syria's Daraa province. The army took Sahwa on Wednesday.",
     [("Sahwa", "sy-gov", None)]),
])
def test_weak_capture_of_an_unlisted_village_placed_at_war(extractor: Extractor, text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    rows = news_rows(extractor, text, DAY)
    assert rows == want
    # the written name, in the country the story places it, its coordinates unknown
    assert all(e.place.country_code and e.place.geonames_id is None for e in extractor.extract(make_article(text, published=DAY)))


@pytest.mark.parametrize("text", [
    # a given name or a person the tagger knows
    "Shelling hit towns across Syria's Hama province this week. The army took Ahmed on Tuesday.",
    # an operation, an acronym, a plural
    "Shelling hit towns across Syria's Hama province this week. The army took Operation Dawn to its second phase.",
    "Shelling hit towns across Syria's Hama province this week. The army took the SNA by surprise.",
    # no country placed: the rule never guesses one
    "The army took Marakba on Tuesday.",
    # an idiom and an intention
    "Shelling hit towns across Syria's Hama province this week. The army took Marakba residents to a camp.",
    "Shelling hit towns across Syria's Hama province this week. The army tried to take Marakba on Tuesday.",
    # a common-noun side names no one
    "Shelling hit towns across Syria's Hama province this week. Gunmen took Marakba on Tuesday.",
])
def test_weak_capture_twins_stay_silent(extractor: Extractor, text: str) -> None:
    assert [r for r in news_rows(extractor, text, DAY) if r[0] in ("Ahmed", "Operation Dawn", "SNA", "Marakba")] == []


@pytest.mark.parametrize(("text", "want"), [
    ("The Sudanese army announced its control of Wad El Haddad, in southern El Gezira.", [("Wad El Haddad", "saf", "rsf")]),
    ("The army announced its control of Abu Hamama, in southern Gezira state, on Friday.", [("Abu Hamama", "saf", "rsf")]),
    ("The RSF took control of Um Dam Haj Ahmed in North Kordofan state on Monday.", [("Um Dam Haj Ahmed", "rsf", "saf")]),
    ("The army lost control of Wad El Haddad, in southern El Gezira, on Sunday.", [("Wad El Haddad", "rsf", "saf")]),
])
def test_control_of_an_unlisted_name_its_province_places(extractor: Extractor, text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, DAY) == want


@pytest.mark.parametrize("text", [
    # a man's name, whatever the province after it
    "The army announced its control of Mohamed Ali, in southern Gezira state.",
    "The army regained control of Hassan Mohamed in Gezira state.",
    # an attempt; no province written; a company
    "The army tried to take control of Wad El Haddad, in southern El Gezira.",
    "The Sudanese army announced its control of Wad El Haddad.",
    "The RSF took control of Kenana Sugar Company in White Nile state.",
    # a work or a site inside a town, not a village
    "The army announced its control of Soba Bridge, in eastern Khartoum.",
])
def test_control_of_an_unlisted_name_twins(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []
