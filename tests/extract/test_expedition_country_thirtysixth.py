"""Expedition countries (session 36, the lead, issue 10): context.ArticleContext.expedition_countries.

"Russian forces seized Krokhmalne": a village GeoNames lacks is kept as written, in the story's country. The only
country word of the line is the demonym in the name of Russia's own army, whose war is in Ukraine: that is no hint of
where the village lies before the sides' own countries. A country the text writes on its own ("in Russia", "the
Kursk region") still leads. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 2, 10)


def _countries(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    events = extractor.extract(make_article(text, published=PUB))
    return [(e.place.name, e.place.country_code) for e in events if e.kind == "change"]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Russian forces seized Krokhmalne, the defence ministry said.", "Krokhmalne", "UA"),
        ("Russian troops captured the village of Krokhmalne on Friday.", "Krokhmalne", "UA"),
        # a country written on its own still places it
        ("Russian forces seized Krokhmalne in Russia.", "Krokhmalne", "RU"),
        ("Russian forces retook Sverdlikovo in the Kursk region from Ukrainian troops.", "Sverdlikovo", "RU"),
    ],
)
def test_an_army_abroad_does_not_place_a_written_name_at_home(extractor: Extractor, text: str, place: str, country: str) -> None:
    assert _countries(extractor, text) == [(place, country)]
