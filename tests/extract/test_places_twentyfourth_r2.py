"""A village GeoNames lacks, in a story that writes no country but its sides' own (session 24 round 2, helper
sidecountry24): the one country where a catalogued side of a single country fights at that date (the wars table)
places it, not the side's home ("Turkish troops took the village of X" in 2018: Syria; Hezbollah in 2016: Syria;
Kenya's army in 2019: Somalia; Eritrea's in 2021: Ethiopia; the Brotherhood Alliance: Myanmar).

Twins: a side fighting in several countries then (Hezbollah in 2024, ISIS in 2017), a province the story names ("in Hakkari province": Turkey), a country the story writes itself, an
intention ("aim to take"), an arrest of a commander.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _countries(extractor: Extractor, text: str, published: dt.date) -> dict[str, str | None]:
    return {
        e.place.name: e.place.country_code
        for e in extractor.extract(make_article(text, published=published)) if e.kind == "change" and not e.historical
    }


@pytest.mark.parametrize(("text", "published", "place", "country"), [
    ("Turkish troops took the village of Kafr Jannat Shamali.", dt.date(2018, 3, 5), "Kafr Jannat Shamali", "SY"),
    ("Hezbollah fighters captured the village of Tal Ghazlan after heavy clashes.", dt.date(2016, 6, 5), "Tal Ghazlan", "SY"),
    ("Kenyan troops seized the village of Bula Qoryaale from al-Shabaab militants on Tuesday.", dt.date(2019, 6, 5),
     "Bula Qoryaale", "SO"),
    ("Eritrean troops took control of the village of Adi Gerbaz on Sunday.", dt.date(2021, 6, 5), "Adi Gerbaz", "ET"),
    # a side that fights only in Myanmar, in a story that names no country
    ("The Brotherhood Alliance claimed to have complete control of the strategic town of Mong Hkawk.", dt.date(2024, 3, 14),
     "Mong Hkawk", "MM"),
])
def test_unknown_village_lies_where_its_side_fights(extractor: Extractor, text: str, published: dt.date, place: str, country: str) -> None:
    assert _countries(extractor, text, published) == {place: country}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a side fighting in two countries at that date: its home country (the hint) stays
    ("Hezbollah fighters captured the village of Tal Ghazlan after heavy clashes.", dt.date(2024, 10, 5), {"Tal Ghazlan": "LB"}),
    ("ISIS fighters seized the village of Umm Rashid.", dt.date(2017, 10, 5), {"Umm Rashid": "IQ"}),
    # a province the story names, or a country it writes
    ("Turkish troops cleared PKK militants from the village of Geyikli Tepe in Hakkari province.", dt.date(2018, 3, 5),
     {"Geyikli Tepe": "TR"}),
    ("Kenyan troops seized the village of Bula Qoryaale in Kenya's Lamu county.", dt.date(2019, 6, 5), {"Bula Qoryaale": "KE"}),
    ("Kenyan troops seized the village of Bula Qoryaale, in southern Somalia, on Tuesday.", dt.date(2019, 6, 5),
     {"Bula Qoryaale": "SO"}),
    # an intention, an arrest
    ("Kenyan troops aim to take the village of Bula Qoryaale.", dt.date(2019, 6, 5), {}),
    ("Kenyan troops captured the al-Shabaab commander Ahmed Warsame on Tuesday.", dt.date(2019, 6, 5), {}),
])
def test_side_country_twins(extractor: Extractor, text: str, published: dt.date, expected: dict[str, str]) -> None:
    assert _countries(extractor, text, published) == expected
