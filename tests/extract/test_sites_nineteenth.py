"""Session 19's sites and place types (helper sites19, issue 10): what was taken, and never a region as a town.

R1: a name the text itself calls a province, governorate or region is no town taken, whether or not a town bears
the name ("retook Shabwah governorate", "withdrew from Anbar province"), unless the text says the whole of it changed
hands ("all of Shabwa province", "full control of X province", "completely liberated": kept as the province taken). R2: a province of the war's country written bare is no town ("pulled out of Hiraan"), and
a name set off by a comma after a village's own name says where the village lies ("Barire village, Lower Shabelle").
R3: a road is no town ("regained control of Highway 47", "the M5 highway"). R4: a headline's counted villages "in" a
name are the villages, not the name ("Four villages in Donetsk recaptured"). S1: an unnamed base or HQ in a city is one
site of it, not the city (since session 29 the site itself, anchored at the city) ("seized ISIS HQ in Sirte", "captured a military base in the city of Raqqa"); in a village,
or the town's last or main base, or a unit's seat, it stands for the town as before. Twins keep the town beside the
area, the village before its province, and the city taken outright. Our sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 5, 6)


def _places(extractor: Extractor, text: str = "", title: str | None = None, published: dt.date = PUB) -> list[str]:
    article = make_article(text, published=published, title=title)
    return [e.place.name for e in extractor.extract(article) if not e.historical and e.kind == "change"]


# R1: a name called a province / governorate / region is never the town taken
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Tribal fighters retook Abyan governorate from the Houthis on Tuesday after weeks of fighting.", None),
        ("The army said on Sunday it had taken back control of western Anbar province from Islamic State fighters.", None),
        ("Government troops retook Shabwa province on Monday, officials said.", None),
        ("The army withdrew from Badghis province on Friday and handed its bases to the Taliban.", None),
        ("", "Houthis seize Jawf governorate after government forces pull back"),
    ],
)
def test_a_named_province_is_no_town(extractor: Extractor, text: str, title: str | None) -> None:
    assert _places(extractor, text, title) == []


@pytest.mark.parametrize(
    ("text", "title", "town"),
    [
        # the province's capital or another town in the same sentence is still taken
        ("Tribal fighters retook Abyan governorate on Tuesday and captured its capital, Zinjibar, from the Houthis.", None, "Zinjibar"),
        ("After the army withdrew from Anbar province on Monday, tribal gunmen took over Fallujah.", None, "Fallujah"),
        ("Government troops took full control of Ataq, the capital of Shabwa province, on Monday, officials said.", None, "Ataq"),
        ("", "Houthis seize Hazm, capital of Jawf governorate", "Hazm"),
        # the whole of a province said taken stays the province taken, as before
        ("The Giants Brigades said they had expelled the Houthis from all of Shabwa province.", None, "Shabwa"),
        ("\"The region of Jufra has been completely liberated,\" an LNA commander said in a statement.", None, "Jufra"),
    ],
)
def test_the_town_beside_a_province_is_taken(extractor: Extractor, text: str, title: str | None, town: str) -> None:
    assert town in _places(extractor, text, title)


# R2: a province of the war written bare; a province set off after a village's own name
def test_a_bare_province_is_no_town(extractor: Extractor) -> None:
    text = "Horn of Africa: AMISOM and Somali troops retook Baidoa district; al Shabaab militants pull out of Hiraan"
    assert "Hiraan" not in _places(extractor, text)


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("SNA forces backed by AMISOM capture Jameeco village, Lower Shabelle from al Shabaab.", "Jameeco", "Lower Shabelle"),
        ("Somali troops recapture Buulo Xaaji village, Middle Shabelle from al Shabaab militants.", "Buulo Xaaji", "Middle Shabelle"),
    ],
)
def test_the_village_not_its_province(extractor: Extractor, text: str, town: str, region: str) -> None:
    found = _places(extractor, text)
    assert town in found and region not in found, found


def test_a_set_off_name_after_an_unnamed_noun_is_the_town(extractor: Extractor) -> None:
    # twin: with no name of its own before it, the name after the comma is the town's
    assert "Garbahaarey" in _places(extractor, "Somali troops recaptured the regional capital, Garbahaarey, from al Shabaab on Monday.")


# R3: roads
@pytest.mark.parametrize(
    "text",
    [
        "Government troops regained control of the M5 highway for the first time since 2012, a monitor said on Tuesday.",
        "Afghan forces have taken back control of the Kabul-Kandahar highway and reopened it to traffic.",
        "Kurdish fighters regained control of Highway 47, the militants' main supply route between their two strongholds.",
    ],
)
def test_a_road_is_no_town(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []


def test_the_town_before_a_road_is_taken(extractor: Extractor) -> None:
    text = "Kurdish fighters drove the militants out of Sinjar on Friday and regained control of Highway 47."
    found = _places(extractor, text)
    assert "Sinjar" in found and not any("Highway" in p for p in found), found


# R4: counted villages in a headline
@pytest.mark.parametrize(
    "title",
    [
        "Ukraine war: three villages in Zaporizhzhia recaptured from Russian forces",
        "Five villages in Kherson retaken from Russian troops in southern push",
    ],
)
def test_counted_villages_in_a_name_are_not_the_name(extractor: Extractor, title: str) -> None:
    assert _places(extractor, "", title) == []


def test_a_named_village_headline_is_taken(extractor: Extractor) -> None:
    # twin: the village named is taken, from the same side
    assert "Robotyne" in _places(extractor, "", "Ukraine war: Robotyne recaptured from Russian forces")


# S1: an unnamed base or HQ in a city
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The RSF says it has captured the army's headquarters in the besieged city of El Fasher.", None),
        ("Islamic State fighters captured a military base in the city of Raqqa on Thursday, a monitor said.", None),
        ("Government-backed militias said they had seized control of the Islamic State group's headquarters in Sirte.", None),
        ("", "Libyan forces seize ISIS HQ in Sirte"),
        ("", "RSF takes control of army base in Nyala"),
    ],
)
def test_an_unnamed_seat_is_no_city(extractor: Extractor, text: str, title: str | None) -> None:
    # session 29 (sites29, labelling.md "Sites"): the site comes out under its own name, anchored at the city; the
    # city itself is still never taken by it
    events = [e for e in extractor.extract(make_article(text, published=PUB, title=title)) if e.kind == "change"]
    assert events and all(e.place.geonames_id is None and e.place.anchor_geonames_id is not None for e in events)
    assert all(e.place.site_kind in ("headquarters", "military base") for e in events)


@pytest.mark.parametrize(
    ("text", "title", "town"),
    [
        # the city itself taken
        ("The RSF says it has captured the besieged city of El Fasher after an 18-month siege.", None, "El Fasher"),
        # the town's last base, a village's camp, a command's seat: the town, as before
        ("Karen rebels took over the last army battalion base in Myawaddy on Thursday, a spokesman said.", None, "Myawaddy"),
        ("On 12 March 2024, the KIA seized a junta camp in Lwegel (Momauk, Kachin).", None, "Lwegel"),
        ("", "Arakan Army seizes western command headquarters in Ann", "Ann"),
    ],
)
def test_the_town_of_a_seat_is_taken(extractor: Extractor, text: str, title: str | None, town: str) -> None:
    assert town in _places(extractor, text, title)
