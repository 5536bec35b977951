"""A monitor's seat is not the story's country (session 34, helper fix34n, issue 10).

Syria reports call the war monitor "the British-based Syrian Observatory" or "the UK-based war monitor", Ukraine
reports "the U.S.-based Institute for the Study of War". The demonym counted the seat's country among the story's, so
a later "the town" could find a namesake there ("Eye witnesses said ... in control of the town": Eye in Suffolk).
A "-based" country is now left out, as a "-backed" patron is. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2020, 2, 6)


@pytest.mark.parametrize(
    "seat",
    ["the British-based Syrian Observatory for Human Rights", "the UK-based war monitor", "the Britain-based monitor group"],
)
def test_the_town_is_not_found_in_the_monitors_country(extractor: Extractor, seat: str) -> None:
    text = (
        f"Syrian government forces entered Saraqeb on Wednesday, {seat} said. "
        "Eye witnesses said that rebel fighters had left and that government forces were in control of the town."
    )
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical]
    assert [(e.place.name, e.place.country_code) for e in events] == [("Saraqeb", "SY")]


@pytest.mark.parametrize(
    "text",
    [
        # twins: the same monitor over an entry not confirmed, a raid and an attempt gives no event anywhere
        "Syrian government forces entered Saraqeb on Wednesday, the British-based Syrian Observatory said. "
        "Eye witnesses said fighting went on around the town.",
        "Government forces raided Saraqeb and withdrew hours later, the UK-based war monitor said. Eye witnesses said the town was quiet.",
        "Government forces tried to storm Saraqeb, the British-based monitor said. Eye witnesses said the attack on the town failed.",
    ],
)
def test_no_event_from_the_monitors_seat(extractor: Extractor, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical]
    assert [e.place.name for e in events] == []
