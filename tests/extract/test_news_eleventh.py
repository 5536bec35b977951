"""Who gained and who lost, places and false alerts of the eleventh news reading (news11): each family with its
negative twins (sentences written for these tests, keeping the grammar of real wire copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

# --- E1 the sentence's own "in Ukraine's Kharkiv region" places an unknown village, not the claimant's country ----

@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia takes control of village in Ukraine's Kharkiv region, defence ministry says",
            "MOSCOW (Reuters) - Russian forces have captured the village of Buhruvatka in Ukraine's Kharkiv region, "
            "Russia's defence ministry said on Tuesday. It added that Russian troops are continuing to advance in the area.",
        ),
        (
            "Russia declares control over three villages in Sumy, Ukraine",
            "On Sunday, the Russian Ministry of Defence declared its takeover of three more villages in Sumy, Ukraine, near "
            "the Russian border. In a statement, the ministry announced, \"Forces from the 'North' group have pushed into "
            "the enemy's lines, securing the villages of Pokrovka, Ryasne and Zhuravlivka in Sumy.\"",
        ),
    ],
)
def test_a_village_the_sentence_puts_in_ukraine_is_taken_from_ukraine(extractor: Extractor, title: str, text: str) -> None:
    news = _news(extractor, text, dt.date(2024, 6, 4), title)
    assert news
    assert all(g == "ru-forces" and lo == "ua-forces" for _p, g, lo in news), news
    assert len({p for p, _g, _lo in news}) == len(news), news  # one event per village, not one per country read


def test_a_village_the_sentence_puts_nowhere_keeps_no_inferred_country(extractor: Extractor) -> None:
    # twin: nothing places the village, and Russia is written most: the village is not moved to Ukraine
    news = _news(extractor, "Russian forces captured the village of Buhruvatka, Russia's defence ministry said on Tuesday.", dt.date(2024, 6, 4))
    assert [(p, g) for p, g, _lo in news] == [("Buhruvatka", "ru-forces")]


def test_the_ministry_is_the_ministry_the_article_named(extractor: Extractor) -> None:
    text = (
        "The Russian Ministry of Defence said its forces had pressed on near Kupiansk. In a statement, the ministry said, "
        '"Forces of the Western group have pushed into enemy positions, taking the village of Tabaivka in Kharkiv."'
    )
    news = _news(extractor, text, dt.date(2024, 1, 29))
    assert [(p, g) for p, g, _lo in news] == [("Tabaivka", "ru-forces")]


def test_the_ministry_of_two_states_named_is_no_one(extractor: Extractor) -> None:
    # twin: both ministries are named, so "the ministry" alone says nothing of whose forces
    from townwatch_extract.context import ArticleContext

    text = "The Russian Ministry of Defence and Ukraine's defence ministry gave rival accounts. The ministry said little."
    ctx = ArticleContext.build(text, extractor.gazetteer, extractor.catalogue)
    assert ctx.body_countries == frozenset({"RU", "UA"})


# --- E2 the army and its militia, one named in the headline and the other in the lede, took one town -------------

@pytest.mark.parametrize(
    ("title", "text", "gainers"),
    [
        (
            "Iraqi troops, militias seize strategic town",
            "Iraqi government forces and Shi'ite militias took control of the town of Baiji north of Baghdad on Sunday, "
            "driving out Islamic State fighters after weeks of fighting, officials said.",
            {"iq-gov"},
        ),
        (
            "Somali troops retake town from al Shabaab",
            "Somali National Army soldiers and African Union peacekeepers retook the town of Bulo Burde on Friday after "
            "al Shabaab fighters fled, officials said.",
            {"so-gov"},
        ),
    ],
)
def test_allied_gainers_of_one_town_make_one_event(extractor: Extractor, title: str, text: str, gainers: set[str]) -> None:
    news = _news(extractor, text, dt.date(2015, 3, 1), title)
    assert len(news) == 1, news
    assert news[0][1] in gainers


def test_foes_are_never_merged_as_partners() -> None:
    # twin: a town taken by IS and retaken by the army are two changes; only allies share one
    from types import SimpleNamespace

    from townwatch_extract.extractor import _allied_key

    def cand(side: str, allies: frozenset[str]) -> SimpleNamespace:
        return SimpleNamespace(gaining=SimpleNamespace(id=side, allies=allies), place=SimpleNamespace(key="g:1"), historical=False, partial=False)

    army = cand("iq-gov", frozenset({"pmf", "peshmerga"}))
    groups = {("g:1", "iq-gov", False, False): army}
    order = list(groups)
    assert _allied_key(cand("isis", frozenset()), order, groups) is None  # type: ignore[arg-type]
    assert _allied_key(cand("pmf", frozenset({"iq-gov"})), order, groups) == order[0]  # type: ignore[arg-type]


# --- E3 a name written as a province ("the Kyiv region", "Shabwa province") is the province, not its namesake town --

@pytest.mark.parametrize(
    ("title", "text"),
    [
        (None, "KYIV - Ukraine said on Saturday that it had regained control of the Chernihiv region after Russian troops pulled back."),
        (None, "Government forces said on Monday they had taken full control of Marib province from the Houthis after ten days of fighting."),
        (
            "Ukraine retakes Chernihiv, Russian troops pull back",
            "Ukraine said on Saturday that it had regained control of the Chernihiv region. Russian troops withdrew from "
            "around the city of Sumy.",
        ),
    ],
)
def test_a_province_taken_is_no_town(extractor: Extractor, title: str | None, text: str) -> None:
    assert _news(extractor, text, dt.date(2022, 4, 2), title) == []


def test_a_town_of_the_provinces_name_is_still_taken(extractor: Extractor) -> None:
    # twin: the body takes the city itself, and the headline's name is that city
    text = "Government forces retook the city of Marib from the Houthis on Monday, officials in Marib province said."
    assert [p for p, _g, _lo in _news(extractor, text, dt.date(2022, 1, 26), "Yemeni forces retake Marib")] == ["Marib"]


def test_a_provincial_capital_headline_is_kept(extractor: Extractor) -> None:
    # twin: "the capital of Kunduz province" names the town by its province; the headline's Kunduz is that town
    text = "Taliban fighters captured the capital of northern Kunduz province on Sunday, officials said."
    assert [p for p, _g, _lo in _news(extractor, text, dt.date(2021, 8, 8), "Taliban capture Kunduz")] == ["Kunduz"]


# --- E4 a name after a title ("said spokesman Mustafa Bali") is a person, never what "the town" stands for ----------

def test_a_spokesmans_name_is_no_antecedent(extractor: Extractor) -> None:
    text = (
        "A Kurdish-led militia on Tuesday drove Islamic State fighters from a northern Syrian town, a spokesman said. "
        "The militia had besieged the town for a week, said spokesman Ahmed Bali."
    )
    assert all(p != "Bali" for p, _g, _lo in _news(extractor, text, dt.date(2017, 7, 11)))


def test_the_pyd_is_the_sdf(extractor: Extractor) -> None:
    text = "The Kurdish Democratic Union Party (PYD) said its fighters had liberated Tal Tamr from Islamic State militants."
    assert [g for _p, g, _lo in _news(extractor, text, dt.date(2015, 2, 28))] == ["sdf"]


# --- E5 "Ukraine's flag is flying over X again": a side named by its country's possessive passes the prefilter -------

def test_a_countrys_flag_flying_again_is_a_capture(extractor: Extractor) -> None:
    text = "The deputy defence minister wrote on Monday that Ukraine's flag was flying over the village of Blahodatne again."
    assert [(p, g) for p, g, _lo in _news(extractor, text, dt.date(2023, 6, 12))] == [("Blahodatne", "ua-forces")]


def test_a_countrys_flag_flying_as_description_is_none(extractor: Extractor) -> None:
    # twin: no "again" / "now": the flag flies there as it always did
    text = "Ukraine's flag flies over the city hall of Kharkiv, the mayor said on Monday."
    assert _news(extractor, text, dt.date(2023, 6, 12)) == []
