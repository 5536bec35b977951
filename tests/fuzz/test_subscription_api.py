"""Fuzzing the alert service's subscription API on a real Redis: no 5xx, invalid bodies get a 422 with a reason,
and whatever desk A sends, desk B's subscriptions are never read or changed."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from redis.asyncio import Redis

from townwatch_alert.api import SubscriptionBody, create_app
from townwatch_alert.settings import AlertSettings
from townwatch_alert.subscription_store import SubscriptionStore, check_channels, check_subscription
from townwatch_runtime.url_guard import UnsafeURL
from townwatch_schemas import Channel, ChannelKind, Subscription

from .conftest import FUZZ

pytestmark = pytest.mark.integration

A = {"Authorization": "Bearer token-a"}
# Desk B's data carries strings no generated request contains: seeing one in a response is a leak.
B_TOWN, B_SECRET = "b-only-town-7f3e", "b-webhook-secret-9c1d"
B_SUB = Subscription(id="b-secret", desk_id="desk-b", towns=[B_TOWN],
                     channels=[Channel(kind=ChannelKind.WEBHOOK, url="https://93.184.215.14/b", secret=B_SECRET)])

# --- strategies ---------------------------------------------------------------------------------
IDS = st.sampled_from(["b-secret", "mine", "B-SECRET", " b-secret", "..", "*", "", "x" * 129, "\ud800", "a/b", "%2e", "\x00"]) | st.text(max_size=12)
URLS = st.sampled_from([
    "https://93.184.215.14/hook", "http://127.0.0.1:8765/hook", "http://169.254.169.254/latest/meta-data",
    "http://10.1.2.3/x", "http://[::1]/x", "http://localhost/x", "file:///etc/passwd", "javascript:alert(1)",
    "https://no-such-host.invalid/x", "json://127.0.0.1/x", "jsons://93.184.215.14/x", "tgram://123:abc/456", "",
]) | st.text(max_size=20)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=10)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)
CHANNELS = st.fixed_dictionaries(
    {"kind": st.sampled_from([k.value for k in ChannelKind]) | VALUES},
    optional={"url": URLS | VALUES, "email": st.sampled_from(["desk@example.org", "no-at-sign", "a@b\r\nBcc: x@y"]) | VALUES,
              "secret": st.text(max_size=10) | VALUES},
)
FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "towns": st.lists(st.sampled_from(["*", "Hatra", "gn:99250", "\ud800", ""]) | st.text(max_size=10), max_size=3) | VALUES,
    "countries": st.lists(st.sampled_from(["IQ", "SY", "iq", "XX", "IRQ"]), max_size=2) | VALUES,
    "provinces": st.lists(st.sampled_from(["IQ.15", "Nineveh", ""]), max_size=2) | VALUES,
    "radius": st.fixed_dictionaries({"lat": st.floats(-100, 100), "lon": st.floats(-200, 200), "km": st.floats(-1, 30000)}) | VALUES,
    "actors": st.lists(st.sampled_from(["isis", "pmf", "nobody"]), max_size=2) | VALUES,
    "min_confidence": st.floats(-1, 2) | VALUES,
    "policy": st.sampled_from(["first", "confirmed", "never"]) | VALUES,
    "min_outlets": st.integers(-1, 25) | VALUES,
    "channels": st.lists(CHANNELS, max_size=2) | VALUES,
    "desk_id": st.sampled_from(["desk-b", "desk-a", "", "x" * 200]) | VALUES,
    "unknown": VALUES,
}


GOOD_IDS = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="/\\"), min_size=1, max_size=12).filter(
    lambda s: ".." not in s)
GOOD_CHANNELS = st.sampled_from([
    {"kind": "webhook", "url": "https://93.184.215.14/hook", "secret": "k"}, {"kind": "page"},
    {"kind": "email", "email": "desk@example.org"}, {"kind": "apprise", "url": "tgram://123:abc/456"},
])


@st.composite
def bodies(draw: st.DrawFn) -> Any:
    """A subscription body: a valid one, one with fields fuzzed, or any JSON at all."""
    shape = draw(st.sampled_from(["good", "fuzzed", "fuzzed", "not an object"]))
    if shape == "not an object":
        return draw(VALUES)
    body: dict[str, Any] = {"id": draw(GOOD_IDS), "towns": draw(st.sampled_from([["*"], ["Hatra", "gn:99250"]]))}
    if shape == "good":
        body["channels"] = draw(st.lists(GOOD_CHANNELS, max_size=2))
        body["policy"] = draw(st.sampled_from(["first", "confirmed"]))
        return body
    if draw(st.booleans()):
        body["id"] = draw(IDS)
    for name in draw(st.lists(st.sampled_from(sorted(FIELDS)), min_size=1, max_size=4, unique=True)):
        body[name] = draw(FIELDS[name])
    if draw(st.integers(0, 5)) == 0:
        del body["towns"]
    return body


REQUESTS = st.one_of(
    st.tuples(st.just("POST"), st.none(), bodies()),
    st.tuples(st.just("PUT"), IDS, bodies()),
    bodies().map(lambda body: ("PUT", body.get("id") if isinstance(body, dict) and isinstance(body.get("id"), str) else "x", body)),
    st.tuples(st.sampled_from(["GET", "DELETE"]), IDS, st.none()),
    st.tuples(st.just("GET"), st.none(), st.none()),
)
TOKENS = st.sampled_from([A] * 6 + [{}, {"Authorization": "Bearer desk-b"},
                                    {"Authorization": "token-b"}])


# --- the oracle: what the documented model says of a body ---------------------------------------
def _valid(body: Any, path_id: str | None) -> bool:
    """True when the body is a valid subscription whose channels the guard accepts (and the ids match, for PUT)."""
    try:
        sub = SubscriptionBody.model_validate(body).for_desk("desk-a")
        check_subscription(sub)  # the create-time limits: sizes, ids a URL can reach, one-line e-mail
        check_channels(sub, allow_private=False)
    except (ValidationError, UnsafeURL, ValueError):
        return False
    return path_id is None or sub.id == path_id


def _routable(path_id: str | None) -> bool:
    """False for ids that cannot reach /subscriptions/{id} (empty, a slash, dot segments the client normalises)."""
    return path_id is None or (path_id not in ("", ".", "..") and "/" not in path_id)


async def _desk_b(redis: Redis) -> tuple[Any, ...]:
    return (await redis.hgetall("townwatch:{subs}:desk:desk-b:subs"), await redis.get("townwatch:{subs}:desk:desk-b:token"),
            await redis.hget("townwatch:{subs}:desks", "desk-b"))


@settings(FUZZ, max_examples=300)
@given(request=REQUESTS, headers=TOKENS, raw=st.sampled_from([None] * 4 + [b""]) | st.binary(max_size=40))
async def test_subscription_api_never_fails_and_keeps_desks_apart(
    redis_server: Any, request: tuple[str, str | None, Any], headers: dict[str, str], raw: bytes | None
) -> None:
    method, path_id, body = request
    redis = Redis.from_url(redis_server.url)
    try:
        store = SubscriptionStore(redis)
        for desk, token in (("desk-a", "token-a"), ("desk-b", "token-b")):
            await store.set_desk(desk, desk.upper())
            await store.set_desk_token(desk, token)
        await store.put(B_SUB)
        b_before = await _desk_b(redis)

        app = create_app(AlertSettings(redis_url=redis_server.url), redis=redis)
        path = "/subscriptions" + (f"/{quote(path_id, safe='', errors='surrogatepass')}" if path_id is not None else "")
        content, raw = None, raw if method == "POST" else None
        if method in ("POST", "PUT"):
            # ensure_ascii: a lone surrogate travels as the escape \\ud800, as any JSON client may send it
            content = raw if raw is not None else json.dumps(body).encode("utf-8")
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alert") as http:
            response = await http.request(method, path, headers={**headers, "Content-Type": "application/json"}, content=content)

        event(f"{method} {response.status_code}")
        assert response.status_code < 500, (method, path, content, response.text)
        assert await _desk_b(redis) == b_before, "desk B's subscriptions, token and name are untouched"
        assert B_TOWN not in response.text and B_SECRET not in response.text, "nothing of desk B is ever shown"
        if not _routable(path_id):
            assert response.status_code in (200, 307, 404, 405)  # another route (e.g. "/" for "..") or none
            return
        if headers != A:
            # FastAPI parses the body before it runs the token check: bytes that are not JSON get their 400/422
            # without a token. Nothing is read or written in that case.
            assert response.status_code == 401 or (raw is not None and response.status_code in (400, 422))
            return
        if response.status_code == 422:
            detail = response.json()["detail"]
            assert detail and (isinstance(detail, str) or all(d.get("msg") for d in detail)), detail
        if method in ("POST", "PUT"):
            valid = raw is None and _valid(body, path_id)
            # Bytes that are not UTF-8 JSON at all: FastAPI answers 400 "error parsing the body" before validation.
            expected = {"POST": (201, 409), "PUT": (200,)}[method] if valid else (422,) if raw is None else (400, 422)
            assert response.status_code in expected, (body, response.status_code, response.text)
        if response.status_code in (200, 201) and method != "DELETE":
            answer = response.json()
            for sub in answer if isinstance(answer, list) else [answer]:
                assert sub["desk_id"] == "desk-a", sub
            if method in ("POST", "PUT"):
                stored = await store.get("desk-a", answer["id"])
                assert stored is not None and stored.model_dump(mode="json") == answer
    finally:
        await redis.aclose()


@pytest.mark.parametrize("body", [
    b'{"id": "\\ud800", "towns": ["*"]}',  # FastAPI echoes the input in its 422: it must still encode
    b'{"id": "ok", "towns": ["\\udfff"]}',  # valid to pydantic, but UTF-8 (and so Redis) cannot hold it
    b'{"id": "ok", "towns": ["*"], "channels": [{"kind": "webhook", "url": "https://93.184.215.14/h", "secret": "\\ud834"}]}',
])
async def test_lone_surrogates_are_refused_with_a_422(redis_server: Any, body: bytes) -> None:
    """Found by the fuzz test above: JSON's \\\\ud800 escape gave a 500 (UnicodeEncodeError) on create."""
    redis = Redis.from_url(redis_server.url)
    try:
        await SubscriptionStore(redis).set_desk_token("desk-a", "token-a")
        app = create_app(AlertSettings(redis_url=redis_server.url), redis=redis)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alert") as http:
            response = await http.post("/subscriptions", headers={**A, "Content-Type": "application/json"}, content=body)
            listed = await http.get("/subscriptions", headers=A)
        assert response.status_code == 422 and response.json()["detail"]
        assert listed.status_code == 200 and listed.json() == []
    finally:
        await redis.aclose()
