"""A side's loss of a town told with the town alone (session 34, the lead, issue 10).

"The army had lost Ramadi", "Ukraine lost Bakhmut on Saturday", "admitted losing Ramadi to Islamic State": the frames
read these as the holder's loss, but the prefilter let a bare "lost" through only with "to", "battle" or "fight" on
its line, and never "losing" (with the prefilter off they were found: issue 14 asks the two runs to agree). Twins: a
loss of men, of a player, of an election. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2015, 5, 17)


def _events(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    article = make_article(text, published=PUB)
    return [(e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
            for e in extractor.extract(article) if e.kind == "change" and not e.historical]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi officials said the army had lost Ramadi.", [("Ramadi", "isis", "iq-gov")]),
        ("The Iraqi government admitted losing Ramadi to Islamic State.", [("Ramadi", "isis", "iq-gov")]),
        ("Ukrainian forces lost Bakhmut on Saturday, a military spokesman said.", [("Bakhmut", "ru-forces", "ua-forces")]),
    ],
)
def test_a_town_lost(extractor: Extractor, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _events(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces lost 20 soldiers near Ramadi on Sunday.",
        "Chelsea lost Liverpool's best player to injury.",
        "The ruling party lost Kyiv in the local elections.",
    ],
)
def test_no_town_lost(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []
