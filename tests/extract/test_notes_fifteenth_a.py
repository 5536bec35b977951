"""Monitors' coder notes of Africa (session 15, helper notes15a): a side that "re-established presence in X", and
one that "stormed X" or "returned to X" after the other side withdrew, took the place; storming, returning or
establishing a presence told alone (an attack, a return to base, a foothold near a town) stays quiet. Each form with
negative twins of the same words (notes written for these tests, in a coder's style)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize(
    "verb",
    ["re-established presence in", "re-established its presence in", "re-established a presence in",
     "reestablished presence in", "re-established their presence inside"],
)
def test_a_side_re_establishing_presence_takes_the_village(extractor: Extractor, verb: str) -> None:
    note = f"On 4 May 2024, Al Shabaab {verb} Buulo Mareer (Afgooye, Lower Shabelle)."
    assert [(p, g) for p, g, _lo in _news(extractor, note, DAY)] == [("Buulo Mareer", "al-shabaab")]


def test_presence_established_after_the_other_side_left_names_the_loser(extractor: Extractor) -> None:
    note = "On 4 May 2024, JNIM militants established presence in Kormadji (Douentza, Mopti) after FAMa withdrew from the camp."
    assert _news(extractor, note, DAY) == [("Kormadji", "jnim", "ml-gov")]


def test_a_state_side_re_establishing_presence(extractor: Extractor) -> None:
    note = "On 4 May 2024, SNA forces re-established presence in Buulo Mareer (Afgooye, Lower Shabelle) after Al Shabaab withdrew."
    assert _news(extractor, note, DAY) == [("Buulo Mareer", "so-gov", "al-shabaab")]


@pytest.mark.parametrize(
    "note",
    [
        # a first presence told alone is a foothold or patrols, not a hold
        "On 4 May 2024, JNIM militants established presence in Kormadji (Douentza, Mopti).",
        "On 4 May 2024, Al Shabaab re-established presence near Buulo Mareer (Afgooye, Lower Shabelle).",
        "On 4 May 2024, Al Shabaab planned to re-establish presence in Buulo Mareer (Afgooye, Lower Shabelle).",
        "On 4 May 2024, Al Shabaab re-established a checkpoint in Buulo Mareer (Afgooye, Lower Shabelle).",
        "On 4 May 2024, UN agencies re-established presence in Buulo Mareer (Afgooye, Lower Shabelle) after the floods.",
        "On 4 May 2024, Al Shabaab failed to re-establish presence in Buulo Mareer (Afgooye, Lower Shabelle).",
    ],
)
def test_presence_without_a_hold_is_no_change(extractor: Extractor, note: str) -> None:
    assert _news(extractor, note, DAY) == []


@pytest.mark.parametrize(
    "note, place, gaining, losing",
    [
        ("On 4 May 2024, Al Shabaab fighters stormed Buulo Mareer (Afgooye, Lower Shabelle) after SNA forces withdrew.",
         "Buulo Mareer", "al-shabaab", "so-gov"),
        ("On 4 May 2024, RSF fighters stormed the town of Um Sidr (Sennar) after SAF troops pulled out.",
         "Um Sidr", "rsf", "saf"),
        ("On 4 May 2024, hundreds of Al Shabaab fighters stormed Jalalaqsi district of Hiraan region after SNA forces withdrew.",
         "Jalalaqsi", "al-shabaab", "so-gov"),
        ("On 4 May 2024, Al Shabaab returned to Buulo Mareer (Afgooye, Lower Shabelle) after SNA forces vacated the village.",
         "Buulo Mareer", "al-shabaab", "so-gov"),
        ("On 4 May 2024, M23 rebels returned to Kirotshe (Masisi, North Kivu) after the FARDC withdrew.",
         "Kirotshe", "m23", "cd-gov"),
    ],
)
def test_storming_or_returning_after_the_other_side_left_takes_the_place(
    extractor: Extractor, note: str, place: str, gaining: str, losing: str
) -> None:
    assert _news(extractor, note, DAY) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "note",
    [
        # storming told alone is an attack; returning alone, a return to base
        "On 4 May 2024, Al Shabaab fighters stormed Buulo Mareer (Afgooye, Lower Shabelle), killing two soldiers.",
        "On 4 May 2024, Al Shabaab fighters stormed Buulo Mareer (Afgooye, Lower Shabelle) and withdrew after looting shops.",
        "On 4 May 2024, Al Shabaab fighters stormed an SNA base in Buulo Mareer (Afgooye, Lower Shabelle) after SNA forces withdrew.",
        "On 4 May 2024, Al Shabaab fighters stormed Buulo Mareer (Afgooye, Lower Shabelle) before SNA forces repelled them.",
        "On 4 May 2024, hundreds of Al Shabaab fighters stormed Jalalaqsi district of Hiraan region, killing two soldiers.",
        "On 4 May 2024, hundreds of displaced families returned to Jalalaqsi district of Hiraan region after SNA forces withdrew.",
        "On 4 May 2024, M23 rebels returned to Kirotshe (Masisi, North Kivu).",
        "On 4 May 2024, displaced families returned to Kirotshe (Masisi, North Kivu) after M23 rebels withdrew.",
        "On 4 May 2024, FARDC troops returned to their base in Kirotshe (Masisi, North Kivu) after M23 rebels withdrew.",
    ],
)
def test_storming_or_returning_without_a_handover_is_no_change(extractor: Extractor, note: str) -> None:
    assert _news(extractor, note, DAY) == []


@pytest.mark.parametrize(
    "note, places, gaining",
    [
        ("On 4 May 2024, Fano fighters now control Gobiye and Ziquala (North Wollo, Amhara) after clashes with the ENDF.",
         ["Gobiye", "Ziquala"], "fano"),
        ("On 4 May 2024, JNIM now controls Nampala (Niono, Segou) after FAMa evacuated their camp.", ["Nampala"], "jnim"),
        ("On 4 May 2024, Nampala (Niono, Segou) is now controlled by JNIM militants.", ["Nampala"], "jnim"),
    ],
)
def test_now_control_tells_the_change(extractor: Extractor, note: str, places: list[str], gaining: str) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, note, DAY)] == [(p, gaining) for p in places]


@pytest.mark.parametrize(
    "note",
    [
        # who holds a town, told without "now", or with "still", a modal, a negation or in a side's description
        "On 4 May 2024, Fano fighters still control Gobiye (North Wollo, Amhara) despite ENDF airstrikes.",
        "On 4 May 2024, Nampala (Niono, Segou) is controlled by JNIM militants.",
        "On 4 May 2024, Nampala (Niono, Segou) is still controlled by JNIM militants.",
        "On 4 May 2024, Fano fighters could now control Gobiye (North Wollo, Amhara) if the ENDF withdraws.",
        "On 4 May 2024, Fano fighters do not now control Gobiye (North Wollo, Amhara).",
        "On 4 May 2024, JNIM, which now controls Nampala (Niono, Segou), ambushed a FAMa convoy near Diabaly (Niono, Segou).",
        "On 4 May 2024, Fano fighters now control the road between Gobiye and Ziquala (North Wollo, Amhara).",
    ],
)
def test_control_told_as_a_state_is_no_change(extractor: Extractor, note: str) -> None:
    assert _news(extractor, note, DAY) == []
