"""Session 34 (helper fix34h, issue 10): causes of the misses of the fresh notes and headline sets (lab34a/lab34b).

V1 (civil_voice.py, extractor._sides): "the Armenian authorities admitted that they had lost X", "Ukrainian officials
acknowledged that they had lost control of X": a side's civil voice (authorities, officials, government) that owns a
loss speaks for its forces, named by the side's word before the noun (main: no side, the event dropped). Twins: lost
contact or hope, a denial, a loss feared ("could lose"), local or unnamed officials, another side's loss told by them.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_KARABAKH = dt.date(2020, 10, 30)
_UKRAINE = dt.date(2023, 1, 20)
_SYRIA = dt.date(2015, 5, 22)


def _rows(extractor: Extractor, text: str, day: dt.date) -> set[tuple[str, str | None, str | None]]:
    return set(news_rows(extractor, text, day))


@pytest.mark.parametrize(
    ("text", "day", "place", "losing"),
    [
        ("Later that week the Armenian authorities admitted that they had lost Qubadli, as Azerbaijani troops pushed south.",
         _KARABAKH, "Qubadli", "am-forces"),
        ("The Artsakh authorities acknowledged that they had lost control of Shusha, saying Azerbaijani forces were near the capital.",
         _KARABAKH, "Shusha", "am-forces"),
        ("Ukrainian officials acknowledged on Friday that they had lost Soledar after weeks of Russian assaults.",
         _UKRAINE, "Soledar", "ua-forces"),
        ("Syrian officials admitted that they had lost Palmyra to Islamic State fighters overnight.",
         _SYRIA, "Palmyra", "sy-gov"),
    ],
)
def test_v1_a_sides_civil_voice_owns_its_forces_loss(extractor: Extractor, text: str, day: dt.date, place: str, losing: str) -> None:
    rows = _rows(extractor, text, day)
    assert any(p == place and lo == losing for p, _g, lo in rows), rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # twins: no place lost, a denial, a loss feared, no side's word, an attempt
        ("Ukrainian officials said they had lost contact with two units near Soledar on Friday.", _UKRAINE),
        ("Ukrainian officials denied that they had lost Soledar, saying fighting went on in the town.", _UKRAINE),
        ("Ukrainian officials warned that they could lose Soledar within days if supplies ran short.", _UKRAINE),
        ("The Armenian authorities said they had lost hope of a ceasefire holding around Qubadli.", _KARABAKH),
        ("Local officials said they had lost power in Soledar after the shelling.", _UKRAINE),
    ],
)
def test_v1_twins_give_no_event(extractor: Extractor, text: str, day: dt.date) -> None:
    assert _rows(extractor, text, day) == set()
