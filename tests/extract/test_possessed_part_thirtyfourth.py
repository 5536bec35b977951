"""A town's part in its possessive, and Title Case function words (session 34, the lead, issue 10).

Wire copy and headlines give the share of a town taken as the town's possessive before a part noun ("captured
Aleppo's western districts", "took control of Myrnohrad's southern part") as often as with "of"; and Title Case
headlines write prepositions the casing pass did not know ("Reclaim Raqqa Amidst Escalating Tensions") or a town's
possessive with a curly apostrophe, which it then lower-cased. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 12, 1)


def _events(extractor: Extractor, text: str = "", title: str | None = None) -> list[tuple[str, bool]]:
    article = make_article(text, published=PUB, title=title)
    return [(e.place.name, e.partial) for e in extractor.extract(article) if e.kind == "change" and not e.historical]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian forces took control of Myrnohrad's southern part on Tuesday, the defence ministry said.", "Myrnohrad"),
        ("Rebels captured Aleppo's western districts on Saturday after the army withdrew.", "Aleppo"),
        ("Government troops recaptured Mosul's eastern side from Islamic State fighters on Tuesday.", "Mosul"),
    ],
)
def test_a_town_taken_in_part_by_its_possessive(extractor: Extractor, text: str, place: str) -> None:
    assert _events(extractor, text) == [(place, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Bakhmut's western districts on Monday.",  # no capture
        "Government forces took control of Aleppo's outskirts on Saturday.",  # outside the town
        "Russian forces seized Ukraine's southern regions in March.",  # a country's part: no town
        "Government forces took control of its southern part on Saturday.",  # no name
    ],
)
def test_no_town_in_part_without_a_capture_of_one(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Syrian Forces Reclaim Raqqa Amidst Escalating Tensions with Kurdish-Led SDF", [("Raqqa", False)]),
        ("Russia Says It Took Control of Myrnohrad’s Southern Part", [("Myrnohrad", True)]),
        ("Syrian Forces Shell Raqqa Amidst Escalating Tensions with Kurdish-Led SDF", []),
    ],
)
def test_title_case_headlines(extractor: Extractor, title: str, expected: list[tuple[str, bool]]) -> None:
    assert _events(extractor, title=title) == expected
