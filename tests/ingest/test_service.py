"""The ingest service as a process: push and feeds into a real broker, the seen record in Redis across a
restart, /metrics, a clean SIGTERM stop, and one clear line when the broker is missing."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
from typing import Any

import httpx
import pytest

from townwatch.stack import free_port, wait_for_port
from townwatch_ingest.publisher import ArticlePublisher
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.topic_admin import ensure_topics
from townwatch_schemas import ARTICLES, Article

pytestmark = pytest.mark.integration

TOKEN = "service-test-token"


def _env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNWATCH_")}
    env.update({f"TOWNWATCH_{k.upper()}": v for k, v in values.items()})
    return env


def _start(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "townwatch_ingest"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_port(port, 30, proc=proc)
    return proc


def _stop(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return proc.returncode, err.decode()


async def test_push_feeds_metrics_restart_and_sigterm(tmp_path, fresh_broker, redis_server, feed_server,  # type: ignore[no-untyped-def]
                                                      read_topic) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - url: {feed_server.url('/rss.xml')}\n    interval: 1s\n"
                     f"  - url: {feed_server.url('/error.xml')}\n    interval: 1s\n", encoding="utf-8")
    port, metrics_port = free_port(), free_port()
    env = _env(kafka_bootstrap_servers=fresh_broker.bootstrap_servers, push_tokens=TOKEN, http_port=str(port),
               metrics_port=str(metrics_port), feeds_file=str(feeds), allow_private_urls="true",
               redis_url=redis_server.url, log_level="WARNING")
    proc = _start(env, port)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:  # a busy machine is slow
            pushed = await client.post("/articles", json={"text": "MOSUL (AP) — Fighting went on.", "published": "2017-06-28"},
                                       headers={"Authorization": f"Bearer {TOKEN}"})
            unauthorised = await client.post("/articles", json={"text": "x"})
        assert pushed.status_code == 202 and unauthorised.status_code == 401
        messages = await read_topic(fresh_broker.bootstrap_servers, ARTICLES.name, 3)
        async with asyncio.timeout(60):  # until the feed was re-polled (a 304 now) and the error feed failed
            while True:
                metrics = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=30).text
                if all(f'townwatch_ingest_feed_polls_total{{result="{r}"}} 0.0' not in metrics for r in ("error", "not_modified")):
                    break
                await asyncio.sleep(0.1)
    finally:
        code, err = _stop(proc)
    assert code == 0, err
    assert "Traceback" not in err
    articles = {Article.from_json_bytes(v).id: Article.from_json_bytes(v) for _, v in messages}
    assert len(articles) == 3 and pushed.json()["accepted"][0] in articles
    assert {a.source for a in articles.values()} == {"AP", "Reuters", "Example Wire"}
    assert 'townwatch_ingest_articles_published_total{source_kind="feed"} 2.0' in metrics
    assert 'townwatch_ingest_articles_published_total{source_kind="push"} 1.0' in metrics
    assert 'townwatch_ingest_feed_polls_total{result="error"}' in metrics
    assert 'townwatch_ingest_feed_polls_total{result="not_modified"}' in metrics
    assert 'townwatch_items_out_total{stage="ingest"} 3.0' in metrics

    # A restarted service (its ETag forgotten) re-polls the feed: the Redis seen record stops a re-publish.
    proc = _start(env, port)
    try:
        async with asyncio.timeout(60):  # until the re-poll's items are counted as duplicates
            while True:
                await asyncio.sleep(0.1)
                if feed_server.conditional.count(("/rss.xml", None, None)) < 2:
                    continue
                metrics = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=30).text
                if 'townwatch_ingest_duplicates_total{source_kind="feed"} 2.0' in metrics:
                    break
    finally:
        code, err = _stop(proc)
    assert code == 0, err
    assert 'townwatch_ingest_duplicates_total{source_kind="feed"} 2.0' in metrics
    assert 'townwatch_ingest_articles_published_total{source_kind="feed"} 0.0' in metrics
    assert len(await read_topic(fresh_broker.bootstrap_servers, ARTICLES.name, 3)) == 3


async def test_stop_does_not_wait_for_a_hanging_feed(tmp_path, fresh_broker, feed_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from townwatch_ingest import service

    monkeypatch.setattr(service, "_POLL_GRACE_S", 0.5)
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"- {feed_server.url('/hang.xml')}\n", encoding="utf-8")
    settings = IngestSettings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers, feeds_file=feeds,
                              allow_private_urls=True, http_read_timeout_s=60, http_total_timeout_s=120)
    stop = asyncio.Event()
    task = asyncio.create_task(service.run_service(settings, service.bind_socket("127.0.0.1", 0), stop,
                                                   install_signal_handlers=False))
    for _ in range(200):
        if feed_server.hits.get("/hang.xml"):
            break
        await asyncio.sleep(0.05)
    assert feed_server.hits.get("/hang.xml") == 1
    stop.set()
    await asyncio.wait_for(task, timeout=20)  # the feed would hang for 30 s; the fetch timeout is 60 s


def test_missing_broker_is_one_clear_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = _env(kafka_bootstrap_servers=f"127.0.0.1:{free_port()}", http_port=str(free_port()))
    done = subprocess.run([sys.executable, "-m", "townwatch_ingest"], env=env, capture_output=True, timeout=30)
    assert done.returncode == 2
    err = done.stderr.decode().strip()
    assert err.startswith("townwatch-ingest: error: cannot reach the Kafka broker") and "\n" not in err


def test_bad_feeds_file_is_one_clear_line(tmp_path, fresh_broker) -> None:  # type: ignore[no-untyped-def]
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: http://example.com/rss\n    interval: soon\n", encoding="utf-8")
    env = _env(kafka_bootstrap_servers=fresh_broker.bootstrap_servers, http_port=str(free_port()),
               feeds_file=str(feeds))
    done = subprocess.run([sys.executable, "-m", "townwatch_ingest"], env=env, capture_output=True, timeout=30)
    assert done.returncode == 2
    err = done.stderr.decode().strip()
    assert "feed 1: interval" in err and "\n" not in err


async def test_idempotent_producer_setting_reaches_the_producer(fresh_broker: Any) -> None:
    """The embedded broker answers InitProducerId with an error, so turning the setting on must fail there."""
    settings = IngestSettings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers, kafka_idempotent_producer=True)
    await ensure_topics(settings)
    publisher = ArticlePublisher(settings)
    with pytest.raises(Exception, match="TOWNWATCH_KAFKA_IDEMPOTENT_PRODUCER=false"):
        await asyncio.wait_for(publisher.start(), 20)
    await publisher.stop()


async def test_an_article_at_the_size_limit_is_published(fresh_broker: Any, read_topic: Any) -> None:
    settings = IngestSettings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers)
    await ensure_topics(settings)
    article = Article(id="t-big", text="\u00e9\"" * (settings.max_article_bytes // 3), received=dt.datetime.now(dt.UTC))
    async with ArticlePublisher(settings) as publisher:
        await publisher.publish(article)
    ((key, value),) = await read_topic(fresh_broker.bootstrap_servers, ARTICLES.name, 1)
    assert key == b"t-big" and Article.from_json_bytes(value).text == article.text
