"""Fuzzing ingest's ``POST /articles``: bodies, content types and headers never cause a 5xx, every accepted id was
published, and every refusal is a 4xx with a reason."""

from __future__ import annotations

import json
from typing import Any

import httpx
from hypothesis import event, given, settings
from hypothesis import strategies as st
from pydantic import SecretStr

from townwatch_ingest.intake import Intake
from townwatch_ingest.metrics import REJECT_REASONS, IngestMetrics
from townwatch_ingest.push_api import BULK_TYPES, create_app
from townwatch_ingest.seen import MemorySeenStore
from townwatch_ingest.settings import IngestSettings
from townwatch_schemas import ARTICLES, Article

from .conftest import FUZZ, MemoryPublisher

TOKEN = "fuzz-token"
MAX_ARTICLE = 600
MAX_BODY = 3_000
ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)

# --- strategies ---------------------------------------------------------------------------------
GOOD_TEXT = st.just("Iraqi forces took Hawija.") | st.text(min_size=1, max_size=80).map(lambda t: t + " text")
TEXT_VALUES = GOOD_TEXT | st.sampled_from(["", "  ", "\x00", "\ud800", "x" * 700, "<script>alert(1)</script>"]) | st.text(max_size=20)
URLS = st.sampled_from([
    "https://example.com/a?utm_source=x", "http://[::1", "javascript:alert(1)", "ftp://x/y", "//no-scheme", "http://",
    "https://example.com/" + "p" * 5000, "https://exämple.com/ü", "http://127.0.0.1/x", " https://example.com/sp ",
]) | st.text(max_size=30)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
DATES = st.sampled_from(["2017-10-05", "2017-02-30", "05/10/2017", "2017-10-05T09:30:00+03:00", "2017-10-05T09:30:00", ""]) | VALUES
OPTIONAL = {"url": URLS, "title": TEXT_VALUES, "source": st.text(max_size=30) | VALUES, "published": DATES,
            "published_at": DATES, "credits": st.lists(st.text(max_size=10), max_size=60) | VALUES,
            "language": st.sampled_from(["en", "fr", "x" * 20]) | VALUES, "id": VALUES, "received": DATES}


@st.composite
def drafts(draw: st.DrawFn) -> Any:
    """An article draft as a pusher might send it: a good one, one with a field or two fuzzed, or not an object."""
    shape = draw(st.sampled_from(["good", "good", "fuzzed", "fuzzed", "no text", "not an object"]))
    if shape == "not an object":
        return draw(VALUES)
    draft: dict[str, Any] = {"text": draw(GOOD_TEXT)}
    if shape == "no text":
        del draft["text"]
    if shape == "fuzzed":
        draft["text"] = draw(TEXT_VALUES)
        for name in draw(st.lists(st.sampled_from(sorted(OPTIONAL)), min_size=1, max_size=3, unique=True)):
            draft[name] = draw(OPTIONAL[name])
    return draft


def _dump(value: Any) -> bytes:
    return json.dumps(value).encode("utf-8")


LINE = drafts().map(_dump) | st.binary(max_size=60) | st.sampled_from([b"", b"   ", b"{", b"null", b"[]"])
SINGLE = LINE | st.binary(max_size=200) | st.just(_dump({"text": "y" * MAX_ARTICLE}))
BULK = st.lists(LINE, max_size=8).flatmap(lambda lines: st.sampled_from([b"\n", b"\r\n"]).map(lambda sep: sep.join(lines)))
ODD_CONTENT_TYPES = st.none() | st.sampled_from([
    "application/json", "application/json; charset=utf-8", "application/json; charset=UTF8", "Application/JSON",
    "application/json; charset=latin-1", "application/json;charset", "application/x-ndjson", "application/jsonl; charset=utf-8",
    "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", ";", "application/json; x=\"y\"",
]) | st.text(ASCII, max_size=30)
ODD_AUTHORIZATIONS = st.none() | st.sampled_from([
    f"Bearer {TOKEN}", f"bearer {TOKEN}", f"BEARER   {TOKEN}  ", f"Bearer {TOKEN}x", f"Basic {TOKEN}", "Bearer ",
    "Bearer", TOKEN, f"Bearer old-token,{TOKEN}", "Bearer old-token",
]) | st.text(ASCII, max_size=30)
EXTRA_HEADERS = st.dictionaries(
    st.sampled_from(["x-forwarded-for", "content-encoding", "accept", "x-request-id", "accept-charset", "expect"]),
    st.text(ASCII, max_size=20), max_size=3,
)




