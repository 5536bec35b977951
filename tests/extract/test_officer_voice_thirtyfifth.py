"""An officer named by his country speaks for its forces (session 35, the lead, issue 10).

"Fallujah retaken, Iraqi commander says": a headline's passive takes its gainer from the speaker, and "army says"
gave the Iraqi army; "Iraqi commander" gave no side at all, and the change was dropped. A rank with a country word
before it is now that country's forces. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2016, 6, 26)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Fallujah retaken, Iraqi commander says", ""),
        ("Fallujah recaptured, Iraqi general says", ""),
        (None, "Fallujah has been fully retaken from Islamic State, an Iraqi general said on Sunday."),
    ],
)
def test_a_country_officer_speaks_for_its_forces(extractor: Extractor, title: str | None, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if not e.historical]
    assert [(e.place.name, e.gaining and e.gaining.id) for e in events] == [("Fallujah", "iq-gov")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Assault to retake Fallujah to begin soon, Iraqi commander says", ""),
        (None, "An Iraqi commander said the assault to retake Fallujah would begin within days."),
    ],
)
def test_an_officer_announcing_an_assault_stays_quiet(extractor: Extractor, title: str | None, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, title=title, published=PUB)) if not e.historical] == []
