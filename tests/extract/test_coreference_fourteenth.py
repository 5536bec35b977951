"""The change told in one sentence and the place named in another, and several places behind one list (fourteenth
reading, helper coref14; our own sentences, each with a negative twin built from the same words)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, sides

PUB = dt.date(2024, 2, 12)


def _news(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return sides([e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical])


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        # a list a colon opens, with no "and" before its last name
        ("The FARDC said its troops had dislodged the M23 rebels and regained control of the localities of: Kibirizi, "
         "Nyamilima, Ishasha, Buramba.", {"Kibirizi", "Nyamilima", "Ishasha", "Buramba"}, "cd-gov"),
        ("Government forces recaptured the following villages from al-Shabaab on Monday: Ceel Garas, Dhagaxle, "
         "Buulo Waal.", {"Ceel Garas", "Dhagaxle", "Buulo Waal"}, "so-gov"),
        # a lede's "a key town", named in the next sentence with its kind noun written into the name
        ("M23 rebels took control of a key town in North Kivu on Friday. The capture of Kalembe Locality in Walikale "
         "territory came after two days of fighting.", {"Kalembe"}, "m23"),
        # the name set off after "the (captured) village"
        ("The Syrian army has seized a village from Islamic State in Homs province, state media said. The captured "
         "village, Umm Sahrij, lies 25 km east of the highway.", {"Umm Sahrij"}, "sy-gov"),
        # an unknown name the text itself calls a village, taken by a side the catalogue does not name
        ("Syrian rebels captured a village in northwestern Syria on Monday, activists said. The village of Tal Qarah, "
         "west of the city of Hama, has changed hands several times.", {"Tal Qarah"}, None),
        # "the town" looking back to a name taken before it in the sentence
        ("Syrian government forces captured Kafr Zaytun in Hama province on Monday, but rebels have since taken back the town.", {"Kafr Zaytun"}, None),
    ],
)
def test_place_named_in_another_sentence_or_list(extractor: Extractor, text: str, places: set[str], gaining: str | None) -> None:
    events = _news(extractor, text)
    assert places <= {p for p, _g, _l in events}
    if gaining is not None:
        assert all(g == gaining for p, g, _l in events if p in places)


@pytest.mark.parametrize(
    "text",
    [
        # twins: the same words with no change of hands
        "The FARDC said the M23 rebels had shelled the localities of: Kibirizi, Nyamilima, Ishasha, Buramba.",
        "Government forces shelled the following villages held by al-Shabaab on Monday: Ceel Garas, Dhagaxle, Buulo Waal.",
        "M23 rebels shelled a key town in North Kivu on Friday. The shelling of Kalembe Locality in Walikale territory "
        "came after two days of fighting.",
        "The Syrian army has shelled a village held by Islamic State in Homs province, state media said. The shelled "
        "village, Umm Sahrij, lies 25 km east of the highway.",
        "Syrian rebels shelled a village in northwestern Syria on Monday, activists said. The village of Tal Qarah, west "
        "of the city of Hama, has changed hands several times.",
        "Syrian government forces shelled Kafr Zaytun in Hama province on Monday, but rebels have since attacked the town.",
    ],
)
def test_twins_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_an_unnamed_side_joins_the_side_named_for_the_same_town(extractor: Extractor) -> None:
    """"rebels recaptured a town ... al-Shabaab fighters retook Halgan": one change, the named side's."""
    text = ("Islamist rebels recaptured a town in central Somalia after Ethiopian troops pulled out on Sunday. An elder in "
            "Jalalaqsi town said heavily armed al-Shabaab fighters retook the town soon after the troops left.")
    events = _news(extractor, text)
    assert [g for p, g, _l in events if p == "Jalalaqsi"] == ["al-shabaab"]


def test_an_unnamed_side_does_not_join_the_side_it_took_the_town_from(extractor: Extractor) -> None:
    """Opposite changes of one town stay apart: the side named losing it is not who the unnamed side is."""
    # (weekdays in the order of a story published on Monday, PUB: "On Wednesday" after it would be five days back, a recap)
    text = ("Al-Shabaab fighters seized the town of Jalalaqsi on Saturday. On Sunday local militiamen recaptured "
            "the town of Jalalaqsi from al-Shabaab, residents said.")
    gainers = {g for p, g, _l in _news(extractor, text) if p == "Jalalaqsi"}
    assert "al-shabaab" in gainers and len(gainers) == 2


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a capital qualifying its rulers is no antecedent of "it"
        ("Syrian government forces recaptured the highway town of Kafr Hamra from rebels on Wednesday, the army said. In "
         "2011, Kafr Hamra was among the first towns in Idlib province to rise up against the Damascus government and "
         "the following year it was captured by rebels.", "Damascus"),
        # a distance unit the parse hangs the town on is never the place; a month abbreviation neither
        ("Somali troops captured the city of Afgooye 30 KMs northwest of Mogadishu on Monday after a brief clash with "
         "al-Shabaab fighters.", "KMs"),
        ("Government forces recaptured from al-Shabaab Baraawe city in Lower Shabelle, on the coast about 200km south west "
         "of Mogadishu 20 Aug.", "Aug."),
    ],
)
def test_no_place_from_a_government_a_unit_or_a_month(extractor: Extractor, text: str, wrong: str) -> None:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change"]
    assert wrong not in {e.place.name for e in events}


def test_the_town_before_the_distance_unit(extractor: Extractor) -> None:
    text = "Somali troops captured the city of Afgooye 30 KMs northwest of Mogadishu on Monday after a brief clash with al-Shabaab fighters."
    assert ("Afgooye", "so-gov", "al-shabaab") in _news(extractor, text)
