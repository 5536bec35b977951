"""The thirteenth news reading (news13): which town a lede's unnamed place is, and the change a news event "comes
after". Each family with its negative twin (sentences written for these tests, keeping the grammar of real wire copy)."""

from __future__ import annotations

import datetime as dt

from townwatch_extract.extractor import Extractor

from .conftest import change_rows as _rows
from .conftest import news_rows as _news

DAY = dt.date(2021, 8, 9)

# --- N1 "has taken a northern town": "take" with an unnamed town, named in the sentences after it -----------------


def test_a_town_taken_is_named_after_the_lede(extractor: Extractor) -> None:
    text = (
        "The Brotherhood Alliance said on Sunday it had taken a northern town near the Chinese border. "
        "The alliance said all junta troops in Laukkai had surrendered and that the MNDAA now ran the town."
    )
    news = _news(extractor, text, dt.date(2024, 1, 7))
    assert [p for p, _g, _lo in news] == ["Laukkai"], news


def test_taking_a_vote_in_a_town_is_no_capture(extractor: Extractor) -> None:
    # twin: the same words, but what was taken is a vote, not the town
    text = (
        "The Brotherhood Alliance said on Sunday it had taken a vote in a northern town near the Chinese border. "
        "The alliance said all delegates in Laukkai had agreed and that the MNDAA now ran the meeting."
    )
    assert _news(extractor, text, dt.date(2024, 1, 7)) == []


# --- N2 "a key Afghanistan city": a country compounded on the town noun is not its name -----------------------------


def test_a_country_before_the_town_noun_is_not_the_town(extractor: Extractor) -> None:
    text = (
        "The Taliban have taken a key Afghanistan city, officials said on Monday. "
        "Fighters raised their flag in the main square of Kunduz after government troops withdrew to the airport."
    )
    news = _news(extractor, text, DAY)
    assert "Afghanistan" not in {p for p, _g, _lo in news}
    assert "Kunduz" in {p for p, _g, _lo in news}, news


def test_a_country_before_the_town_noun_alone_names_no_place(extractor: Extractor) -> None:
    # twin: the lede alone, the town never named
    assert _news(extractor, "The Taliban have taken a key Afghanistan city, officials said on Monday.", DAY) == []


# --- N3 "the provincial capital of X province": the town of that province named after the lede ---------------------


def test_a_province_capital_is_the_town_of_that_province_named_after(extractor: Extractor) -> None:
    text = (
        "Taliban fighters on Sunday seized the provincial capital of Helmand province after a week of fighting. "
        "\u201cLashkar Gah, the capital of Helmand, has fallen,\u201d a provincial council member told reporters."
    )
    news = _news(extractor, text, DAY)
    assert [p for p, _g, _lo in news] == ["Lashkar Gah"], news


def test_a_province_capital_is_no_town_of_another_province(extractor: Extractor) -> None:
    # twin: the town named after the lede lies in another province; the capital is Helmand's own (labelling.md,
    # session 38: a province's capital named only as such is its capital city), never Kandahar
    text = (
        "Taliban fighters on Sunday seized the provincial capital of Helmand province after a week of fighting. "
        "Fighting also went on in Kandahar, a provincial council member told reporters."
    )
    assert [p for p, _g, _lo in _news(extractor, text, DAY)] == ["Lashkar Gāh"]


def test_a_capital_the_gazetteer_cannot_place_needs_the_text_to_call_it_one(extractor: Extractor) -> None:
    # a province spelt as GeoNames does not ("Jawzjan"): only a town the text itself calls the capital
    text = (
        "The Taliban on Saturday captured the provincial capital of northern Jawzjan province. "
        "\u201cSheberghan, the capital city of Jawzjan, has fallen,\u201d a lawmaker from the province said."
    )
    assert [p for p, _g, _lo in _news(extractor, text, DAY)] == ["Sheberghan"]
    # twin: a town named after the lede only as where residents fled is not the capital the lede took; the province's
    # own capital city is (the curated table: Gazetteer.province_capital), under GeoNames' spelling
    twin = (
        "The Taliban on Saturday captured the provincial capital of northern Jawzjan province. "
        "Residents fled towards Sheberghan and Mazar-i-Sharif, a lawmaker from the province said."
    )
    assert [p for p, _g, _lo in _news(extractor, twin, DAY)] == ["Shibirghān"]


# --- N4 what the news "comes after" is its background --------------------------------------------------------------


