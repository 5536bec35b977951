"""Who gained and who lost, background and false alerts of the tenth news reading (news10): each family with its
negative twins (sentences written for these tests, keeping the grammar of real wire copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.raw_text import end_dateline as _end_dateline

from .conftest import change_rows as _events
from .conftest import news_rows as _news

# --- T1 an office holder speaks for his state: "his troops" are that state's ------------------------------------

@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Russian Defence Minister Sergei Shoigu has said his troops have seized the key town of Mariinka.", "ru-forces"),
        ("Azerbaijani President Ilham Aliyev said on Sunday that his forces had captured the town of Shusha.", "az-forces"),
    ],
)
def test_an_office_holders_troops_are_his_states(extractor: Extractor, text: str, side: str) -> None:
    news = _news(extractor, text, dt.date(2023, 12, 26))
    assert news and news[0][1] == side


def test_a_former_office_holder_speaks_for_no_state(extractor: Extractor) -> None:
    news = _news(extractor, "Former vice president Riek Machar said his fighters had seized Malakal.", dt.date(2014, 2, 19))
    assert news and news[0][1] == "splm-io"  # his own movement by name, not South Sudan's army


# --- T2 South Sudan's army is not Sudan's; its rebels are the SPLA-IO -----------------------------------------------

def test_south_sudans_army_is_not_sudans(extractor: Extractor) -> None:
    news = _news(extractor, "South Sudan's army said on Monday it had retaken the town of Malakal from rebels.", dt.date(2014, 1, 20))
    assert news == [("Malakal", "ss-gov", "splm-io")]


def test_a_side_led_by_its_leader(extractor: Extractor) -> None:
    text = "Rebel forces led by South Sudan's former vice president, Riek Machar, say they are now in full control of Malakal."
    news = _news(extractor, text, dt.date(2014, 2, 18))
    assert news and news[0][1] == "splm-io"


def test_sudans_army_stays_sudans(extractor: Extractor) -> None:
    news = _news(extractor, "Sudan's army said on Tuesday it had retaken Omdurman from the paramilitary RSF.", dt.date(2024, 3, 12))
    assert news and news[0][1] == "saf"


# --- T3 a joint force in its own country's town ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("French and Malian soldiers retook the town of Gao in Mali on Saturday.", "ml-gov"),
        ("Russian and Syrian troops took back Palmyra on Sunday.", "sy-gov"),
        ("French troops retook the town of Gao in Mali on Saturday.", "fr-gov"),  # twin: the foreign force alone
    ],
)
def test_a_joint_force_is_the_host_countrys(extractor: Extractor, text: str, side: str) -> None:
    news = _news(extractor, text, dt.date(2016, 3, 28))
    assert news and news[0][1] == side


# --- T4/T5 background: "since being seized", an anniversary's liberation -------------------------------------------

def test_since_being_seized_is_background(extractor: Extractor) -> None:
    text = "Malian troops entered and retook Diabaly on Monday, a frontline town since being overrun by Islamists a week earlier."
    events = _events(extractor, text, dt.date(2013, 1, 22))
    assert [(p, h) for p, _g, _lo, h in events if not h] == [("Diabaly", False)]
    assert len([e for e in events if not e[3]]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "People in the town of Maaloula marked the third anniversary of their town's liberation from the militants on Sunday.",
        "Residents of Ma'lula celebrated the first anniversary of their town's liberation from the militants.",
    ],
)
def test_an_anniversarys_liberation_is_no_news(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2018, 5, 20)) == []


def test_a_capture_on_an_anniversary_is_news(extractor: Extractor) -> None:
    news = _news(extractor, "On the anniversary of the war, Russian forces captured the village of Tonenke.", dt.date(2024, 2, 24))
    assert news and news[0][0] == "Tonenke"


# --- T6 a pluperfect dated yesterday is the news -------------------------------------------------------------------

def test_a_pluperfect_dated_yesterday_is_news(extractor: Extractor) -> None:
    text = "The M23 rebels had seized the town of Rutshuru on Sunday, sending thousands of people fleeing."
    assert [p for p, _g, _lo in _news(extractor, text, dt.date(2012, 7, 9))] == ["Rutshuru"]
    assert _news(extractor, text, dt.date(2012, 7, 19)) == []  # twin: four days on, the pluperfect is background


# --- T7 a title-case dateline and a press conference's city -------------------------------------------------------

def test_a_title_case_dateline_is_written_in_capitals() -> None:
    assert _end_dateline("Mogadishu (HOL) - Somali forces took X.").startswith("MOGADISHU (HOL) .")
    assert _end_dateline("Juba — Rebel forces said.").startswith("JUBA .")
    assert _end_dateline("Rebels took the town - officials said.") == "Rebels took the town - officials said."


def test_a_press_conferences_city_is_no_antecedent(extractor: Extractor) -> None:
    text = ("Mogadishu (HOL) - Somali government troops and clan fighters took back several villages in Hiiraan on Saturday.\n"
            "The army's spokesman told a press conference in Mogadishu that the joint forces had liberated the village of Gulane.")
    places = {p for p, _g, _lo in _news(extractor, text, dt.date(2022, 12, 4), title="Army frees more villages in Hirshabelle")}
    assert "Mogadishu" not in places and "Gulane" in places


# --- T8 positions counted out of a town -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The commander said on Monday his units had pushed Russian troops out of some positions in Bakhmut.",
        "Ukrainian units drove the Russians from two positions in Bakhmut overnight.",
    ],
)
def test_some_positions_in_a_town_are_not_the_town(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2023, 5, 2)) == []


def test_positions_taken_in_a_town_still_place_it(extractor: Extractor) -> None:
    news = _news(extractor, "The Sudanese army retook positions in Fashir on Thursday.", dt.date(2024, 5, 2))
    assert news and news[0][0] == "Fashir"
