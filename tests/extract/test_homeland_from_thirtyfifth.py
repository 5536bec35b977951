"""Forces "from" a rebel homeland are that region's side (session 35, the lead, issue 10).

"Forces from Ethiopia's Tigray region have taken control of the town of Lalibela": "forces" alone stands for the
place's state, and the country word said Ethiopia, so the Tigrayan capture went to the Ethiopian army (a wrong
direction, and a wrong holder in the ledger). "Rebels in Tigray" already named the region's side; "from" now does too.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2021, 8, 5)


@pytest.mark.parametrize(
    ("title", "text", "gaining"),
    [
        ("Forces from Ethiopia's Tigray region take control of Lalibela", "", "tplf"),
        (None, "Forces from Ethiopia's Tigray region have taken control of the town of Lalibela, residents said.", "tplf"),
        (None, "Fighters from the Tigray region have taken control of the town of Lalibela, residents said.", "tplf"),
        (None, "Troops from Kachin State seized the town of Bhamo on Monday.", "kia"),
    ],
)
def test_forces_from_a_homeland_are_its_side(extractor: Extractor, title: str | None, text: str, gaining: str) -> None:
    events = [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if not e.historical]
    assert [e.gaining and e.gaining.id for e in events] == [gaining]


def test_government_forces_from_the_region_stay_the_state(extractor: Extractor) -> None:
    events = extractor.extract(make_article("Government forces from Tigray withdrew from Lalibela on Monday.", published=PUB))
    assert [e.losing and e.losing.id for e in events if not e.historical] == ["et-gov"]
