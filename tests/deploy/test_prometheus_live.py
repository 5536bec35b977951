"""Proof the dashboards show real data: a real Prometheus scrapes the embedded stack (on each broker) while the
seeds go through ingest's push API, then every panel query of every dashboard is evaluated through Prometheus's
HTTP API, and the lag panels are checked against the lag read from group offsets (``consumer_lag``)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
import yaml

from townwatch.demo import write_subscriptions
from townwatch.pipeline import SERVICES, Pipeline
from townwatch.stack import BrokerKind, free_port, wait_for_port
from townwatch.webhook_receiver import WebhookReceiver
from townwatch_ingest.seed_format import parse_seed
from townwatch_runtime.consumer_lag import CONSUMERS, group_lag

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
TOKEN = "live-prometheus-token"
SECRET = "live-prometheus-secret"
GRAFANA_VARIABLES = {"$__rate_interval": "2m", "$__range": "1h", "$__interval": "15s"}
"""What Grafana would substitute for a one-hour dashboard on a 1 s scrape interval (rate windows widened so the
whole replay falls inside them)."""


def prometheus_config(tmp: Path, ports: dict[str, int], own_port: int) -> Path:
    """deploy/prometheus/prometheus.yml with its targets moved to loopback and a 1 s scrape interval."""
    source = ROOT / "deploy" / "prometheus"
    config = yaml.safe_load((source / "prometheus.yml").read_text())
    config["global"] = {"scrape_interval": "1s", "evaluation_interval": "1s"}
    config["rule_files"] = [str(source / path) for path in config["rule_files"]]
    for job in config["scrape_configs"]:
        service = job["job_name"].removeprefix("townwatch-")
        port = ports[service] if service in ports else own_port
        job["static_configs"] = [{"targets": [f"127.0.0.1:{port}"]}]
    path = tmp / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    return path


@contextlib.contextmanager
def prometheus_server(binary: str, config: Path, port: int, tmp: Path) -> Iterator[str]:
    log = open(tmp / "prometheus.log", "wb")
    proc = subprocess.Popen(
        [binary, f"--config.file={config}", f"--storage.tsdb.path={tmp / 'tsdb'}", f"--web.listen-address=127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
    )
    log.close()
    try:
        wait_for_port(port, timeout=30, proc=proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Live:
    prometheus: httpx.AsyncClient
    pipeline: Pipeline

    async def query(self, expr: str) -> list[dict[str, Any]]:
        response = await self.prometheus.get("/api/v1/query", params={"query": expr})
        body = response.json()
        assert body["status"] == "success", f"{expr}: {body}"
        return body["data"]["result"]


async def _wait_for(check, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.5)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def live(tmp_path_factory: pytest.TempPathFactory, prometheus_binary: str, broker_kind: BrokerKind) -> AsyncIterator[Live]:
    tmp = tmp_path_factory.mktemp("live-prometheus")
    receiver = await WebhookReceiver(secret=SECRET).start()
    subs = write_subscriptions(tmp / "subscriptions.yaml", [{
        "id": "desk",
        "token": "desk-token",
        "subscriptions": [{
            "id": "every-town", "towns": ["*"], "policy": "first",
            "channels": [{"kind": "webhook", "url": receiver.url("hooks/desk"), "secret": SECRET}],
        }],
    }])
    pipeline = Pipeline(
        workdir=tmp / "pipeline",
        subscriptions_file=subs,
        metrics_ports={name: free_port() for name in SERVICES},
        service_env={"ingest": {"TOWNWATCH_PUSH_TOKENS": TOKEN}},
        broker_kind=broker_kind,
    )
    port = free_port()
    config = prometheus_config(tmp, pipeline.metrics_ports, port)
    with prometheus_server(prometheus_binary, config, port, tmp) as url:
        try:
            await asyncio.to_thread(pipeline.start)  # inside the try: a failed start still stops what it started
            async with httpx.AsyncClient(base_url=url, timeout=10) as client:
                live = Live(client, pipeline)

                async def all_targets_up() -> bool:
                    targets = (await client.get("/api/v1/targets")).json()["data"]["activeTargets"]
                    return len(targets) == 4 and all(t["health"] == "up" for t in targets)

                await _wait_for(all_targets_up, "Prometheus to scrape every service")
                await _push_seeds(pipeline)
                await pipeline.wait_idle()
                await _read_alerts_as_a_desk(pipeline)
                # Wait for Prometheus to have scraped the final counters and evaluated every rule on them.
                await _wait_for(lambda: _scraped_the_replay(live), "Prometheus to scrape the replay's final counters")
                yield live
        finally:
            await receiver.stop()
            await asyncio.to_thread(pipeline.stop)


async def _scraped_the_replay(live: Live) -> bool:
    """Prometheus holds the replay's end state (every stage handled items, the duplicates and deliveries counted)
    and has evaluated every rule at least once since."""
    stages = await live.query("max by (stage) (townwatch_last_processed_timestamp_seconds) > 0")
    duplicates = await live.query('sum(townwatch_ingest_duplicates_total{source_kind="push"}) >= 5')
    delivered = await live.query("sum(townwatch_notifications_sent_total) >= 3")
    # rate() needs two samples of the API counter: the desk's read, scraped twice
    desk_reads = await live.query(f'rate(http_requests_total{{job="townwatch-alert", handler="/alerts", status="200"}}[{GRAFANA_VARIABLES["$__rate_interval"]}])')
    if len(stages) < 4 or not duplicates or not delivered or not desk_reads:
        return False
    groups = (await live.prometheus.get("/api/v1/rules")).json()["data"]["groups"]
    return all(not group["lastEvaluation"].startswith("0001-") for group in groups)


async def _push_seeds(pipeline: Pipeline) -> None:
    """The seeds through ingest's push API (twice: the second time they are duplicates), plus one malformed line."""
    lines = [parse_seed(path.read_text()).model_dump_json() for path in sorted(SEEDS.iterdir())]
    body = ("\n".join(lines) + "\n").encode()
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"}
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{pipeline.ingest_port}", timeout=30) as client:
        await _wait_for(lambda: _healthy(client), "ingest's push API")
        first = (await client.post("/articles", content=body, headers=headers)).json()
        assert len(first["accepted"]) == len(lines), first
        again = (await client.post("/articles", content=body + b"{not json\n", headers=headers)).json()
        assert len(again["duplicates"]) == len(lines) and len(again["rejected"]) == 1, again


