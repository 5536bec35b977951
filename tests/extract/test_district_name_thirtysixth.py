"""District names read as demonyms (session 36, the lead, issue 10; from the fresh set's misses): frames._an_name.

"The Paryan district of the Panjshir province was completely cleared of the Taliban": the small model reads a name in
"-an" before "district" as a people's adjective, and the province after "of" was taken for the place. A country's
demonym ("the Afghan district of X", "the Syrian district of X") names no district. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2021, 9, 5)


def _places(extractor: Extractor, text: str) -> list[str]:
    return [e.place.name for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change"]


def test_a_district_named_in_an_is_the_place(extractor: Extractor) -> None:
    text = "The Paryan district of the Panjshir province was completely cleared of the Taliban."
    assert _places(extractor, text) == ["Paryan"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The Afghan district of Paryan was cleared of the Taliban.", "Afghan"),
        ("Taliban fighters took the Syrian district of Afrin.", "Syrian"),
    ],
)
def test_a_demonym_names_no_district(extractor: Extractor, text: str, wrong: str) -> None:
    assert wrong not in _places(extractor, text)
