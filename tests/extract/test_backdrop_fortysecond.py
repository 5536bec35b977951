"""Captures a wire report tells without a new change being its news (session 42, helper hist42, issue 10).

(A) A list's last names that run into a saying verb with no comma are the report's sources, not more places: "have
retaken the town of X, Reuters and AFP news agency have reported" (``conjuncts.sayers_follow``, read by
``place_list`` and ``frames.place_refs``). Twin: "retook A, B and C, the army said" keeps its list.
(P) A capture noun told as still to come: "the fall of X is imminent", "is only a matter of time", "warned of the fall
of X" (``modality._told_prospect``). Twin: "The fall of X is a major blow" tells it done.
(N) "seizing a nearby town" never stands for the town it lies near (``unnamed_town.neighbour_names``).
(H) A claim answered by "the city remained in government hands" is contested (``contested``, ``denial``).
(F) A capture noun in the "after" / "following" phrase opening a sentence whose main verb tells another change is the
step the news followed (``background.followed_nominal``). Twin: a reaction after the fall keeps it news.
(Y) A year written before a capture noun dates it back (``dated_nominal.year_before_noun``). Twin: a fall on Monday.
Sentences written for these tests, after the grammar of wire copy of 2011-2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _split(extractor: Extractor, text: str, day: str) -> tuple[set[str], set[str]]:
    events = [e for e in extractor.extract(make_article(text, published=dt.date.fromisoformat(day))) if e.kind == "change"]
    return {e.place.name for e in events if not e.historical}, {e.place.name for e in events if e.historical}


@pytest.mark.parametrize(
    ("text", "place", "sources"),
    [
        ("Tigrayan fighters have retaken the town of Woldia, Reuters and AFP news agency have reported, quoting residents.",
         "Woldia", {"Reuters", "AFP"}),
        ("Tigrayan fighters have retaken the town of Woldia, Reuters and the BBC reported on Sunday.", "Woldia", {"Reuters", "BBC"}),
    ],
)
def test_sources_after_a_place_are_no_places(extractor: Extractor, text: str, place: str, sources: set[str]) -> None:
    now, _before = _split(extractor, text, "2021-12-13")
    assert place in now and not (now & sources)


def test_a_list_set_off_from_its_source_keeps_its_places(extractor: Extractor) -> None:
    now, _before = _split(extractor, "Nigerian troops recaptured the towns of Monguno, Marte and Dikwa, the army said on Friday.", "2015-02-20")
    assert {"Monguno", "Marte", "Dikwa"} <= now


@pytest.mark.parametrize(
    "text",
    [
        "A pro-government commander warned on Monday that the fall of Hazm to the Houthis was imminent.",
        "The fall of Hazm to the Houthis is imminent, a commander said.",
        "Tribal leaders said the fall of Hazm to the Houthis is only a matter of time.",
        "A correspondent has warned of the fall of Hazm to the Houthis.",
    ],
)
def test_a_fall_told_still_to_come_is_no_change(extractor: Extractor, text: str) -> None:
    now, _before = _split(extractor, text, "2020-03-02")
    assert "Hazm" not in now


@pytest.mark.parametrize(
    "text",
    [
        "The fall of Hazm to the Houthis is a major blow to the government, officials said on Monday.",
        "The fall of Hazm to the Houthis came on Sunday.",
    ],
)
def test_a_fall_told_done_stays_news(extractor: Extractor, text: str) -> None:
    now, _before = _split(extractor, text, "2020-03-02")
    assert "Hazm" in now


def test_a_nearby_town_is_not_the_city_it_lies_near(extractor: Extractor) -> None:
    text = ("Panic spread in Bukavu on Friday, with M23 fighters edging closer to the city and seizing a nearby town as the "
            "army fell back. The rebels have gained ground for weeks, closing in on Bukavu, home to a million people.")
    now, _before = _split(extractor, text, "2025-01-24")
    assert "Bukavu" not in now


def test_a_nearby_town_named_later_is_read(extractor: Extractor) -> None:
    text = "M23 fighters seized a nearby town on Thursday as they closed in on Bukavu. On Friday the rebels took Kavumu."
    now, _before = _split(extractor, text, "2025-02-14")
    assert "Kavumu" in now and "Bukavu" not in now


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban said they had captured Lashkar Gah, but officials said the city remained in government hands.",
        "The Taliban said they had captured Lashkar Gah. Officials said the city was still in the hands of government forces.",
    ],
)
def test_a_claim_answered_by_a_hold_is_no_change(extractor: Extractor, text: str) -> None:
    now, _before = _split(extractor, text, "2021-08-08")
    assert "Lashkar Gah" not in now


def test_another_town_in_government_hands_leaves_the_capture(extractor: Extractor) -> None:
    now, _before = _split(extractor, "The Taliban captured Sheberghan on Saturday. Nearby Mazar-i-Sharif remained in government hands.", "2021-08-08")
    assert "Sheberghan" in now


@pytest.mark.parametrize(
    ("text", "news", "earlier"),
    [
        ("Following Deir ez-Zor's liberation from IS earlier this week, the Syrian army recaptured the town of Mayadin on Saturday.",
         "Mayadin", "Deir ez-Zor"),
        ("After the SDF's capture of Tabqa, government troops retook the town of Resafa from IS on Saturday.", "Resafa", "Tabqa"),
    ],
)
def test_a_capture_noun_before_another_change_is_its_step(extractor: Extractor, text: str, news: str, earlier: str) -> None:
    now, _before = _split(extractor, text, "2017-10-21")
    assert news in now and earlier not in now


def test_a_reaction_after_a_fall_keeps_the_fall_news(extractor: Extractor) -> None:
    now, _before = _split(extractor, "Following the fall of Tabqa to the SDF on Tuesday, residents celebrated in the streets.", "2017-10-21")
    assert "Tabqa" in now


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("The 2014 fall of Tikrit to Islamic State shocked the country.", "Tikrit", "2019-06-10"),
        ("M23's 2012 capture of Bunagana prompted sanctions against its leaders.", "Bunagana", "2022-06-14"),
        ("The March 2022 capture of Enerhodar by Russia was a blow to Kyiv, the mayor recalled.", "Enerhodar", "2023-11-11"),
    ],
)
def test_a_year_before_the_noun_dates_the_capture_back(extractor: Extractor, text: str, place: str, day: str) -> None:
    now, _before = _split(extractor, text, day)
    assert place not in now


def test_a_fall_on_the_news_day_stays_news(extractor: Extractor) -> None:
    now, _before = _split(extractor, "The fall of Bunagana to M23 on Monday shocked the region.", "2022-06-14")
    assert "Bunagana" in now
