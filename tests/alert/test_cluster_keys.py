"""Every Lua script's keys share one Redis Cluster slot: the ledger, delivery log, subscriptions and ingest's seen
record run against a redis-server in cluster mode, which refuses a script whose keys span slots (CROSSSLOT)."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator

import pytest
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from townwatch.stack import RedisServer
from townwatch_alert.dedup import Decision, DedupPolicy
from townwatch_alert.delivery_log import DeliveryLog
from townwatch_alert.ledger import Ledger
from townwatch_alert.subscription_store import SubscriptionStore
from townwatch_alert.town import TownState
from townwatch_ingest.seen import RedisSeenStore
from townwatch_schemas import ArticleRevision

pytestmark = pytest.mark.integration

NOW = dt.datetime(2017, 6, 5, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def cluster_node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    with RedisServer(data_dir=tmp_path_factory.mktemp("cluster"), cluster=True, appendonly=False) as server:
        yield server


@pytest.fixture
async def node(cluster_node: RedisServer) -> AsyncIterator[Redis]:
    client = Redis.from_url(cluster_node.url)
    await client.flushall()
    yield client
    await client.aclose()


async def test_the_node_refuses_a_script_whose_keys_span_slots(node: Redis) -> None:
    with pytest.raises(ResponseError, match="same slot"):
        await node.eval("return redis.call('SET', KEYS[1], '1')", 2, "townwatch:town:a", "townwatch:towns")  # type: ignore[misc]


async def test_the_ledgers_scripts_run_on_a_cluster_node(node: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    ledger = Ledger(node, DedupPolicy(window_days=14, wire_copy_max_distance=3))
    event = cc.change(source="Reuters")
    first = await ledger.apply(event, NOW)
    assert first.decision is Decision.NEW and first.alert is not None
    other = cc.change(place="hatra", source="Reuters", article_id=event.article_id)
    assert (await ledger.apply(other, NOW)).alert is not None
    assert (await ledger.apply(cc.change(source="AFP"), NOW)).decision is Decision.CORROBORATED
    again = await ledger.apply(event, NOW)  # a redelivery: the re-emission reads, pipelined
    assert again.decision is Decision.DUPLICATE and again.reemit
    await ledger.mark_emitted_all([a for a in (first.alert, again.alert) if a is not None])
    assert not (await ledger.apply(event, NOW)).reemit
    assert {s.place.key for s in await ledger.states([event.place.key, other.place.key])} == {event.place.key, other.place.key}
    digest, raws = await ledger.newest_raw_states(10)  # builds the town keys inside the script: the same slot
    assert raws is not None and {TownState.model_validate_json(r).place.key for r in raws} == {event.place.key, other.place.key}
    assert await ledger.newest_raw_states(10, known=digest) == (digest, None)
    revision = ArticleRevision(article_id=event.article_id, revision=2, event_ids=[other.event_id],
                               place_keys=[other.place.key], extractor_version="test")
    [withdrawn] = await ledger.withdraw_article(revision, NOW)
    assert withdrawn.place == event.place and [a.alert_id for _, a in await ledger.alert_entries()][-1] == withdrawn.alert_id


async def test_the_delivery_log_and_subscription_scripts_run_on_a_cluster_node(node: Redis) -> None:
    log = DeliveryLog(node, lease_s=30)
    claim = await log.claim("alert-1|desk|sub|webhook|alert", "worker-a", b"payload")
    assert claim.owned and await log.due(now_ms=claim.attempts + 10**15) == ["alert-1|desk|sub|webhook|alert"]
    assert await log.mark_sent("alert-1|desk|sub|webhook|alert") and await log.settle("alert-1|desk|sub|webhook|follow", "folded")
    store = SubscriptionStore(node)
    await store.set_desk_token("desk-a", "first-token")
    await store.set_desk_token("desk-a", "second-token")  # the swap script: token key and token index together
    assert await store.desk_for_token("second-token") == "desk-a" and await store.desk_for_token("first-token") is None


async def test_ingest_seen_claims_run_on_a_cluster_node(cluster_node: RedisServer, node: Redis) -> None:
    seen = RedisSeenStore(cluster_node.url, ttl_s=60)
    try:
        assert await seen.claim_texts([("u-1", "d1"), ("u-2", "d1"), ("u-1", "d1"), ("u-1", "d2")]) == [
            (1, "claimed"), (1, "claimed"), (1, "busy"), (2, "claimed")]
        await seen.release_text("u-1", 2)
        assert await seen.claim_text("u-1", "d2") == (2, "claimed")
        await seen.confirm_texts([("u-1", 2), ("u-2", 1)])
        assert await seen.claim_text("u-1", "d2") == (2, "seen") and await seen.contains("u-2")
    finally:
        await seen.close()


def test_every_key_of_a_script_hashes_to_one_slot_without_a_server() -> None:
    from redis.crc import key_slot

    from townwatch_alert.ledger import ALERT_STREAM, alert_key, article_key, event_key, town_key
    from townwatch_runtime.redis_keys import (
        DELIVERY_PREFIX,
        SUBSCRIPTIONS_PREFIX,
        ingest_seen_key,
        ingest_text_key,
    )

    ledger_keys = [town_key("gn:1"), town_key("gn:2") + ":history", event_key("ev"), alert_key("a"), ALERT_STREAM, article_key("x")]
    assert len({key_slot(k.encode()) for k in ledger_keys}) == 1
    assert key_slot(f"{DELIVERY_PREFIX}:k".encode()) == key_slot(f"{DELIVERY_PREFIX}:due".encode())
    assert key_slot(f"{SUBSCRIPTIONS_PREFIX}tokens".encode()) == key_slot(f"{SUBSCRIPTIONS_PREFIX}desk:d:token".encode())
    assert key_slot(ingest_seen_key("u-1").encode()) == key_slot(ingest_text_key("u-1").encode())
    spread = {key_slot(ingest_seen_key(f"u-{n}").encode()) for n in range(1000)}
    assert len(spread) > 900  # articles spread over the slots (and so over the shards)
