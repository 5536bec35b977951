"""Background told beside the news, one event per change, sites and names of the ninth news reading (news9): each
family with its negative twins (sentences written for these tests, keeping the grammar of real wire copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

from .conftest import make_article


def _events(extractor: Extractor, text: str, published: dt.date, title: str | None = None) -> list[tuple[str, str | None, str | None, bool, bool]]:
    article = make_article(text, published=published, title=title)
    return [
        (e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.historical, e.partial)
        for e in extractor.extract(article) if e.kind == "change"
    ]


def _news(extractor: Extractor, text: str, published: dt.date, title: str | None = None) -> list[tuple[str, str | None]]:
    return [(p, g) for p, g, _lo, h, _pa in _events(extractor, text, published, title) if not h]


# --- N9-1 an "after" clause telling the earlier hand of the town the main clause takes back ----------------------

@pytest.mark.parametrize(
    "text",
    [
        "After federal troops captured the town of Lalibela earlier this month, Tigrayan forces recaptured the town on Sunday.",
        "After Tigrayan forces seized Lalibela on Saturday, the army recaptured it within a day.",
    ],
)
def test_an_after_clause_on_the_town_taken_back_is_its_earlier_hand(extractor: Extractor, text: str) -> None:
    news = _news(extractor, text, dt.date(2021, 12, 13))
    assert len(news) == 1 and news[0][0] == "Lalibela"
    assert any(h for p, _g, _lo, h, _pa in _events(extractor, text, dt.date(2021, 12, 13)) if p == "Lalibela")


def test_an_after_clause_on_another_town_stays_news(extractor: Extractor) -> None:
    text = "After Tigrayan fighters captured Lalibela on Sunday, Ethiopian forces recaptured Dessie."
    assert sorted(_news(extractor, text, dt.date(2021, 12, 13))) == [("Dessie", "et-gov"), ("Lalibela", "tplf")]


# --- N9-2 a relative clause on the side the news takes the town from ---------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Afghan forces retook parts of Kunduz from Taliban fighters who seized the city a day earlier.",
        "Afghan forces retook Kunduz from Taliban fighters who captured it on Monday.",
    ],
)
def test_a_clause_on_the_losing_side_tells_its_earlier_capture(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2015, 9, 30)) == [("Kunduz", "af-gov")]


def test_a_clause_on_a_side_that_is_no_losing_side_stays_news(extractor: Extractor) -> None:
    text = "Officials said Taliban fighters who seized Kunduz on Monday were looting banks."
    assert _news(extractor, text, dt.date(2015, 9, 30)) == [("Kunduz", "taliban")]


# --- N9-3 an "after" clause under a change told a week or more back ---------------------------------------------

_AFTER_DATED = "Ain Issa fell to Kurdish forces on June 23, shortly after they took the border town of Tal Abyad from the jihadists."


def test_what_a_dated_change_followed_is_older_still(extractor: Extractor) -> None:
    events = _events(extractor, _AFTER_DATED, dt.date(2015, 7, 6))
    assert [(p, h) for p, _g, _lo, h, _pa in events if p.startswith("Tal")] == [("Tal Abyad", True)]


def test_the_same_sentence_the_next_day_is_news(extractor: Extractor) -> None:
    assert ("Tal Abyad", "sdf") in _news(extractor, _AFTER_DATED, dt.date(2015, 6, 24))


# --- N9-4 one event per change: a summary line and the body's extent, unnamed sides of one country ---------------

def test_a_headline_told_whole_over_a_body_told_in_part_is_one_partial_event(extractor: Extractor) -> None:
    events = _events(extractor, "Afghan officials say they have regained control of key areas of Kunduz from the Taliban.",
                     dt.date(2015, 10, 1), title="Afghan forces 'regain city'")
    assert [(p, g, h, pa) for p, g, _lo, h, pa in events] == [("Kunduz", "af-gov", False, True)]


def test_a_body_telling_the_whole_after_the_part_is_one_whole_event(extractor: Extractor) -> None:
    text = "Troops took parts of Kunduz from the Taliban on Monday. On Tuesday troops took full control of Kunduz, the governor said."
    events = _events(extractor, text, dt.date(2015, 10, 1))
    assert [(p, g, h, pa) for p, g, _lo, h, pa in events] == [("Kunduz", "af-gov", False, False)]


def test_a_headline_and_a_body_both_in_part_stay_one_partial_event(extractor: Extractor) -> None:
    events = _events(extractor, "Afghan forces retook parts of Kunduz from the Taliban on Thursday.", dt.date(2015, 10, 1),
                     title="Afghan forces retake Kunduz")
    assert [(p, pa) for p, _g, _lo, h, pa in events if not h] == [("Kunduz", True)]


def test_rebels_and_rebel_factions_of_one_country_are_one_side(extractor: Extractor) -> None:
    text = ("Rebels entered Homs late Saturday, taking control of some districts after the army withdrew, a war monitor said. "
            '"Rebel factions entered the city of Homs and took control of some neighbourhoods after the withdrawal of the army," '
            "the monitor's head said.")
    assert [p for p, _g in _news(extractor, text, dt.date(2024, 12, 8))] == ["Homs"]


# --- N9-5 "the town" is the place the article called a town ------------------------------------------------------

def test_the_town_is_not_the_city_a_background_sentence_named_last(extractor: Extractor) -> None:
    text = ("M23 rebels have seized the border town of Bunagana. Bunagana was an M23 base in 2012, when the rebels briefly "
            "overran the city of Goma. Residents said the town fell to the rebels on Sunday night.")
    assert _news(extractor, text, dt.date(2022, 6, 13)) == [("Bunagana", "m23")]


def test_the_city_is_the_place_called_a_city(extractor: Extractor) -> None:
    text = ("M23 rebels took the town of Bunagana last year. On Sunday they advanced on the city of Goma. "
            "Residents said the city fell to the rebels within hours.")
    assert ("Goma", "m23") in _news(extractor, text, dt.date(2022, 6, 13))


# --- N9-6 a claim rejected: the parts "recently captured" are a description -------------------------------------

def test_parts_recently_captured_under_a_rejected_claim_are_no_news(extractor: Extractor) -> None:
    text = "Syrian rebels have rejected claims that government forces have taken back parts of Aleppo recently captured by rebels."
    assert _news(extractor, text, dt.date(2016, 8, 9)) == []


def test_parts_captured_told_as_news_stay_news(extractor: Extractor) -> None:
    events = _events(extractor, "Syrian rebels have captured parts of Aleppo, a monitor said on Tuesday.", dt.date(2016, 8, 9))
    assert [(p, h, pa) for p, _g, _lo, h, pa in events] == [("Aleppo", False, True)]


# --- N9-7 sites: an airport or base placed by the verb's "in", a base "outside" its town -------------------------

@pytest.mark.parametrize(
    ("text", "gaining"),
    [
        ("Malian troops have taken control of the airport in the northern town of Kidal.", "ml-gov"),
        ("Malian troops have taken control of the airport in Kidal.", "ml-gov"),
        ("French troops have taken control of the airport in the northern Malian town of Kidal, the last rebel stronghold.", "fr-gov"),
        ("Boko Haram gunmen fought the army for hours before taking control of the military base outside the town of Baga.", "boko-haram"),
    ],
)
def test_a_site_is_reported_under_the_town_named_with_it(extractor: Extractor, text: str, gaining: str) -> None:
    news = _news(extractor, text, dt.date(2015, 1, 4))
    assert len(news) == 1 and news[0][1] == gaining and news[0][0] in ("Kidal", "Baga")


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels seized Rutshuru on Sunday. In Goma, Congolese soldiers withdrew from the airport to the city centre.",
        "Boko Haram gunmen attacked the military base outside the town of Baga but were repelled.",
        "Rebels seized the airport road in northern Mali on Sunday.",
    ],
)
def test_a_site_left_attacked_or_without_a_town_gives_no_town(extractor: Extractor, text: str) -> None:
    assert all(p not in ("Goma", "Baga") for p, _g in _news(extractor, text, dt.date(2015, 1, 4)))


# --- N9-8 a province's capital by its possessive is no stand-in for the national capital --------------------------

def test_a_states_capital_by_possessive_is_not_the_national_capital(extractor: Extractor) -> None:
    text = ("General Burhan expressed anger as the rival force captured Gezira state's capital without a fight. The army vowed "
            "to investigate the withdrawal that allowed the RSF to capture Wad Madani. The RSF already controls most of "
            "Sudan's capital city, Khartoum.")
    assert all(p != "Khartoum" for p, _g in _news(extractor, text, dt.date(2023, 12, 22)))


def test_the_state_capital_with_its_name_is_that_town(extractor: Extractor) -> None:
    assert _news(extractor, "The RSF captured the state capital, Wad Madani, without a fight.", dt.date(2023, 12, 19)) == [("Wad Madani", "rsf")]


# --- N9-9 names: a city abroad known by another spelling, "Congo" as a country ----------------------------------

def test_a_village_spelt_like_another_countrys_city_is_not_that_city(extractor: Extractor) -> None:
    text = ("Somali army forces, along with US special forces, launched an offensive on Al Shabaab targets. The coalition "
            "forces reportedly captured Arare town without fighting after the Al Shabaab militants retreated.")
    events = _events(extractor, text, dt.date(2018, 6, 24), title="Somali and US forces seize key town from Al Shabaab")
    assert [(p, g, h) for p, g, _lo, h, _pa in events] == [("Arare", "so-gov", False)]


def test_a_city_named_as_written_is_still_found_abroad(extractor: Extractor) -> None:
    assert _news(extractor, "Rebels said they had seized Goma from the Congolese army.", dt.date(2012, 11, 20)) == [("Goma", "m23")]


# --- N9-10 a country's own forces named first beside a foreign or regional force ---------------------------------

@pytest.mark.parametrize(
    ("text", "gaining"),
    [
        ("Somali and African Union (AMISOM) forces have re-taken the southwestern town of Bulomarer from al-Shabab.", "so-gov"),
        ("Syrian and Russian forces retook Palmyra from Islamic State.", "sy-gov"),
        ("AMISOM forces have re-taken the town of Bulomarer from al-Shabab.", "atmis"),  # twin: the mission alone
        ("Russian forces retook Palmyra from Islamic State, Moscow said.", "ru-forces"),  # twin: the foreign force alone
    ],
)
def test_the_countrys_own_forces_named_first_in_a_joint_force_gain_the_town(extractor: Extractor, text: str, gaining: str) -> None:
    assert [g for _p, g in _news(extractor, text, dt.date(2016, 3, 27))] == [gaining]


def test_east_congo_in_a_headline_is_a_country_not_a_town(extractor: Extractor) -> None:
    article = Article(id="c", title="East Congo town is taken over by Ugandan army as M23 rebels flee",
                      text="Ugandan troops regained control of Bunagana on Monday.", published=dt.date(2023, 3, 27),
                      received=dt.datetime(2023, 3, 27, tzinfo=dt.UTC))
    assert [e.place.name for e in extractor.extract(article) if e.kind == "change"] == ["Bunagana"]


# --- N9-11 an "including" list hung on the verb or on the region of a plural object -------------------------------

def test_villages_in_a_region_including_a_list_are_the_listed_villages(extractor: Extractor) -> None:
    text = ("Somali troops have managed to recapture villages in Lower Shabelle region, including Anole, Sabiid, Bariire, "
            "and Awdhegle during joint raids.")
    assert sorted(p for p, _g in _news(extractor, text, dt.date(2019, 12, 23))) == ["Anole", "Awdhegle", "Bariire", "Sabiid"]


def test_villages_including_a_district_of_its_own_name(extractor: Extractor) -> None:
    text = "Houthi fighters fled as Yemeni troops liberated several villages in the province, including the key district of Qataba."
    assert _news(extractor, text, dt.date(2019, 5, 18)) == [("Qataba", "ye-gov")]


@pytest.mark.parametrize(
    "text",
    [
        "Somali troops shelled villages in Lower Shabelle region, including Anole and Sabiid.",
        "Somali troops searched houses in Lower Shabelle region, including Anole and Sabiid.",
        "Somali troops vowed to recapture villages in Lower Shabelle region, including Anole and Sabiid.",
    ],
)
def test_a_list_under_no_change_or_an_aim_gives_nothing(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2019, 12, 23)) == []


# --- N9-12 a weekday between the verb and the name ----------------------------------------------------------------

def test_a_weekday_before_the_name_is_no_part_of_it(extractor: Extractor) -> None:
    events = _news(extractor, "Houthis took over Wednesday Al Hasha District west of Al Dhalea.", dt.date(2019, 4, 11))
    assert events == [("Al Hasha District", "houthis")]


# --- N9-13 the port in a town is part of the town -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Libyan forces regained control of the port in Sirte.",
        "Libyan forces said they regained control of the port in Sirte from Islamic State.",
    ],
)
def test_the_port_in_a_town_is_part_of_the_town(extractor: Extractor, text: str) -> None:
    events = _events(extractor, text, dt.date(2016, 6, 12))
    assert [(p, g, h, pa) for p, g, _lo, h, pa in events] == [("Sirte", "ly-gna", False, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters shelled the port in Sirte.",
        "Libyan forces withdrew from the port in Sirte.",
        "Libyan forces regained control of the port.",
    ],
)
def test_a_port_shelled_left_or_unplaced_gives_no_town(extractor: Extractor, text: str) -> None:
    assert [p for p, _g in _news(extractor, text, dt.date(2016, 6, 12)) if p == "Sirte"] == []


def test_the_port_of_a_town_is_the_port_town(extractor: Extractor) -> None:
    events = _events(extractor, "Islamist insurgents seized the port of Mocimboa da Praia.", dt.date(2020, 8, 12))
    assert [(p, pa) for p, _g, _lo, _h, pa in events] == [("Mocimboa da Praia", False)]
