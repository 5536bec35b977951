"""The wire models: round trips, tolerance of added fields, ledger keys, validation."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from townwatch_schemas import (
    ALL_TOPICS,
    Article,
    ControlChange,
    DeadLetter,
    Evidence,
    Place,
    Stage,
    Subscription,
    dead_letter_topic,
)

NOW = dt.datetime(2017, 10, 5, 12, 0, tzinfo=dt.UTC)


def _change(**overrides) -> ControlChange:  # type: ignore[no-untyped-def]
    fields = dict(
        event_id="e1",
        article_id="a1",
        place=Place(name="Hawijah", canonical_name="Al Hawijah", geonames_id=98860, country_code="IQ"),
        confidence=0.9,
        evidence=Evidence(sentence="Iraqi forces captured Hawija.", start=0, end=29),
        extractor_version="test",
    )
    fields.update(overrides)
    return ControlChange(**fields)


def test_article_round_trip() -> None:
    article = Article(id="a1", text="x", received=NOW, published=dt.date(2017, 10, 5), source="Reuters")
    assert Article.from_json_bytes(article.to_json_bytes()) == article


def test_consumers_ignore_fields_added_later() -> None:
    payload = _change().model_dump(mode="json") | {"a_field_from_the_future": 1}
    assert ControlChange.model_validate(payload) == _change()


def test_place_key_prefers_geonames_id_then_normalised_name() -> None:
    assert _change().place.key == "gn:98860"
    unresolved = Place(name="the ancient ruins of  Hatra", canonical_name="Ancient Ruins of  Hatra", country_code="IQ")
    assert unresolved.key == "name:IQ:ancient ruins of hatra"


def test_confidence_is_bounded() -> None:
    with pytest.raises(ValidationError):
        _change(confidence=1.5)


def test_subscription_needs_a_criterion() -> None:
    with pytest.raises(ValidationError, match="at least one of"):
        Subscription(id="s", desk_id="d")
    assert Subscription(id="s", desk_id="d", towns=["Hawijah"]).towns == ["Hawijah"]


def test_topics_are_versioned_and_one_dead_letter_topic_per_stage() -> None:
    names = [t.name for t in ALL_TOPICS]
    assert all(n.endswith(".v1") for n in names)
    assert len(set(names)) == len(names)
    assert {dead_letter_topic(s) for s in Stage} <= set(names)


def test_dead_letter_requires_reason_and_stage() -> None:
    with pytest.raises(ValidationError):
        DeadLetter.model_validate({"error": "x", "payload": "", "failed_at": NOW.isoformat()})
