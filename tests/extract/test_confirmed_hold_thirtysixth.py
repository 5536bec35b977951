"""Confirmed holds (session 36, the lead, issue 10): control._confirmed_hold.

"Pakistan's foreign ministry confirmed that Spin Boldak was controlled by the Taliban": the past passive of a hold a
speaker confirms is the news of the change, as "X is now controlled by Z" is. A negated or modal confirmation, and a
hold told as lasting ("had long been controlled"), stay quiet. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2021, 7, 15)


def _news(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    events = extractor.extract(make_article(text, published=PUB))
    return [(e.place.name, e.gaining.id if e.gaining else None) for e in events if e.kind == "change" and not e.historical]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's foreign ministry confirmed that the border crossing of Spin Boldak was controlled by the Taliban.",
        "Afghan officials confirmed on Thursday that Spin Boldak was controlled by the Taliban.",
        "A police official acknowledged that Spin Boldak was controlled by the Taliban after troops pulled out.",
    ],
)
def test_a_confirmed_past_hold_is_the_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == [("Spin Boldak", "taliban")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials did not confirm that Spin Boldak was controlled by the Taliban.",
        "Officials could not confirm that Spin Boldak was controlled by the Taliban.",
        "Officials confirmed that Spin Boldak had long been controlled by the Taliban.",
    ],
)
def test_an_unconfirmed_or_lasting_hold_stays_quiet(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
