"""Session 27, second round (helper notes28, issue 10): conflict monitors' dated one-liners that lead27 misread (all 11
of the positives below fail on lead27).

M1 (frames, "cleared"; lexicon.CAPITALISED_OBJECT_FORMS): a monitor's bare "ISF cleared X in Y province": a known town
cleared by a known side, read as "took X". Twins: an expectation, a failure, roads cleared, a court, a bill, a square.
M2 (dated_result, read by modality): "advanced from A to retake X on <date>": an infinitive of result under a past
movement, dated that day, is the retaking done. Twins: repelled, an attempt, a future, a plan, an attack, undated.
M3 (frames._passive_subject): "X was reported / said to be taken by Z": the report's subject is the place taken. Twins:
attacked, threatened, not reported, fighters taken by surprise.
M4 (contested): "Z captured A and B, while still controlling C": the taker's own participle names what it also holds,
no other side still holding the towns. Twins: the other side says it still holds the town, an attempt, a plan.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_DAY = dt.date(2016, 11, 7)


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # M1
        ("Iraqi army units and allied militias cleared Tikrit in Salahuddin province.", "Tikrit", "iq-gov", "isis"),
        ("Iraqi troops cleared Ramadi on Thursday.", "Ramadi", "iq-gov", "isis"),
        ("ISF and possible Shi'a militias cleared Baiji in Salahuddin province. Rutba in Anbar province matters given a "
         "possible ISIS push west.", "Baiji", "iq-gov", "isis"),
        # M2
        ("The Peshmerga advanced to retake Tikrit on November 7.", "Tikrit", "peshmerga", "isis"),
        ("The Peshmerga, meanwhile, advanced from Zardak Mountain to retake Tikrit, north of Baghdad, on November 7.",
         "Tikrit", "peshmerga", "isis"),
        ("Kurdish Peshmerga fighters pushed from the north to retake Baiji on Monday.", "Baiji", "peshmerga", "isis"),
        # M3
        ("Tikrit was reported to be taken by ISIS.", "Tikrit", "isis", "iq-gov"),
        ("Baiji was said to have been captured by ISIS on Sunday.", "Baiji", "isis", "iq-gov"),
        ("Ramadi was reported to be taken by ISIS on Friday.", "Ramadi", "isis", "iq-gov"),
    ],
)
def test_monitor_note_change_is_read(extractor: Extractor, text: str, place: str, gaining: str, losing: str) -> None:
    assert news_rows(extractor, text, _DAY) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "text",
    [
        # M1 twins
        "Iraqi army units are expected to clear Tikrit in Salahuddin province.",
        "Iraqi army units failed to clear Tikrit in Salahuddin province.",
        "Iraqi army units tried to clear Tikrit but were repelled.",
        "Iraqi troops began an operation to clear Tikrit.",
        "Iraqi troops have not cleared Tikrit yet.",
        "Iraqi troops cleared roads around Tikrit.",
        "Engineers cleared Highway 1 of mines near Tikrit.",
        "The court cleared Hassan of all charges on Thursday.",
        "The budget bill cleared Parliament on Thursday.",
        "The police cleared Tahrir Square on Thursday.",
        # M2 twins
        "The Peshmerga plan to advance to retake Tikrit on November 9.",
        "The Peshmerga advanced to retake Tikrit on November 7 but were repelled.",
        "The Peshmerga advanced from the mountain in an attempt to retake Tikrit on November 7.",
        "The Peshmerga advanced from the mountain to attack Tikrit on November 7.",
        "The Peshmerga will advance from the mountain to retake Tikrit on Monday.",
        "The Peshmerga advanced from the mountain to retake Tikrit.",
        "The Peshmerga advanced to within two miles of Tikrit on November 7.",
        "Share prices advanced to retake their highs on Monday.",
        # M3 twins
        "Tikrit was reported to be attacked by ISIS.",
        "Tikrit was reported to be threatened by ISIS.",
        "Tikrit was not reported to be taken by ISIS.",
        "The ISIS fighters were reported to be taken by surprise near Tikrit.",
        "Tikrit was reported to be taken by ISIS, but officials denied it.",
        # M4 twins
        "M23 said it captured Goma, while the army said it was still in control of the town.",
        "M23 said it captured Goma, but the army still controls the town.",
        "M23 tried to capture Goma, while still controlling Bunagana.",
        "M23 plans to capture Goma while still controlling Bunagana.",
    ],
)
def test_monitor_note_twin_takes_nothing(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("M23 captured the towns of Goma and Sake, while still controlling Bunagana, the border post to Uganda.", ["Goma", "Sake"]),
        ("M23 rebels seized Sake, while still holding Bunagana near the border.", ["Sake"]),
    ],
)
def test_own_holding_keeps_the_towns_taken(extractor: Extractor, text: str, places: list[str]) -> None:
    """M4: the towns taken stand; the held town named after "while still controlling" is none (the M23 war of 2012)."""
    assert news_rows(extractor, text, dt.date(2012, 11, 21)) == [(p, "m23", "cd-gov") for p in places]
