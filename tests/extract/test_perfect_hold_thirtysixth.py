"""A perfect of control after an event (session 36, the lead, issue 10; from the fresh set's misses):
reached_hold.perfect_hold, control._after_event.

"The army has controlled the town of Lalibela after fierce fighting": state bulletins and monitors write the present
perfect of control for a hold just reached. Alone ("The Houthis have controlled Sanaa"), told as lasting ("since
2007", "for a decade", "have long controlled"), negated, or over something that is no place, it tells who holds it.
Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2021, 12, 1)


def _places(extractor: Extractor, text: str) -> list[str]:
    return [e.place.name for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical]


def test_a_perfect_of_control_after_fighting_is_the_change(extractor: Extractor) -> None:
    assert _places(extractor, "The army has controlled the town of Lalibela after fierce fighting.") == ["Lalibela"]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis have controlled Sanaa, officials said.",
        "Hamas has controlled Gaza since 2007.",
        "The army has controlled the town of Lalibela for a decade.",
        "Rebels have long controlled Lalibela.",
        "The army has not controlled Lalibela after fierce fighting.",
        "The army has controlled the situation in Lalibela after fierce fighting.",
    ],
)
def test_a_hold_told_as_lasting_or_no_place_stays_quiet(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []
