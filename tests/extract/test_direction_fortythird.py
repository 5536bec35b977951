"""Direction (session 43, helper dir43, issue 10): whose gain and whose loss, where the side is written by a common word.

A named taker's "from" whose side only a common noun names ("Syrian army captures X from rebels", "took X back from
rebels") is that noun's unnamed side of the place's country, unless the story or the war fought there names who held
the place (extractor._sides, extractor._merge). A sponsor's compound before any armed noun ("U.S.-backed militias",
"the US-backed alliance of ... fighters", "US-backed coalition forces") is the side the catalogue lists for
"<sponsor>-backed forces" at the place (context._sponsored). "Rebel fighters" in the Central African Republic are never
the Congolese M23, whatever border the story names (context._generic). Soldiers with no badge ("unmarked troops") are
an unidentified armed group, never the place's own army (actors.yaml). The agent of a taking noun that the parse hangs
on the verb hailing it ("Britain hails recapture of X by Iraqi troops") is the taker (frames._noun_frame). "His
forces" in a clause a leader's words govern are his side (context._clause_subject_side), and a headline's singular
"rebel" is one of the rebels of the war there.
Twins: intentions, plans, an attack repelled, a patrol, a raid left, praise with no taking, a threat.
Sentences written for these tests, after the grammar of wire reports of 2013-2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, news_rows, sides

SYRIA = dt.date(2016, 5, 20)
RAQQA = dt.date(2017, 6, 20)
CAR = dt.date(2021, 1, 10)
CRIMEA = dt.date(2014, 3, 1)
IRAQ = dt.date(2016, 6, 20)
SOUTH_SUDAN = dt.date(2014, 1, 2)


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining", "losing"),
    [
        ("Government troops backed by Hezbollah took the town of Zabadani back from rebels on Friday.", SYRIA,
         "Zabadani", "sy-gov", "x-rebels-sy"),
        ("ISIS captures Kafr Naya and Harbal villages from rebel forces in northern Aleppo, cutting a supply road.", SYRIA,
         "Harbal", "isis", "x-rebels-sy"),
        ("U.S.-backed militias in Syria captured the town of Tabqa from Islamic State on Tuesday, the Observatory said.",
         RAQQA, "Tabqa", "sdf", "isis"),
        ("A U.S.-backed alliance of Kurdish and Arab fighters captured the town of Shaddadi from Islamic State on Friday.",
         RAQQA, "Shaddadi", "sdf", "isis"),
        ("A U.S.-backed, Kurdish-led Syrian militia said it had captured the town of Maskanah from Islamic State.", RAQQA,
         "Maskanah", "sdf", "isis"),
        ("Rebel fighters in the Central African Republic occupied the town of Bouar on Sunday, near the border with "
         "Cameroon and far from Congo.", CAR, "Bouar", "cpc", "cf-gov"),
        ("Unidentified soldiers took control of the airport in Sevastopol overnight, officials said.", CRIMEA,
         "Sevastopol", "unidentified-armed-group", None),
        ("Rebel leader Riek Machar told reporters he would join talks, claiming his forces had captured the town of "
         "Malakal.", SOUTH_SUDAN, "Malakal", "splm-io", "ss-gov"),
    ],
)
def test_sides(extractor: Extractor, text: str, published: dt.date, place: str, gaining: str, losing: str | None) -> None:
    rows = {p: (g, lo) for p, g, lo in news_rows(extractor, text, published)}
    found = next((k for k in rows if k.startswith(place)), None)
    assert found is not None, rows
    assert rows[found] == (gaining, losing)


@pytest.mark.parametrize(
    ("title", "published", "place", "gaining", "losing"),
    [
        ("Syrian army seizes southern town of Nawa from rebels", dt.date(2016, 2, 3), "Nawa", "sy-gov", "x-rebels-sy"),
        ("Tabqa falls to US-backed coalition forces", RAQQA, "Tabqa", "sdf", "isis"),
        ("Britain hails recapture of Fallujah by Iraqi troops", IRAQ, "Fallujah", "iq-gov", "isis"),
        ("France welcomes capture of Fallujah by 'courageous Iraqi forces'", IRAQ, "Fallujah", "iq-gov", "isis"),
        ("South Sudan rebel offers talks after seizing Malakal", SOUTH_SUDAN, "Malakal", "splm-io", "ss-gov"),
    ],
)
def test_headline_sides(extractor: Extractor, title: str, published: dt.date, place: str, gaining: str, losing: str) -> None:
    assert sides(headline_changes(extractor, title, published=published)) == [(place, gaining, losing)]


def test_sponsor_word_keeps_a_state_army(extractor: Extractor) -> None:
    """"US-backed Iraqi forces" are Iraq's: the catalogue lists no "US-backed forces" in Iraq."""
    rows = news_rows(extractor, "US-backed Iraqi forces recaptured the city of Fallujah from Islamic State on Sunday.", IRAQ)
    assert rows == [("Fallujah", "iq-gov", "isis")]


def test_taking_noun_agent_is_no_date(extractor: Extractor) -> None:
    """"by Monday" is when, not who: the side that announces the recapture keeps it."""
    rows = news_rows(extractor, "The army announced the recapture of Ramadi by Monday.", dt.date(2015, 12, 28))
    assert rows == [("Ramadi", "iq-gov", "isis")]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Government troops tried to take the town of Zabadani from rebels on Friday but were driven back.", SYRIA),
        ("U.S.-backed militias in Syria plan to capture the town of Tabqa from Islamic State before the summer.", RAQQA),
        ("Rebel fighters in the Central African Republic attacked the town of Bouar on Sunday but were pushed back by "
         "the army.", CAR),
        ("Unmarked soldiers patrolled outside the airport of Simferopol on Friday while flights went on as normal.", CRIMEA),
        ("Unmarked soldiers briefly entered the airport of Sevastopol and then left it; the airport denied any takeover.",
         CRIMEA),
        ("Rebel leader Riek Machar told reporters he would join talks, warning his forces could capture the town of "
         "Malakal.", SOUTH_SUDAN),
    ],
)
def test_no_change(extractor: Extractor, text: str, published: dt.date) -> None:
    assert news_rows(extractor, text, published) == []


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Syrian army vows to seize Nawa from rebels", dt.date(2016, 2, 3)),
        ("Britain hails Iraqi troops by name for courage in Fallujah battle", IRAQ),
    ],
)
def test_no_headline_change(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_changes(extractor, title, published=published) == []
