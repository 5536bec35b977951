"""A desk's min_confidence is compared with the calibrated confidence: extractor event -> ledger decision -> match."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_alert.dedup import Decision, decide
from townwatch_alert.subscriptions import matches
from townwatch_extract.calibration import CalibrationMap
from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article, Subscription

NOW = dt.datetime(2024, 3, 15, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_an_alert_carries_the_calibrated_confidence_and_min_confidence_filters_on_it(extractor: Extractor) -> None:
    text = "Iraqi forces captured Tal Afar from ISIS on Sunday."
    article = Article(id="a1", source="Reuters", text=text, published=dt.date(2024, 3, 14), received=NOW)
    (event,) = [e for e in extractor.extract(article) if e.kind == "change"]
    assert event.raw_confidence is not None and event.calibration_version == CalibrationMap.shipped().version
    outcome = decide(None, event, NOW)
    assert outcome.decision is Decision.NEW and outcome.alert is not None
    assert outcome.alert.confidence == pytest.approx(event.confidence)  # one outlet: the alert is its source's calibrated value
    raw, calibrated = event.raw_confidence, outcome.alert.confidence
    assert raw != calibrated
    between = round((raw + calibrated) / 2, 3)
    desk = Subscription(id="s", desk_id="desk", towns=["*"], min_confidence=between)
    # a threshold between the two: the calibrated value decides (the map raises this score)
    assert matches(outcome.alert, desk) is (calibrated >= between) and (raw >= between) is not (calibrated >= between)
