"""The push endpoint, in process over ASGI: good, malformed, oversized and hostile bodies, tokens, broker failure."""

from __future__ import annotations

import json
import random
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from townwatch_ingest.intake import Intake
from townwatch_ingest.metrics import IngestMetrics
from townwatch_ingest.push_api import create_app
from townwatch_ingest.seen import MemorySeenStore
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.metrics import REGISTRY

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
JSON = {**AUTH, "Content-Type": "application/json"}
NDJSON = {**AUTH, "Content-Type": "application/x-ndjson"}


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def _client(publisher: Any, **overrides: object) -> httpx.AsyncClient:
    settings = IngestSettings(**{"push_tokens": SecretStr(f"old-token, {TOKEN}"), **overrides})  # type: ignore[arg-type]
    intake = Intake(publisher, MemorySeenStore(), IngestMetrics(), max_article_bytes=settings.max_article_bytes)
    app = create_app(settings, intake)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest")


async def test_good_article_is_published_once_and_a_repush_is_a_duplicate(publisher: Any) -> None:
    body = {"text": "BAGHDAD (Reuters) - Iraqi forces took Hawija.", "url": "https://example.com/h?utm_source=tw",
            "published": "2017-10-05", "title": "Hawija falls", "id": "ignored", "received": "1999-01-01T00:00:00Z"}
    duplicates = _value("townwatch_ingest_duplicates_total", source_kind="push")
    published = _value("townwatch_ingest_articles_published_total", source_kind="push")
    async with _client(publisher) as client:
        first = await client.post("/articles", content=json.dumps(body), headers=JSON)
        again = await client.post("/articles", content=json.dumps({**body, "url": "https://example.com/h"}), headers=JSON)
    assert first.status_code == 202
    (article_id,) = first.json()["accepted"]
    assert again.status_code == 202 and again.json() == {"accepted": [], "duplicates": [article_id], "rejected": []}
    (article,) = publisher.articles()
    assert publisher.messages[0][1] == article_id.encode()
    assert article.id == article_id and article.url == "https://example.com/h"
    assert (article.source, article.credits, article.title) == ("Reuters", ["Reuters"], "Hawija falls")
    assert article.published.isoformat() == "2017-10-05" and article.received.year >= 2024
    assert _value("townwatch_ingest_duplicates_total", source_kind="push") == duplicates + 1
    assert _value("townwatch_ingest_articles_published_total", source_kind="push") == published + 1


async def test_bulk_ndjson_answers_per_item(publisher: Any) -> None:
    lines = [
        json.dumps({"text": "First article."}),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "x" * 1_200}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Bad url.", "url": "javascript:alert(1)"}),
        json.dumps({"text": "Second article.", "published_at": "2017-06-01T10:00:00+03:00"}),
    ]
    async with _client(publisher, max_article_bytes=1_000) as client:
        response = await client.post("/articles", content="\r\n".join(lines).encode(), headers=NDJSON)
    assert response.status_code == 202
    answer = response.json()
    assert len(answer["accepted"]) == 2 and answer["duplicates"] == []
    assert [(r["line"], r["status"], r["reason"]) for r in answer["rejected"]] == [
        (2, 400, "malformed"), (3, 422, "schema"), (5, 413, "too_large"), (6, 422, "schema"), (7, 422, "schema")]
    assert "text" in answer["rejected"][1]["error"] and "url" in answer["rejected"][4]["error"]
    first, second = publisher.articles()
    assert first.text == "First article." and second.published_at.isoformat() == "2017-06-01T07:00:00+00:00"


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        (b"{not json", 400, "malformed"),
        (b"\xff\xfe\x00garbage", 400, "malformed"),
        (b"", 400, "malformed"),
        (b'["a list"]', 422, "schema"),
        (b'{"text": "   "}', 422, "schema"),
        (b'{"text": "ok", "published": "2017-02-30"}', 422, "schema"),
    ],
)
async def test_bad_single_bodies_get_a_clear_4xx(publisher: Any, body: bytes, status: int, reason: str) -> None:
    before = _value("townwatch_ingest_rejected_total", reason=reason)
    async with _client(publisher) as client:
        response = await client.post("/articles", content=body, headers=JSON)
    assert response.status_code == status
    (rejected,) = response.json()["rejected"]
    assert rejected["reason"] == reason and rejected["error"]
    assert publisher.messages == []
    assert _value("townwatch_ingest_rejected_total", reason=reason) == before + 1


async def test_oversized_bodies_are_refused_at_the_default_limit(publisher: Any) -> None:
    before = _value("townwatch_ingest_rejected_total", reason="too_large")
    big = json.dumps({"text": "x" * 2_000_000}).encode()
    async with _client(publisher) as client:
        single = await client.post("/articles", content=big, headers=JSON)
        bulk = await client.post("/articles", content=big + b"\n" + json.dumps({"text": "small"}).encode(), headers=NDJSON)
    assert single.status_code == 413 and single.json()["reason"] == "too_large"
    assert bulk.status_code == 202 and bulk.json()["rejected"][0]["status"] == 413
    assert _value("townwatch_ingest_rejected_total", reason="too_large") == before + 2
    assert [a.text for a in publisher.articles()] == ["small"]


