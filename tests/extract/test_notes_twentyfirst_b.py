"""Session 21, second round (helper notes21, issue 10): monitor notes of holdout21a's miss groups, in our own words.

L2 (frames._colon_names, context.place_span): "took control of several other towns in the north - A, B, C and D": an
uncounted plural's list set off by a spaced dash (which joins no name). Twins: the same list shelled; "several villages,
the ministry said" (a comma, no list).
W2 (frames.place_refs): a monitor's "took over the areas of A, B and C" lists whole places, not parts of them. Twin:
"large areas of X" stays partial.
U2 (undone.undone, extractor._same_hand): "withdrew from X hours after capturing it": the capture and the leaving by one
side are no change, whichever reading names it. Twin: the other side taking X after the withdrawal.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_partial, note_sides

_DAY = dt.date(2024, 6, 4)


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        ("Government forces took control of several other towns in the north of Donetsk Oblast - Kramatorsk, Druzhkivka and "
         "Kostiantynivka.", ["Kramatorsk", "Druzhkivka", "Kostiantynivka"], "ua-forces"),
        ("Al Shabaab fighters seized several more villages in the Hiraan region - Mahas, Moqokori and Buq Aqable.",
         ["Mahas", "Moqokori"], "al-shabaab"),
    ],
)
def test_dash_list_after_uncounted_plural(extractor: Extractor, text: str, places: list[str], gaining: str) -> None:
    sides = note_sides(extractor, text)
    assert all(sides.get(p, (None, None))[0] == gaining for p in places), sides
    assert not any(" - " in p for p in sides)


@pytest.mark.parametrize(
    "text",
    [
        "Government forces shelled several other towns in the north of Donetsk Oblast - Kramatorsk, Druzhkivka and Kostiantynivka.",
        "Government forces took control of several villages, Ukraine's defence ministry said.",
    ],
)
def test_dash_list_twins(extractor: Extractor, text: str) -> None:
    assert not {"Kramatorsk", "Druzhkivka", "Kostiantynivka", "Ukraine"} & set(note_sides(extractor, text))


def test_listed_areas_are_whole(extractor: Extractor) -> None:
    text = ("Syrian army units succeeded in liberating the areas of Kafr Nabl, Hass and Maarat al-Numan from the factions, "
            "a military source said.")
    partial = news_partial(extractor, text, _DAY)
    assert partial and not any(partial.values()), partial


def test_large_areas_stay_partial(extractor: Extractor) -> None:
    partial = news_partial(extractor, "Yemeni government forces liberated large areas of Hays district from the Houthis.", _DAY)
    assert partial.get("Hays") is True


def test_capture_undone_hours_later(extractor: Extractor) -> None:
    text = "Al Shabaab militants have withdrawn from the town of Garacad hours after capturing it, residents said."
    assert "Garacad" not in note_sides(extractor, text)


def test_other_side_takes_after_the_withdrawal(extractor: Extractor) -> None:
    # U2's twin: a withdrawal with a taker is a change
    text = "Puntland forces took control of Garacad on Tuesday after Al Shabaab militants withdrew from the town."
    assert note_sides(extractor, text).get("Garacad", (None, None))[1] == "al-shabaab"
