"""``townwatch status``: what a running ``townwatch up`` is doing, from its state file and live from the stack.

Each part's state, uptime and restarts come from the supervisor's ``<workdir>/state.json``, and each part is asked
directly (metadata request, PING, ``/metrics``); the consumer lag
(group offsets), the last article on articles.v1 and the last alert in the ledger are read live.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import time
from pathlib import Path
from typing import Any

import httpx
from aiokafka import AIOKafkaClient, AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError
from redis.asyncio import Redis
from rich.console import Console
from rich.table import Table

from townwatch_runtime.consumer_lag import CONSUMERS, EndOffsets, end_offsets, group_lag
from townwatch_runtime.redis_keys import LEDGER_PREFIX
from townwatch_schemas import ARTICLES, Alert, Article

__all__ = ["collect_status", "render_status", "supervisor_running"]

ALERT_STREAM = LEDGER_PREFIX + "alerts"  # the ledger's stream (townwatch_alert.ledger.ALERT_STREAM)


def supervisor_running(workdir: Path) -> bool:
    """True while an ``up`` holds the work directory's lock."""
    lock_path = workdir / "up.lock"
    if not lock_path.exists():
        return False
    with open(lock_path) as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(lock, fcntl.LOCK_UN)
        return False


async def last_article(bootstrap: str, how: EndOffsets) -> dict[str, Any] | None:
    """The most recently received article among the last message of each articles.v1 partition."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=50)
    await consumer.start()
    try:
        parts = [TopicPartition(ARTICLES.name, p) for p in range(ARTICLES.partitions)]
        ends = await end_offsets(consumer, parts, how)
        consumer.assign(parts)
        latest: Article | None = None
        for tp, end in ends.items():
            if end <= 0:
                continue
            consumer.seek(tp, end - 1)
            batch = await consumer.getmany(tp, timeout_ms=2000, max_records=1)
            for record in batch.get(tp, []):
                with contextlib.suppress(ValidationError):
                    article = Article.model_validate_json(record.value or b"")
                    if latest is None or article.received > latest.received:
                        latest = article
        if latest is None:
            return None
        return {"id": latest.id, "title": latest.title, "source": latest.source, "url": latest.url, "received": latest.received.isoformat()}
    finally:
        await consumer.stop()


async def last_alert(redis_url: str) -> dict[str, Any] | None:
    client = Redis.from_url(redis_url)
    try:
        entries = await client.xrevrange(ALERT_STREAM, count=1)
    finally:
        await client.aclose()
    if not entries:
        return None
    _, fields = entries[0]
    alert = Alert.model_validate_json((fields or {})[b"alert"])
    return {
        "place": alert.place.name,
        "losing": alert.losing.name if alert.losing else None,
        "gaining": alert.gaining.name if alert.gaining else None,
        "revision": alert.revision,
        "outlets": alert.independent_outlets,
        "updated": alert.updated.isoformat(),
    }


async def probe(state: dict[str, Any]) -> dict[str, str]:
    """Each part asked directly: the broker a metadata request, its store (if any) an HTTP GET, Redis a PING, each
    service its ``/metrics``."""
    broker = state["broker"]
    answers: dict[str, str] = {}

    async def kafka() -> None:
        client = AIOKafkaClient(bootstrap_servers=broker["bootstrap_servers"], request_timeout_ms=5000)
        try:
            await client.bootstrap()
            answers["broker"] = "answers"
        finally:
            await client.close()

    async def redis() -> None:
        client = Redis.from_url(state["redis_url"], socket_timeout=5)
        try:
            await client.ping()
            answers["redis"] = "answers"
        finally:
            await client.aclose()

    async def service(name: str, port: int) -> None:
        async with httpx.AsyncClient(timeout=5) as client:
            (await client.get(f"http://127.0.0.1:{port}/metrics")).raise_for_status()
            answers[name] = "answers"

    async def store(endpoint: str) -> None:
        async with httpx.AsyncClient(timeout=5) as client:
            await client.get(endpoint)  # any HTTP answer (the store says 403 to an unsigned request) is an answer
            answers["store"] = "answers"

    checks = {"broker": kafka(), "redis": redis()} | {n: service(n, p) for n, p in state["metrics_ports"].items()}
    if broker.get("store_endpoint"):
        checks["store"] = store(broker["store_endpoint"])
    for name, check in checks.items():
        try:
            await asyncio.wait_for(check, 10)
        except Exception as exc:
            answers[name] = f"no answer: {type(exc).__name__}"
    return answers


async def _live(state: dict[str, Any]) -> dict[str, Any]:
    broker = state["broker"]
    live: dict[str, Any] = {"probes": await probe(state)}

    async def lag() -> None:
        lags = await group_lag({"bootstrap_servers": broker["bootstrap_servers"]}, CONSUMERS, broker["end_offsets"])
        live["lag"] = {f"{c.stage} ({c.topic.name})": n for c, n in lags.items()}

    async def article() -> None:
        live["last_article"] = await last_article(broker["bootstrap_servers"], broker["end_offsets"])

    async def alert() -> None:
        live["last_alert"] = await last_alert(state["redis_url"])

    for name, job in (("lag", lag), ("last_article", article), ("last_alert", alert)):
        try:
            await asyncio.wait_for(job(), 20)
        except Exception as exc:
            live.setdefault("errors", {})[name] = f"{type(exc).__name__}: {exc}"
    return live


def collect_status(workdir: Path) -> dict[str, Any]:
    """The state file plus live figures; ``running`` False when no ``up`` holds the work directory."""
    path = workdir / "state.json"
    if not path.exists():
        return {"running": False, "workdir": str(workdir), "error": f"no state file: {path} (has `townwatch up` run here?)"}
    state = json.loads(path.read_text())
    state["running"] = supervisor_running(workdir)
    if state["running"]:
        state.update(asyncio.run(_live(state)))
    return state


def _ago(seconds: float) -> str:
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return (f"{days}d " if days else "") + (f"{hours}h " if days or hours else "") + f"{minutes}m {secs}s"


def render_status(status: dict[str, Any], console: Console) -> None:
    if "parts" not in status:
        console.print(f"[red]{status.get('error', 'no status')}[/red]")
        return
    now = time.time()
    head = "[green]running[/green]" if status["running"] else "[red]not running[/red]"
    console.print(f"townwatch up: {head} (pid {status['pid']}, since {_ago(now - status['started'])}); "
                  f"broker {status['broker']['kind']} on {status['broker']['bootstrap_servers']}; API {status['api_url']}")
    table = Table("part", "health", "pid", "uptime", "restarts", "last exit")
    probes = status.get("probes") or {}
    for name, part in status["parts"].items():
        answer = probes.get(name, "answers")  # a part not asked directly (a broker's store) goes by its state
        healthy = status["running"] and part["state"] == "up" and answer == "answers"
        text = part["state"] if not status["running"] or part["state"] != "up" else f"up, {answer}"
        health = f"[green]{text}[/green]" if healthy else f"[yellow]{text}[/yellow]"
        uptime = _ago(now - part["up_since"]) if part.get("up_since") and status["running"] else "-"
        table.add_row(name, health, str(part.get("pid") or "-"), uptime, str(part["restarts"]), part.get("last_exit") or "-")
    console.print(table)
    lag = status.get("lag") or {}
    figures = lag.get("by_stage", lag) if isinstance(lag, dict) else {}
    if figures:
        console.print("consumer lag (group offsets): " + ", ".join(f"{k}: {v}" for k, v in figures.items() if k not in ("at", "error")))
    article, alert = status.get("last_article"), status.get("last_alert")
    console.print("last article: " + (f"{article['received']} {article.get('source') or ''} “{article.get('title') or article.get('url') or article['id']}”"
                                      if article else "none"))
    console.print("last alert: " + (f"{alert['updated']} {alert['place']}: {alert['losing'] or '?'} → {alert['gaining'] or '?'} "
                                    f"(rev {alert['revision']}, {alert['outlets']} outlets)" if alert else "none"))
    for name, error in (status.get("errors") or {}).items():
        console.print(f"[yellow]{name}: {error}[/yellow]")
