"""Headline families of the eighth reading (docs/constructions.md "Eighth reading"), in our own words: a side that
says "they" took a town with no catalogue entry behind it, "win back", present-tense "occupy", a flag raised in a
reduced passive, "Z says X retaken", "Z declares defeat of Y in X", and a two-word country before "army"; each with negative twins in the same words."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_events = partial(headline_changes, published=dt.date(2021, 3, 14))


@pytest.mark.parametrize(
    ("title", "place", "gaining", "losing"),
    [
        # the speakers are the side, named only by a common noun ("Libyan rebels")
        ("Libyan rebels say they recaptured Brega", "Brega", "x-rebels-ly", None),
        ("Rebels say they have retaken Ajdabiya", "Ajdabiya", "x-rebels-ly", None),
        ("Libyan rebels say they've reclaimed Zawiya", "Zawiya", "x-rebels-ly", None),
        # "win back" with a known town and a known or common-noun side
        ("Libyan rebels win back Ajdabiya", "Ajdabiya", "x-rebels-ly", None),
        ("Rebels wins back Ajdabiya, now heading for Brega", "Ajdabiya", "x-rebels-ly", None),
        ("Libyan rebels win back Brega after heavy fighting", "Brega", "x-rebels-ly", None),
        ("Indian army wins back Kargil", "Kargil", "in-gov", None),
        # (present-tense "occupy" at Gori: test_wars_twentythird_b.py, at the date of that war)
        # a flag raised in a reduced passive: the flag's side took the town
        ("Russian flag raised over Grozny", "Grozny", "ru-forces", None),
        ("Russian Tricolour Raised in Grozny", "Grozny", "ru-forces", None),
        ("Ukrainian flag raised in Kherson", "Kherson", "ua-forces", "ru-forces"),
        # the speaker before, a bare participle its clause: "Z says X retaken"
        ("Rebels say Brega retaken", "Brega", "x-rebels-ly", None),
        ("Russia says Avdiivka captured", "Avdiivka", "ru-forces", "ua-forces"),
        # "Z declares (the) defeat of Y in X"
        ("Iraqi army declares defeat of Islamic State in Fallujah", "Fallujah", "iq-gov", "isis"),
        ("Iraqi PM declares the defeat of Islamic State in Mosul", "Mosul", "iq-gov", "isis"),
        # "South Sudan army" is South Sudan's, not Sudan's
        ("South Sudan army takes Bentiu", "Bentiu", "ss-gov", "splm-io"),
    ],
)
def test_an_eighth_reading_headline_is_read(extractor: Extractor, title: str, place: str, gaining: str, losing: str | None) -> None:
    assert sides(_events(extractor, title)) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "title",
    [
        # the same words, no change of hands: intent, hedges, fleeing, fighting, denial
        "Libyan rebels say they will recapture Brega",
        "Libyan rebels say they could recapture Brega within days",
        "Residents say they fled Brega",
        "Rebels say they shelled Brega",
        "Rebels deny they captured Brega",
        "Rebels say Brega not retaken",
        "Rebels say Brega will be retaken",
        "Police say drugs seized",
        "Ukraine says ship seized",
        "Russia denies Bakhmut captured",
        # a defeat declared of a side in a country, of no side, conceded, or not yet
        "Trump declares defeat of Islamic State in Syria",
        "Central bank declares defeat of inflation",
        "Labor declares defeat in Newcastle",
        "Army declares defeat of rebels in key battle",
        "Iraqi army declares defeat of Islamic State in Fallujah is near",
        # "win back" in elections, sport and opinion; a retrospective with an unknown name
        "Labor wins back Newcastle",
        "Liverpool win back top spot",
        "Taliban win back support in Kandahar",
        "The day India won back Tiger Hill",
        # "occupy" as a state, a protest, a share of a country, an intent
        "Russian troops still occupy Kherson",
        "Russian troops continue to occupy Kherson",
        "Protesters occupy parliament in Kyiv",
        "Russia occupies a fifth of Ukraine",
        "Russia says its troops will occupy Kherson",
        # a flag raised for a ceremony, or by nobody's side
        "Ukrainian flag raised in Kyiv for Independence Day",
        "Russian tricolour raised over Kremlin for Victory Day",
        "Olympic flag raised in Paris",
        "Rainbow flag raised over Sydney town hall",
    ],
)
def test_an_eighth_reading_twin_is_no_change(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []
