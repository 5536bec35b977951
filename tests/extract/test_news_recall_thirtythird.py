"""News excerpts' recall (session 33, helper news33, issue 10): a base a report takes unnamed and names beside it.

Wire ledes say a side "seized a military base in <region>" (or "the regime's largest remaining military base in
<province>") and name the base or its town one or two sentences later ("attacked the base at X", "The loss of X base
leaves ...", "a raid on a base in X"); or name the base first and tell its fall after ("launched an assault on an army
base in the village of X. The outpost was overrun by ..."). The base is that town's site (``later_base.py``). Counted
in seven of the twelve spent lead sets' news folders (27b, 28a, 28b, 29a, 29b, 30a, 31a) and in real reports of
2015-2021 (Nigeria, Somalia, Syria, Yemen).

Twins: an attack repelled, an attempt, an aim, another base named, a base held for hours and left again, a base of
operations, an attack with no capture. Sentences written for these tests (towns and details changed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import make_article

PUB = dt.date(2021, 3, 12)


def _news(extractor: Extractor, text: str, published: dt.date = PUB) -> list[ControlChange]:
    article = make_article(text, published=published)
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


# (text, place, gaining, losing): the base taken unnamed, named beside its sentence
LATER_NAMED = [
    ("Insurgents from al-Shabaab overran a military base in the northern Hiran region on Friday, a local elder said. "
     "The militants attacked the base in Bulo Warbe at dawn with a car bomb.", "Bulo Warbe", "al-shabaab", "so-gov"),
    ("Rebels have seized the army's largest remaining base in southern Idlib province. The loss of Wadi Deif base "
     "leaves the army only two positions in the province.", "Wadi Deif", None, "sy-gov"),
    ("Al-Shabaab fighters took control of an army base in central Somalia on Sunday. Officials said the fighters "
     "stormed a base in Galcadde after a suicide attack.", "Galcadde", "al-shabaab", "so-gov"),
    ("Al-Shabaab launched an assault on an army base in the village of Kolbiyow on Monday. The outpost was overrun by "
     "al-Shabaab fighters within hours, officials said.", "Kolbiyow", "al-shabaab", "so-gov"),
    ("Houthi fighters and their allies seized a military base north of the capital Sanaa on Sunday. Officials condemned "
     "the Houthi attack at the Amaliya base in Amran province.", "Amaliya", "houthis", "ye-gov"),
    ("The unity government said Monday its forces had seized a strategic airbase from Haftar's forces. Officials "
     "announced the liberation of Al-Qurdabiya base, 140 kilometres south of Sirte.", "Al-Qurdabiya", "ly-gna", "lna"),
]


@pytest.mark.parametrize(("text", "place", "gaining", "losing"), LATER_NAMED)
def test_a_base_taken_unnamed_is_the_base_named_beside_it(
    extractor: Extractor, text: str, place: str, gaining: str | None, losing: str
) -> None:
    published = dt.date(2020, 5, 18) if "Haftar" in text else PUB
    found = [e for e in _news(extractor, text, published) if e.place.name == place]
    assert found, _news(extractor, text, published)
    assert gaining is None or (found[0].gaining is not None and found[0].gaining.id == gaining)
    assert found[0].losing is not None and found[0].losing.id == losing


LATER_NAMED_TWINS = [
    # an attack beaten back, an attempt, an aim
    "Al-Shabaab fighters attacked a military base in the Jubbaland region on Tuesday. Troops at the base in Janay "
    "Abdale repelled the assault.",
    "Al-Shabaab fighters tried to seize a military base in the south on Tuesday. The attack on the base in Janay Abdale "
    "was repelled.",
    "Somali forces plan to retake an army base in the Hiran region this week, officials at the base in Bulo Warbe said.",
    # another base named, not the one taken
    "Al-Shabaab fighters seized a military base in the Jubbaland region on Tuesday. Another base in Afmadow was also "
    "attacked.",
    # shelled, not taken; held for hours and left
    "Al-Shabaab shelled an army base in the village of Kolbiyow on Monday. The outpost was not overrun, officials said.",
    "Boko Haram fighters seized a military base in the northeast on Friday. They stormed into the base in the town of "
    "Gubio late in the evening. The militants held the base for several hours before they were forced out.",
    "Insurgents overran a military base in the north of Borno state on Friday. They stormed the base at Gajiram, but "
    "soldiers repelled them after an hour.",
    # taken briefly and taken back
    "Al-Shabaab militants killed ten soldiers and briefly captured a military base west of the capital, officials "
    "said. A suicide bomber struck at the Dhagax Yar base before gunmen stormed in. The army recaptured the base when "
    "reinforcements arrived.",
    # a base of operations, a business
    "The firm took control of a base of operations in the Gulf region. The base in Berbera will open next year.",
    # the base named is an owner's, not a town's
    "The army captured a key base of the rebels in the east. The ADF camp was destroyed, the army said.",
]


@pytest.mark.parametrize("text", LATER_NAMED_TWINS)
def test_a_base_attacked_aimed_at_or_left_again_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
