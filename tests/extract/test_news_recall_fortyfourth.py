"""Session 44 (helper news44, issue 10): news recall: a heavy object after the "from" side, an armed body's
"operational control" told by its pronoun, a victory declared at a stronghold.

1. A verb of taking whose "from" side comes before a heavy object ("retook from Z the strategic town of X"): the parser
   reads the object as an apposition of the side; the town named by its settlement noun is what was taken, from Z.
2. "Operational control" is an army's when the army says "it" took it ("the military said it had established
   operational control over X"), as when "its forces" are the subject; a ministry's or a company's stays civil, and
   control handed on or only promised is no taking.
3. A victory declared over an armed foe "at its stronghold of X" / "at the town of X" places the win at X, as "in X"
   does; a ceremony, a metaphor or a prospect stays quiet.

Twins: a vow, a failed attempt, weapons taken from the side, a ministry, a company, a prospect, control handed on, a
ceremony, corruption. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

DAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # 1: a heavy object after the "from" side
        ("Somalia's army said its forces recaptured from al-Shabaab the town of Kismayo on Tuesday.",
         [("Kismayo", "so-gov", "al-shabaab")]),
        ("The army said on Tuesday its troops retook from al-Shabaab the key port town of Kismayo.",
         [("Kismayo", "so-gov", "al-shabaab")]),
        ("Nigeria's army said its troops retook from Boko Haram the economic and strategic town of Baga near Lake Chad.",
         [("Baga", "ng-gov", "boko-haram")]),
        # 2: operational control told by the force's pronoun
        ("The Israeli military said it had established operational control over the Gaza side of the Rafah crossing overnight.",
         [("Rafah crossing", "idf", "hamas")]),
        ("The Turkish military said it had taken operational control of the town of Tal Abyad on Monday.",
         [("Tal Abyad", "tr-forces", None)]),
        # 3: a victory declared at a stronghold
        ("Somali forces declared victory over al-Shabaab at its stronghold of Jilib on Monday.",
         [("Jilib", "so-gov", "al-shabaab")]),
        ("Iraqi troops declared victory over the Islamic State at the town of Rawa on Friday.",
         [("Rawa", "iq-gov", "isis")]),
    ],
)
def test_change_read(extractor: Extractor, text: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    assert sorted(news_rows(extractor, text, DAY)) == rows


@pytest.mark.parametrize(
    "text",
    [
        # 1
        "The army vowed to retake from al-Shabaab the town of Kismayo before the rains.",
        "The army failed to recapture from al-Shabaab the town of Kismayo on Tuesday.",
        "The army seized weapons from al-Shabaab, the group that holds the town of Kismayo.",
        "The army said it would try to seize from al-Shabaab the town of Kismayo.",
        # 2
        "The ministry said it had taken operational control of the port of Hodeidah on Monday.",
        "The company said it had taken operational control of the airport of Mogadishu on Monday.",
        "The Israeli army said it would take operational control of the Rafah crossing next week.",
        "The Israeli army said it had handed operational control of the town of Rafah to the police.",
        # 3
        "Somali forces declared victory over al-Shabaab at a ceremony in Mogadishu on Monday.",
        "Somali forces will soon declare victory over al-Shabaab at its stronghold of Jilib, the general said.",
        "Somali forces declared victory over corruption at the port of Kismayo on Monday.",
    ],
)
def test_twin_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []
