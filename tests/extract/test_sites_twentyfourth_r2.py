"""A site or a containing place read as the town (session 24 round 2, helper sites24). Families read in the nine real
sets' false events:

- an air or naval base named with a town ("a military air base in X", "a naval base in the fishing town of X") is a
  site of its own, outside the town: taken under the site's name, never as the town's capture (a plain "military base
  in X" stays the town's garrison, frames.py's INSTALLATION_NOUNS);
- "it" after a site or a building ("cleared the X hospital and raised the flag over it") stands for it, not the town
  named with it;
- "the <province> district of X" writes the province first: the district taken is X (never the province);
- a note's compass point without "of" ("captured A north west B", parsed as one name): A is taken, B only locates it.

Twins: a garrison base in a town, "it" after a town, "the <district> district of <province>", a city's named quarter,
"the town of X", "most of X".

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_partial, news_places

_DAY = dt.date(2024, 6, 4)


@pytest.mark.parametrize(
    ("text", "taken", "locator"),
    [
        # a site named with a town is the site
        ("The Houthis took full control of a military air base in Lahj on Monday.", "Lahj Military Air Base", "Lahj"),
        ("Taliban fighters seized the air base in Kunduz on Monday.", "Kunduz Air Base", "Kunduz"),
        # a province written before its district
        ("The Taliban captured the Helmand district of Musa Qala on Monday.", "Musa Qala", "Helmand"),
        ("Taliban fighters overran the Kunduz district of Imam Sahib on Monday.", "Imam Sahib", "Kunduz"),
        # a compass point without "of" locates
        ("The SDF captured Mazraat al-Ali north west al-Raqqa without a fight on Monday.", "Mazraat al-Ali", "al-Raqqa"),
    ],
)
def test_the_place_taken_not_the_place_that_locates_it(extractor: Extractor, text: str, taken: str, locator: str) -> None:
    places = news_places(extractor, text, _DAY)
    assert taken in places
    assert locator not in places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Islamic State fighters overran a naval base in the fishing town of Baga on Monday.", "Baga"),
        # "it" is the hospital just named (a building no rule takes), never the town named with it
        ("Iraqi troops cleared the Qaraqosh hospital and raised the flag over it on Monday.", "Qaraqosh"),
    ],
)
def test_a_site_in_a_town_is_not_the_town(extractor: Extractor, text: str, town: str) -> None:
    assert town not in news_places(extractor, text, _DAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Houthis took full control of the military base in Lahj on Monday.", "Lahj"),  # a garrison: the town
        ("Islamic State fighters overran the military base in Baga on Monday.", "Baga"),
        ("Iraqi troops entered Qaraqosh and raised the flag over it on Monday.", "Qaraqosh"),
        ("Rebels took control of the town of Kunduz and raised their flag over it on Monday.", "Kunduz"),
        ("The Taliban captured the Warduj district of Badakhshan on Monday.", "Warduj"),
        ("Rebels seized the town of Tal Afar on Monday.", "Tal Afar"),
    ],
)
def test_twins_keep_the_town(extractor: Extractor, text: str, place: str) -> None:
    assert place in news_places(extractor, text, _DAY)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Kurdish forces captured the Sheikh Maqsoud district of Aleppo on Monday.", "Aleppo"),
        ("The army retook most of Raqqa on Monday.", "Raqqa"),
    ],
)
def test_twins_a_part_of_the_city(extractor: Extractor, text: str, city: str) -> None:
    assert news_partial(extractor, text, _DAY).get(city) is True


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army captured North Waziristan's Miranshah on Monday.", "Miranshah"),
        ("Rebels captured South Kordofan's Kadugli on Monday.", "Kadugli"),
        ("The SDF captured Tal Samin north of Raqqa on Monday.", "Tal Samin"),
    ],
)
def test_twins_a_compass_word_in_a_name(extractor: Extractor, text: str, place: str) -> None:
    assert place in news_places(extractor, text, _DAY)
