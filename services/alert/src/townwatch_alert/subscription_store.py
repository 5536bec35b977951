"""Desks, their API tokens and their subscriptions in Redis; and the subscriptions YAML loaded at start-up.

Redis keys::

    townwatch:desks                 hash  desk_id -> display name
    townwatch:desk:<desk_id>:subs   hash  subscription id -> Subscription JSON (channel secrets in clear)
    townwatch:desk:<desk_id>:token  string SHA-256 hex of the desk's current API token
    townwatch:tokens                hash  SHA-256 hex of a token -> desk_id

Only token hashes are stored. Channel secrets (webhook HMAC keys) are stored as given, because signing needs them;
``Subscription.model_dump_json`` would mask them, so they are serialised explicitly.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from redis.asyncio import Redis

from townwatch_alert.apprise_target import apprise_target
from townwatch_runtime.url_guard import Resolver, UnsafeURL, check_url
from townwatch_schemas import ChannelKind, Subscription

__all__ = ["SubscriptionFileError", "SubscriptionStore", "check_channels", "parse_subscriptions_yaml", "token_hash"]

_DESKS = "townwatch:desks"
_TOKENS = "townwatch:tokens"

_SET_TOKEN = """
local old = redis.call('GET', KEYS[1])
if old and old ~= ARGV[1] then
  if redis.call('HGET', KEYS[2], old) == ARGV[2] then redis.call('HDEL', KEYS[2], old) end
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1
"""


class SubscriptionFileError(ValueError):
    """The subscriptions YAML is unreadable or invalid; the message names the file and the entry."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _subs_key(desk_id: str) -> str:
    return f"townwatch:desk:{desk_id}:subs"


def _token_key(desk_id: str) -> str:
    return f"townwatch:desk:{desk_id}:token"


def _dump(sub: Subscription) -> str:
    data = sub.model_dump(mode="json")
    for channel, raw in zip(sub.channels, data["channels"], strict=True):
        raw["secret"] = channel.secret.get_secret_value() if channel.secret is not None else None
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def check_channels(
    sub: Subscription, *, allow_private: bool, resolve: bool = True, apprise_schemes: Collection[str] = (),
    resolver: Resolver | None = None,
) -> None:
    """Raise ``UnsafeURL`` / ``ValueError`` when a channel lacks its address or posts to a refused URL.

    Apprise URLs are parsed by Apprise itself and the host its plugin connects to is checked (``apprise_target``);
    a scheme whose target the guard cannot check is refused unless ``apprise_schemes`` names it.
    """
    for channel in sub.channels:
        if channel.kind in (ChannelKind.WEBHOOK, ChannelKind.SLACK):
            if not channel.url:
                raise ValueError(f"{channel.kind.value} channel needs a url")
            check_url(channel.url, allow_private=allow_private, resolve=resolve, resolver=resolver)
        elif channel.kind is ChannelKind.EMAIL:
            if not channel.email or "@" not in channel.email:
                raise ValueError("email channel needs an email address")
        elif channel.kind is ChannelKind.APPRISE:
            if not channel.url or "://" not in channel.url:
                raise ValueError("apprise channel needs an Apprise URL")
            target = apprise_target(channel.url, allowed_schemes=apprise_schemes)
            if target.host is not None and not allow_private:
                if resolve:
                    target.addresses(allow_private=False, resolver=resolver)
                else:
                    check_url(f"http://{target.host}/", resolve=False)


def _desk_token(desk: dict[str, Any], where: str) -> str | None:
    if desk.get("token_env"):
        value = os.environ.get(str(desk["token_env"]))
        if not value:
            raise SubscriptionFileError(f"{where}: environment variable {desk['token_env']} is not set")
        return value
    token = desk.get("token")
    return str(token) if token is not None else None


