"""Villages GeoNames lacks (helper villages24, issue 10).

V24-1/2: a name the text sets off as a settlement ("X, a crucial town 25 km from Y", "X, a fishing settlement on the
shores of Lake Chad") or says where it lies ("X, a key village situated 30 km from Y") is a place taken, whatever the
tagger guessed and whatever given name it opens with ("Ali Gaab"), in the country of the towns or province named beside
it. V24-3: a construction that asks for a known place ("claimed to have complete control of X") takes a name GeoNames
lacks when the text calls it a settlement ("the strategic town of X") and places it in a country at war ("in northern
Shan State"). Twins from the same words: a person set off by a role ("a town elder", "a fisherman"), a firm "located" somewhere, an attempt, a shelling, a raid, no place at war named, a hope, a hold that is no change, a past year."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, news_rows

DAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(("text", "want"), [
    # V24-1 a settlement noun set off after a name that opens with a given name (the tagger's PERSON)
    ("The Somali National Army reclaimed Ali Gaab, a crucial town about 25 kilometres from Dhusamareb in the Galgaduud "
     "region, from al-Shabaab militants.", [("Ali Gaab", "so-gov", "al-shabaab")]),
    ("ISWAP fighters seized Ali Kawu, a fishing settlement on the shores of Lake Chad in Borno state, on Friday.",
     [("Ali Kawu", "iswap", "ng-gov")]),
    # V24-1 an entry into a name set off as a town (an entry asks for a known place or a settlement)
    ("Government troops entered Doolow Gaab, a crossroads town 40 km north of Beledweyne, without a fight on Monday.",
     [("Doolow Gaab", "so-gov", "al-shabaab")]),
    # V24-2 a village said to lie some distance from a known town, after a verb that asks for a known place
    ("The army said its troops had reclaimed Bulo Sheikh, a key village situated 30 km from Jowhar, from al-Shabaab.",
     [("Bulo Sheikh", "so-gov", "al-shabaab")]),
    # V24-3 a settlement the text places at war needs no gazetteer
    ("The Brotherhood Alliance claimed to have complete control of the strategic town of Mong Hkawk in northern Shan State.",
     [("Mong Hkawk", "three-brotherhood", "mm-junta")]),
    ("The RSF said on Friday it had full control of the town of Wad Shiraf in Gezira state.", [("Wad Shiraf", "rsf", "saf")]),
    ("The SDF announced that it has full control of the village of Tal Hadiya in Raqqa province.", [("Tal Hadiya", "sdf", None)]),
])
def test_a_village_the_text_sets_off_or_places_is_taken_under_its_written_name(
    extractor: Extractor, text: str, want: list[tuple[str, str | None, str | None]],
) -> None:
    assert news_rows(extractor, text, DAY) == want
    # the written name, in the country of the town or province named beside it, its coordinates unknown
    events = [e for e in extractor.extract(make_article(text, published=DAY)) if e.kind == "change"]
    assert all(e.place.geonames_id is None and e.place.country_code in ("SO", "NG", "MM", "SD", "SY") for e in events)


@pytest.mark.parametrize("text", [
    # a person set off by a role: "a town elder", "the village chief", "a fisherman"
    "Police captured Ali Gaab, a town elder accused of extortion, in Dhusamareb on Friday.",
    "Al-Shabaab fighters seized Ali Gaab, the village chief, from his farm 30 km west of Beledweyne.",
    "ISWAP fighters seized Ali Kawu, a fisherman from Borno state, on the shores of Lake Chad on Friday.",
    # a firm, "located" in a town or not: no village GeoNames lacks
    "Al-Shabaab fighters seized Hormuud Bank, located in the centre of Beledweyne, on Friday.",
    "Al-Shabaab fighters seized Salaam Bank in Jowhar on Friday.",
    # an attempt, a shelling, a raid of the same village
    "The army tried to reclaim Bulo Sheikh, a key village situated 30 km from Jowhar, but was pushed back by al-Shabaab.",
    "Al-Shabaab fighters shelled Doolow Gaab, a crossroads town 40 km north of Beledweyne, on Monday.",
    "Al-Shabaab fighters raided Ceel Dhaab, a small farming village 30 km west of Beledweyne, and left before dawn.",
    # a settlement no country at war is named beside, taken by no catalogued side (sidecountry24: a side that fights
    # only in Myanmar places it there), a hope, a hold that is no change
    "An alliance of armed groups claimed to have complete control of the strategic town of Mong Hkawk.",
    "The Brotherhood Alliance hopes to have complete control of the town of Mong Hkawk in northern Shan State by the end of the month.",
    "The junta said it still had full control of the town of Mong Hkawk in northern Shan State.",
])
def test_set_off_and_settled_twins_stay_silent(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


def test_a_settled_hold_in_a_past_year_is_background(extractor: Extractor) -> None:
    text = "The RSF said it had full control of the town of Wad Shiraf in Gezira state in 2023."
    assert news_rows(extractor, text, DAY) == []
