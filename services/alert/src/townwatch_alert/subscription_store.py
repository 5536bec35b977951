"""Desks, their API tokens and their subscriptions in Redis; and the subscriptions YAML loaded at start-up.

Redis keys (one hash tag, so the token script's keys share a Redis Cluster slot: ``townwatch_runtime.redis_keys``)::

    townwatch:{subs}:desks                 hash  desk_id -> display name
    townwatch:{subs}:desk:<desk_id>:subs   hash  subscription id -> Subscription JSON (channel secrets in clear)
    townwatch:{subs}:desk:<desk_id>:token  string SHA-256 hex of the desk's current API token
    townwatch:{subs}:tokens                hash  SHA-256 hex of a token -> desk_id

Only token hashes are stored. Channel secrets (webhook HMAC keys) are stored as given, because signing needs them;
``Subscription.model_dump_json`` would mask them, so they are serialised explicitly.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Collection
from email.utils import getaddresses
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from redis.asyncio import Redis

from townwatch_alert.apprise_target import apprise_target
from townwatch_runtime.redis_keys import SUBSCRIPTIONS_PREFIX
from townwatch_runtime.url_guard import Resolver, UnsafeURL, check_url
from townwatch_schemas import ChannelKind, Subscription

__all__ = [
    "SubscriptionFileError", "SubscriptionStore", "check_channels", "check_subscription", "parse_subscriptions_yaml", "token_hash",
]

_DESKS = SUBSCRIPTIONS_PREFIX + "desks"
_TOKENS = SUBSCRIPTIONS_PREFIX + "tokens"

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
    return f"{SUBSCRIPTIONS_PREFIX}desk:{desk_id}:subs"


def _token_key(desk_id: str) -> str:
    return f"{SUBSCRIPTIONS_PREFIX}desk:{desk_id}:token"


def _dump(sub: Subscription) -> str:
    data = sub.model_dump(mode="json")
    for channel, raw in zip(sub.channels, data["channels"], strict=True):
        raw["secret"] = channel.secret.get_secret_value() if channel.secret is not None else None
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _text(value: bytes | str) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


MAX_CRITERIA = 500
MAX_CHANNELS = 20
MAX_TEXT_CHARS = 200
MAX_URL_CHARS = 2048
MAX_SECRET_CHARS = 512
_BAD_ID = re.compile(r"[/\\\x00-\x1f\x7f]|\.\.|^\s|\s$")


def check_subscription(sub: Subscription) -> None:
    """Raise ``ValueError`` (one line, naming the field) for a subscription too big or malformed to store and serve:
    more than ``MAX_CRITERIA`` entries in a list, an entry over ``MAX_TEXT_CHARS``, more than ``MAX_CHANNELS``
    channels, an id with ``/``, ``..`` or a control character (it could not be read or deleted by its URL), an
    e-mail that is not exactly one address (a CR/LF would add headers such as ``Bcc:``)."""
    if _BAD_ID.search(sub.id):
        raise ValueError("id: must not contain '/', '\\', '..', control characters or edge spaces")
    for name in ("towns", "countries", "provinces", "actors"):
        values: list[str] = getattr(sub, name)
        if len(values) > MAX_CRITERIA:
            raise ValueError(f"{name}: at most {MAX_CRITERIA} entries ({len(values)} given)")
        if any(len(v) > MAX_TEXT_CHARS for v in values):
            raise ValueError(f"{name}: each entry at most {MAX_TEXT_CHARS} characters")
    if len(sub.channels) > MAX_CHANNELS:
        raise ValueError(f"channels: at most {MAX_CHANNELS} ({len(sub.channels)} given)")
    for channel in sub.channels:
        if channel.url is not None and len(channel.url) > MAX_URL_CHARS:
            raise ValueError(f"channels: url at most {MAX_URL_CHARS} characters")
        if channel.secret is not None and len(channel.secret.get_secret_value()) > MAX_SECRET_CHARS:
            raise ValueError(f"channels: secret at most {MAX_SECRET_CHARS} characters")
        if channel.email is not None:
            addresses = getaddresses([channel.email])
            if (any(c in channel.email for c in "\r\n\x00") or len(channel.email) > 254 or len(addresses) != 1
                    or "@" not in addresses[0][1]):
                raise ValueError("channels: e-mail must be exactly one address, on one line")


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


MIN_TOKEN_CHARS = 16
_TOKEN_ENV = re.compile(r"^(TOWNWATCH_[A-Z0-9_]+|[A-Z][A-Z0-9_]*_TOKEN)$")


def _desk_token(desk: dict[str, Any], where: str) -> str | None:
    if desk.get("token_env"):
        name = str(desk["token_env"])
        if not _TOKEN_ENV.match(name):  # not HOME, PATH or another process's secret
            raise SubscriptionFileError(f"{where}: token_env must name a TOWNWATCH_* or *_TOKEN variable (got {name!r})")
        value = os.environ.get(name)
        if not value:
            raise SubscriptionFileError(f"{where}: environment variable {name} is not set")
        if len(value.strip()) < MIN_TOKEN_CHARS:
            raise SubscriptionFileError(f"{where}: the token in {name} must be at least {MIN_TOKEN_CHARS} characters")
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
    tokens: dict[str, str] = {}
    for i, desk in enumerate(doc.get("desks") or []):
        where = f"{source}: desks[{i}]"
        if not isinstance(desk, dict) or not isinstance(desk.get("id"), str) or not desk["id"].strip():
            raise SubscriptionFileError(f"{where}: a desk needs an 'id'")
        desk_id = desk["id"].strip()
        if desk_id in seen:
            raise SubscriptionFileError(f"{where}: desk {desk_id!r} appears twice")
        seen.add(desk_id)
        token = _desk_token(desk, f"{where} ({desk_id})")
        if token is not None:
            if token in tokens:
                raise SubscriptionFileError(f"{where} ({desk_id}): the same token as desk {tokens[token]!r}; each desk needs its own")
            tokens[token] = desk_id
        subs = []
        for j, raw in enumerate(desk.get("subscriptions") or []):
            at = f"{where} ({desk_id}).subscriptions[{j}]"
            if not isinstance(raw, dict):
                raise SubscriptionFileError(f"{at}: expected a mapping")
            try:
                sub = Subscription.model_validate({**raw, "desk_id": desk_id})
                check_subscription(sub)
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

    async def token_hash_of(self, desk_id: str) -> str | None:
        """The SHA-256 hex of the desk's current token (None: the desk has none)."""
        value = await self.redis.get(_token_key(desk_id))
        return _text(value) if value is not None else None

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
        except UnicodeDecodeError as exc:
            raise SubscriptionFileError(f"{path}: not UTF-8 (byte {exc.start}): save the file as UTF-8") from None
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
