"""Session 21 (helper heads21, issue 10): headlines read from a fresh sample of wire schedules, tag pages and front
pages, in our own words. A town named as taken on hearsay ("X reported captured", "X reportedly captured") and a town
"retaken from" a side the table does not know are told with no side (``headline.py``). The false alerts of ordinary
world news: a wire's "state TV" source read as Tuvalu's code, a body of states or a continent read as a town ("loses
UN seat", "withdraws from ECOWAS", "60% of Africa market"), an explainer that opens on a question word ("How the
Taliban took X"), part of a force withdrawn ("withdraw half their forces from X"), a cricket idiom. Twins keep the
same words as the change where one is told.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # a town named as taken on hearsay: nobody named taking it
        ("Avdiivka reported captured", ("Avdiivka", None, None)),
        ("Bakhmut reportedly captured", ("Bakhmut", None, None)),
        ("Ukrainians hold Kupiansk, Avdiivka reportedly captured", ("Avdiivka", None, None)),
        ("Kidal reportedly seized", ("Kidal", None, None)),
        # "retaken from" a side the actor table lacks: the town back in other hands, no side named
        ("Brega retaken from Zintan brigades", ("Brega", None, None)),
        # ... and from one it holds since session 27 (heads27): Gaddafi's forces of 2011 lost it
        ("Ajdabiya retaken from Gaddafi forces", ("Ajdabiya", None, "ly-qaddafi")),
        ("Brega retaken from Gaddafi loyalists", ("Brega", None, "ly-qaddafi")),
        ("Palmyra retaken from IS", ("Palmyra", None, "isis")),
        # a wire's "state TV" after the colon is the source, never Tuvalu's forces
        ("Army retakes Palmyra: state TV", ("Palmyra", "sy-gov", None)),
        ("Troops recapture Malakal - state TV", ("Malakal", "ss-gov", "splm-io")),
        # the whole force leaving is still a loss
        ("Houthis withdraw their forces from Marib", ("Marib", "ye-gov", "houthis")),
        # a report before a colon that asks nothing
        ("What we know: Taliban seize Kunduz", ("Kunduz", "taliban", None)),
    ],
)
def test_headline_change(extractor: Extractor, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_DAY)) == [want]


@pytest.mark.parametrize(
    "title",
    [
        # hearsay twins: a denial, a thing seized, an attack reported
        "Avdiivka not reported captured",
        "Drugs reportedly seized in Kabul",
        "Tanker reportedly seized off Hodeidah",
        "Avdiivka reportedly shelled overnight",
        "Kidal reported calm after clashes",
        # "retaken from" a rival in sport or business
        "Lead retaken from Arsenal",
        "Title retaken from Kenya's runners",
        # a body of states or a continent is no town
        "Russia loses UN rights council seat",
        "Mali withdraws from ECOWAS",
        "Burkina Faso and Niger withdraw from ECOWAS",
        "China captures 60% of Africa solar market",
        "Russia loses seat on UN human rights body",
        # an explainer of a change told before
        "How the Taliban took Kunduz",
        "What the fall of Avdiivka means for Ukraine",
        "Why Bakhmut fell to Wagner",
        "How Assad lost Aleppo",
        "Who controls Kidal now",
        # part of a force leaves: the town is still held
        "Yemen: Houthis withdraw half their fighters from Marib",
        "Russia withdraws some troops from Kherson",
        # a cricket idiom
        "Taliban take Kabul by storm in cricket",
        "Afghanistan overrun Zimbabwe in Harare cricket Test",
    ],
)
def test_headline_twin_is_no_change(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=_DAY) == []


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # a jail or a barracks taken in war stays a site taken
        ("M23 rebels seize Goma prison", ("Goma prison", "m23", "cd-gov")),
        ("Army retakes Goma prison from M23", ("Goma prison", "cd-gov", "m23")),
        ("RSF seizes Kober prison in Khartoum and frees prisoners", ("Kober prison", "rsf", "saf")),
    ],
)
def test_prison_taken_in_war(extractor: Extractor, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_DAY)) == [want]


@pytest.mark.parametrize(
    "title",
    [
        # order restored in a jail, a mutiny in a barracks, a peacekeeping mission left
        "Police regain control of Goma prison after riot",
        "Police Regain Control Of Guayaquil Jail",
        "Guards retake Kober prison after inmates riot",
        "Mutinous soldiers seize Bamako barracks",
        "Chadian Troops Pull Out Of Sahel Mission",
        "CHADIAN TROOPS PULL OUT OF SAHEL MISSION",
    ],
)
def test_unrest_and_missions_are_no_change(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=_DAY) == []
