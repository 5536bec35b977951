"""Sides in wire copy: "the occupying forces" are never the place's own forces or the speaker's, and a state's
forces that fight neither where the place lies nor in a country the story names are no inferred side ("the junta"
of an Ethiopian statement is not Myanmar's army) (fifteenth reading, helper news15; our own sentences, with twins)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, sides

PUB = dt.date(2022, 9, 11)


def _news(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return sides([e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical])


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # S1: the occupier is the one state the place's government is at war with
        ("\"Balakliia and Shevchenkove have been freed from the occupying forces,\" the deputy minister said on "
         "Sunday.", "Balakliia", None, "ru-forces"),
        ("Ukrainian troops liberated Izium from the occupying forces on Saturday, the general staff said.", "Izium",
         "ua-forces", "ru-forces"),
        # S2: "the junta" of a statement in another country's war infers no Myanmar army
        ("Ethiopian troops fighting rebel forces in the northern Tigray region have taken the town of Shire, the "
         "government said. \"Many fighters of the junta have surrendered,\" the statement said.", "Shire", "et-gov", "tplf"),
    ],
)
def test_side_read_from_the_words_around_it(
    extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None
) -> None:
    found = {(p, g, lo) for p, g, lo in _news(extractor, text) if p == place}
    assert found
    assert all((gaining is None or g == gaining) and lo == losing for _p, g, lo in found)


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # twins: a country word still names the occupier; the junta in Myanmar is Myanmar's army
        ("Ukrainian troops drove Russian occupying forces out of Izium on Saturday, the general staff said.", "Izium",
         "ua-forces", "ru-forces"),
        ("Resistance fighters have taken the town of Kawlin, the group said. \"Many soldiers of the junta have "
         "surrendered,\" the statement said.", "Kawlin", None, "mm-junta"),
    ],
)
def test_named_sides_kept(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    found = {(p, g, lo) for p, g, lo in _news(extractor, text) if p == place}
    assert found
    assert all((gaining is None or g == gaining) and lo == losing for _p, g, lo in found)


@pytest.mark.parametrize(
    "text",
    [
        # twins with no change: the occupier shells, the junta's fighters surrender
        "\"The occupying forces shelled Balakliia and Shevchenkove again,\" the deputy minister said on Sunday.",
        "Ethiopian troops fighting rebel forces in the northern Tigray region shelled the town of Shire, the "
        "government said. \"Many fighters of the junta have surrendered,\" the statement said.",
    ],
)
def test_no_change_no_event(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
