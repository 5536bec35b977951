"""Session 34 (helper fix34h, issue 10): causes of the misses of the fresh notes and headline sets (lab34a/lab34b).

V1 (civil_voice.py, extractor._sides): "the Armenian authorities admitted that they had lost X", "Ukrainian officials
acknowledged that they had lost control of X": a side's civil voice (authorities, officials, government) that owns a
loss speaks for its forces, named by the side's word before the noun (main: no side, the event dropped). Twins: lost
contact or hope, a denial, a loss feared ("could lose"), local or unnamed officials, another side's loss told by them.
N1 (modality._noun_mood, frames._noun_frame): "RSF capture of X threatens oil exports", "Russian capture of X threatens
Y's supply lines": a capture noun that is the subject of "threaten" (or "push", "prepare" ...) does the threatening;
it is no aim of that verb (main: an intent, dropped), and the side named on the noun took the place (main: no side).
Twins: "threatens to capture", "threatens capture of", a planned or possible capture, a capture that "would" threaten,
an attempt, a capture begun.

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


@pytest.mark.parametrize(
    ("title", "day", "want"),
    [
        ("RSF capture of Babanusa threatens oil exports", dt.date(2025, 12, 2), ("Babanusa", "rsf", "saf")),
        ("Russian capture of Soledar threatens Bakhmut supply lines", _UKRAINE, ("Soledar", "ru-forces", "ua-forces")),
        ("Houthi capture of Marib threatens last government stronghold in north", dt.date(2021, 3, 3), ("Marib", "houthis", "ye-gov")),
    ],
)
def test_n1_a_capture_that_threatens_is_done(extractor: Extractor, title: str, day: dt.date, want: tuple[str, str, str]) -> None:
    assert want in set(news_rows(extractor, "", day, title))


@pytest.mark.parametrize(
    "title",
    [
        "RSF threatens to capture Babanusa",
        "RSF threatens capture of Babanusa",
        "Planned RSF capture of Babanusa threatens oil exports",
        "Possible RSF capture of Babanusa threatens oil exports",
        "RSF capture of Babanusa would threaten oil exports",
        "RSF attempt to capture Babanusa threatens oil exports",
        "Battle for RSF capture of Babanusa begins",
    ],
)
def test_n1_twins_give_no_event(extractor: Extractor, title: str) -> None:
    assert set(news_rows(extractor, "", dt.date(2025, 12, 2), title)) == set()
