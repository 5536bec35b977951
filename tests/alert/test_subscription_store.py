"""Subscriptions and desk tokens in a real Redis, and the subscriptions YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr
from redis.asyncio import Redis

from townwatch_alert.subscription_store import (
    SubscriptionFileError,
    SubscriptionStore,
    parse_subscriptions_yaml,
    token_hash,
)
from townwatch_schemas import Channel, ChannelKind, CorroborationPolicy, Subscription

pytestmark = pytest.mark.integration

YAML = """
desks:
  - id: demo-desk
    name: Demo desk
    token: demo-token
    subscriptions:
      - id: everything
        towns: ["*"]
        policy: first
        min_confidence: 0.0
        channels:
          - kind: webhook
            url: http://127.0.0.1:8765/hook
            secret: s3cret
  - id: iraq-desk
    token_env: IRAQ_DESK_TOKEN
    subscriptions:
      - id: hatra
        towns: ["Hatra"]
        policy: confirmed
        min_outlets: 2
        channels: [{kind: page}]
"""


@pytest.fixture
def store(redis: Redis) -> SubscriptionStore:
    return SubscriptionStore(redis)


def sub(desk: str, sub_id: str, secret: str | None = "k3y") -> Subscription:
    return Subscription(
        id=sub_id, desk_id=desk, towns=["Baaj"],
        channels=[Channel(kind=ChannelKind.WEBHOOK, url="https://example.org/hook", secret=SecretStr(secret) if secret else None)],
    )


async def test_put_get_list_delete_keeps_channel_secrets(store: SubscriptionStore) -> None:
    await store.put(sub("a", "one"))
    await store.put(sub("a", "two", secret=None))
    await store.put(sub("b", "one"))
    got = await store.get("a", "one")
    assert got == sub("a", "one")
    assert got is not None and got.channels[0].secret is not None
    assert got.channels[0].secret.get_secret_value() == "k3y"
    assert [(s.desk_id, s.id) for s in await store.list()] == [("a", "one"), ("a", "two"), ("b", "one")]
    assert [s.id for s in await store.list("b")] == ["one"]
    assert await store.list("nobody") == []
    assert await store.delete("a", "one") is True
    assert await store.delete("a", "one") is False
    assert await store.get("a", "one") is None
    assert await store.get("b", "one") is not None  # another desk's subscription of the same id is untouched


async def test_tokens_are_stored_hashed_and_rotate(store: SubscriptionStore) -> None:
    await store.set_desk_token("a", "first-token")
    await store.set_desk_token("b", "other-token")
    assert await store.desk_for_token("first-token") == "a"
    assert await store.desk_for_token("other-token") == "b"
    assert await store.desk_for_token("wrong") is None
    assert await store.desk_for_token("") is None
    dump = b"".join(v for v in (await store.redis.hgetall("townwatch:{subs}:tokens")).keys())
    assert b"first-token" not in dump and token_hash("first-token").encode() in dump
    await store.set_desk_token("a", "second-token")
    assert await store.desk_for_token("first-token") is None
    assert await store.desk_for_token("second-token") == "a"
    assert await store.desk_for_token("other-token") == "b"


async def test_load_yaml_is_an_idempotent_upsert(store: SubscriptionStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IRAQ_DESK_TOKEN", "iraq-secret-token-0123")
    path = tmp_path / "subs.yaml"
    path.write_text(YAML)
    await store.put(sub("demo-desk", "made-by-api"))
    assert await store.load_yaml(path, allow_private_urls=True) == 2
    assert await store.load_yaml(path, allow_private_urls=True) == 2
    assert [(s.desk_id, s.id) for s in await store.list()] == [("demo-desk", "everything"), ("demo-desk", "made-by-api"), ("iraq-desk", "hatra")]
    everything = await store.get("demo-desk", "everything")
    assert everything is not None and everything.towns == ["*"]
    assert everything.channels[0].secret is not None and everything.channels[0].secret.get_secret_value() == "s3cret"
    hatra = await store.get("iraq-desk", "hatra")
    assert hatra is not None and hatra.policy is CorroborationPolicy.CONFIRMED and hatra.min_outlets == 2
    assert await store.desk_for_token("demo-token") == "demo-desk"
    assert await store.desk_for_token("iraq-secret-token-0123") == "iraq-desk"
    assert await store.desks() == {"demo-desk": "Demo desk", "iraq-desk": "iraq-desk"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("desks: [", "not valid YAML"),
        ("- 1\n- 2\n", "expected a mapping with a 'desks' list"),
        ("desks:\n  - name: x\n", "desks[0]: a desk needs an 'id'"),
        ("desks:\n  - id: d\n    subscriptions:\n      - id: s\n", "subscriptions[0]: a subscription needs at least one of towns"),
        ("desks:\n  - id: d\n    subscriptions:\n      - {id: s, towns: [x], min_confidence: 2}\n", "subscriptions[0]: min_confidence"),
        ("desks:\n  - id: d\n    token_env: NO_SUCH_VARIABLE_X_TOKEN\n", "NO_SUCH_VARIABLE_X_TOKEN is not set"),
        ("desks:\n  - id: d\n  - id: d\n", "desk 'd' appears twice"),
        ("desks:\n  - id: d\n    subscriptions:\n      - {id: s, towns: [x], channels: [{kind: webhook, url: 'http://127.0.0.1/h'}]}\n", "127.0.0.1"),
        ("desks:\n  - id: d\n    subscriptions:\n      - {id: s, towns: [x], channels: [{kind: webhook}]}\n", "webhook channel needs a url"),
        ("desks:\n  - id: d\n    subscriptions:\n      - {id: s, towns: [x]}\n      - {id: s, towns: [y]}\n", "two subscriptions share an id"),
    ],
)
def test_bad_yaml_names_file_and_entry(text: str, message: str) -> None:
    with pytest.raises(SubscriptionFileError) as info:
        parse_subscriptions_yaml(text, "subs.yaml")
    assert str(info.value).startswith("subs.yaml: ")
    assert message in str(info.value)


async def test_bad_yaml_writes_nothing(store: SubscriptionStore, tmp_path: Path) -> None:
    path = tmp_path / "subs.yaml"
    path.write_text("desks:\n  - id: ok\n    token: t\n    subscriptions: [{id: s, towns: [x]}]\n  - id: bad\n    subscriptions: [{id: s}]\n")
    with pytest.raises(SubscriptionFileError):
        await store.load_yaml(path)
    assert await store.list() == [] and await store.desk_for_token("t") is None
    with pytest.raises(SubscriptionFileError, match="cannot read"):
        await store.load_yaml(tmp_path / "missing.yaml")