def test_the_change_a_news_event_comes_after_is_background(extractor: Extractor) -> None:
    text = (
        "The capture of the city comes after Taliban fighters on Friday claimed control of Zaranj, the capital of "
        "Nimroz province."
    )
    rows = _rows(extractor, text, DAY)
    assert ("Zaranj", "taliban", None, True) in [(p, g, None, h) for p, g, _lo, h in rows], rows
    assert all(h for _p, _g, _lo, h in rows), rows


def test_an_offensive_that_came_after_a_capture_leaves_it_background(extractor: Extractor) -> None:
    text = "The new offensive came after rebels led by Hayat Tahrir al-Sham seized the city of Aleppo last week."
    assert _news(extractor, text, dt.date(2024, 12, 5)) == []


def test_a_capture_told_plainly_stays_news(extractor: Extractor) -> None:
    # twin: the same capture told as the sentence's own news
    text = "Rebels led by Hayat Tahrir al-Sham seized the city of Aleppo on Friday after a new offensive."
    assert [p for p, _g, _lo in _news(extractor, text, dt.date(2024, 12, 1))] == ["Aleppo"]


def test_that_was_hours_after_names_no_news(extractor: Extractor) -> None:
    # "the city" with nothing before it is not the town named in the time frame after it
    text = (
        "The fall of the city comes after fighters claimed control of Zaranj on Friday. That was less than 24 hours "
        "after Sheberghan fell to the militants."
    )
    assert _news(extractor, text, DAY) == []


# --- N5 "for the first time since <year>" measures the news against the years since; it dates nothing back ---------


def test_a_first_since_a_year_is_still_news(extractor: Extractor) -> None:
    text = "Syrian rebels have taken the town of Kassab for the first time since 2011, activists said on Monday."
    assert [p for p, _g, _lo in _news(extractor, text, dt.date(2014, 3, 24))] == ["Kassab"]


def test_a_town_held_since_a_year_is_background(extractor: Extractor) -> None:
    # twin: "since" dates the capture back
    text = "Syrian rebels have held the town of Kassab since they took it in 2011, activists said on Monday."
    assert _news(extractor, text, dt.date(2014, 3, 24)) == []


# --- N6 "Kurdish regional/security forces" in Iraq are the Peshmerga -----------------------------------------------


def test_kurdish_regional_forces_in_iraq_are_the_peshmerga(extractor: Extractor) -> None:
    text = "Kurdish regional forces retook the town of Makhmour from Islamic State fighters on Sunday, officials said."
    assert _news(extractor, text, dt.date(2014, 8, 11)) == [("Makhmour", "peshmerga", "isis")]


def test_kurdish_security_forces_driven_out_are_the_losers(extractor: Extractor) -> None:
    text = (
        "Islamic State militants seized the town of Makhmour on Thursday after driving out Kurdish security forces, "
        "residents said."
    )
    assert _news(extractor, text, dt.date(2014, 8, 8)) == [("Makhmour", "isis", "peshmerga")]


# --- N7 a capture in a relative clause on the subject of a present-tense verb tells who the side is --------------


def test_the_rebels_who_overran_a_city_and_now_besiege_another(extractor: Extractor) -> None:
    text = "Officials say the rebels who overran the capital, Sanaa, are now closing in on the port of Hodeida."
    rows = _rows(extractor, text, dt.date(2014, 10, 14))
    assert rows and all(h for _p, _g, _lo, h in rows), rows


def test_the_rebels_who_overran_a_city_and_said_so_is_news(extractor: Extractor) -> None:
    # twin: the same clause on the subject of a past report; the capture is the report's news
    text = "The rebels who overran the capital, Sanaa, on Sunday said they would form a new government."
    assert [p for p, _g, _lo in _news(extractor, text, dt.date(2014, 9, 22))] == ["Sanaa"]


# --- N8 a quote's "we" is the side its attribution names, after the quote's last sentence --------------------------


def test_a_two_sentence_quote_takes_its_side_from_the_attribution(extractor: Extractor) -> None:
    text = (
        '"We have captured the town of Beledweyne this morning. The town is now under our control," said Sheikh Ali '
        "Dheere, al Shabaab's military spokesman."
    )
    assert _news(extractor, text, dt.date(2016, 10, 24)) == [("Beledweyne", "al-shabaab", "so-gov")]


def test_a_two_sentence_quote_by_a_resident_names_no_side(extractor: Extractor) -> None:
    # twin: the same quote from a resident: "we" is nobody's army
    text = (
        '"We have captured the town of Beledweyne this morning. The town is now under our control," said Ali '
        "Dheere, a resident of the town."
    )
    assert _news(extractor, text, dt.date(2016, 10, 24)) == []