async def _read_alerts_as_a_desk(pipeline: Pipeline) -> None:
    """A desk reads its alert feed through the alert API (the API panels' traffic)."""
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{pipeline.api_port}", timeout=30) as client:
        await _wait_for(lambda: _healthy(client), "the alert API")
        feed = await client.get("/alerts", headers={"Authorization": "Bearer desk-token"})
        assert feed.status_code == 200 and len(feed.json()["alerts"]) >= 3, feed.text


async def _healthy(client: httpx.AsyncClient) -> bool:
    with contextlib.suppress(httpx.HTTPError):
        return (await client.get("/healthz")).status_code == 200
    return False


def _panel_queries() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted((ROOT / "deploy" / "grafana" / "dashboards").glob("*.json")):
        board = json.loads(path.read_text())
        for panel in board["panels"]:
            for target in panel.get("targets", []):
                expr = target["expr"]
                for variable, value in GRAFANA_VARIABLES.items():
                    expr = expr.replace(variable, value)
                found.append((board["uid"], panel["title"], expr))
    return found


async def test_every_panel_query_returns_series(live: Live) -> None:
    queries = _panel_queries()
    assert len(queries) > 40
    empty = [f"{uid} / {title}: {expr}" for uid, title, expr in queries if not await live.query(expr)]
    assert not empty, "panel queries with no series:\n" + "\n".join(empty)


