"""Sequel tails (session 36, the lead, issue 10): list_tails.sequel_tails.

A chronology adds later changes to its first one in the same sentence: "X fell to Z on Thursday, followed by A and B
on Friday", "Z have seized 12 capitals in a week, the latest being A and B". The names after "followed by" and
"the latest being" are places taken by the same side. What follows that is no named place ("followed by a wave of
panic", "President Ghani's flight"), a side ("followed by Wagner"), or a tail of an attack stays out. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2021, 8, 13)


def _news(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    events = extractor.extract(make_article(text, published=PUB))
    return sorted((e.place.name, e.gaining.id if e.gaining else None) for e in events if e.kind == "change" and not e.historical)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ghazni fell to the Taliban on Thursday, followed by Herat and Kandahar on Friday.", ["Ghazni", "Herat", "Kandahar"]),
        ("The Taliban captured Ghazni on Thursday, followed by Herat on Friday.", ["Ghazni", "Herat"]),
        ("The Taliban have seized 12 provincial capitals in a week, the latest being Ghazni and Herat.", ["Ghazni", "Herat"]),
        ("The Taliban have seized 12 provincial capitals in a week, the latest being Ghazni.", ["Ghazni"]),
    ],
)
def test_a_sequel_names_more_places_taken(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _news(extractor, text) == [(p, "taliban") for p in places]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ghazni fell to the Taliban on Thursday, followed by a wave of panic in Kabul.", ["Ghazni"]),
        ("The Taliban captured Ghazni on Thursday, followed by President Ghani's flight abroad.", ["Ghazni"]),
        ("Ghazni fell to the Taliban on Thursday, followed by Wagner on Friday.", ["Ghazni"]),
        ("The Taliban attacked Ghazni on Thursday, followed by Herat on Friday.", []),
        ("The Taliban have attacked 12 provincial capitals in a week, the latest being Ghazni.", []),
    ],
)
def test_no_place_or_no_capture_adds_nothing(extractor: Extractor, text: str, places: list[str]) -> None:
    assert [p for p, _g in _news(extractor, text)] == places
