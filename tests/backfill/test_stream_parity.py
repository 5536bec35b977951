"""The backfill's ledger equals the stream's on the bench corpus replayed in date order: same town states,
same alert ids, same histories (wall-clock stamps aside).

"In date order" through the stream means one articles.v1 partition: with several, the extract agent
interleaves partitions and two reports of one town may be decided in another order.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import generate, write_jsonl
from tests.backfill.ledger_snapshot import ledger_snapshot
from townwatch.pipeline import Pipeline
from townwatch.stack import Broker, RedisServer
from townwatch_runtime.settings import ServiceSettings
from townwatch_runtime.topic_admin import ensure_topics
from townwatch_schemas import ALL_TOPICS, ARTICLES

pytestmark = [pytest.mark.e2e, pytest.mark.integration, pytest.mark.slow]

ARTICLE_COUNT = 1200


def _alert_ids(snapshot: dict) -> set[str]:  # type: ignore[type-arg]
    return {h["alert_id"] for town in snapshot.values() for h in town["history"] if h.get("alert_id")}


def test_backfill_equals_the_stream_in_date_order(tmp_path: Path) -> None:
    items = sorted(generate(ARTICLE_COUNT), key=lambda item: item.draft["published"])  # stable: input order within a day
    corpus = write_jsonl(tmp_path / "bench.jsonl", items)

    with Broker(log_path=tmp_path / "tansu.log") as broker:
        specs = [dataclasses.replace(ARTICLES, partitions=1), *(s for s in ALL_TOPICS if s.name != ARTICLES.name)]
        asyncio.run(ensure_topics(ServiceSettings(kafka_bootstrap_servers=broker.bootstrap_servers), specs))
        with Pipeline(workdir=tmp_path / "stream", bootstrap_servers=broker.bootstrap_servers) as pipeline:
            report = asyncio.run(pipeline.replay([corpus]))
            assert report.published == ARTICLE_COUNT
            asyncio.run(pipeline.wait_idle(timeout=600))
            assert pipeline.redis_url is not None
            streamed = asyncio.run(ledger_snapshot(pipeline.redis_url))

    with RedisServer(data_dir=tmp_path / "backfill-redis") as redis:
        done = subprocess.run(
            [sys.executable, "-m", "townwatch.cli", "backfill", str(corpus), "--redis-url", redis.url,
             "--state-dir", str(tmp_path / "state")],
            capture_output=True, text=True, timeout=600, env=os.environ.copy(),
        )
        assert done.returncode == 0, done.stderr
        backfilled = asyncio.run(ledger_snapshot(redis.url))

    assert len(_alert_ids(streamed)) >= 5, "the corpus should raise several alerts"
    assert _alert_ids(backfilled) == _alert_ids(streamed)
    assert sorted(backfilled) == sorted(streamed)
    for town in streamed:
        assert backfilled[town]["state"] == streamed[town]["state"], town
        assert backfilled[town]["history"] == streamed[town]["history"], town
