"""Session 22, second round (helper news22, issue 10): holdout22a's false alerts and background read as news, in our
own words with the grammar of real reports, each with twins from the same words that keep the change.

S (frames.py): a federal state written with its word is no town: "the last base in X Township, Karenni State", "the
southern Chin State township". Twin: "seize X town in Karenni State".
W (recap.py): a nominal change after the lead dated by the week of the verb it is the object of: "Last week, the army
confirmed the withdrawal of its troops from X". Twin: "On Monday, ...".
C (background.py): a perfect counted from a long-past event: "Since the coup, ... rebels have seized several towns,
including X". Twin: "Since Friday, ...".
F (timeline.py): a capture in a relative clause on the side fought against: "troops are fighting against militants who
seized the city of X". Twin: the capture told first, the fight after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, headline_changes

_DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(
    ("title", "places"),
    [
        # (the base is a site under its township's name since session 35, never the township or the state)
        ("Resistance fighters seize military's last base in Hpasawng Township, Karenni State", ["Hpasawng base"]),
        ("Resistance fighters seize Shadaw town in Karenni State", ["Shadaw"]),
    ],
)
def test_state_in_a_headline(extractor: Extractor, title: str, places: list[str]) -> None:
    assert [e.place.name for e in headline_changes(extractor, title, published=_DAY)] == places


def test_state_before_a_township(extractor: Extractor) -> None:
    text = ("The Arakan Army told residents to watch for troops remaining in Paletwa after the southern Chin State "
            "township came under the control of the AA, with the last outpost seized on Jan. 14.")
    assert all(p != "Chin State" for p, _g, _lo, _h in change_rows(extractor, text, _DAY))


_LEAD = "Russian troops pressed on toward Selydove, the ministry said on Monday. "
_TIMBUKTU = "Rebels hoisted their flag over Timbuktu on Sunday. "


@pytest.mark.parametrize(
    ("text", "place", "historical"),
    [
        (_LEAD + "Last week, Ukraine's army confirmed the withdrawal of its troops from Vuhledar.", "Vuhledar", True),
        (_LEAD + "On Monday, Ukraine's army confirmed the withdrawal of its troops from Vuhledar.", "Vuhledar", False),
        (_TIMBUKTU + "Since the coup, the army has lost ground in the north and rebels have seized several towns, "
         "including Gao.", "Gao", True),
        (_TIMBUKTU + "Since Friday, the army has lost ground in the north and rebels have seized several towns, "
         "including Gao.", "Gao", False),
        ("Afghan troops are fighting for a fifth day against Taliban militants who seized the city of Ghazni.", "Ghazni",
         True),
        ("Taliban militants seized the city of Ghazni, and Afghan troops are fighting against them for a fifth day.",
         "Ghazni", False),
    ],
)
def test_background_by_its_frame(extractor: Extractor, text: str, place: str, historical: bool) -> None:
    rows = change_rows(extractor, text, _DAY)
    assert [h for p, _g, _lo, h in rows if p == place] == [historical], rows
