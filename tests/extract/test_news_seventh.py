"""Wire copy's states and dated clauses (news7): each family with its negative twins (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 11, 21)


def _events(extractor: Extractor, text: str, title: str | None = None) -> list[tuple[str, str | None, str | None, bool]]:
    events = [e for e in extractor.extract(make_article(text, published=PUB, title=title)) if e.kind == "change"]
    return [(e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.historical) for e in events]


def _news(extractor: Extractor, text: str, title: str | None = None) -> list[str]:
    return [p for p, _g, _l, h in _events(extractor, text, title) if not h]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv's troops opened a push to retake the port city of Kherson, which is currently occupied by Russian forces.",
        "Ukrainian drones struck a depot in Tokmak, which is occupied by Russian troops, officials said on Monday.",
        "The army shelled Kidal, which is still held by the rebels, for a second day.",
    ],
)
def test_a_present_passive_relative_clause_tells_who_holds_a_town_now(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # twins: the same relative clause in the past, or the town's own news, is a change
        ("Ukrainian drones struck a depot in Tokmak, which was captured by Russian troops on Monday.", "Tokmak"),
        ("Russian troops have occupied Kherson, which is the first big city to fall since February.", "Kherson"),
    ],
)
def test_a_past_or_main_clause_capture_stays_news(extractor: Extractor, text: str, place: str) -> None:
    assert _news(extractor, text) == [place]


def test_a_change_days_after_a_dated_event_takes_that_date(extractor: Extractor) -> None:
    text = "Russian troops took control of Kupiansk only days after Moscow began its invasion in February 2022."
    assert _events(extractor, text) == [("Kupiansk", "ru-forces", None, True)]
    text = "Russian forces captured the town of Vovchansk just weeks after their troops crossed the border in May 2023."
    assert _events(extractor, text) == [("Vovchansk", "ru-forces", None, True)]


@pytest.mark.parametrize(
    "text",
    [
        # twins: the dated clause is this month, or the change is not "days after" it
        "Russian troops took control of Kupiansk on Tuesday, days after Moscow began an assault on November 15.",
        "Russian troops took control of Kupiansk on Tuesday after an offensive that began in 2023.",
        "Russian forces captured the town of Vovchansk just weeks after their troops crossed the border in November.",
    ],
)
def test_a_change_after_a_recent_or_long_running_event_is_news(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) in (["Kupiansk"], ["Vovchansk"])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Taliban took another provincial capital, Taloqan, on Sunday.", "Taloqan"),
        ("The Taliban took a northern city, Kunduz, on Sunday.", "Kunduz"),
    ],
)
def test_a_settlement_noun_named_in_apposition_is_the_place_taken(extractor: Extractor, text: str, place: str) -> None:
    assert [(p, g) for p, g, _l, h in _events(extractor, text) if not h] == [(place, "taliban")]


@pytest.mark.parametrize(
    "text",
    [
        # twins: a province's capital left unnamed, an idiom, a venue
        "The Taliban took the capital of Takhar on Sunday.",
        "Their side took the capital, Kabul, by storm in the final.",
        "The minister took a small town, Bamiyan, as the venue for the talks.",
    ],
)
def test_a_capital_without_its_own_name_or_an_idiom_is_no_capture(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
