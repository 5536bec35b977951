"""``--notify summary`` sends each subscribed desk one digest; ``--notify all`` publishes every revision on alerts.v1."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import pytest
from redis.asyncio import Redis

from tests.backfill.archive_file import archive_file
from townwatch.demo import write_subscriptions
from townwatch.stack import Broker, RedisServer
from townwatch.topic_reader import latest_alerts
from townwatch.webhook_receiver import WebhookReceiver
from townwatch_alert.ledger import Ledger

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SECRET = "digest-secret"


async def _backfill(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "townwatch.cli", "backfill", *map(str, args),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE, env={**os.environ, **(env or {})},
    )
    _out, err = await proc.communicate()
    return proc.returncode or 0, err.decode()


async def _alerted_towns(redis_url: str) -> dict[str, str]:
    """Place key -> current alert id, for every town of the ledger with an alert."""
    redis = Redis.from_url(redis_url)
    try:
        ledger = Ledger(redis)
        states = [await ledger.town(k) for k in await ledger.towns()]
        return {s.place.key: s.alert.alert_id for s in states if s is not None and s.alert is not None}
    finally:
        await redis.aclose()


async def test_summary_sends_each_subscribed_desk_one_digest(tmp_path: Path, redis_server: RedisServer) -> None:
    corpus = archive_file(tmp_path / "archive.jsonl", 400)
    async with WebhookReceiver(secret=SECRET) as receiver:
        subs = write_subscriptions(tmp_path / "subs.yaml", [
            {"id": desk, "token": f"token-{desk}", "subscriptions": [{
                "id": f"{desk}-towns", "towns": towns, "policy": "first",
                "channels": [{"kind": "webhook", "url": receiver.url(f"hooks/{desk}"), "secret": SECRET}],
            }]}
            for desk, towns in {"everything": ["*"], "elsewhere": ["Timbuktu"]}.items()
        ])
        env = {"TOWNWATCH_SUBSCRIPTIONS_FILE": str(subs), "TOWNWATCH_ALLOW_PRIVATE_URLS": "true"}
        args = (corpus, "--workers", "1", "--notify", "summary", "--redis-url", redis_server.url, "--state-dir", tmp_path / "state")
        code, err = await _backfill(*args, env=env)
        assert code == 0, err
        towns = await _alerted_towns(redis_server.url)
        assert towns, "the corpus should raise alerts"
        digests = [d for d in receiver.deliveries if d.body.get("kind") == "digest"]
        assert [d.path for d in digests] == ["/hooks/everything"]
        digest = digests[0]
        assert digest.signature_ok and digest.idempotency_key == digest.body["idempotency_key"]
        assert digest.body["text"].startswith(f"{len(towns)} town{'s' if len(towns) != 1 else ''} in your area changed hands in the archive")
        assert {t["alert_id"] for t in digest.body["towns"]} == set(towns.values())
        assert not any(d.body.get("kind") == "alert" for d in receiver.deliveries)
        # A second run of the same backfill sends nothing more.
        code, err = await _backfill(*args, env=env)
        assert code == 0 and "already complete" in err
        assert len(receiver.deliveries) == 1


async def test_all_publishes_every_alert_on_the_topic_unmarked(tmp_path: Path, fresh_broker: Broker, redis_server: RedisServer) -> None:
    corpus = archive_file(tmp_path / "archive.jsonl", 400)
    code, err = await _backfill(corpus, "--workers", "1", "--notify", "all", "--redis-url", redis_server.url,
                                "--bootstrap-servers", fresh_broker.bootstrap_servers, "--state-dir", tmp_path / "state")
    assert code == 0, err
    published = await latest_alerts(fresh_broker.bootstrap_servers)
    redis = Redis.from_url(redis_server.url)
    try:
        emitted = {k.decode(): int(v) for k, v in (await redis.hgetall("townwatch:{ledger}:alerts:emitted")).items()}
        ledger = Ledger(redis)
        recorded = {key.decode().rsplit(":", 1)[1] async for key in redis.scan_iter("townwatch:{ledger}:alert:*")}
        latest = {alert_id: await ledger.alert(alert_id) for alert_id in recorded}
    finally:
        await redis.aclose()
    assert recorded and set(published) == recorded
    assert not any(alert["backfill"] for alert in published.values())
    assert {a: p["revision"] for a, p in published.items()} == {a: x.revision for a, x in latest.items() if x} == emitted
    tally = json.loads((tmp_path / "state" / "checkpoint.json").read_text())["tally"]
    assert tally["alerts"] == len(recorded)
