"""Session 27, second round (helper notes28, issue 10): conflict monitors' dated one-liners that lead27 misread (all 9
of the positives below fail on lead27).

M1 (frames, "cleared"; lexicon.CAPITALISED_OBJECT_FORMS): a monitor's bare "ISF cleared X in Y province": a known town
cleared by a known side, read as "took X". Twins: an expectation, a failure, roads cleared, a court, a bill, a square.
M2 (dated_result, read by modality): "advanced from A to retake X on <date>": an infinitive of result under a past
movement, dated that day, is the retaking done. Twins: repelled, an attempt, a future, a plan, an attack, undated.
M3 (frames._passive_subject): "X was reported / said to be taken by Z": the report's subject is the place taken. Twins:
attacked, threatened, not reported, fighters taken by surprise.
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
    ],
)
def test_monitor_note_twin_takes_nothing(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []
