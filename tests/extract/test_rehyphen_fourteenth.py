"""A monitor's hyphenated "re-" verbs ("Al Shabaab re-took control of X", "re-gained", "re-entered", "re-seized"):
the tokenizer split "re" off and the parse lost the verb or its subject, so the note gave nothing. Each form with a
negative twin of the same words (notes written for these tests, in a coder's style)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.lexicon import parse_form

from .conftest import news_rows as _news

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    "verb",
    ["re-took control of", "re-took", "re-gained control of", "re-gained", "re-entered", "re-occupied", "re-seized",
     "re-captured", "re-established control over"],
)
@pytest.mark.parametrize("opening", ["On 3 May 2024,", "Around 3 May 2024 (month of),"])
def test_a_hyphenated_re_verb_takes_the_town(extractor: Extractor, verb: str, opening: str) -> None:
    note = f"{opening} Al Shabaab {verb} Bulo Burte (Hiraan) after ATMIS troops vacated the base."
    assert [(p, g) for p, g, _lo in _news(extractor, note, DAY)] == [("Bulo Burte", "al-shabaab")]


def test_a_state_side_re_taking_a_town_is_its_army(extractor: Extractor) -> None:
    note = "On 3 May 2024, SNA forces re-gained Bulo Burte (Hiraan) after Al Shabaab withdrew."
    assert _news(extractor, note, DAY) == [("Bulo Burte", "so-gov", "al-shabaab")]


@pytest.mark.parametrize(
    "note",
    [
        "On 3 May 2024, fighters re-entered the fray near Bulo Burte (Hiraan) as clashes resumed.",
        "On 3 May 2024, Al Shabaab re-imposed a curfew in Bulo Burte (Hiraan).",
        "On 3 May 2024, the governor re-took office in Bulo Burte (Hiraan) after the vote.",
        "On 3 May 2024, SNA forces re-secured the road between Bulo Burte and Jalalaqsi (Hiraan).",
        "On 3 May 2024, Al Shabaab re-seized the weapons cache in Bulo Burte (Hiraan).",
    ],
)
def test_a_re_verb_without_a_town_taken_is_no_change(extractor: Extractor, note: str) -> None:
    # twins: the same verbs with an office, a curfew, a road, a cache or the fray as their object
    assert _news(extractor, note, DAY) == []


def test_the_parse_form_keeps_every_offset() -> None:
    text = "Al Shabaab re-took control of X; the army re-entered Y and re-gained Z."
    form = parse_form(text)
    assert len(form) == len(text)
    assert "re-" not in form and "retook" not in form  # "re-took" -> "retook " -> the swap's "seized "
    # ("re-entered" -> "reentered ", one word, a return the frames read as a retaking: session 43, news43)
    assert [m for m in ("seized ", "reentered ", "regained ") if m not in form] == []
