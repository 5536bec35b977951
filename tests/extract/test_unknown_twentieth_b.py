"""Places the gazetteer does not know (session 20, second round, helper unknown20, issue 10): an armed side cleared or
driven from unknown names ("cleared Boko Haram fighters from A and B in Borno State"), a settlement the text names
after "called / named / known as" ("took over a district called X, on the outskirts of Y"), and a sentence that opens
on its province ("In North Kivu, the army retook the village of X": the army is the province's country's). Each form
with negative twins of the same words (sentences written for these tests, keeping the grammar of real reports)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

DAY = dt.date(2021, 3, 9)


def _rows(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, DAY))


_POSITIVES = [
    # U1: an armed side cleared / driven from unknown names (named_place.py)
    (
        "Nigerian soldiers have cleared Boko Haram fighters from Ngelzarma and Bula Kuriye in Borno State, an army "
        "spokesman said.",
        [("Bula Kuriye", "ng-gov", "boko-haram"), ("Ngelzarma", "ng-gov", "boko-haram")],
    ),
    (
        "Troops cleared ISWAP terrorists from Kareto, Damasak and Bulakesa Yale in northern Borno, the army said.",
        [("Bulakesa Yale", "ng-gov", "iswap"), ("Damasak", "ng-gov", "iswap"), ("Kareto", "ng-gov", "iswap")],
    ),
    (
        "Somali troops drove al-Shabaab fighters from Ceel Waregow and Buulo Jameeco in Lower Shabelle on Monday.",
        [("Buulo Jameeco", "so-gov", "al-shabaab"), ("Ceel Waregow", "so-gov", "al-shabaab")],
    ),
    (
        "The army cleared ISWAP fighters from Arege and Kirta Wulgo in Borno State, the spokesman said.",
        [("Arege", "ng-gov", "iswap"), ("Kirta Wulgo", "ng-gov", "iswap")],
    ),
    # U2: "a district called X", "a village known as X" (frames.py)
    (
        "Libyan forces took over a district called Wadi Hamra, on the outskirts of Sirte, on Wednesday.",
        [("Wadi Hamra", "ly-gna", None)],
    ),
    (
        "Libyan forces took over the power station and a district called Zaafran on the outskirts of Sirte.",
        [("Zaafran", "ly-gna", None)],
    ),
    ("The army recaptured a village known as Kibirizi Bas in North Kivu.", [("Kibirizi Bas", "cd-gov", None)]),
    ("Al-Shabaab seized a small town called Ceel Garas in Somalia's Galgaduud region.", [("Ceel Garas", "al-shabaab", "so-gov")]),
    ("The RSF captured a village named Um Sidr, west of El Fasher, on Sunday.", [("Um Sidr", "rsf", None)]),
    # U3: a sentence that opens on its province (located.py, context.py)
    ("In North Kivu, the army recaptured the village of Kibirizi Bas.", [("Kibirizi Bas", "cd-gov", None)]),
    ("In North Kivu province, troops retook the hamlet of Kibirizi Bas on Tuesday.", [("Kibirizi Bas", "cd-gov", None)]),
    ("In Borno State, the army cleared Boko Haram fighters from Ngelzarma.", [("Ngelzarma", "ng-gov", "boko-haram")]),
    ("In Lower Shabelle, the army took control of the village of Ceel Waregow.", [("Ceel Waregow", "so-gov", "al-shabaab")]),
    # (a known town keeps its own reading)
    ("In North Kivu, the army recaptured Goma on Tuesday.", [("Goma", "cd-gov", None)]),
]

_TWINS = [
    # U1: something that is no side cleared from the same names; a road from one to the other
    "Nigerian soldiers have cleared landmines from Ngelzarma and Bula Kuriye in Borno State, an army spokesman said.",
    "Police cleared protesters from Ngelzarma and Bula Kuriye in Borno State on Monday.",
    "Nigerian soldiers cleared the road from Ngelzarma to Bula Kuriye in Borno State, an army spokesman said.",
    # an intention, an attempt, a denial, a forest, long ago
    "Nigerian soldiers plan to clear Boko Haram fighters from Ngelzarma and Bula Kuriye in Borno State.",
    "Nigerian soldiers tried to clear Boko Haram fighters from Ngelzarma and Bula Kuriye in Borno State.",
    "Nigerian soldiers did not clear Boko Haram fighters from Ngelzarma in Borno State, residents said.",
    "Nigerian soldiers cleared Boko Haram fighters from the Alagarno Forest in Borno State.",
    "Nigerian soldiers cleared Boko Haram fighters from Ngelzarma in Borno State in 2016.",
    # U2: an attack, a plan, a man called X, a nickname with its article, shelling
    "Al-Shabaab attacked a small town called Ceel Garas in Somalia's Galgaduud region.",
    "The army plans to recapture a village known as Kibirizi Bas in North Kivu.",
    "The rebels seized a man called Kibirizi in North Kivu.",
    "The army recaptured a district known as the Green Belt in Mosul.",
    "The RSF shelled a village named Um Sidr, west of El Fasher, on Sunday.",
    # U3: a plan, an attack, a statement, a year; the opener must come before the name
    "In North Kivu, the army plans to recapture the village of Kibirizi Bas.",
    "In North Kivu, rebels attacked the village of Kibirizi Bas.",
    "In a statement, the army said it would retake the village of Kibirizi Bas.",
    "In 2014, the army recaptured the village of Kibirizi Bas.",
    "Kibirizi Bas, in the words of the army, was a trap.",
]


@pytest.mark.parametrize(("text", "rows"), _POSITIVES)
def test_unknown_name_taken(extractor: Extractor, text: str, rows: list[tuple[str, str, str | None]]) -> None:
    assert _rows(extractor, text) == rows


@pytest.mark.parametrize("text", _TWINS)
def test_unknown_name_twins(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text) == []


def test_opening_city_places_no_quarter_as_village(extractor: Extractor) -> None:
    """"In Khartoum, the army took the X neighbourhood in Y": Y is a part of the city, not a village of the state."""
    rows = _rows(extractor, "In Khartoum, the army has taken over the Hillat Kuku neighbourhood in Al-Kalakla.")
    assert "Al-Kalakla" not in [p for p, _g, _lo in rows]
