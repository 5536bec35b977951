"""Lists of places (session 18, helper lists18, issue 10): the places named after a taken plural in a sentence of
their own ("The liberated villages are A, B and C", "Other recaptured towns include A and B", "The areas liberated
by the army include A, B and C"); an "include" list that names some of a counted plural's places ("took control of
14 villages ... the newly captured villages include: A, B, C"); and the side a passive names after "taken back from".
Each form with negative twins of the same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows
from .conftest import news_rows as _news

DAY = dt.date(2023, 3, 14)


def _places(extractor: Extractor, text: str) -> list[str]:
    return sorted(p for p, _g, _lo in _news(extractor, text, DAY))


# --- L18-1: a participle of taking on a plural, the names listed after "are" / "include" / "as" -------------------


@pytest.mark.parametrize(
    "listing",
    [
        "The liberated villages are Qodqod, Baar Weyn and Ceel Lahelay.",
        "The recaptured villages include Qodqod, Baar Weyn and Ceel Lahelay.",
        "The villages liberated by the army include Qodqod, Baar Weyn and Ceel Lahelay.",
        "Military sources identified the newly captured villages as Qodqod, Baar Weyn and Ceel Lahelay.",
    ],
)
def test_a_taken_plural_lists_its_villages(extractor: Extractor, listing: str) -> None:
    text = f"Somali army troops recaptured three villages from al-Shabaab in Hiran region on Monday. {listing}"
    assert _places(extractor, text) == ["Baar Weyn", "Ceel Lahelay", "Qodqod"]


@pytest.mark.parametrize(
    ("text", "places", "gaining", "losing"),
    [
        # L18-1: the participle's agent is the side
        (
            "Heavy fighting was reported in Lower Shabelle overnight. The areas seized by al-Shabaab include "
            "Qodqod, Baar Weyn and Ceel Lahelay, residents said.",
            ["Baar Weyn", "Ceel Lahelay", "Qodqod"], "al-shabaab", None,
        ),
        # L18-1: the areas the named agent liberated, the count named before
        (
            "The joint forces captured three villages near Wanlaweyn from al-Shabaab on Sunday without a "
            "fight. The areas liberated by the Somali army include Qodqod, Baar Weyn and Ceel Lahelay.",
            ["Baar Weyn", "Ceel Lahelay", "Qodqod"], None, None,
        ),
        # L18-2: an "include" list names some of a counted plural's places
        (
            "Syrian government forces took control of 12 more villages in southern Idlib on Friday. The state "
            "news agency said the newly captured villages include: Tell Ghazal, Umm Jalal and Khirbet Sheikh.",
            ["Khirbet Sheikh", "Tell Ghazal", "Umm Jalal"], "sy-gov", None,
        ),
        # L18-3: "taken back from Z" names the loser
        (
            "Four villages in Middle Shabelle region have been taken back from al-Shabaab fighters, the army "
            "said on Monday. The liberated villages are Qodqod, Baar Weyn, Ceel Lahelay and Dhagax Yare.",
            ["Baar Weyn", "Ceel Lahelay", "Dhagax Yare", "Qodqod"], None, "al-shabaab",
        ),
        # L5: the settlements named as ... with their regions
        (
            "The Russian Defence Ministry said on Thursday its troops had taken control of three villages. The "
            "settlements are named as Yablunivka in the Sumy region, Kolodiazne in the Kharkiv region, and "
            "Zelenyi Kut in the Donetsk region.",
            ["Kolodiazne", "Yablunivka", "Zelenyi Kut"], None, None,
        ),
    ],
)
def test_the_listed_places_and_the_side_named(
    extractor: Extractor, text: str, places: list[str], gaining: str | None, losing: str | None
) -> None:
    rows = _news(extractor, text, DAY)
    assert sorted(p for p, _g, _lo in rows) == places
    if gaining is not None:
        assert {g for _p, g, _lo in rows} == {gaining}
    if losing is not None:
        assert {lo for _p, _g, lo in rows} == {losing}


def test_other_recaptured_towns_after_named_ones(extractor: Extractor) -> None:
    text = (
        "Ethiopian forces recaptured Weldiya and Kobo on Monday, state media said. Other recaptured towns include "
        "Sekota and Debre Tabor, according to the broadcaster."
    )
    assert set(_places(extractor, text)) >= {"Sekota", "Debre Tabor"}


@pytest.mark.parametrize(
    "listing",
    [
        # a participle of something else than taking: no change in the list
        "The besieged villages are Qodqod, Baar Weyn and Ceel Lahelay.",
        "The shelled villages include Qodqod, Baar Weyn and Ceel Lahelay.",
        "The contested villages are Qodqod, Baar Weyn and Ceel Lahelay.",
        "The occupied villages include Qodqod, Baar Weyn and Ceel Lahelay.",
        # a list of an earlier change, told back from the news
        "The attack comes a week after the army liberated villages included Qodqod, Baar Weyn and Ceel Lahelay.",
    ],
)
def test_a_list_after_no_taking_is_no_change(extractor: Extractor, listing: str) -> None:
    text = f"Al-Shabaab fighters attacked army positions in Hiran region on Monday. {listing}"
    assert _places(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a taken plural with no names
        "The liberated villages are now under the control of the Somali army, officials said.",
        # L18-2 twin: an "include" list after villages only attacked
        (
            "Syrian government forces shelled 12 villages in southern Idlib on Friday. The state news agency "
            "said the targeted villages include: Tell Ghazal, Umm Jalal and Khirbet Sheikh."
        ),
        # L4 twin: a list set off after shelling
        "Russian forces shelled Hulyaipole, a key rail hub in the south, along with Zarichne in Donetsk.",
        # L5 twin: settlements named after an attack
        (
            "The Ukrainian General Staff said on Thursday Russian troops had attacked three villages. The "
            "settlements are named as Yablunivka in the Sumy region, Kolodiazne in the Kharkiv region, and "
            "Zelenyi Kut in the Donetsk region."
        ),
    ],
)
def test_names_listed_without_a_taking_are_no_change(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []


# --- L18-3: "taken back from Z" in a plan (the side named after the particle: ``test_the_listed_places_...``) -------


def test_taken_back_from_in_a_plan_is_no_change(extractor: Extractor) -> None:
    text = (
        "Four villages in Middle Shabelle region will be taken back from al-Shabaab fighters, the army said on "
        "Monday. The villages are Qodqod, Baar Weyn, Ceel Lahelay and Dhagax Yare."
    )
    assert change_rows(extractor, text, DAY) == []


# --- L4: a listed name's apposition or location set off by commas; "along with"; "and each of" ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces said they had captured Hulyaipole, a key rail hub in the south, along with Zarichne in Donetsk.",
        "The ministry said its troops had taken Hulyaipole, near the ruined town of Orikhiv that Kyiv still holds, and "
        "Zarichne, just inside the Donetsk region.",
        "Moscow said its forces had captured Hulyaipole, the largest town of the district, and Zarichne, a village "
        "on the river.",
    ],
)
def test_a_listed_name_set_off_by_its_apposition(extractor: Extractor, text: str) -> None:
    assert set(_places(extractor, text)) >= {"Hulyaipole", "Zarichne"}


def test_and_each_of_opens_a_list_of_its_own(extractor: Extractor) -> None:
    text = (
        "Turkish-backed factions took control over Tell Halaf Town and each of Qasimiyah, Umm Ashba, Kharab Rumman and "
        "Dawudiyah villages on Tuesday."
    )
    assert set(_places(extractor, text)) >= {"Qasimiyah", "Umm Ashba", "Kharab Rumman", "Dawudiyah"}


@pytest.mark.parametrize(
    "text",
    [
        # a new clause after the apposition: its subject is a side, not a listed place
        "Jihadist rebels captured Idlib, the provincial capital, and Turkey closed the border.",
        # the apposition's own names are where the town lies, not places taken
        "Russian forces said they had captured Hulyaipole, a town near Orikhiv and Polohy, the ministry said.",
        # a town's own parts after "as well as" are no places set off in a list (seed 000's "Askari, Nidaa and Thawra")
        "Army units said they had retaken the district of Fallujah, the Fallujah general hospital as well as the Jolan, "
        "Nazal and Thawra neighbourhoods.",
    ],
)
def test_an_apposition_lists_no_more_places(extractor: Extractor, text: str) -> None:
    assert set(_places(extractor, text)) - {"Idlib", "Hulyaipole", "Fallujah"} == set()


# --- L5: chronology lines and named lists: "By <date>, Z recaptured X"; "X falls with little resistance"; -----------
# "The settlements are named as A in the P region, B in the Q region, and C in the R region"


def test_a_name_after_the_verb_read_as_a_second_subject_is_its_object(extractor: Extractor) -> None:
    assert _news(extractor, "By 12 March 2023, the SAF recaptured Jebel Karora.", DAY) == [("Jebel Karora", "saf", None)]


@pytest.mark.parametrize(
    "text", ["10 March: Kherson falls with little resistance.", "Kherson fell without a fight on Friday, officials said."]
)
def test_a_named_town_falls_with_no_resistance(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == ["Kherson"]


@pytest.mark.parametrize(
    "text",
    [
        "10 March: Kherson falls with a crash on the markets.",
        "Kherson fell with the rest of the front in 2022, the museum says.",
        "10 March: Kherson could fall without a fight, officials said.",
    ],
)
def test_a_fall_with_no_resistance_word_is_no_change(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []
