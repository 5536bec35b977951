"""Captures told only as what the news builds on (session 35, helper hist35, issue 10): earlier_step.py, background.py.

A capture in the "after" phrase of an extending participle ("captured more villages, extending their control after
seizing X"), in a comma-set relative clause on a campaign noun whose clause is no change ("The offensive, which
recaptured X, has worried ..."), after a visiting verb in a headline ("tours liberated city of X"), in a caption counted
"a day after" it, or the object a clause's news "follows" is historical. Twins: a chain of captures ("seized A after
capturing B"), an extension as the main clause ("extended their control to A after seizing B"), a side's relative
clause ("The rebels, who seized X, ..."), an uncounted caption on the news day and "followed up its capture of X"
stay news. Sentences written for these tests, after the grammar of wire reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2016, 11, 21)


def _split(extractor: Extractor, text: str, title: str | None = None) -> tuple[set[str], set[str]]:
    events = [e for e in extractor.extract(make_article(text, published=PUB, title=title)) if e.kind == "change"]
    return {e.place.name for e in events if not e.historical}, {e.place.name for e in events if e.historical}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the base an extension starts from
        ("Kurdish fighters have captured three more villages, extending their control after seizing Manbij, a spokesman said.", "Manbij"),
        ("Government troops took two more districts, expanding their gains after recapturing Palmyra.", "Palmyra"),
        # a campaign described by its capture
        ("The Syrian army advance, which retook Palmyra, has alarmed the jihadists' backers.", "Palmyra"),
        ("The rebel campaign, which seized Idlib, drew heavy Russian air strikes.", "Idlib"),
        # a caption counted back from the picture's date
        ("Iraqi soldiers rest a day after taking control of Ramadi, Iraq, 20 November 2016.", "Ramadi"),
        # what the news follows
        ("The push on Raqqa follows the Kurdish forces' capture of Tabqa, Nov. 20.", "Tabqa"),
    ],
)
def test_a_capture_the_news_builds_on_is_background(extractor: Extractor, text: str, place: str) -> None:
    news, old = _split(extractor, text)
    assert place in old and place not in news


@pytest.mark.parametrize(
    "title",
    [
        "Iraqi prime minister tours liberated city of Ramadi",
        "Syrian president visits newly recaptured Palmyra",
    ],
)
def test_a_visited_town_in_a_headline_is_background(extractor: Extractor, title: str) -> None:
    news, _old = _split(extractor, "", title=title)
    assert not news


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a chain of captures told as news keeps both (decided by the main clause: a change, not an extension)
        ("Kurdish fighters seized Tal Abyad on Monday after capturing Ain Issa.", "Ain Issa"),
        ("Kurdish fighters seized Tal Abyad on Monday after capturing Ain Issa.", "Tal Abyad"),
        # an extension as the main clause
        ("Kurdish fighters extended their control to Tal Abyad after seizing Ain Issa.", "Ain Issa"),
        # a side's relative clause, not a campaign's
        ("The rebels, who seized Saraqeb on Monday, have vowed to press on.", "Saraqeb"),
        # a caption on the news day with no span counted back
        ("Iraqi soldiers gather in Ramadi after taking control of the city on Monday.", "Ramadi"),
        # "followed up" a capture is the capture's own story
        ("The army followed up its capture of Palmyra with a push on Arak.", "Palmyra"),
        # a prepositional "following" dates the day's news by the capture
        ("Celebrations erupted in the streets following the army's capture of Palmyra.", "Palmyra"),
    ],
)
def test_news_stays_news(extractor: Extractor, text: str, place: str) -> None:
    news, _old = _split(extractor, text)
    assert place in news


def test_a_taken_town_in_a_headline_stays_news(extractor: Extractor) -> None:
    news, _old = _split(extractor, "", title="Iraqi forces retake city of Ramadi")
    assert "Ramadi" in news
