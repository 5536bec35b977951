"""Sides, second round (session 21, helper sides21): an "and" inside a group's long name is no pair of sides
("Militants from the Islamic State of Iraq and the Levant seized the Iraqi city of X" is no Iraqi army's capture),
and rebels "supported by Turkey" / "backed by Ankara" are the catalogue's Turkish-backed side. Negative twins of the
same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 6, 4)


def _gainers(extractor: Extractor, text: str) -> dict[str, str | None]:
    return {p: g for p, g, _lo in _news(extractor, text, DAY)}


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Militants from the Islamic State of Iraq and the Levant have seized the Iraqi city of Tal Afar in Nineveh "
         "province.", "Tal Afar", "isis"),
        ("Gunmen from the Islamic State of Iraq and the Levant (ISIL) overran the Iraqi town of Tal Afar on Monday.", "Tal Afar", "isis"),
        ("Fighters of the Islamic State of Iraq and Syria (ISIS) took the Iraqi town of Hit on Monday.", "Hit", "isis"),
        # a true pair: the country's own forces named first
        ("Somali and African Union forces retook the town of Jowhar on Monday.", "Jowhar", "so-gov"),
        ("Iraqi and Kurdish forces retook the town of Bashiqa on Monday.", "Bashiqa", "iq-gov"),
    ],
)
def test_an_and_inside_a_name_is_no_pair(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _gainers(extractor, text).get(place) == gaining


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Syrian rebels supported by Turkey captured the village of Tal Rifaat on Monday.", "Tal Rifaat", "sna-syria"),
        ("Syrian rebels backed by Ankara seized the town of Tal Rifaat.", "Tal Rifaat", "sna-syria"),
        ("Separatists backed by Russia took control of Debaltseve.", "Debaltseve", "ru-forces"),
    ],
)
def test_rebels_backed_by_a_state(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _gainers(extractor, text).get(place) == gaining


@pytest.mark.parametrize(
    ("text", "place", "not_gaining"),
    [
        # a backer that names no side of the catalogue: the rebels stay unnamed
        ("Syrian rebels supported by tribesmen captured the village of Tal Rifaat on Monday.", "Tal Rifaat", "sna-syria"),
        # the backer's own forces are no "backed" side
        ("Syrian rebels supported by Turkey shelled the village of Tal Rifaat on Monday.", "Tal Rifaat", "sna-syria"),
    ],
)
def test_backing_twins(extractor: Extractor, text: str, place: str, not_gaining: str) -> None:
    assert _gainers(extractor, text).get(place) != not_gaining


def test_a_side_taking_another_place_is_no_loser(extractor: Extractor) -> None:
    # "..., while Kurdish fighters took C from rebels": the Kurds gained C; they lost nothing in A
    text = ("On Tuesday, government troops seized the Sakhur and Haydariya districts, while Kurdish fighters took the "
            "Sheikh Maqsoud area from rebels, a monitor said.")
    assert _news(extractor, text, DAY) == [("Sakhur", "sy-gov", None), ("Haydariya", "sy-gov", None), ("Sheikh Maqsoud", "sdf", None)]


def test_a_side_named_as_the_loser_stays(extractor: Extractor) -> None:
    text = "Government forces seized the town of Tal Rifaat from Kurdish fighters, who had taken it in 2016."
    assert [(p, lo) for p, _g, lo in _news(extractor, text, DAY)] == [("Tal Rifaat", "sdf")]


def test_the_side_taking_it_still_gains_what_the_other_left(extractor: Extractor) -> None:
    text = "Somali troops withdrew from the town of Bulo Burde on Monday, and Al Shabaab took control of it."
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [("Bulo Burde", "al-shabaab")]
