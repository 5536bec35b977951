"""Session 26 (helper acled26, issue 10): a coder note's present tense that the small model misreads.

Older coder notes tell the event in the present ("Military forces dislodge Z from A and B", "AU forces clash with Z,
retake X"). Two misreadings lose the capture:
P1 (lexicon.PARSE_SWAPS): the bare present "dislodge" after a plural side is read as a noun compound before the side;
swapped for the same-length "push out" it is read as the verb it is. Twins: an attempt, a purpose, a past attempt
that failed.
P2 (frames.frame_or_why): a capture verb in the bare present told as the second verb after a finite present ("clash
with Z and retake X", "clash with Z, recapture X") is read as an adjective with the place as its object; it is the
verb, with the first verb's subject. Twins: an object that is no place (weapons, hostages, a road), an intention.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_DAY = dt.date(2016, 6, 27)


@pytest.mark.parametrize(
    ("text", "places", "gaining", "losing"),
    [
        ("Nigerian troops dislodge Boko Haram from Dikwa.", {"Dikwa"}, "ng-gov", "boko-haram"),
        ("Military forces dislodge Boko Haram from Dikwa and Marte, killing several militants.", {"Dikwa", "Marte"}, "ng-gov", "boko-haram"),
        ("AMISOM forces clash with al Shabaab and retake Bardaale.", {"Bardaale"}, "atmis", "al-shabaab"),
        ("AMISOM forces clash with al Shabaab, recapture Bardaale. Two militants dead.", {"Bardaale"}, "atmis", "al-shabaab"),
    ],
)
def test_present_tense_capture_is_read(extractor: Extractor, text: str, places: set[str], gaining: str, losing: str) -> None:
    rows = news_rows(extractor, text, _DAY)
    assert {p for p, _g, _lo in rows} == places
    assert all(g == gaining and lo == losing for _p, g, lo in rows)


@pytest.mark.parametrize(
    "text",
    [
        # an attempt that failed, a purpose: no change
        "The militants made three failed attempts to dislodge the soldiers from Dikwa.",
        "Troops were sent to dislodge Boko Haram from Dikwa.",
        "Military forces try to dislodge Boko Haram from Dikwa.",
        # the second verb's object is no place
        "Kenyan forces clash with al Shabaab, recapture weapons. Three militants dead.",
        "Kenyan forces clash with al Shabaab near Busar and free two hostages.",
        "Kenyan forces clash with al Shabaab near Busar and secure the road.",
        # an intention after the clash
        "Kenyan forces clash with al Shabaab and plan to retake Busar.",
        # fighting only
        "Government forces repel an al Shabaab attack on Busar.",
    ],
)
def test_present_tense_twins_take_nothing(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []
