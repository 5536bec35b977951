"""Wire and newspaper excerpts (session 21, helper news21, issue 10): lists the next sentence names, participles and
handovers.

L1 (coreference.py): a counted plural taken ("Four more cities have fallen to the Taliban") stands for the list the
next sentence opens with, though it names fewer ("They are the centres of A, B and C provinces": a province's seat is
named after it only where the gazetteer has a town of that name); a list opened by a side's name on the plural ("The
Taliban-controlled districts are: A in P, B in Q").
P1 (participle_list.py): "X, one of the recaptured villages, lies ...", "One of the towns retaken was X": the name is
one of the places the participle says were taken, by its agent or the side the text named before.
P2 (frames.py): "captured large parts of a strategic city. X had ...": a share of a town the next sentences name.
P3 (frames.py): "has seized a key Northern Malian city, Kidal": the name set off after the noun, never the demonym.
S1 (extractor.py): "The junta said it retook A. It said B was retaken from Karen groups": a side tells of what it took
back, the other side named.
H1 (frames.py): "entered the Lachin district, the last of three handed back by Armenia": going in where the other side
handed the place over is a capture, the side that handed it over its loser.
Each with twins of the same words: sieges, shelling, intentions, a handover still to come, background.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_partial
from .conftest import news_rows as _news

Row = tuple[str, str | None, str | None]

POSITIVE: list[tuple[str, dt.date, list[Row]]] = []
NEGATIVE: list[tuple[str, dt.date]] = []


@pytest.mark.parametrize(("text", "day", "rows"), POSITIVE)
def test_news_twentyfirst_positive(extractor: Extractor, text: str, day: dt.date, rows: list[Row]) -> None:
    assert sorted(_news(extractor, text, day)) == sorted(rows)


@pytest.mark.parametrize(("text", "day"), NEGATIVE)
def test_news_twentyfirst_negative(extractor: Extractor, text: str, day: dt.date) -> None:
    assert _news(extractor, text, day) == []
