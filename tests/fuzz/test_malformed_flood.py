"""10,000 malformed messages on each consumed topic: every one ends in its stage's dead-letter topic with the
right reason, every service stays up with bounded memory, and the seeds still give their three alerts after.

Figures (time, RSS per service before and after) are printed; run with ``-s`` to see them.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from aiokafka import AIOKafkaProducer

from townwatch.demo import write_subscriptions
from townwatch.pipeline import Pipeline
from townwatch.stack import BrokerKind
from townwatch.topic_reader import dead_letters
from townwatch.webhook_receiver import WebhookReceiver
from townwatch_gazetteer import normalise_name
from townwatch_schemas import (
    ALERTS,
    ARTICLES,
    CONTROL_CHANGES,
    Stage,
    dead_letter_topic,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.e2e]

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SECRET = "flood-secret"
PER_TOPIC = 10_000
STAGE_OF = {ARTICLES.name: Stage.EXTRACT, CONTROL_CHANGES.name: Stage.ALERT, ALERTS.name: Stage.NOTIFY}
# RSS growth allowed per service over the flood. A stage holds nothing per message it dead-letters, so growth is
# allocator and buffer churn: faust's read-ahead buffer (up to ~1 MB per partition fetch, huge-ish messages
# included), aiokafka's producer batches, Python's arenas not returned to the OS. 150 MB is several times that;
# a leak of even 15 KB per message (the size of the huge-ish ones) would pass it on 10,000 messages.
MAX_GROWTH_MB = 150.0
DRAIN_CEILING_S = 1800.0  # only against a hang: the test waits for the state (every group caught up), not a time

# Valid-JSON payloads of the right general shape whose field values break the topic's model: reason 'schema'.
BAD_VALUES = {
    ARTICLES.name: [
        {"id": "", "text": "t", "received": "2017-10-05T00:00:00Z"},
        {"id": "a", "text": "t", "received": "not a time"},
        {"id": "a", "text": 5, "received": "2017-10-05T00:00:00Z"},
        {"id": "a" * 129, "text": "t", "received": "2017-10-05T00:00:00Z"},
        {"id": "a", "text": "t", "received": "2017-10-05T00:00:00Z", "published": "2017-02-30"},
    ],
    CONTROL_CHANGES.name: [
        {"event_id": "e", "article_id": "a", "place": {"name": "Hatra", "canonical_name": "Hatra"}, "confidence": 2.0,
         "evidence": {"sentence": "s", "start": 0, "end": 1}, "extractor_version": "x"},
        {"event_id": "e", "article_id": "a", "place": {"name": "Hatra"}, "confidence": 0.5,
         "evidence": {"sentence": "s", "start": 0, "end": 1}, "extractor_version": "x"},
        {"event_id": "e", "article_id": "a", "place": {"name": "Hatra", "canonical_name": "Hatra"}, "confidence": 0.5,
         "evidence": {"sentence": "s", "start": -1, "end": 1}, "extractor_version": "x"},
        {"event_id": "e", "article_id": "a", "place": {"name": "Hatra", "canonical_name": "Hatra", "country_code": "IRQ"},
         "confidence": 0.5, "evidence": {"sentence": "s", "start": 0, "end": 1}, "extractor_version": "x"},
    ],
    ALERTS.name: [
        {"alert_id": "a", "revision": 0, "place": {"name": "Hatra", "canonical_name": "Hatra"}, "confidence": 0.5,
         "first_reported": "2017-10-05T00:00:00Z", "updated": "2017-10-05T00:00:00Z"},
        {"alert_id": "a", "place": {"name": "Hatra", "canonical_name": "Hatra"}, "confidence": 0.5, "status": "maybe",
         "first_reported": "2017-10-05T00:00:00Z", "updated": "2017-10-05T00:00:00Z"},
        {"alert_id": "a", "place": {"name": "Hatra", "canonical_name": "Hatra"}, "confidence": -0.1,
         "first_reported": "2017-10-05T00:00:00Z", "updated": "2017-10-05T00:00:00Z"},
        {"alert_id": "a", "place": {"name": "Hatra", "canonical_name": "Hatra"}, "confidence": 0.5,
         "first_reported": "yesterday", "updated": "2017-10-05T00:00:00Z"},
    ],
}


def malformed(topic: str, seed: int) -> Iterator[tuple[bytes, bytes | None, str]]:
    """(key, value, expected reason) for ``PER_TOPIC`` malformed messages: not JSON, binary, JSON of the wrong
    shape, huge-ish strings (both kinds), valid JSON with invalid field values, empty values and tombstones."""
    rng = random.Random(seed)
    for i in range(PER_TOPIC):
        kind = i % 10
        key = f"flood-{i}".encode()
        if kind in (0, 1):
            yield key, f"not json {i} {{'oops': }}".encode(), "decode"
        elif kind == 2:  # binary, never valid UTF-8 (0xff cannot start a character)
            yield key, b"\xff" + rng.randbytes(rng.randrange(1, 400)), "decode"
        elif kind == 3:
            shape = rng.choice([[1, 2, 3], "a string", 42, None, True, {"unrelated": {"x": [1]}}, {}])
            yield key, json.dumps(shape).encode(), "schema"
        elif kind in (4, 5, 6):
            yield key, json.dumps(rng.choice(BAD_VALUES[topic])).encode(), "schema"
        elif kind == 7:  # huge-ish: 1 in 100 is 20-200 KB, the rest 1-4 KB
            size = rng.randrange(20_000, 200_000) if i % 100 == 7 else rng.randrange(1_000, 4_000)
            if rng.random() < 0.5:
                yield key, b'{"id": "' + b"x" * size, "decode"  # an unterminated string
            else:
                yield key, json.dumps({**BAD_VALUES[topic][0], "padding": "y" * size}).encode(), "schema"
        elif kind == 8:
            yield key, json.dumps({"text": "\u202e<script>alert(1)</script>" * 50, "id": ["a"]}).encode(), "schema"
        elif i % 40 == 19:  # a tombstone: no value at all
            yield key, None, "decode"
        else:  # an empty value (and, for some, no key): not JSON at all
            yield (b"" if i % 40 == 9 else key), b"", "decode"


async def _flood(bootstrap: str) -> dict[str, dict[str, str]]:
    """Produce the flood on every topic; return topic -> key -> expected reason (keys that repeat are left out)."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=20, max_request_size=1_048_576)
    await producer.start()
    expected: dict[str, dict[str, str]] = {}
    try:
        for n, topic in enumerate(STAGE_OF):
            expected[topic] = {}
            for key, value, reason in malformed(topic, seed=n):
                await producer.send(topic, value=value, key=key or None)
                if key:
                    expected[topic][key.decode()] = reason
            await producer.flush()
    finally:
        await producer.stop()
    return expected


