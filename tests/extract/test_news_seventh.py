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
    assert _events(extractor, text) == [("Kupiansk", "ru-forces", "ua-forces", True)]
    text = "Russian forces captured the town of Vovchansk just weeks after their troops crossed the border in May 2023."
    assert _events(extractor, text) == [("Vovchansk", "ru-forces", "ua-forces", True)]


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


def test_a_since_inside_the_after_clause_dates_something_else(extractor: Extractor) -> None:
    text = ("Afghan forces recaptured the centre of Kunduz from the Taliban on Thursday, three days after the insurgents "
            "seized the city in their biggest victory since 2001.")
    assert [(p, g) for p, g, _l, h in _events(extractor, text) if not h] == [("Kunduz", "af-gov")]


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


def test_a_town_counted_among_those_fallen_to_a_side_has_fallen(extractor: Extractor) -> None:
    text = "Faizabad is the ninth provincial capital to fall to the Taliban in a week, officials said."
    assert [(p, g) for p, g, _l, h in _events(extractor, text) if not h] == [("Faizabad", "taliban")]
    assert [(p, g) for p, g, _l, h in _events(extractor, "Kunduz is the latest city to fall to the Taliban.") if not h] == [("Kunduz", "taliban")]


@pytest.mark.parametrize(
    "text",
    [
        # twins: the next one, or one that would be, has not fallen
        "Kabul is the next city to fall to the Taliban, analysts fear.",
        "Kabul would be the fifth city to fall to the Taliban.",
        "Kabul is a city hard to fall to any army.",
    ],
)
def test_a_town_expected_to_fall_has_not_fallen(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_a_side_that_completes_its_takeover_of_a_town_took_it(extractor: Extractor) -> None:
    text = "Malian troops completed their takeover of Kidal on Tuesday."
    assert [(p, g) for p, g, _l, h in _events(extractor, text) if not h] == [("Kidal", "ml-gov")]
    # twins: a takeover delayed or planned is none
    assert _news(extractor, "Malian troops delayed their takeover of Kidal.") == []
    assert _news(extractor, "Malian troops planned their takeover of Kidal for weeks.") == []


def test_a_flag_now_flying_over_a_town_is_its_capture(extractor: Extractor) -> None:
    assert [(p, g) for p, g, _l, h in _events(extractor, "The Syrian flag is now flying over Palmyra.") if not h] == [("Palmyra", "sy-gov")]
    assert [(p, g) for p, g, _l, h in _events(extractor, "The Ukrainian flag flew over Kherson on Friday.") if not h] == [("Kherson", "ua-forces")]
    # twins: a flag that flies over a capital as it always has
    assert _news(extractor, "The Ukrainian flag flies over Kyiv.") == []
    assert _news(extractor, "The Ukrainian flag is flying over Kyiv.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops liberated three villages on Sunday: Hrakove, Zaliznychne and Shevchenkove.",
        "The General Staff confirmed the liberation of three villages on Sunday by Ukrainian troops: Hrakove, Zaliznychne and Shevchenkove.",
    ],
)
def test_the_villages_listed_after_a_colon_are_the_places(extractor: Extractor, text: str) -> None:
    assert sorted(p for p, g, _l, h in _events(extractor, text) if not h and g == "ua-forces") == ["Hrakove", "Shevchenkove", "Zaliznychne"]


def test_a_listed_name_that_qualifies_a_noun_is_no_village(extractor: Extractor) -> None:
    text = "Our units drove the enemy out of the settlements: Slatyne, Prudianka, Derhachi districts, the governor said."
    assert sorted(p for p, _g, _l, h in _events(extractor, text) if not h) == ["Prudianka", "Slatyne"]


@pytest.mark.parametrize(
    "text",
    [
        # twins: villages shelled, and a colon that opens a clause of its own
        "Russian troops shelled three villages on Sunday: Hrakove, Zaliznychne and Shevchenkove.",
        "Ukrainian troops liberated three villages on Sunday: officials said Hrakove and Zaliznychne were calm.",
    ],
)
def test_a_colon_list_with_no_capture_of_it_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
