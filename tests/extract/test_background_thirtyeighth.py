"""Captures told as what a present, unfinished move came after (session 38, helper hist38, issue 10): ongoing_move.py.

A capture in an "after" / "following" phrase whose main clause is an attempt on another place ("are trying to take Y"),
an approach ("are advancing on Y", "are pressing on towards Y"), a siege or an attack going on ("are besieging Y"), or
a stand ("are holding positions near Y") came before the report's news: historical. Twins that stay news: a main
clause that is a change ("seized Y"), a capture dated to the news's day ("After capturing X on Monday, ..."), keeping
what was taken ("are trying to secure the town"), a people's plight ("Residents are fleeing X after ..."), a plain
chain ("captured X and are advancing on Y"), a state ("are in control of X after capturing it"), a past main clause
("attacked Y on Monday"), an entry of its own ("are moving into Y"). Sentences written for these tests, after the
grammar of wire reports of 2015-2017.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2016, 11, 22)  # a Tuesday
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
        # an approach
        ("After retaking Qayyarah, government forces are now advancing on Mosul from the south.", {"Qayyarah"}),
        ("After taking Handarat, pro-government fighters are closing in on the rebel-held east of Aleppo.", {"Handarat"}),
        ("After capturing Debaltseve, separatist fighters are pressing on towards Artemivsk.", {"Debaltseve"}),
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
