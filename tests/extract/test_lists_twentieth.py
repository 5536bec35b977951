"""Lists, descriptor heads and named quarters (session 20, helper lists20, issue 10): the places a sentence names after
"Among the villages seized ... were", a second place taken after a time ("took A on Friday, and later B", "retook A
and, on Saturday, B"), the seat a descriptor names ("the district center for X", "the main town of the P region, X",
"the headquarters of P County, X"), and a town's named quarter ("the X neighbourhood of Y": Y held in part, never X
as a town). Each form with negative twins of the same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_partial, news_places
from .conftest import news_rows as _news

DAY = dt.date(2019, 4, 10)


def _places(extractor: Extractor, text: str) -> list[str]:
    return news_places(extractor, text, DAY)


def _partial(extractor: Extractor, text: str) -> dict[str, bool]:
    return news_partial(extractor, text, DAY)


# --- L1: "Among the villages seized ... were A and B" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Among the towns recaptured by Somali troops on Tuesday were Marka and Afgooye, a regional official said.",
            [("Afgooye", "so-gov", "al-shabaab"), ("Marka", "so-gov", "al-shabaab")],
        ),
        (
            "Among the villages liberated by the Syrian army this week were Tal Sakhr and Kafr Sajna, state media reported.",
            [("Kafr Sajna", "sy-gov", None), ("Tal Sakhr", "sy-gov", None)],
        ),
        (
            '"Among the settlements recaptured by our forces were Marka and Afgooye," the Somali army spokesman said.',
            [("Afgooye", "so-gov", "al-shabaab"), ("Marka", "so-gov", "al-shabaab")],
        ),
        (
            "Somali troops pushed al-Shabaab back on Tuesday. Among the towns retaken were Marka and Afgooye, a regional "
            "official said.",
            [("Afgooye", None, None), ("Marka", None, None)],
        ),
    ],
)
def test_among_the_places_taken_were_a_and_b(extractor: Extractor, text: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    assert sorted(_news(extractor, text, DAY)) == rows


def test_among_places_taken_years_ago_are_background(extractor: Extractor) -> None:
    text = "Among the towns seized by al-Shabaab in 2009 were Marka and Afgooye, a regional official said."
    assert _news(extractor, text, DAY) == []


# --- L2: the second place taken after a time --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops retook Kupiansk on Friday, and later Izium, the general staff said.",
        "Ukrainian troops retook Kupiansk and, on Saturday, Izium, the general staff said.",
        "Ukrainian troops retook Kupiansk on Friday and Izium on Saturday, the general staff said.",
        "Ukrainian troops retook Kupiansk and then Izium, the general staff said.",
        "Ukrainian troops retook Kupiansk on Friday and, a day later, Izium, the general staff said.",
    ],
)
def test_a_second_place_taken_after_a_time(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == [("Kupiansk", "ua-forces", "ru-forces"), ("Izium", "ua-forces", "ru-forces")]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops retook Kupiansk on Friday and later shelled Izium, the general staff said.",
        "Ukrainian troops retook Kupiansk on Friday, and on Saturday Izium was shelled again, the governor said.",
        "Ukrainian troops retook Kupiansk on Friday and later advanced towards Izium, the general staff said.",
        "Ukrainian troops retook Kupiansk on Friday, and on Saturday Russia said its troops had left the town.",
    ],
)
def test_a_later_clause_does_not_take_its_place(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == ["Kupiansk"]


# --- H1: the seat a descriptor names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Al-Shabaab fighters captured the main town of the Bay region, Baidoa, on Tuesday.", "Baidoa"),
        ("The Taliban overran the district center for Nawa on Tuesday, police said.", "Nawa"),
        ("The SPLA-IO seized the headquarters of Mundri East County, Kediba, from government troops on Sunday.", "Kediba"),
        ("The SPLA-IO seized the headquarters of Yei County, Morobo, on Sunday.", "Morobo"),
    ],
)
def test_the_seat_a_descriptor_names(extractor: Extractor, text: str, place: str) -> None:
    assert _places(extractor, text) == [place]


def test_the_area_of_a_seat_is_never_the_place(extractor: Extractor) -> None:
    text = "The SPLA-IO seized the headquarters of Mundri East County, Kediba, from government troops on Sunday."
    assert "Mundri East" not in _places(extractor, text)


# --- P1: a town's named quarter ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Iraqi troops liberated the al-Uraybi neighbourhood of Mosul on Monday, the command said.", "Mosul"),
        ("Iraqi troops regained control of the al-Uraybi neighbourhood in western Mosul on Monday.", "Mosul"),
        ("Iraqi troops took full control of the Khaled ibn al-Walid and Bab al-Sijn neighbourhoods near Mosul's Old City on Sunday.", "Mosul"),
        ("Syrian rebels took control of the Salaheddine neighbourhood of Aleppo on Friday, the monitor said.", "Aleppo"),
        ("Russian troops captured the Novy district of the town of Chasiv Yar, the ministry said.", "Chasiv Yar"),
        ("Houthi fighters seized the Crater district of Aden city on Thursday.", "Aden"),
    ],
)
def test_a_named_quarter_is_its_town_in_part(extractor: Extractor, text: str, town: str) -> None:
    assert _partial(extractor, text) == {town: True}


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban captured the Warduj district of Badakhshan province on Thursday.",
        "The Taliban captured the Warduj district of Badakhshan on Thursday.",
    ],
)
def test_a_district_of_a_province_is_still_the_district(extractor: Extractor, text: str) -> None:
    assert _partial(extractor, text) == {"Warduj": False}


# --- twins: the same lists, seats and quarters attacked, shelled, besieged, hoped for ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Among the towns attacked by Somali troops on Tuesday were Marka and Afgooye, a regional official said.",
        "Among the towns besieged by al-Shabaab on Tuesday were Marka and Afgooye, a regional official said.",
        "Among the towns al-Shabaab hopes to capture this year are Marka and Afgooye, a regional official said.",
        "Among the towns shelled by the Syrian army this week were Tal Sakhr and Kafr Sajna, state media reported.",
        "Al-Shabaab fighters attacked the main town of the Bay region, Baidoa, on Tuesday.",
        "The Taliban besieged the district center for Nawa on Tuesday, police said.",
        "The SPLA-IO shelled the headquarters of Mundri East County, Kediba, on Sunday.",
        "The SPLA-IO vowed to seize the headquarters of Mundri East County, Kediba, within days.",
        "The Taliban failed to capture the district center for Nawa on Tuesday, police said.",
        "Iraqi troops shelled the al-Uraybi neighbourhood of Mosul on Monday, the command said.",
        "Iraqi troops stormed the al-Uraybi neighbourhood of Mosul on Monday, the command said.",
        "Iraqi troops are fighting to retake the al-Uraybi neighbourhood of Mosul, the command said.",
        "Syrian rebels shelled the Salaheddine neighbourhood of Aleppo on Friday, the monitor said.",
    ],
)
def test_a_place_not_taken_gives_none(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []
