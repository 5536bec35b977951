"""Names listed right after a bare plural kind noun (session 35, the lead, issue 10).

Monitors' map notes write "the Syrian Army liberated villages A and B from Z" and "Azerbaijani forces captured villages
A, B, C and D", with no "the ... of": the small model then reads "villages" as a verb with the first name as its
object, as a first object beside a second one, or as a compound of the first name, and the list was lost or read
only in part (a name GeoNames lacks was dropped as unknown). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2020, 2, 20)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Syrian Army liberated villages Jarjanaz and al-Teh from Tahrir al Sham.", ["Jarjanaz", "al-Teh"]),
        ("The Syrian army captured towns Maarat al-Numan and Khan Tuman from Tahrir al Sham.", ["Maarat al-Numan", "Khan Tuman"]),
        ("Azerbaijani forces captured villages Qervend, Qaraxanbeyli, Kend and Nuzgaz in southern Karabakh.",
         ["Qervend", "Qaraxanbeyli", "Kend", "Nuzgaz"]),
    ],
)
def test_every_listed_name_is_a_place_of_the_kind(extractor: Extractor, text: str, places: list[str]) -> None:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert [e.place.name for e in events] == places


@pytest.mark.parametrize(
    "text",
    [
        "The army captured two villages Monday near Idlib.",
        "Rebels shelled villages Jarjanaz and al-Teh on Monday.",
        "The army plans to recapture towns Maarat al-Numan and Khan Tuman within weeks.",
    ],
)
def test_a_number_a_shelling_or_a_plan_stays_quiet(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical] == []
