"""Session 22 (helper gaz22, issue 10): places resolved to a namesake abroad although the story sets them in a country at
war, and airports named after the town a settlement noun introduces, in real grammar written in our own words.

P1 (context.py): a city abroad in a country the text never writes is no reading of a place the sentence puts in a
war country ("Palma in Cabo Delgado province", "Palma in northern Mozambique"): the name as written, in that country,
whatever the namesake's size ("New York in eastern Ukraine" keeps the Ukrainian village GeoNames knows).
P2 (named_place.py): an acronym is no landmark: GeoNames lists airport codes among a city's names ("SDF" is
Louisville's, "SNA" Sanaa's), so "the SDF took X village east of the Euphrates" put X in the United States.
P3 (extractor.py, named_place.py ``listed_country``): "captured Kafr Zita, Morek and Lahaya": the list's other towns
lie in Syria, so a namesake abroad matched by another spelling ("Lahaya", The Hague) is the village as written there.
P4 (sites.py): "the international airport in the city of Aden", "in the capital Tripoli": the airport of the town the
settlement noun names, not a nameless "international airport".
Twins: namesakes that do lie there, real landmarks, attempts and plans, sites owned by a common noun.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import make_article, news_rows

DAY = dt.date(2024, 8, 20)


def _news(extractor: Extractor, text: str) -> list[ControlChange]:
    return [e for e in extractor.extract(make_article(text, published=DAY)) if e.kind == "change" and not e.historical]


def _where(extractor: Extractor, text: str, name: str) -> list[tuple[str | None, int | None]]:
    return [(e.place.country_code, e.place.geonames_id) for e in _news(extractor, text) if e.place.name == name]


# P1 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mozambican troops retook the town of Palma in Cabo Delgado province on Monday.",
        "Insurgents overran Palma in northern Mozambique after three days of fighting, the police said.",
        "Government soldiers regained control of Palma, in Cabo Delgado province, the army spokesman said.",
    ],
)
def test_a_city_abroad_is_no_reading_of_a_town_the_sentence_puts_at_war(extractor: Extractor, text: str) -> None:
    assert _where(extractor, text, "Palma") == [("MZ", None)]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Mozambican troops retook Mocimboa da Praia in Cabo Delgado province on Monday.", "Mocimboa da Praia", "MZ"),
        ("Russian forces captured New York in eastern Ukraine, the defence ministry said.", "New York", "UA"),
        ("Russian troops have taken the town of New York in the Donetsk region.", "New York", "UA"),
    ],
)
def test_a_namesake_that_lies_there_is_kept(extractor: Extractor, text: str, name: str, country: str) -> None:
    found = _where(extractor, text, name)
    assert len(found) == 1 and found[0][0] == country and found[0][1] is not None


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents tried to storm Palma in Cabo Delgado province but were pushed back.",
        "Mozambican troops are preparing to retake Palma in northern Mozambique.",
        "Insurgents who captured Palma in northern Mozambique in 2021 were driven out weeks later.",
    ],
)
def test_an_attempt_a_plan_or_the_past_stays_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


# P2 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The SDF managed to control Swaidan village east of the Euphrates on Friday.", "Swaidan"),
        ("Fighters of the SDF took the villages of Zorvadi and Kelmuti north of the river on Tuesday.", "Kelmuti"),
    ],
)
def test_an_acronym_is_no_landmark(extractor: Extractor, text: str, name: str) -> None:
    assert [cc for cc, _id in _where(extractor, text, name)] == ["SY"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Iraqi troops freed the villages of Zorvadi and Kelmuti east of Mosul on Sunday.", "Zorvadi", "IQ"),
        ("Army units took the villages of Zorvadi and Kelmuti near Kramatorsk on Sunday.", "Kelmuti", "UA"),
    ],
)
def test_a_town_named_beside_still_places_the_village(extractor: Extractor, text: str, name: str, country: str) -> None:
    assert [cc for cc, _id in _where(extractor, text, name)] == [country]


# P3 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Government forces captured Kafr Zita, Morek and Lahaya after the rebels withdrew.",
        "Syrian troops captured Kafr Zita, Morek and Lahaya after the rebels withdrew.",
    ],
)
def test_a_listed_namesake_abroad_lies_where_the_list_does(extractor: Extractor, text: str) -> None:
    assert _where(extractor, text, "Lahaya") == [("SY", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Government forces attacked Kafr Zita, Morek and Lahaya but were pushed back.",
        "Government forces hope to capture Kafr Zita, Morek and Lahaya before the winter.",
    ],
)
def test_an_attack_or_a_hope_on_a_list_stays_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


def test_a_listed_namesake_at_war_stays_resolved(extractor: Extractor) -> None:
    found = _where(extractor, "Syrian troops captured Kafr Zita, Morek and Douma after the rebels withdrew.", "Douma")
    assert len(found) == 1 and found[0][0] == "SY" and found[0][1] is not None


# P4 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Houthi fighters captured the international airport in the port city of Aden on Wednesday.", "Aden International Airport"),
        ("Islamist militias captured the international airport in the capital Tripoli after a week of fighting.",
         "Tripoli International Airport"),
    ],
)
def test_an_airport_in_a_town_named_by_a_settlement_noun(extractor: Extractor, text: str, site: str) -> None:
    places = [e.place for e in _news(extractor, text)]
    assert [(p.name, p.site_kind) for p in places] == [(site, "airport")]


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters tried to capture the international airport in the port city of Aden on Wednesday.",
        "Islamist militias captured the city's international airport after a week of fighting.",
    ],
)
def test_an_attempt_or_an_airport_of_no_named_town_is_no_site_taken(extractor: Extractor, text: str) -> None:
    assert [e.place.name for e in _news(extractor, text) if e.place.site_kind == "airport"] == []


# P1 in a headline: a leaving verb needs a known town; a name GeoNames knows only abroad, put in a country at war, is one
def test_a_headline_leaving_a_town_known_only_abroad(extractor: Extractor) -> None:
    found = [e for e in extractor.extract(make_article("", published=DAY, title="Militants leave Palma town in Mozambique"))
             if e.kind == "change"]
    assert [(e.place.name, e.place.country_code, e.losing.id if e.losing else None) for e in found] == [("Palma", "MZ", "is-mozambique")]


@pytest.mark.parametrize("title", ["Militants leave Zorvadi town in Mozambique", "Tourists leave Palma town in Mozambique"])
def test_a_headline_leaving_an_unknown_name_or_by_no_side_stays_quiet(extractor: Extractor, title: str) -> None:
    assert [e for e in extractor.extract(make_article("", published=DAY, title=title)) if e.kind == "change"] == []
