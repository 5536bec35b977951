"""Wire copy and headlines missed (session 22, helper recall22, second round from holdout22a, issue 10): a side's own
word that it holds a town, and a large share of a town.

K1 (control._said_frame; lexicon WEAK_FORMS): "Russia says it controls the Ukrainian town of X", "said on Saturday
that it has control of the city of X": a side that says it now holds a town claims the change; never "still", a
modal, a negation, a share of the town or a sentence that denies.
K2 (lexicon.PARTIAL_NOUNS): "seized control of large swaths of the coastal city of X": the town held in part ("swathes"
was known, "swaths" not).
Each with twins of the same words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, news_partial, sides
from .conftest import news_rows as _news

Row = tuple[str, str | None, str | None]

FEB24, MAR16 = dt.date(2024, 2, 18), dt.date(2016, 3, 1)

NEWS_POSITIVE: list[tuple[str, dt.date, list[Row]]] = [
    ("Russia said on Saturday that it has control of the city of Avdiivka, in eastern Ukraine.", FEB24,
     [("Avdiivka", "ru-forces", "ua-forces")]),
    ("The M23 said in a statement that it controls the town of Rutshuru.", dt.date(2022, 11, 1), [("Rutshuru", "m23", None)]),
    ("Forces loyal to Haftar seized control of large swaths of the coastal city of Sirte on Tuesday.", MAR16,
     [("Sirte", "lna", None)]),
]

NEWS_NEGATIVE: list[tuple[str, dt.date]] = [
    ("Ukraine said it controls 70 percent of Avdiivka.", FEB24),
    ("The Ukrainian army said it would control Avdiivka within days.", FEB24),
    ("Kyiv said it does not control Avdiivka any more.", FEB24),
    ("The M23 said in a statement that it still controls the town of Rutshuru.", dt.date(2022, 11, 1)),
    ("Forces loyal to Haftar shelled large swaths of the coastal city of Sirte on Tuesday.", MAR16),
]

HEAD_POSITIVE: list[tuple[str, dt.date, list[Row]]] = [
    ("Russia says it controls the Ukrainian town of Avdiivka", FEB24, [("Avdiivka", "ru-forces", "ua-forces")]),
]

HEAD_NEGATIVE: list[tuple[str, dt.date]] = [
    ("Ukraine says it still controls Avdiivka", FEB24),
    ("Russia denies it controls the town of Avdiivka", FEB24),
    ("Ukraine says it controls Avdiivka, rejects Russian claim", FEB24),
]


@pytest.mark.parametrize(("text", "published", "expected"), NEWS_POSITIVE)
def test_news_change_is_read(extractor: Extractor, text: str, published: dt.date, expected: list[Row]) -> None:
    assert sorted(_news(extractor, text, published)) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), NEWS_NEGATIVE)
def test_news_twin_is_no_change(extractor: Extractor, text: str, published: dt.date) -> None:
    assert _news(extractor, text, published) == []


@pytest.mark.parametrize(("title", "published", "expected"), HEAD_POSITIVE)
def test_headline_change_is_read(extractor: Extractor, title: str, published: dt.date, expected: list[Row]) -> None:
    assert sorted(sides(headline_changes(extractor, title, published=published))) == sorted(expected)


@pytest.mark.parametrize(("title", "published"), HEAD_NEGATIVE)
def test_headline_twin_is_no_change(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_changes(extractor, title, published=published) == []


def test_a_large_share_of_a_town_is_partial(extractor: Extractor) -> None:
    text = "Forces loyal to Haftar seized control of large swaths of the coastal city of Sirte on Tuesday."
    assert news_partial(extractor, text, MAR16) == {"Sirte": True}
