"""Session 21, round 2 (helper heads21, issue 10): false alerts of holdout21a's headlines, in our own words. What lies
between two places is neither of them ("seize checkpoint between A and B", "recapture main road between A and B":
``headline_grammar.py`` ends the object there); a police headquarters in a town of 50,000 or more is one building of
it, not its garrison (``extractor.py``). Twins: a town named before "between", a military headquarters, a smaller
town's police headquarters, districts named for themselves.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(
    "title",
    [
        # what lies between two places, or links them
        "Rebels seize checkpoint between Idlib and Turkey",
        "Rebels seize army checkpoint between Idlib and Turkey: monitor",
        "Kurdish forces retake main road between Kirkuk and Erbil",
        "Rebels seize road linking Aleppo and Idlib",
        "Army retakes highway connecting Damascus and Homs",
        # a police building in a city
        "Gunmen take over police headquarters in Druzhkivka",
        "Separatists seize police headquarters in Kramatorsk",
    ],
)
def test_headline_twin_is_no_change(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=_DAY) == []


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # the town itself, named before "between" or set off
        ("Syrian rebels seize Saraqeb between Aleppo and Idlib", ("Saraqeb", "x-rebels-sy", None)),
        ("Rebels seize Saraqeb, between Aleppo and Idlib", ("Saraqeb", "x-rebels-sy", None)),
        # a military headquarters, a smaller town's police headquarters
        ("Separatists seize military headquarters in Druzhkivka", ("Druzhkivka", "x-separatists-ua", "ua-forces")),
        ("Taliban seize police headquarters in Ghormach", ("Ghormach", "taliban", "af-gov")),
        # a district named for itself, its province after it
        ("Taliban seize Ghormach district in northern Faryab province", ("Ghormach", "taliban", None)),
        ("Khwaja Ghar district of Takhar province falls to the Taliban", ("Khwaja Ghar", "taliban", None)),
    ],
)
def test_headline_change(extractor: Extractor, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_DAY)) == [want]