def parse_subscriptions_yaml(
    text: str, source: str = "<yaml>", *, allow_private_urls: bool = False, apprise_schemes: Collection[str] = (),
) -> list[tuple[str, str, str | None, list[Subscription]]]:
    """Validate a subscriptions document; return ``(desk_id, name, token, subscriptions)`` per desk.

    Everything is checked before anything is written, so a bad file changes nothing.
    """
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SubscriptionFileError(f"{source}: not valid YAML: {exc}") from None
    if doc is None:
        return []
    if not isinstance(doc, dict) or not isinstance(doc.get("desks", []), list):
        raise SubscriptionFileError(f"{source}: expected a mapping with a 'desks' list")
    desks = []
    seen: set[str] = set()
    for i, desk in enumerate(doc.get("desks") or []):
        where = f"{source}: desks[{i}]"
        if not isinstance(desk, dict) or not isinstance(desk.get("id"), str) or not desk["id"].strip():
            raise SubscriptionFileError(f"{where}: a desk needs an 'id'")
        desk_id = desk["id"].strip()
        if desk_id in seen:
            raise SubscriptionFileError(f"{where}: desk {desk_id!r} appears twice")
        seen.add(desk_id)
        token = _desk_token(desk, f"{where} ({desk_id})")
        subs = []
        for j, raw in enumerate(desk.get("subscriptions") or []):
            at = f"{where} ({desk_id}).subscriptions[{j}]"
            if not isinstance(raw, dict):
                raise SubscriptionFileError(f"{at}: expected a mapping")
            try:
                sub = Subscription.model_validate({**raw, "desk_id": desk_id})
                check_channels(sub, allow_private=allow_private_urls, resolve=False, apprise_schemes=apprise_schemes)
            except ValidationError as exc:
                err = exc.errors()[0]
                loc = ".".join(str(p) for p in err.get("loc", ()))
                msg = str(err.get("msg", "")).removeprefix("Value error, ")
                raise SubscriptionFileError(f"{at}: {loc + ': ' if loc else ''}{msg}") from None
            except (UnsafeURL, ValueError) as exc:
                raise SubscriptionFileError(f"{at}: {exc}") from None
            subs.append(sub)
        if len({s.id for s in subs}) != len(subs):
            raise SubscriptionFileError(f"{where} ({desk_id}): two subscriptions share an id")
        desks.append((desk_id, str(desk.get("name") or desk_id), token, subs))
    return desks


class SubscriptionStore:
    """Subscriptions and desk tokens on one ``redis.asyncio.Redis``."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis
        self._set_token = redis.register_script(_SET_TOKEN)

    async def put(self, sub: Subscription) -> None:
        """Create or replace ``sub`` (by desk and id)."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hsetnx(_DESKS, sub.desk_id, sub.desk_id)
            pipe.hset(_subs_key(sub.desk_id), sub.id, _dump(sub))
            await pipe.execute()

    async def get(self, desk_id: str, sub_id: str) -> Subscription | None:
        raw = await self.redis.hget(_subs_key(desk_id), sub_id)
        return Subscription.model_validate_json(raw) if raw else None

    async def list(self, desk_id: str | None = None) -> list[Subscription]:
        """One desk's subscriptions, or every desk's, ordered by desk then id."""
        desks = [desk_id] if desk_id is not None else sorted(_text(d) for d in await self.redis.hkeys(_DESKS))
        subs: list[Subscription] = []
        for desk in desks:
            raw = await self.redis.hgetall(_subs_key(desk))
            subs.extend(Subscription.model_validate_json(v) for _, v in sorted(raw.items()))
        return subs

    async def delete(self, desk_id: str, sub_id: str) -> bool:
        return bool(await self.redis.hdel(_subs_key(desk_id), sub_id))

    async def desks(self) -> dict[str, str]:
        """desk_id -> display name."""
        return {_text(k): _text(v) for k, v in (await self.redis.hgetall(_DESKS)).items()}

    async def set_desk(self, desk_id: str, name: str) -> None:
        await self.redis.hset(_DESKS, desk_id, name)

    async def set_desk_token(self, desk_id: str, token: str) -> None:
        """Make ``token`` the desk's API token (the previous one stops working). Only its hash is stored."""
        await self._set_token(keys=[_token_key(desk_id), _TOKENS], args=[token_hash(token), desk_id])

    async def desk_for_token(self, token: str) -> str | None:
        if not token:
            return None
        desk = await self.redis.hget(_TOKENS, token_hash(token))
        return _text(desk) if desk is not None else None

    async def load_yaml(self, path: Path, *, allow_private_urls: bool = False, apprise_schemes: Collection[str] = ()) -> int:
        """Upsert every desk, token and subscription of the YAML file at ``path``; return the subscriptions loaded.

        Idempotent; subscriptions created through the API and not in the file are kept.
        """
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise SubscriptionFileError(f"{path}: cannot read: {exc.strerror or exc}") from None
        desks = parse_subscriptions_yaml(text, str(path), allow_private_urls=allow_private_urls, apprise_schemes=apprise_schemes)
        count = 0
        for desk_id, name, token, subs in desks:
            await self.set_desk(desk_id, name)
            if token:
                await self.set_desk_token(desk_id, token)
            for sub in subs:
                await self.put(sub)
                count += 1
        return count
