"""The evaluation's scoring: a background capture counts as news only when a news event really is that capture."""

from __future__ import annotations

import pytest

from townwatch_extract.corpus import Case, GoldEvent
from townwatch_extract.evaluation import Report, _score_case
from townwatch_gazetteer import Gazetteer
from townwatch_schemas import Actor, ControlChange, Evidence, Place

TEXT = "The army's recapture of Sinja on Saturday comes five months after the RSF swept into the town."
CASE = Case(
    id="t", region="sudan", kind="sentence", text=TEXT, title=None, published=None, negative=None,
    events=(GoldEvent("Sinja", "saf", "rsf"), GoldEvent("Sinja", "rsf", None, historical=True)),
)


def _event(gaining: str, historical: bool = False) -> ControlChange:
    return ControlChange(
        event_id=gaining, article_id="t", place=Place(name="Sinja", canonical_name="Sinja"),
        gaining=Actor(id=gaining, name=gaining, text=gaining), historical=historical, confidence=0.8,
        evidence=Evidence(sentence=TEXT, start=0, end=len(TEXT)), extractor_version="test",
    )


@pytest.mark.parametrize(
    ("events", "historical_as_news", "tp", "fp"),
    [
        ([_event("saf"), _event("rsf", historical=True)], 0, 1, 0),  # both right
        ([_event("saf")], 0, 1, 0),  # the background capture missed: not news, so not counted
        ([_event("saf"), _event("rsf")], 1, 1, 1),  # the background capture reported as news
        ([_event("rsf")], 1, 1, 0),  # only the background gainer, as news: matched by place, but it is the old capture
    ],
)
def test_historical_as_news_is_the_background_capture_not_the_news_one(events, historical_as_news, tp, fp) -> None:  # type: ignore[no-untyped-def]
    report = Report()
    _score_case(CASE, events, report, Gazetteer.default())
    assert (report.historical_as_news, report.tp, report.fp) == (historical_as_news, tp, fp)