def _rss_mb(pipeline: Pipeline) -> dict[str, float]:
    return {name: psutil.Process(p.proc.pid).memory_info().rss / 2**20 for name, p in pipeline.processes.items() if p.proc}


async def test_ten_thousand_malformed_messages_per_topic(tmp_path: Path, broker_kind: BrokerKind) -> None:
    receiver = await WebhookReceiver(secret=SECRET).start()
    subs = write_subscriptions(tmp_path / "subscriptions.yaml", [{
        "id": "all", "token": "token-all",
        "subscriptions": [{"id": "all-towns", "towns": ["*"], "policy": "first",
                           "channels": [{"kind": "webhook", "url": receiver.url("hooks/all"), "secret": SECRET}]}],
    }])
    pipeline = Pipeline(workdir=tmp_path / "pipeline", subscriptions_file=subs, broker_kind=broker_kind)
    await asyncio.to_thread(pipeline.start)
    try:
        bootstrap = pipeline.bootstrap_servers or ""
        await pipeline.wait_idle()  # the groups have joined and fetched (nothing to do) before memory is sampled
        before = _rss_mb(pipeline)

        started = time.monotonic()
        expected = await _flood(bootstrap)
        produced_s = time.monotonic() - started
        # Every group has committed every message of the flood: each was dead-lettered (and the letter acknowledged)
        # before its offset was committed. Then the letters are all on their topics to be read.
        await pipeline.wait_idle(timeout=DRAIN_CEILING_S)
        drained_s = time.monotonic() - started
        letters = {}
        for topic, stage in STAGE_OF.items():
            letters[topic] = await dead_letters(bootstrap, stage, PER_TOPIC, timeout=120)
        after = _rss_mb(pipeline)

        print(f"\nflood: {3 * PER_TOPIC} messages produced in {produced_s:.1f} s; all dead-lettered after {drained_s:.1f} s")
        for name in before:
            print(f"  {name:8s} RSS {before[name]:7.1f} MB -> {after[name]:7.1f} MB ({after[name] - before[name]:+.1f} MB)")

        for topic, stage in STAGE_OF.items():
            got = letters[topic]
            distinct = {(x.partition, x.offset) for x in got}
            print(f"  {dead_letter_topic(stage)}: {len(got)} letters, {len(distinct)} distinct, reasons {dict(Counter(x.reason for x in got))}")
            assert len(distinct) == PER_TOPIC, f"{topic}: {len(distinct)} of {PER_TOPIC} messages dead-lettered"
            assert all(x.topic == topic and x.stage is stage and x.error for x in got)
            by_key = {x.key: x.reason for x in got if x.key}
            wrong = {k: (by_key.get(k), want) for k, want in expected[topic].items() if by_key.get(k) != want}
            assert not wrong, f"{topic}: {len(wrong)} letters with a missing or wrong reason, e.g. {list(wrong.items())[:5]}"
            assert Counter(x.reason for x in got).keys() <= {"decode", "schema"}

        for name, proc in pipeline.processes.items():
            assert proc.running, f"{name} died:\n{proc.log_tail()}"
        for name in before:
            assert after[name] - before[name] < MAX_GROWTH_MB, f"{name}: RSS grew {after[name] - before[name]:.0f} MB"

        # The services still work: the seeds give their three alerts.
        report = await pipeline.replay(sorted(SEEDS.iterdir()))
        assert report.published == 5
        await pipeline.wait_idle(moving=lambda: len(receiver.deliveries))  # and nothing more comes
        alerts = [d for d in receiver.deliveries if d.body.get("kind") == "alert"]
        towns = sorted(normalise_name(d.alert["place"]["name"]) for d in alerts)
        assert towns == sorted(normalise_name(t) for t in ("Baaj", "Hatra", "Hawija")), towns
        assert all(d.signature_ok for d in receiver.deliveries)
        print(f"  seeds after the flood: 3 alerts in {time.monotonic() - started - drained_s:.1f} s; RSS now "
              + ", ".join(f"{k} {v:.0f} MB" for k, v in _rss_mb(pipeline).items()))
    finally:
        await receiver.stop()
        await asyncio.to_thread(pipeline.stop)