async def test_the_panels_show_the_replay_not_just_zeros(live: Live) -> None:
    last = {r["metric"]["stage"]: float(r["value"][1]) for r in await live.query(
        "max by (stage) (townwatch_last_processed_timestamp_seconds) * 1000")}
    assert set(last) == {"ingest", "extract", "alert", "notify"}
    assert all(value > 0 for value in last.values()), f"a stage never handled an item: {last}"
    published = await live.query(f"sum by (source_kind) (increase(townwatch_ingest_articles_published_total[{GRAFANA_VARIABLES['$__range']}]))")
    assert {r["metric"]["source_kind"]: float(r["value"][1]) > 0 for r in published}["push"]
    duplicates = await live.query("sum by (source_kind) (townwatch_ingest_duplicates_total)")
    assert {r["metric"]["source_kind"]: float(r["value"][1]) for r in duplicates}["push"] == 5
    rejected = await live.query("sum by (reason) (townwatch_ingest_rejected_total)")
    assert sum(float(r["value"][1]) for r in rejected) == 1
    delivered = await live.query("sum(townwatch_notifications_sent_total)")
    assert float(delivered[0]["value"][1]) >= 3  # Hawija, Baaj, Hatra
    (p99,) = await live.query(f"histogram_quantile(0.99, sum by (le) (rate(townwatch_end_to_end_latency_seconds_bucket[{GRAFANA_VARIABLES['$__rate_interval']}])))")
    assert 0 < float(p99["value"][1]) < 3600, p99


async def test_prometheus_loaded_and_evaluates_every_rule(live: Live) -> None:
    groups = (await live.prometheus.get("/api/v1/rules")).json()["data"]["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    assert len(rules) == 17
    broken = [(rule["name"], rule.get("lastError")) for rule in rules if rule["health"] != "ok"]
    assert not broken
    recorded = await live.query("stage:townwatch_items_in:rate5m")
    assert {r["metric"]["stage"] for r in recorded} == {"ingest", "extract", "alert", "notify"}


async def test_the_lag_panels_show_the_lag_of_the_group_offsets(live: Live) -> None:
    """With Redis away the alert stage cannot commit: the control changes of the seeds replayed pile up on
    control-changes.v1. The alert lag panel shows exactly what the group offsets say, then 0 once Redis is back."""
    pipeline = live.pipeline
    assert pipeline.broker is not None and pipeline.redis is not None
    kafka = {"bootstrap_servers": pipeline.bootstrap_servers}
    how = pipeline.broker.end_offsets
    (panel,) = [expr for _uid, title, expr in _panel_queries() if title == "alert: consumer lag"]

    async def lag_of_groups() -> dict[tuple[str, str], int]:
        return {(c.stage, c.topic.name): n for c, n in (await group_lag(kafka, CONSUMERS, how)).items()}

    async def panel_shows(want: int) -> bool:
        series = {r["metric"]["topic"]: float(r["value"][1]) for r in await live.query(panel)}
        return series.get("control-changes.v1") == want

    async def groups_show(want: int) -> bool:
        return (await lag_of_groups())[("alert", "control-changes.v1")] == want

    await _wait_for(lambda: groups_show(0), "the alert group to commit everything")
    await _wait_for(lambda: panel_shows(0), "the alert lag panel to read 0")
    before = await pipeline.counts()
    await asyncio.to_thread(pipeline.redis.stop)
    try:
        await pipeline.replay(sorted(SEEDS.iterdir()))

        async def extract_done() -> bool:
            return (await pipeline.counts()).extract_done >= before.extract_done + len(list(SEEDS.iterdir()))

        # (a stage counts an item done after counting what it published for it)
        await _wait_for(extract_done, "extract to handle the replayed seeds")
        piled = int((await pipeline.counts()).extract_out - before.extract_out)
        assert piled >= 3  # Hawija, Baaj, Hatra at least
        await _wait_for(lambda: groups_show(piled), f"the group offsets to show {piled} control changes waiting")
        await _wait_for(lambda: panel_shows(piled), f"the alert lag panel to show {piled}")
        assert (await lag_of_groups())[("alert", "control-changes.v1")] == piled
    finally:
        await asyncio.to_thread(pipeline.redis.start)
    await _wait_for(lambda: groups_show(0), "the alert group to catch up after Redis is back", timeout=120)
    await _wait_for(lambda: panel_shows(0), "the alert lag panel to read 0 again", timeout=120)

