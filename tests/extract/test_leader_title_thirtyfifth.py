"""A head of government named by title alone speaks for his state (session 35, the lead, issue 10).

"Prime Minister Haider al-Abadi declared victory over Islamic State in Mosul": with a country word before the title
("Iraqi Prime Minister ...") the side was read; without one the declaration had no side the catalogue knows and was
dropped. The title now stands for the state of the town's country, when the text names the foe. Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.leader_title import leader_by_title
from townwatch_extract.nlp import load_nlp

from .conftest import make_article

PUB = dt.date(2017, 7, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Haider al-Abadi declared victory over Islamic State in Mosul on Monday.",
        "Prime Minister Haider Abadi declared victory over Islamic State in Mosul on Monday.",
        "The prime minister declared victory over Islamic State in Mosul on Monday.",
        "Interim Prime Minister Ali Hassan declared victory over Islamic State militants in Mosul on Monday.",
    ],
)
def test_a_titled_leader_declares_his_state_victory(extractor: Extractor, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert [(e.place.name, e.gaining and e.gaining.id, e.losing and e.losing.id) for e in events] == [("Mosul", "iq-gov", "isis")]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Haider al-Abadi declared victory over corruption in Mosul on Monday.",
        "Prime Minister Haider al-Abadi vowed victory over Islamic State in Mosul within weeks.",
        "The prime minister visited Mosul on Monday, a week after the army drove out Islamic State.",
    ],
)
def test_a_leader_without_a_won_town_stays_quiet(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical and e.place.name == "Mosul"] == []


@pytest.mark.parametrize(
    ("text", "word", "titled"),
    [
        ("Prime Minister Haider Abadi spoke.", "Abadi", True),
        ("The president spoke.", "president", True),
        ("Iraqi Prime Minister Haider Abadi spoke.", "Abadi", False),
        ("The army spoke.", "army", False),
    ],
)
def test_the_title_opens_the_doer_phrase(text: str, word: str, titled: bool) -> None:
    doc = load_nlp()(text)
    assert leader_by_title(next(t for t in doc if t.text == word)) is titled