async def test_bulk_body_over_its_own_limit_is_413(publisher: Any) -> None:
    async with _client(publisher, max_push_body_bytes=10_000) as client:
        response = await client.post("/articles", content=(json.dumps({"text": "y" * 100}) + "\n").encode() * 200,
                                     headers=NDJSON)
    assert response.status_code == 413 and response.json()["reason"] == "too_large"
    assert publisher.messages == []


@pytest.mark.parametrize(
    ("content_type", "status"),
    [("text/plain", 415), ("application/xml", 415), (None, 415), ("application/json; charset=latin-1", 415),
     ("application/json; charset=UTF-8", 202)],
)
async def test_content_types(publisher: Any, content_type: str | None, status: int) -> None:
    headers = dict(AUTH)
    if content_type:
        headers["Content-Type"] = content_type
    async with _client(publisher) as client:
        response = await client.post("/articles", content=b'{"text": "An article."}', headers=headers)
    assert response.status_code == status
    if status == 415:
        assert response.json()["reason"] == "content_type"


async def test_tokens_are_required(publisher: Any) -> None:
    body = b'{"text": "An article."}'
    async with _client(publisher) as client:
        missing = await client.post("/articles", content=body, headers={"Content-Type": "application/json"})
        wrong = await client.post("/articles", content=body, headers={**JSON, "Authorization": "Bearer nope"})
        basic = await client.post("/articles", content=body, headers={**JSON, "Authorization": f"Basic {TOKEN}"})
        rotated = await client.post("/articles", content=body, headers={**JSON, "Authorization": "Bearer old-token"})
        health = await client.get("/healthz")
    assert [missing.status_code, wrong.status_code, basic.status_code] == [401, 401, 401]
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert rotated.status_code == 202 and health.json() == {"status": "ok"}
    async with _client(publisher, push_tokens=None) as client:
        disabled = await client.post("/articles", content=body, headers=JSON)
    assert disabled.status_code == 503
    assert len(publisher.articles()) == 1


async def test_broker_failure_is_503_and_loses_nothing(publisher: Any) -> None:
    body = b'{"text": "An article the broker could not take."}'
    async with _client(publisher) as client:
        publisher.fail = True
        failed = await client.post("/articles", content=body, headers=JSON)
        publisher.fail = False
        retried = await client.post("/articles", content=body, headers=JSON)
    assert failed.status_code == 503 and failed.headers["retry-after"]
    assert retried.status_code == 202 and len(retried.json()["accepted"]) == 1  # the seen claim was released
    assert len(publisher.articles()) == 1


async def test_a_broker_lost_in_the_middle_of_a_bulk_request_loses_nothing(publisher: Any) -> None:
    lines = [json.dumps({"text": f"Article number {n}.", "url": f"https://example.com/{n}"}) for n in range(6)]
    lines.insert(2, "{not json")
    body = "\n".join(lines).encode()
    async with _client(publisher) as client:
        publisher.fail_after = 3
        failed = await client.post("/articles", content=body, headers=NDJSON)
        publisher.fail_after = None
        retried = await client.post("/articles", content=body, headers=NDJSON)
    answer = failed.json()
    assert failed.status_code == 503 and failed.headers["retry-after"]
    assert len(answer["accepted"]) == 3 and [r["line"] for r in answer["rejected"]] == [3]
    assert "item 4 (line 5)" in answer["error"]  # the fourth article (line 5) and everything after it: not taken
    again = retried.json()
    assert retried.status_code == 202 and sorted(again["duplicates"]) == sorted(answer["accepted"])
    assert len(again["accepted"]) == 3  # their claims were released, so the retry publishes them
    assert sorted(a.text for a in publisher.articles()) == sorted(f"Article number {n}." for n in range(6))


async def test_arbitrary_bytes_never_cause_a_server_error(publisher: Any) -> None:
    rng = random.Random(20170605)
    samples = [bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300))) for _ in range(150)]
    samples += [b'{"text": "\\ud800"}', b'{"text": "a\\u0000b"}', b"\n\n\n", b'{"text": 1}', b"null",
                b'{"text": "ok", "credits": "Reuters"}', b'{"text": "ok", "url": "http://[::1"}']
    async with _client(publisher) as client:
        for headers in (JSON, NDJSON):
            for body in samples:
                response = await client.post("/articles", content=body, headers=headers)
                assert response.status_code in (202, 400, 413, 422), (body, response.text)
                assert isinstance(response.json(), dict)


async def test_an_updated_text_at_the_same_url_is_the_next_revision_of_the_same_article(publisher: Any) -> None:
    body = {"text": "Iraqi forces took Hawija.", "url": "https://example.com/story", "source": "Reuters"}
    async with _client(publisher) as client:
        first = await client.post("/articles", content=json.dumps(body), headers=JSON)
        again = await client.post("/articles", content=json.dumps(body), headers=JSON)
        updated = await client.post("/articles", content=json.dumps({**body, "text": "An earlier version of this story said Iraqi forces took Hawija."}), headers=JSON)
    (article_id,) = first.json()["accepted"]
    assert again.json()["duplicates"] == [article_id]
    assert updated.json()["accepted"] == [article_id]
    assert [(a.id, a.revision) for a in publisher.articles()] == [(article_id, 1), (article_id, 2)]
