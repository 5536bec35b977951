"""Headlines written in one case (ALL CAPS wire slugs, all-lower-case feeds) are read like wire headlines: the names
are found again by the actor catalogue and the gazetteer, and common words stay common."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.casing import one_case
from townwatch_extract.extractor import Extractor

from .conftest import headline_changes

_events = partial(headline_changes, published=dt.date(2024, 5, 1))


@pytest.mark.parametrize(
    ("title", "place", "gaining", "losing"),
    [
        ("MOSCOW SAYS ITS TROOPS SEIZED KROKHMALNE NEAR KUPIANSK", "Krokhmalne", "ru-forces", None),
        ("moscow says its troops seized krokhmalne near kupiansk", "Krokhmalne", "ru-forces", None),
        ("TALIBAN SEIZE KUNDUZ AS GOVERNMENT FORCES PULL BACK", "Kunduz", "taliban", None),
        ("iraqi troops retake ramadi from islamic state", "Ramadi", "iq-gov", "isis"),
        ("SYRIAN ARMY RECAPTURES PALMYRA FROM ISLAMIC STATE: STATE MEDIA", "Palmyra", "sy-gov", "isis"),
        ("m23 rebels take goma", "Goma", "m23", None),
        ("RSF FIGHTERS SEIZE WAD MADANI", "Wad Madani", "rsf", None),
        ("houthi fighters seize the yemeni city of taiz", "Taiz", "houthis", None),
        ("ISLAMIC STATE LOSES MANBIJ TO U.S.-BACKED FIGHTERS", "Manbij", "sdf", "isis"),  # Syria's US-backed fighters are the SDF (ninth reading)
    ],
)
def test_one_case_headline_is_read(extractor: Extractor, title: str, place: str, gaining: str | None, losing: str | None) -> None:
    events = _events(extractor, title)
    assert [e.place.name for e in events] == [place], events
    assert (events[0].gaining.id if events[0].gaining else None) == gaining
    if losing is not None:
        assert events[0].losing is not None and events[0].losing.id == losing
    assert events[0].evidence.sentence == title  # the evidence is the headline as written


@pytest.mark.parametrize(
    "title",
    [
        "POLICE SEIZE DRUGS WORTH $5 MILLION IN MIAMI",
        "police seize guns in bar raid",
        "amazon takes control of whole foods",
        "rebels take control of the game in second half",
        "LIVERPOOL TAKE CONTROL OF TITLE RACE",
        "opposition seizes control of parliament",
        "RUSSIA TAKES TOKYO TO TASK OVER SANCTIONS",
        "iraq readies final assault to take mosul",
        "ARMY PLANS PUSH TO RETAKE KISMAYO",
        "taliban could take kabul within 90 days, us official warns",
    ],
)
def test_one_case_negative_twins(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


def test_one_case_detection() -> None:
    assert one_case("TALIBAN SEIZE KUNDUZ") == "upper"
    assert one_case("taliban seize kunduz") == "lower"
    assert one_case("Taliban seize Kunduz") is None
    assert one_case("M23") is None  # too short to say
