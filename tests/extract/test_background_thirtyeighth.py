"""Background captures told as news (session 38, helper hist38, issue 10): ongoing_move, earlier_phase, recency.

A capture in an "after" / "following" phrase whose main clause is an attempt on another place ("are trying to take Y"),
a siege or an attack going on ("are besieging Y", "are shelling Y"), or a stand ("are holding positions near Y") came
before the report's news: historical. Twins that stay news: a main clause that is a change ("seized Y"), an onward
advance ("are advancing on Y", "are closing in on Y": the same day's news, background._own_advance), a capture dated
to the news's day ("After capturing X on Monday, ..."), keeping what was taken ("are trying to secure the town"), a
people's plight ("Residents are fleeing X after ..."), a plain chain, a state, a past main clause, an entry.

A capture whose own verb is placed in an earlier phase of the war ("previously retook A and B", "earlier in the
campaign", "at the start of the offensive", "early in the offensive") is historical; "previously" on the place's past
hold ("retook X, previously under Z's control"), on the report ("It was previously reported that ..."), "earlier in
the day", a bare "earlier" and an offensive's "first days" stay news.

A summary over "the past month" or "the past year" is background as one over "the past few weeks" is (recency.py);
counted days ("over the past two days", "the past 24 hours") stay news. Sentences written for these tests, after the
grammar of wire reports of 2015-2017.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2016, 3, 1)  # a Tuesday (before the towns' known changes in the chronicle)
TITLE = "Offensive enters a new phase"


def _split(extractor: Extractor, text: str) -> tuple[set[str], set[str]]:
    events = [e for e in extractor.extract(make_article(text, published=PUB, title=TITLE)) if e.kind == "change"]
    return {e.place.name for e in events if not e.historical}, {e.place.name for e in events if e.historical}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # an attempt on another place
        ("After capturing Bartella and Karamles, Iraqi troops are trying to take Hamdaniya.", {"Bartella", "Karamles"}),
        ("After seizing Bashiqa, the Peshmerga are attempting to cut the road to Tal Afar.", {"Bashiqa"}),
        ("After capturing Mong Ko, the rebels are seeking to take Muse.", {"Mong Ko"}),
        # a siege, an attack, a build-up
        ("After capturing Mong Ko, the rebels are besieging Muse.", {"Mong Ko"}),
        ("After retaking Qayyarah, government forces are shelling Shirqat.", {"Qayyarah"}),
        ("After seizing Dand-e-Ghori, Taliban fighters are massing near Pul-e-Khumri.", {"Dand-e-Ghori"}),
        # a stand, after a capture dated further back than the news's day
        ("Kurdish fighters are holding positions east of Mosul, following their capture of Bashiqa on Saturday.", {"Bashiqa"}),
    ],
)
def test_a_capture_an_ongoing_move_came_after_is_background(extractor: Extractor, text: str, places: set[str]) -> None:
    news, old = _split(extractor, text)
    assert places <= old and not places & news


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("After capturing Bartella, Iraqi troops seized Hamdaniya.", "Bartella"),  # a chain of changes
        ("After retaking Qayyarah, government forces are now advancing on Mosul from the south.", "Qayyarah"),  # onward
        ("After capturing Debaltseve, separatist fighters are pressing on towards Artemivsk.", "Debaltseve"),
        ("After capturing Bartella on Monday, Iraqi troops are advancing on Hamdaniya.", "Bartella"),  # the news's day
        ("After seizing Bashiqa, the Peshmerga are trying to secure the town.", "Bashiqa"),  # keeping what was taken
        ("Residents are fleeing Bartella after Iraqi troops captured the town.", "Bartella"),  # a plight, not a move
        ("Iraqi troops captured Bartella and are advancing on Hamdaniya.", "Bartella"),  # a plain chain
        ("Iraqi troops are in control of Bartella after capturing it.", "Bartella"),  # a state
        ("After capturing Bartella, Iraqi troops attacked Hamdaniya on Monday.", "Bartella"),  # a past main clause
        ("After capturing Bartella, Iraqi troops are moving into Hamdaniya.", "Bartella"),  # an entry of its own
        ("Kurdish fighters are holding positions east of Mosul, following their capture of Bashiqa on Monday.", "Bashiqa"),
    ],
)
def test_a_capture_the_news_tells_stays_news(extractor: Extractor, text: str, place: str) -> None:
    news, _old = _split(extractor, text)
    assert place in news


LEAD = "Iraqi troops entered Bartella on Tuesday. "


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Government forces previously retook Qayyarah and Shirqat.", {"Qayyarah", "Shirqat"}),
        ("Government forces retook Qayyarah and Shirqat earlier in the campaign.", {"Qayyarah", "Shirqat"}),
        ("The army took Qayyarah at the start of the offensive.", {"Qayyarah"}),
        ("The army took Qayyarah early in the offensive.", {"Qayyarah"}),
        ("Qayyarah was retaken by the army early in the campaign.", {"Qayyarah"}),
    ],
)
def test_a_capture_placed_in_an_earlier_phase_is_background(extractor: Extractor, text: str, places: set[str]) -> None:
    news, old = _split(extractor, LEAD + text)
    assert places <= old and not places & news


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government forces retook Qayyarah, previously under the control of the jihadists, on Tuesday.", "Qayyarah"),
        ("Government forces seized the town of Qayyarah, previously held by the jihadists.", "Qayyarah"),
        ("It was previously reported that government forces had retaken Qayyarah.", "Qayyarah"),
        ("Government forces retook Qayyarah earlier in the day, a spokesman said.", "Qayyarah"),
        ("At the start of the offensive on Tuesday, government forces retook Qayyarah.", "Qayyarah"),
        ("Government forces earlier retook Qayyarah, a spokesman said.", "Qayyarah"),
        (LEAD + "The army took Qayyarah in the first days of the offensive.", "Qayyarah"),
    ],
)
def test_a_capture_the_phase_words_do_not_date_stays_news(extractor: Extractor, text: str, place: str) -> None:
    news, _old = _split(extractor, text)
    assert place in news


@pytest.mark.parametrize(
    "text",
    [
        "Over the past month, government forces have retaken Qayyarah and Shirqat.",
        "In the past month, government forces retook Qayyarah and Shirqat.",
        "During the past month, government forces retook Qayyarah and Shirqat.",
        "Government forces have retaken Qayyarah and Shirqat over the past month.",
        "Over the past year, government forces have retaken Qayyarah and Shirqat.",
    ],
)
def test_a_month_or_a_year_summed_up_is_background(extractor: Extractor, text: str) -> None:
    # (recency.py: "the past month" spans back as far as "the past few weeks" does)
    news, old = _split(extractor, LEAD + text)
    assert {"Qayyarah", "Shirqat"} <= old and not {"Qayyarah", "Shirqat"} & news


@pytest.mark.parametrize(
    "text",
    [
        "Over the past 24 hours, government forces have retaken Qayyarah and Shirqat.",
        "Over the past two days, government forces have retaken Qayyarah and Shirqat.",
    ],
)
def test_counted_days_stay_news(extractor: Extractor, text: str) -> None:
    news, _old = _split(extractor, LEAD + text)
    assert {"Qayyarah", "Shirqat"} <= news


SUDAN_LEAD = "KHARTOUM - The army has retaken control of Jebel Moya, ending a three-month siege. "
SUDAN_PUB = dt.date(2016, 10, 8)


@pytest.mark.parametrize(
    "text",
    [
        "On September 25, the army regained control of the El-Butihab (Victory) bridge.",
        "On September 25, the army recaptured Halfaya (Khartoum North).",
        "On September 25, the army recaptured Umm Rawaba (North Kordofan) from the RSF.",
    ],
)
def test_a_glossed_name_leaves_the_story_recap_dated(extractor: Extractor, text: str) -> None:
    # (a one-word bracket after a name is a story's gloss, not a coder note's "(district, region)" hierarchy)
    events = extractor.extract(make_article(SUDAN_LEAD + text, published=SUDAN_PUB, title="Fighting in Sudan"))
    recap = [e for e in events if e.kind == "change" and e.place.name != "Jebel Moya"]
    assert recap and all(e.historical for e in recap)
    assert any(e.place.name == "Jebel Moya" and not e.historical for e in events)


def test_a_glossed_name_on_the_news_day_stays_news(extractor: Extractor) -> None:
    text = SUDAN_LEAD + "On October 7, the army recaptured Halfaya (Khartoum North)."
    events = extractor.extract(make_article(text, published=SUDAN_PUB, title="Fighting in Sudan"))
    assert any(e.place.name == "Halfaya" and not e.historical for e in events)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Rebels seize Mong Ko, push on Muse", "After capturing Mong Ko, the rebels are trying to take Muse, a spokesman said."),
        ("Rebels push on Muse", "The rebels captured Mong Ko on Monday. After capturing Mong Ko, the rebels are trying to take Muse."),
    ],
)
def test_the_same_capture_told_as_news_elsewhere_stays_news(extractor: Extractor, title: str, text: str) -> None:
    events = extractor.extract(make_article(text, published=PUB, title=title))
    assert any(e.place.name == "Mong Ko" and not e.historical for e in events)
