"""Who lost, which town a lede meant and listed towns in the twelfth news reading (news12): each family with its
negative twins (sentences written for these tests, keeping the grammar of real wire copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article
from .conftest import news_rows as _news

# --- T1 an insurgency takes a place from its own country's government when the story speaks of that side ----------


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        (
            "Afghan officials say the Taliban have overrun the Nirkh district headquarters in Maidan Wardak province. "
            "The insurgents confirmed they took the compound on Tuesday.",
            "Nirkh", "taliban", "af-gov",
        ),
        (
            "Two lawmakers said the provincial capital of Aybak fell to the Taliban on Monday without resistance. "
            "They said government officials fled to a nearby district.",
            "Aybak", "taliban", "af-gov",
        ),
        (
            "Houthi rebels have seized control of Harib, a district south of the government's last northern stronghold "
            "of Marib, tribal sources said.",
            "Harib", "houthis", "ye-gov",
        ),
    ],
)
def test_an_insurgency_takes_from_its_own_government(extractor: Extractor, text: str, place: str, gaining: str, losing: str) -> None:
    news = _news(extractor, text, dt.date(2021, 8, 10))  # (before the republic fell: the Taliban's war was on it)
    assert [(p, g, lo) for p, g, lo in news if p == place] == [(place, gaining, losing)], news


@pytest.mark.parametrize(
    ("text", "day", "loser"),
    [
        # twin: nothing in the story speaks of the government's side, and no two-sided war was fought there then
        # (after the NRF's fight of 2021): the losing side stays unsaid
        ("The Taliban have overrun the Nirkh district headquarters in Maidan Wardak province, a local elder said.",
         dt.date(2023, 6, 1), None),
        # twin: "Army" in a rebel group's own name is not the state's army (the junta lost it: Myanmar's war, wars.py)
        ("The Arakan Army has seized Paletwa after a month of fighting, the group said in a statement.",
         dt.date(2021, 9, 22), "mm-junta"),
    ],
)
def test_no_government_side_named_leaves_the_loser_to_the_war(extractor: Extractor, text: str, day: dt.date, loser: str | None) -> None:
    news = _news(extractor, text, day)
    assert news and all(lo == loser for _p, _g, lo in news), news


# --- T2 which town a lede's "a town" stands for, named in the sentences after it --------------------------------


def test_an_unknown_name_taken_after_the_lede_is_the_town(extractor: Extractor) -> None:
    # "regained control of X" names the town even when the gazetteer lacks it; the city "100 km from" is elsewhere
    text = (
        "Syrian government forces have wrested back a town in the central province of Homs from Islamic State "
        "militants. State media said troops regained control of al-Qaraytan, some 100 kilometers from the ancient "
        "city of Palmyra, after the militants withdrew."
    )
    news = _news(extractor, text, dt.date(2017, 10, 21))
    assert {p for p, _g, _lo in news} == {"al-Qaraytan"}, news


def test_a_town_retaken_is_not_a_goal(extractor: Extractor) -> None:
    # "managed to retake X town" is done; the provincial capital retaken last year is no antecedent of "a town"
    text = (
        "Iraqi forces have driven Islamic State militants out of a town in the western province of Anbar. The Joint "
        "Operations Command said counter-terrorism units had managed to retake Baghdadi town on Friday evening.\n"
        "The provincial capital city of Ramadi was liberated in December last year."
    )
    news = _news(extractor, text, dt.date(2016, 8, 20))
    assert [p for p, _g, _lo in news] == ["Baghdadi"], news


def test_a_town_aimed_at_stays_a_goal(extractor: Extractor) -> None:
    # twin: "an offensive to retake X town" is the goal, and the lede's town is not X
    text = (
        "Iraqi forces have driven Islamic State militants out of a town in the western province of Anbar. The Joint "
        "Operations Command said units had launched an offensive to retake Baghdadi town on Friday evening."
    )
    news = _news(extractor, text, dt.date(2016, 8, 20))
    assert "Baghdadi" not in {p for p, _g, _lo in news}, news


def test_a_name_that_takes_a_town_is_a_side(extractor: Extractor) -> None:
    text = (
        "Somali troops have retaken a strategic town in Middle Shabelle from al-Shabaab. A regional official said "
        "the US-trained Alpha took Warsheikh early in the morning without meeting resistance."
    )
    news = _news(extractor, text, dt.date(2018, 3, 11))
    assert [(p, g) for p, g, _lo in news] == [("Warsheikh", "so-gov")], news


# --- T3 the towns a plural stands for, listed in the next sentence -------------------------------------------------


def test_more_towns_are_the_towns_the_next_sentence_lists(extractor: Extractor) -> None:
    text = (
        "Nigerian troops have recaptured more towns in Borno State from Boko Haram, the army said on Friday. "
        "The towns include Gajiram, Gubio, Kukawa and Mafa in Nganzai and Magumeri local government areas."
    )
    news = _news(extractor, text, dt.date(2015, 4, 10))
    assert {p for p, _g, _lo in news} >= {"Gajiram", "Gubio", "Kukawa", "Mafa"}, news
    assert "Magumeri" not in {p for p, _g, _lo in news}, news
    assert all(g == "ng-gov" for _p, g, _lo in news), news


def test_more_towns_with_no_list_after_are_no_towns(extractor: Extractor) -> None:
    # twin: the next sentence does not open with the list
    text = (
        "Nigerian troops have recaptured more towns in Borno State from Boko Haram, the army said on Friday. "
        "Residents of Gajiram, Gubio and Kukawa said they had heard gunfire for hours."
    )
    assert _news(extractor, text, dt.date(2015, 4, 10)) == []


def test_a_counted_list_whose_names_carry_their_places(extractor: Extractor) -> None:
    text = (
        "Turkish-backed fighters captured four more villages from the YPG on Friday. "
        "The villages of Maabatli, Shadir and Kafr Janna in the west of Jandaris town and Meydanki village were cleared."
    )
    news = _news(extractor, text, dt.date(2018, 2, 10))
    assert {p for p, _g, _lo in news} == {"Maabatli", "Shadir", "Kafr Janna", "Meydanki"}, news
    assert all(g == "sna-syria" and lo == "sdf" for _p, g, lo in news), news


# --- T4 "nearly all of X" is most of the town ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("Islamic State fighters have recaptured nearly all of Albu Kamal, a monitor said on Saturday.", True),
        ("Government troops retook almost all of Deir Attiyeh on Thursday, state television said.", True),
        # twin: "all of X" is the whole town
        ("Islamic State fighters have recaptured all of Albu Kamal, a monitor said on Saturday.", False),
    ],
)
def test_nearly_all_of_a_town_is_partial(extractor: Extractor, text: str, partial: bool) -> None:
    events = [e for e in extractor.extract(make_article(text, published=dt.date(2017, 11, 11))) if e.kind == "change"]
    assert [e.partial for e in events] == [partial], events
