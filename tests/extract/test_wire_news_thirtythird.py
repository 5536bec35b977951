"""Session 33 (helper fix33w, issue 10): wire news excerpts, from the misses of holdout33a/b news.

C1 (sites.SiteResolver.resolve, sites._name_word): "Russia occupies Europe's biggest nuclear plant", "seized
Africa's largest dam": a continent's possessive ranks a site among many and places it nowhere, like a country's
("Syria's largest oil field"); labelling.md: a site with neither a name nor a named town is none (main gave an event
at "Europe Biggest Nuclear Plant"). A Title Case line's "Largest" is a rank, never a word of the site's name (main:
"Largest nuclear power plant"). Twins: the plant named in the sentence, a town's possessive ("Kherson's largest
airport"), a city's dam.
M1 (mountain_site.py): "regained control over Zgharo mountain", "the al-Thar and Habsh mountains", "liberated the
strategically important Murovdag mountain": a mountain with its own name written before it is a height site
(labelling.md: "hills, mounts and named heights"; main read every "mountain" as ground). Twins: a range a side fights
in or flees to, a siege, a failed attempt, "the strategic mountain of X" (still ground, as the committed corpus says).

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_UKRAINE = dt.date(2022, 3, 4)
_SYRIA = dt.date(2014, 6, 29)
_YEMEN = dt.date(2017, 8, 28)
_KARABAKH = dt.date(2020, 10, 5)
_IRAQ = dt.date(2014, 8, 7)


def _rows(extractor: Extractor, text: str, day: dt.date, title: str | None = None) -> set[tuple[str, str | None, str | None]]:
    return set(news_rows(extractor, text, day, title))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # C1: a continent's possessive (main: "Europe Biggest Nuclear Plant", "Africa Biggest Dam", ...)
        ("Moscow occupies Europe's biggest nuclear plant and now wants to sell its power back to Kyiv.", None),
        ("Russian troops seized Europe's largest nuclear power plant on Friday after a night of shelling.", None),
        ("Russian forces stormed and seized Europe's biggest nuclear power station on Friday.", None),
        ("Rebels seized the Middle East's largest oil refinery on Friday.", None),
        ("Russian troops seized Africa's biggest dam on Friday.", None),
        # C1: a Title Case line's rank is no name (main: "Largest nuclear power plant")
        ("Russian military forces attacked the plant before dawn on Friday.", "Russian Forces Take Over Europe's Largest Nuclear Power Plant"),
    ],
)
def test_c1_a_continents_biggest_site_is_placed_nowhere(extractor: Extractor, text: str, title: str | None) -> None:
    assert _rows(extractor, text, _UKRAINE, title) == set()


@pytest.mark.parametrize(
    ("text", "day", "want"),
    [
        # twins: the plant named in the sentence, a town's possessive, a city's dam keep their readings
        ("Russian forces on Friday seized the Zaporizhzhia Nuclear Power Plant, Europe's largest nuclear power station.",
         _UKRAINE, {("Zaporizhzhia Nuclear Power Plant", "ru-forces", "ua-forces")}),
        ("Russian troops seized Kherson's largest airport on Friday.", _UKRAINE, {("Kherson Airport", "ru-forces", "ua-forces")}),
        ("Militants seized Mosul's largest dam on Friday.", _IRAQ, {("Mosul Dam", "isis", None)}),
    ],
)
def test_c1_twins_a_named_site_or_a_towns_possessive(
    extractor: Extractor, text: str, day: dt.date, want: set[tuple[str, str | None, str | None]]
) -> None:
    assert _rows(extractor, text, day) == want


@pytest.mark.parametrize(
    ("text", "day", "want"),
    [
        # M1 (main: no event, "mountain" read as ground)
        ("Syrian army units regained control over Zgharo mountain in the northern countryside of Latakia.", _SYRIA,
         {("Zgharo Mountain", "sy-gov", None)}),
        ("The Yemeni army seized the al-Thar and Habsh mountains on Monday.", _YEMEN,
         {("al-Thar", "ye-gov", "houthis"), ("Habsh", "ye-gov", "houthis")}),
        ("The Yemeni army regained control on Monday of the al-Thar and Habsh mountains.", _YEMEN,
         {("al-Thar", "ye-gov", "houthis"), ("Habsh", "ye-gov", "houthis")}),
        ("Azerbaijani forces liberated the strategically important Murovdag mountain on Sunday.", _KARABAKH,
         {("Murovdag Mountain", "az-forces", "am-forces")}),
    ],
)
def test_m1_a_named_mountain_is_a_height_site(
    extractor: Extractor, text: str, day: dt.date, want: set[tuple[str, str | None, str | None]]
) -> None:
    assert _rows(extractor, text, day) == want


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of families fled the area to the nearby Zgharo mountain.",
        "The army besieged the Zgharo mountain on Monday.",
        "The army failed to capture Zgharo mountain on Monday.",
        "Hezbollah gained territory in the Qalamoun mountains on Monday.",
        "The rebels retreated to the Nuba mountains on Monday.",
        "The Peshmerga captured the strategic mountain of Batana, a security source said.",
        "Syrian troops shelled militant positions on Zgharo mountain on Monday.",
    ],
)
def test_m1_twins_flight_siege_attempt_range_and_the_mountain_of_x(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _SYRIA) == set()
