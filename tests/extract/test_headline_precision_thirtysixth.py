"""Headline precision (session 36, the lead, issue 10): a leader who leaves, a town freed of a disease.

"Zelensky flees Kyiv", "Putin flees Moscow", "Afghan president Ashraf Ghani leaves Kabul": one man leaves, not his
side (flight.personal_departure; the catalogue's ``people`` name the leaders it calls a side by, since a headline
rebuilt from its words has no entity types). "Government declares Kabul liberated from polio": no side is put out
(lexicon.FREED_OF_THINGS). Armed sides that leave or flee, and towns liberated from a side, still read.
Headlines written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.actors import ActorCatalogue
from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2022, 2, 26)


def _changes(extractor: Extractor, title: str) -> list[tuple[str, str | None, str | None]]:
    events = extractor.extract(make_article("", published=PUB, title=title))
    return [(e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
            for e in events if e.kind == "change" and not e.historical]


@pytest.mark.parametrize(
    "title",
    [
        "Zelensky flees Kyiv",
        "Putin flees Moscow",
        "Afghan president Ashraf Ghani leaves Kabul",
        "Haftar leaves Benghazi for talks in Rome",
        "Government declares Kabul liberated from polio",
        "Kabul liberated from polio, WHO says",
        "The health ministry declares Mosul free from cholera",
    ],
)
def test_a_man_leaving_or_a_town_freed_of_a_disease_is_no_change(extractor: Extractor, title: str) -> None:
    assert _changes(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place", "losing"),
    [
        ("Islamic State fighters flee Mosul", "Mosul", "isis"),
        ("Taliban flee Kunduz", "Kunduz", "taliban"),
        ("Russian forces leave Chernobyl", "Chernobyl", "ru-forces"),
        ("Mosul liberated from Islamic State, Iraqi PM says", "Mosul", "isis"),
    ],
)
def test_a_side_leaving_or_put_out_still_reads(extractor: Extractor, title: str, place: str, losing: str) -> None:
    assert [(p, lo) for p, _g, lo in _changes(extractor, title)] == [(place, losing)]


def test_every_person_of_the_catalogue_is_one_of_its_aliases() -> None:
    catalogue = ActorCatalogue.load()
    people = [(e.id, p) for e in catalogue.entries.values() for p in e.people]
    assert people, "the catalogue names no leader"
    assert [(a, p) for a, p in people if p not in catalogue.entries[a].aliases] == []
