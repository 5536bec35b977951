"""The verb "reconquer" (session 34, helper fix34n, issue 10): "have reconquered the city of X".

The lexicon read the noun ("the reconquest of X") and "conquer", not the verb "reconquer" that English copy of
French-language reporting writes ("reconquérir": the Sahel, also Ukraine in translated wire copy). It is read as
"recapture" (same length). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2023, 11, 15)


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Malian troops have reconquered the city of Kidal, the army said on Tuesday.", "Kidal", "ml-gov"),
        ("The Malian army reconquered Kidal on Tuesday after the rebels left the town.", "Kidal", "ml-gov"),
        ("Kidal was reconquered by Malian troops on Tuesday, the army said.", "Kidal", "ml-gov"),
        ("Malian troops reconquer Kidal from the rebels.", "Kidal", "ml-gov"),
    ],
)
def test_reconquered_is_a_capture(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical]
    assert [(e.place.name, e.gaining and e.gaining.id) for e in events] == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        # twins: a vow, a failed attempt, an aim and a figure of speech take no town
        "The junta vowed to reconquer Kidal before the end of the year.",
        "Malian troops failed to reconquer Kidal after two days of fighting.",
        "The army's plan to reconquer the north begins with the town of Kidal, officials said.",
        "The champion reconquered her title in the city of Kidal on Tuesday.",
    ],
)
def test_no_change_without_a_reconquest(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical] == []
