"""Session 21, second round (helper fixes21, issue 10): holdout21a's site and reversal false alerts, in our own words.

P1 (frames._police): a police headquarters or station seized in a town is a police building, never the town's
garrison (an army headquarters in a town still is). H1 (frames._HEIGHTS): "the strategic hills of A and B" are hills,
named after no town (never a town; since session 26 each a site of its own, test_sites_twentysixth.py); an object
after "as well as" read as the verb's conjunct still counts. B1 (extractor): a base's
own name the gazetteer lacks ("the strategic X base") is no town; a base named after a known town is that town.
S1 (frames._besieged): "regained control of a village where residents had been besieged" breaks a siege, no
recapture; a village the other side had seized is one. U1 (undone.py): the takers gone "hours after capturing it",
or "briefly captured ... dislodged" in the next sentence, undo the capture; months later, or no short hold, do not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, news_rows

DAY = dt.date(2024, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        # P1: police buildings
        "Armed separatists seized the city police headquarters in the eastern town of Druzhkivka on Saturday.",
        # H1: hills (no side named here; since session 26 hills a side retakes are sites, test_sites_twentysixth.py)
        "Army units recaptured the strategic hills of Kibati and Rusayo near Goma on Friday.",
        # B1: a base's own name
        "Militia fighters took control of the strategic Abu Arqub base on Sunday, a spokesman said.",
        # S1: a siege broken
        "Nigerian troops regained control of Gudumbali, which jihadists had besieged for a week, the army said.",
        # U1: the takers gone again
        "Al-Shabaab fighters withdrew from the town of Bulo Burde hours after capturing it, residents said.",
        "Rebels overran the town of Bentiu on Monday. A local official said the town was briefly captured and held for "
        "two days, but the rebels were eventually dislodged by government troops.",
    ],
)
def test_a_site_or_a_reversal_is_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


def test_a_police_headquarters_headline_is_no_change(extractor: Extractor) -> None:
    assert headline_changes(extractor, "Separatists seize police headquarters in Druzhkivka", published=DAY) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # P1 twin: an army headquarters in a town is its garrison
        ("Rebels seized the army headquarters in the town of Kadugli on Monday.", [("Kadugli", "x-rebels-sd", "saf")]),
        # B1 twin: a base named after a known town (since session 29, labelling.md "Sites": the town's base, anchored there)
        ("Militia fighters took control of the strategic Qasr Bin Ghashir base on Sunday, a spokesman said.",
         [("Qasr Bin Ghashir base", "x-fighters-ly", None)]),
        # S1 twin: a village the other side had seized
        ("Nigerian troops regained control of Gudumbali, which jihadists had seized a week ago, the army said.",
         [("Gudumbali", "ng-gov", "x-jihadists-ng")]),
        # U1 twins: a long hold, no short hold in the next sentence
        ("Al-Shabaab fighters withdrew from the town of Bulo Burde months after capturing it, residents said.",
         [("Bulo Burde", "so-gov", "al-shabaab")]),
        ("Rebels overran the town of Bentiu on Monday. A local official said the town was held for two weeks before "
         "government troops arrived.", [("Bentiu", "splm-io", "ss-gov")]),
    ],
)
def test_the_twin_still_changes_hands(extractor: Extractor, text: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, DAY) == rows
