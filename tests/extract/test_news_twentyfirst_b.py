"""Wire and newspaper excerpts, second round (session 21, helper news21, issue 10): holdout21a's descriptors and an
office's passive.

C1 (frames._capital_of_area): "seized the North Kivu capital", "retook the Tigray capital": the capital of the area
named before the noun, the town the text names elsewhere (never the area as a town: main read "Kivu").
C2 (extractor._voice): "the towns of A and B have been taken from Tigrayan control", an office of the state said: the
state's gain, the holder after "from ... control" the loser (main left the gainer empty).
Twins: the capital shelled, a vow to retake it, the capital with no town named; towns shelled, a prospect, goods seized.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

Row = tuple[str, str | None, str | None]

POSITIVE: list[tuple[str, dt.date, list[Row]]] = [
    ("The United Nations said it could not stop the rebels from seizing the Congolese city of Goma. Advancing M23 rebels "
     "seized the North Kivu capital on Tuesday after government soldiers fled.", dt.date(2012, 11, 21), [("Goma", "m23", "cd-gov")]),
    # with no town named in the text: the province's capital city (labelling.md, session 38)
    ("Advancing M23 rebels seized the North Kivu capital on Tuesday after government soldiers fled.", dt.date(2012, 11, 21),
     [("Goma", "m23", "cd-gov")]),
    ("Tigrayan forces closed in on Mekelle over the weekend. The rebels retook the Tigray capital on Monday after "
     "federal troops pulled out.", dt.date(2021, 6, 29), [("Mekelle", "tplf", "et-gov")]),  # (data24: the war's rebels, named)
    ("The prime minister's office said Shewa Robit and Kemise had been taken from TPLF control on Sunday.",
     dt.date(2021, 12, 6), [("Kemise", "et-gov", "tplf"), ("Shewa Robit", "et-gov", "tplf")]),
]

NEGATIVE: list[tuple[str, dt.date]] = [
    ("The United Nations said it could not stop the rebels from reaching the Congolese city of Goma. Advancing M23 "
     "rebels shelled the North Kivu capital on Tuesday as government soldiers dug in.", dt.date(2012, 11, 21)),
    ("Tigrayan forces closed in on Mekelle over the weekend. The rebels vowed to retake the Tigray capital within days.",
     dt.date(2021, 6, 29)),
    ("The prime minister's office said Shewa Robit and Kemise had been shelled by the TPLF on Sunday.", dt.date(2021, 12, 6)),
    ("The prime minister's office said Shewa Robit and Kemise would soon be taken from TPLF control.", dt.date(2021, 12, 6)),
]


@pytest.mark.parametrize(("text", "day", "rows"), POSITIVE)
def test_news_twentyfirst_b_positive(extractor: Extractor, text: str, day: dt.date, rows: list[Row]) -> None:
    assert sorted(news_rows(extractor, text, day)) == sorted(rows)


@pytest.mark.parametrize(("text", "day"), NEGATIVE)
def test_news_twentyfirst_b_negative(extractor: Extractor, text: str, day: dt.date) -> None:
    assert news_rows(extractor, text, day) == []
