"""Villages GeoNames lacks (helper villages24, issue 10): a name the text sets off as a settlement ("X, a crucial town
18 km from Y", "X, hometown of the governor") or says where it lies ("X, situated 200 km northwest of Y", "A and B
located west of Y city") is a place taken, whatever the tagger guessed and whatever given name it opens with, in the
country of the towns or province named beside it; never a person set off by a role ("a town elder"), a work or an
organisation that is "located" somewhere, nor a raid, an attempt or a shelling of the same village."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, news_rows

DAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(("text", "want"), [
    # a set-off settlement noun after a name that opens with a given name (the tagger's PERSON)
    ("The Somali National Army reclaimed Ali Gaab, a crucial town about 25 kilometres from Dhusamareb in the Galgaduud "
     "region, from al-Shabaab militants.", [("Ali Gaab", "so-gov", "al-shabaab")]),
    # a set-off bearing after a strong verb's object
    ("RSF fighters overran Abu Gamra Sharq, situated some 150 kilometres east of El Fasher, on Friday, local sources said.",
     [("Abu Gamra Sharq", "rsf", "saf")]),
    # "hometown of" a person: the town, not the person
    ("Boko Haram insurgents seized Kwatara, hometown of the state's deputy governor, on Sunday.",
     [("Kwatara", "boko-haram", "ng-gov")]),
    # a weak verb ("took") whose object the text sets off as a village
    ("Al-Shabaab fighters took Ceel Dhaab, a small farming village 30 km west of Beledweyne, after the troops left.",
     [("Ceel Dhaab", "al-shabaab", "so-gov")]),
    # an entry into a name set off as a town
    ("Government troops entered Doolow Gaab, a crossroads town 40 km north of Beledweyne, without a fight on Monday.",
     [("Doolow Gaab", "so-gov", "al-shabaab")]),
])
def test_a_name_set_off_as_a_settlement_is_a_village_taken(
    extractor: Extractor, text: str, want: list[tuple[str, str | None, str | None]],
) -> None:
    rows = news_rows(extractor, text, DAY)
    assert rows == want
    # the written name, in the country of the town or province named beside it, its coordinates unknown
    events = [e for e in extractor.extract(make_article(text, published=DAY)) if e.kind == "change"]
    assert all(e.place.geonames_id is None and e.place.country_code in ("SO", "SD", "NG") for e in events)


@pytest.mark.parametrize("text", [
    # a person set off by a role: "a town elder", "the village chief"
    "Police captured Ali Gaab, a town elder accused of extortion, in Dhusamareb on Friday.",
    "Al-Shabaab fighters seized Ali Gaab, the village chief, from his farm 30 km west of Beledweyne.",
    # a work or a company "located" somewhere
    "Al-Shabaab fighters seized Hormuud Bank, located in the centre of Beledweyne, on Friday.",
    # an attempt, a shelling, a raid of the same village
    "RSF fighters tried to overrun Abu Gamra Sharq, situated some 150 kilometres east of El Fasher, but were repelled.",
    "RSF fighters shelled Abu Gamra Sharq, situated some 150 kilometres east of El Fasher, on Friday.",
    "Al-Shabaab fighters raided Ceel Dhaab, a small farming village 30 km west of Beledweyne, and left before dawn.",
])
def test_set_off_twins_stay_silent(extractor: Extractor, text: str) -> None:
    places = ("Ali Gaab", "Hormuud Bank", "Abu Gamra Sharq", "Ceel Dhaab")
    assert [r for r in news_rows(extractor, text, DAY) if r[0] in places] == []
