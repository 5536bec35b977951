"""Spellings of the twelfth reading (docs/constructions.md "Twelfth reading: place spellings"), in our own words: a
town taken by a strong verb whose written spelling GeoNames does not list resolves through a looser fold (an h after
k/g/t/z, y/i, w/u, ei/ai) to the ONE town of the article's country that folds the same; a short name, a name that
folds to several towns, a name in another country's context, and a name with no capture verb do not."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_gazetteer import Gazetteer
from townwatch_gazetteer.names import loose_key, name_key

from .conftest import make_article

_DAY = dt.date(2024, 10, 2)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("written", "listed"),
    [("Tshinvali", "Ts'khinvali"), ("Beiji", "Bayji"), ("Mullaithivu", "Mullaittivu"), ("Beyji", "Baiji")],
)
def test_loose_key_folds_variants(written: str, listed: str) -> None:
    assert loose_key(name_key(written)) == loose_key(name_key(listed))


@pytest.mark.parametrize(("written", "country", "geonames_id"), [("Tshinvali", "GE", 611403), ("Beiji", "IQ", 97783)])
def test_variant_resolves_in_its_country(gazetteer: Gazetteer, written: str, country: str, geonames_id: int) -> None:
    exact = gazetteer.resolve(written, [country])
    assert exact is None or exact.country_code != country  # the exact key misses it ("Beiji" is a North Pole abroad)
    found = gazetteer.resolve_variant(written, country)
    assert found is not None and found.geonames_id == geonames_id


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Tshinvali", "UA"),  # another country's context: no namesake there
        ("Hit", "IQ"),  # too short to fold
        ("Novoselivka", "UA"),  # folds to many villages: none is chosen
        ("Kharkivsky", "UA"),  # a near-miss that is no listed spelling
    ],
)
def test_variant_does_not_resolve(gazetteer: Gazetteer, written: str, country: str) -> None:
    assert gazetteer.resolve_variant(written, country) is None


def _places(extractor: Extractor, text: str) -> list[tuple[str, str | None, int | None]]:
    return [
        (e.place.name, e.place.country_code, e.place.geonames_id)
        for e in extractor.extract(make_article(text, published=_DAY)) if e.kind == "change" and not e.historical
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi forces captured the town of Beiji from Islamic State fighters on Tuesday, officials said.", [("Beiji", "IQ", 97783)]),
        ("Russian troops took control of Tshinvali on Sunday after Georgian troops pulled out, Georgia said.",
         [("Tshinvali", "GE", 611403)]),
    ],
)
def test_strong_capture_resolves_the_variant(extractor: Extractor, text: str, expected: list) -> None:
    assert _places(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces advanced toward Beiji on Tuesday as fighting with Islamic State went on, officials said.",
        "Russian troops shelled the outskirts of Tshinvali on Sunday, Georgia said.",
    ],
)
def test_twins_without_a_capture_stay_empty(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []
