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

FEB24, MAR16, NOV22 = dt.date(2024, 2, 18), dt.date(2016, 3, 1), dt.date(2022, 11, 1)

# (kind, words, day, the changes told as news): "news" an excerpt, "head" a headline; a twin expects none
CASES: list[tuple[str, str, dt.date, list[Row]]] = [
    # K1: a side's own word that it holds a town
    ("news", "Russia said on Saturday that it has control of the city of Avdiivka, in eastern Ukraine.", FEB24,
     [("Avdiivka", "ru-forces", "ua-forces")]),
    ("news", "The M23 said in a statement that it controls the town of Rutshuru.", NOV22, [("Rutshuru", "m23", "cd-gov")]),
    ("head", "Russia says it controls the Ukrainian town of Avdiivka", FEB24, [("Avdiivka", "ru-forces", "ua-forces")]),
    # K1 twins: a share, a prospect, a negation, a defender's "still", a denial
    ("news", "Ukraine said it controls 70 percent of Avdiivka.", FEB24, []),
    ("news", "The Ukrainian army said it would control Avdiivka within days.", FEB24, []),
    ("news", "Kyiv said it does not control Avdiivka any more.", FEB24, []),
    ("news", "The M23 said in a statement that it still controls the town of Rutshuru.", NOV22, []),
    ("head", "Ukraine says it still controls Avdiivka", FEB24, []),
    ("head", "Russia denies it controls the town of Avdiivka", FEB24, []),
    ("head", "Ukraine says it controls Avdiivka, rejects Russian claim", FEB24, []),
    # K2: a large share of a town, and its twin
    ("news", "Forces loyal to Haftar seized control of large swaths of the coastal city of Sirte on Tuesday.", MAR16,
     [("Sirte", "lna", None)]),
    ("news", "Forces loyal to Haftar shelled large swaths of the coastal city of Sirte on Tuesday.", MAR16, []),
]


@pytest.mark.parametrize(("kind", "words", "published", "expected"), CASES)
def test_change_or_twin(extractor: Extractor, kind: str, words: str, published: dt.date, expected: list[Row]) -> None:
    if kind == "head":
        rows = sides(headline_changes(extractor, words, published=published))
    else:
        rows = _news(extractor, words, published)
    assert sorted(rows) == sorted(expected)


def test_a_large_share_of_a_town_is_partial(extractor: Extractor) -> None:
    text = "Forces loyal to Haftar seized control of large swaths of the coastal city of Sirte on Tuesday."
    assert news_partial(extractor, text, MAR16) == {"Sirte": True}
