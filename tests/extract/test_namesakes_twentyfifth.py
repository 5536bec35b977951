"""Session 25 (helper namesake25, issue 10): a village read as its namesake abroad, in our own words.

N1 (extractor.py ``_namesake_abroad``): a capture's place that GeoNames knows only in a country the text never writes
is the story's own village, in the one war country where its sides fight then (wars.war_country), when the namesake is
a town of another war that the sides do not fight in ("Lere" taken by Mali's rebels is no Nigerian Lere, "Katana"
taken by the M23 no Syrian Qatana), or a town GeoNames lists
there under an alternate name only ("al-Thawra", an old name of Syria's Tabqa, in an Iraqi story). A city as large as
a seat gives way only when both hold. When the capture's own sides name no country ("pro-government fighters"), the
sides the article names by name do ("..., the Hashd said": Iraq's, so "Aliyah" is no Lebanese Aley).
N2 (named_place.py ``nearby_country``): a landmark beside an unknown village does not move it out of its sides' war
country when the landmark has a namesake there ("fleeing towards Al-Bayda" in a Yemeni story), lies in a country at
peace ("days before talks in Doha") or matches its town abroad by another spelling only ("in western Qairawan").
Twins: the same names where the sides do fight (Syria's Katana, Nigeria's Lere), a known city taken under its own name
abroad (Tabqa), foreign places named as such (talks in Doha, the court in The Hague, a capital), a person's name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import make_article


def _changes(extractor: Extractor, text: str, day: str) -> list[ControlChange]:
    article = make_article(text, published=dt.date.fromisoformat(day))
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, bool, str | None, str | None]]:
    return [
        (e.place.name, e.place.country_code, e.place.geonames_id is not None, e.gaining.id if e.gaining else None,
         e.losing.id if e.losing else None)
        for e in _changes(extractor, text, day)
    ]


# N1 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "text", "want"),
    [
        # a town of another war's country, which the sides do not fight in
        ("2012-04-02", "The rebels of the MNLA said they had seized Lere after the army fled.",
         ("Lere", "ML", False, "fla", "ml-gov")),
        # a weak verb, which asks for a known place: the namesake vouches for the name as it would at home
        ("2012-04-02", "MNLA fighters entered Lere on Sunday after the army withdrew from the town.",
         ("Lere", "ML", False, "fla", "ml-gov")),
        # a name GeoNames lists abroad only as another town's alternate name
        ("2017-04-26", "Iraqi troops recaptured the village of al-Thawra from Islamic State fighters on Thursday.",
         ("al-Thawra", "IQ", False, "iq-gov", "isis")),
        # the article's named sides, when the capture's own are common words
        ("2017-06-04", "Pro-government fighters took full control of Aliyah and two other villages, the Hashd al-Shaabi said.",
         ("Aliyah", "IQ", False, "iq-gov", "isis")),
    ],
)
def test_a_namesake_abroad_is_the_story_s_own_village(extractor: Extractor, day: str, text: str, want: tuple) -> None:
    assert _rows(extractor, text, day) == [want]


def test_a_listed_namesake_lies_with_its_list(extractor: Extractor) -> None:
    rows = _rows(extractor, "MNLA fighters said they had seized the towns of Tessalit, Ansongo and Lere.", "2012-04-02")
    assert ("Lere", "ML", False, "fla", "ml-gov") in rows


@pytest.mark.parametrize(
    ("day", "text", "want"),
    [
        # the same names where the sides do fight: GeoNames' town stands
        ("2023-02-20", "Syrian government forces took control of Katana, a town southwest of Damascus, after a day of "
         "fighting.", ("Katana", "SY", True, "sy-gov", None)),
        ("2015-02-20", "Boko Haram fighters seized Lere after the soldiers fled.", ("Lere", "NG", True, "boko-haram", "ng-gov")),
        # a known city taken under its own name, abroad from one side's home
        ("2017-05-10", "The SDF took full control of the city of Tabqa from Islamic State.", ("Tabqa", "SY", True, "sdf", "isis")),
    ],
)
def test_a_namesake_where_the_sides_fight_stands(extractor: Extractor, day: str, text: str, want: tuple) -> None:
    assert _rows(extractor, text, day) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels said they would send a delegation to talks in Doha next week.",
        "Turkish troops returned to Ankara after the operation ended.",
        "The rebels said the court in The Hague had no right to try their commander.",
        "M23 rebels captured Ahmed Karak, a trader, at a roadblock near the town.",
        "The rebels of the MNLA said they would try to seize Lere before the rains.",
    ],
)
def test_foreign_places_named_as_such_are_no_capture(extractor: Extractor, text: str) -> None:
    assert _changes(extractor, text, "2023-02-20") == []


# N2 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "text", "want"),
    [
        # the landmark has a namesake in the sides' country
        ("2022-01-08", "The Giants Brigades recaptured the district after battles that ended with the southern forces "
         "seizing the town of Nuqub and the militias fleeing towards Al-Bayda.", ("Nuqub", "YE", False, "ye-gov", "houthis")),
        # matched abroad by another spelling only
        ("2017-05-25", "Hashd fighters took control of Kharbat village in western Qairawan after clashes with Islamic State.",
         ("Kharbat", "IQ", False, "pmf", "isis")),
        # a city of a country at peace
        ("2023-02-20", "M23 rebels took control of the village of Kibumba on Tuesday, days before talks in Doha.",
         ("Kibumba", "CD", False, "m23", "cd-gov")),
    ],
)
def test_a_landmark_abroad_leaves_the_village_at_home(extractor: Extractor, day: str, text: str, want: tuple) -> None:
    assert _rows(extractor, text, day) == [want]

