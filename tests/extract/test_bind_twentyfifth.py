"""Session 25 (helper bind25, issue 10): a capture word whose grammar bound no place, or the wrong one.

L1 (frames.place_refs): a counted plural placed in an area by "of" whose names a colon lists ("liberated three
settlements of the X district: A, B and C", also as the place of a flag raised "in three settlements of the X
district: ..."): the listed names are the places taken, the district only says where they lie. Twins: a list that
does not name as many as it counts, a hold told as a state, shelling, an intention.
F1 (control.phrase_frame): "restored the (state) flag in / over X" is the flag raised over X, as "raised" is. Twins:
order or power restored, an old flag restored for an anniversary.
L2 (frames._as_well_as, place_refs): a list of objects whose later item the parser hangs on the verb as its conjunct
("liberating the X mount, the Y mount and the villages of A, B and C"), and the villages listed after a summit ("the
strategic mountain of X and the town of Y"): the listed settlements are taken. Twins: only hills listed, a second
clause whose own verb shells the villages, shelling instead of a capture.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_KHERSON = dt.date(2022, 10, 5)
_LISTED = ("Vysokopillia", "Kamianka", "Dudchany")


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian units liberated three settlements of the Beryslav district: Vysokopillia, Kamianka and Dudchany.",
        "Ukrainian units liberated and raised the flag in three settlements of the Beryslav district: Vysokopillia, Kamianka and Dudchany.",
        "Ukrainian units liberated and restored the state flag in three settlements of the Beryslav district: Vysokopillia, Kamianka and Dudchany.",
        "On Tuesday Ukrainian troops freed three villages of the Beryslav district: Vysokopillia, Kamianka and Dudchany.",
    ],
)
def test_counted_list_after_area_binds_the_names(extractor: Extractor, text: str) -> None:
    rows = news_rows(extractor, text, _KHERSON)
    assert sorted(p for p, _g, _lo in rows) == sorted(_LISTED)
    assert all(g == "ua-forces" for _p, g, _lo in rows)


@pytest.mark.parametrize(
    "text",
    [
        # the list names fewer places than the count: which ones were taken is not told
        "Ukrainian units liberated four settlements of the Beryslav district: Vysokopillia, Kamianka and Dudchany.",
        # who holds what, not a change
        "Russian troops still hold three settlements of the Beryslav district: Vysokopillia, Kamianka and Dudchany.",
        # fighting without a change
        "Russian artillery shelled three settlements of the Beryslav district: Vysokopillia, Kamianka and Dudchany.",
        # an intention
        "Ukrainian units plan to liberate three settlements of the Beryslav district: Vysokopillia, Kamianka and Dudchany.",
    ],
)
def test_counted_list_twins_take_no_listed_name(extractor: Extractor, text: str) -> None:
    places = {p for p, _g, _lo in news_rows(extractor, text, _KHERSON)}
    assert not places & set(_LISTED)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops restored the national flag over Vysokopillia on Monday.",
        "Ukrainian soldiers restored the state flag of Ukraine in Kamianka on Monday.",
    ],
)
def test_flag_restored_over_a_town(extractor: Extractor, text: str) -> None:
    rows = news_rows(extractor, text, _KHERSON)
    assert [(p, g) for p, g, _lo in rows] in ([("Vysokopillia", "ua-forces")], [("Kamianka", "ua-forces")])


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian police restored order in Vysokopillia after the looting.",
        "Engineers restored power in Kamianka on Monday.",
        "Volunteers restored the old flag of the school in Vysokopillia for the anniversary.",
    ],
)
def test_flag_restored_twins(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _KHERSON) == []


_HOMS = dt.date(2017, 8, 24)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("On Wednesday the Syrian army closed the pocket in Homs province, liberating the Dahik mount, the Minshar mount "
         "and the villages of Harif, Asfuriah and Qatqat.", ["Asfuriah", "Dahik Mount", "Harif", "Minshar Mount", "Qatqat"]),
        ("The Syrian army captured the strategic mountain of Batana and the town of Qusayr on Wednesday.", ["Qusayr"]),
    ],
)
def test_list_object_hung_on_the_verb(extractor: Extractor, text: str, places: list[str]) -> None:
    # (since session 26 a named mount is a site of its own, issue 10: test_sites_twentysixth.py)
    rows = news_rows(extractor, text, _HOMS)
    assert sorted(p for p, _g, _lo in rows) == places
    assert all(g == "sy-gov" for _p, g, _lo in rows)


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday the Syrian army closed the pocket in Homs province, liberating the Dahik mount, the Minshar mount and the nearby hills.",
        "On Wednesday the Syrian army closed the pocket in Homs province, shelling the Dahik mount, the Minshar mount and the villages of Harif and Qatqat.",
        "The Syrian army captured the strategic mountain of Batana and its artillery then shelled the town of Qusayr on Wednesday.",
    ],
)
def test_list_object_twins(extractor: Extractor, text: str) -> None:
    places = {p for p, _g, _lo in news_rows(extractor, text, _HOMS)}
    assert not places & {"Harif", "Asfuriah", "Qatqat", "Qusayr"}