@st.composite
def requests(draw: st.DrawFn) -> tuple[bytes, str | None, str | None]:
    """(body, content type, authorization): three in four get past the door, so the items behind it are fuzzed too."""
    bulk = draw(st.booleans())
    body = draw(BULK if bulk else SINGLE)
    good_type = "application/x-ndjson" if bulk else draw(st.sampled_from(["application/json", "application/json; charset=utf-8"]))
    content_type = draw(st.sampled_from([good_type] * 3 + [None])) or draw(ODD_CONTENT_TYPES)
    authorization = draw(st.sampled_from([f"Bearer {TOKEN}"] * 2 + ["Bearer old-token", None])) or draw(ODD_AUTHORIZATIONS)
    return body, content_type, authorization


def _authorised(header: str | None) -> bool:
    """The rule the docs give: ``Bearer <token>`` (scheme case-insensitive), one of the configured tokens."""
    scheme, _, given = (header or "").partition(" ")
    return scheme.lower() == "bearer" and given.strip() in (TOKEN, "old-token")


def _app(publisher: MemoryPublisher) -> httpx.AsyncClient:
    settings_ = IngestSettings(push_tokens=SecretStr(f"old-token, {TOKEN}"), max_article_bytes=MAX_ARTICLE,
                               max_push_body_bytes=MAX_BODY)
    intake = Intake(publisher, MemorySeenStore(), IngestMetrics(), max_article_bytes=settings_.max_article_bytes)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(settings_, intake)), base_url="http://ingest")


def _check_rejection(item: dict[str, Any]) -> None:
    assert 400 <= item["status"] < 500 and item["reason"] in REJECT_REASONS and item["error"], item


@settings(FUZZ, max_examples=400)
@given(request=requests(), extra=EXTRA_HEADERS)
async def test_push_never_fails_server_side_and_answers_every_item(
    publisher: MemoryPublisher, request: tuple[bytes, str | None, str | None], extra: dict[str, str]
) -> None:
    body, content_type, authorization = request
    headers = dict(extra)
    if content_type is not None:
        headers["content-type"] = content_type
    if authorization is not None:
        headers["authorization"] = authorization
    before = len(publisher.messages)
    async with _app(publisher) as client:
        response = await client.post("/articles", content=body, headers=headers)
    published = publisher.messages[before:]
    answer = response.json()
    event(f"{response.status_code}")
    assert response.status_code < 500, (response.status_code, answer)
    assert isinstance(answer, dict)
    assert all(topic == ARTICLES.name for topic, _, _ in published)

    if not _authorised(authorization):
        assert response.status_code == 401 and answer["reason"] == "unauthorised" and not published
        return
    assert response.status_code != 401

    if "rejected" not in answer:  # the whole request was refused before any item was read
        assert response.status_code in (400, 413, 415) and answer["reason"] in REJECT_REASONS and answer["error"]
        assert not published
        return

    accepted, duplicates, rejected = answer["accepted"], answer["duplicates"], answer["rejected"]
    for item in rejected:
        _check_rejection(item)
    articles = [Article.from_json_bytes(value) for _, _, value in published]
    assert [a.id for a in articles] == accepted, "every accepted id was published, and only those"
    assert [key for _, key, _ in published] == [a.id.encode() for a in articles]
    assert len(set(accepted)) == len(accepted)
    # Each example has a fresh seen record: a duplicate can only repeat an item published earlier in this body.
    assert set(duplicates) <= set(accepted)

    mime = (content_type or "").partition(";")[0].strip().lower()
    items = [line for line in body.split(b"\n") if line.strip()] if mime in BULK_TYPES else [body]
    assert len(accepted) + len(duplicates) + len(rejected) == len(items), "one answer per item"
    if accepted or duplicates:
        assert response.status_code == 202
    else:
        assert 400 <= response.status_code < 500 and rejected
