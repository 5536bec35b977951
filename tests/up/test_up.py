"""`townwatch up` as a user runs it: a YAML config, a webhook desk, articles flowing; each child killed with -9 in
turn while they flow; SIGTERM; `up` again on the same work directory.

Compared with a clean run of the same input (tests/faults/fault_pipeline.py), the healed stack loses no alert and
sends none twice: a second POST with the same Idempotency-Key is allowed only for a notification the delivery log
held pending when the alert worker (or Redis) was killed. The broker is killed only on a durable broker (the default
Tansu on its local object store, and Kafka): ``tansu-memory`` loses every unconsumed article on a restart by design
(tests/faults/test_broker_restart.py), so there the broker kill is left out.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from redis.asyncio import Redis

from bench.corpus import generate
from bench.load import LoadGenerator
from tests.faults.fault_pipeline import (
    FAST_NOTIFY,
    SECRET,
    Run,
    corpus,
    reference,
)
from townwatch.demo import write_subscriptions
from townwatch.pipeline import Pipeline
from townwatch.stack import BROKERS, BrokerKind, free_port
from townwatch.webhook_receiver import WebhookReceiver

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PUSH_TOKEN = "push-token-from-the-environment"
DESK_TOKEN = "token-desk-up"


@dataclass
class Up:
    """A `townwatch up` subprocess and its state file."""

    config: Path
    workdir: Path
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Up:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNWATCH_")}
        env["TOWNWATCH_PUSH_TOKENS"] = PUSH_TOKEN  # a secret from the environment, not the file
        log = open(self.workdir.parent / "up.log", "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "townwatch.cli", "up", "--config", str(self.config)],
                                     env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        return self

    def log_tail(self) -> str:
        return "\n".join((self.workdir.parent / "up.log").read_text(errors="replace").splitlines()[-30:])

    def state(self) -> dict[str, Any]:
        try:
            return json.loads((self.workdir / "state.json").read_text())
        except FileNotFoundError:
            return {}

    async def wait_state(self, predicate: Callable[[dict[str, Any]], bool], what: str, timeout: float = 240) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            assert self.proc is not None
            state = self.state()
            if state and predicate(state):
                return state
            if self.proc.poll() is not None:
                raise AssertionError(f"`up` exited with {self.proc.returncode} waiting for {what}:\n{self.log_tail()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}: {state.get('parts')}\n{self.log_tail()}")
            await asyncio.sleep(0.2)

    async def all_up(self) -> dict[str, Any]:
        return await self.wait_state(lambda s: not s["stopping"] and all(p["state"] == "up" for p in s["parts"].values()),
                                     "every part up")

    async def kill(self, part: str) -> None:
        """SIGKILL one child; return once the supervisor has it up again (a new pid, one more restart)."""
        before = self.state()["parts"][part]
        os.kill(before["pid"], signal.SIGKILL)
        await self.wait_state(
            lambda s: s["parts"][part]["state"] == "up" and s["parts"][part]["restarts"] == before["restarts"] + 1
            and s["parts"][part]["pid"] != before["pid"], f"{part} restarted")

    async def terminate(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        return await asyncio.to_thread(self.proc.wait, 120)

    def ensure_stopped(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(120)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def write_config(tmp: Path, broker: BrokerKind, hook_url: str) -> Path:
    subs = write_subscriptions(tmp / "subscriptions.yaml", [{
        "id": "desk", "token": DESK_TOKEN,
        "subscriptions": [{"id": "all", "towns": ["*"], "policy": "first",
                           "channels": [{"kind": "webhook", "url": hook_url, "secret": SECRET}]}],
    }])
    names = ("broker", "redis", "api", "ingest", "ingest_metrics", "extract_metrics", "alert_metrics")
    config = {
        "workdir": "state",
        "broker": broker,
        "subscriptions_file": subs.name,
        "ports": {name: free_port() for name in names},
        "allow_private_urls": True,  # the desk's webhook is on this machine
        "restart": {"initial_s": 0.2, "max_s": 2, "stable_s": 30},
        "env": {"alert": FAST_NOTIFY},
    }
    path = tmp / "townwatch.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


@asynccontextmanager
async def up_run(tmp: Path, broker: BrokerKind) -> AsyncIterator[tuple[Up, Run]]:
    tmp.mkdir(parents=True, exist_ok=True)
    receiver = await WebhookReceiver(secret=SECRET).start()
    config = write_config(tmp, broker, receiver.url("hooks/desk"))
    up = Up(config, tmp / "state").start()
    load: LoadGenerator | None = None
    try:
        state = await up.all_up()
        # A view of the running stack for the fault rig's settle(): broker, Redis, group offsets.
        view = Pipeline(workdir=tmp / "view", bootstrap_servers=state["broker"]["bootstrap_servers"],
                        redis_url=state["redis_url"])
        load = await LoadGenerator("topic", bootstrap_servers=view.bootstrap_servers or "",
                                   idempotent=BROKERS[broker].idempotent_producer).start()
        yield up, Run(view, receiver, load)
    finally:
        if load is not None:
            await load.stop()
        await receiver.stop()
        await asyncio.to_thread(up.ensure_stopped)


def kill_order(broker: BrokerKind) -> list[str]:
    return (["broker"] if BROKERS[broker].durable else []) + ["redis", "ingest", "extract", "alert"]


async def _ledger(redis_url: str) -> dict[str, str]:
    """Every town's current holder record in the ledger (the hashes under townwatch:{ledger}:town:*)."""
    client = Redis.from_url(redis_url, decode_responses=True)
    try:
        keys = sorted([k async for k in client.scan_iter("townwatch:{ledger}:town:*")])
        return {k: json.dumps(await client.hgetall(k), sort_keys=True) for k in keys if await client.type(k) == "hash"}
    finally:
        await client.aclose()


async def test_up_heals_every_child_and_resumes_after_sigterm(tmp_path: Path, broker_kind: BrokerKind) -> None:
    ref = await reference(tmp_path.parent / "fault-reference", broker_kind)
    batch_a, batch_b = corpus()
    kills = kill_order(broker_kind)
    # The first kills while batch A flows, the rest while batch B flows, A settled in between as in the clean run:
    # a town reported in both batches (a capture, then a retake) must reach the ledger in that order, and the
    # backlog after a kill lets extract take its partitions in any order.
    half = (len(kills) + 1) // 2
    allowed: set[str] = set()
    async with up_run(tmp_path / "up", broker_kind) as (up, run):
        redis_url = run.pipeline.redis_url or ""
        # The push endpoint takes the token from the environment (and only it).
        ingest_url = up.state()["ingest_url"]
        async with httpx.AsyncClient(base_url=ingest_url, timeout=30) as client:
            assert (await client.post("/articles", json={}, headers={"Authorization": "Bearer nope"})).status_code == 401

        for parts, batch in ((kills[:half], batch_a), (kills[half:], batch_b)):
            chunk = len(batch) // len(parts)
            for i, part in enumerate(parts):
                part_drafts = batch[i * chunk:] if i == len(parts) - 1 else batch[i * chunk:(i + 1) * chunk]
                sent_before = len(run.load.sent_times)
                run.send_in_background(part_drafts, rate=40)
                # Kill once a quarter of this chunk is acknowledged: the rest flows into the outage.
                target = sent_before + len(part_drafts) // 4
                await run.wait_for(lambda target=target: len(run.load.sent_times) >= target, 120,  # type: ignore[misc]
                                   f"articles flowing before the {part} kill")
                if part == "redis":
                    allowed |= await run.pipeline.pending_notifications()
                before = time.monotonic()
                await up.kill(part)
                print(f"{part}: killed and back up in {time.monotonic() - before:.1f}s")
                if part in ("alert", "redis"):
                    allowed |= await run.pipeline.pending_notifications()
            await run.settle(timeout=400)
        lost, extra = ref.all - run.keys(), run.keys() - ref.all
        assert not lost and not extra, {"lost": lost, "extra": extra}
        redelivered = run.redelivered_keys()
        assert set(redelivered) <= allowed, {"redelivered": redelivered, "pending at a kill": allowed}
        assert set(redelivered.values()) <= {2}, redelivered
        state = up.state()
        assert {name: p["restarts"] for name, p in state["parts"].items()} == {
            name: (1 if name in kills else 0) for name in state["parts"]}

        # `townwatch status` reads the running deployment.
        status = await asyncio.to_thread(
            subprocess.run, [sys.executable, "-m", "townwatch.cli", "status", "--config", str(up.config), "--json"],
            capture_output=True, text=True, timeout=120)
        assert status.returncode == 0, status.stderr
        shown = json.loads(status.stdout)
        assert shown["running"] and {p["state"] for p in shown["parts"].values()} == {"up"}
        assert all(p["up_since"] is not None for p in shown["parts"].values()), shown["parts"]  # the uptime column
        assert shown["probes"] == dict.fromkeys(shown["parts"], "answers")
        assert shown["lag"] == {"extract (articles.v1)": 0, "alert (control-changes.v1)": 0, "notify (alerts.v1)": 0}
        assert shown.get("last_alert") and shown.get("last_article"), shown.get("errors")

        # SIGTERM stops everything cleanly; `up` again resumes on the same ledger and delivery log.
        ledger = await _ledger(redis_url)
        assert ledger
        delivered = len(run.receiver.deliveries)
        assert await up.terminate() == 0
        assert all(p["state"] == "stopped" for p in up.state()["parts"].values())
        up.start()
        await up.all_up()
        await run.load.stop()
        await run.load.start()  # the broker may be a new process on the same port
        # The first batch again (a feed re-polled, a replay): the ledger knows every change, nobody is notified.
        await run.send(batch_a, rate=150)
        await run.settle(timeout=300)
        assert len(run.receiver.deliveries) == delivered, run.receiver.deliveries[delivered:]
        assert await _ledger(redis_url) == ledger
        # New reports are handled and notified once each (the subscriptions are the same).
        fresh = [item.draft for item in generate(200, seed=77, relevant_share=0.1)]
        keys_before = run.keys()
        await run.send(fresh, rate=150)
        await run.settle(timeout=300)
        new = run.keys() - keys_before
        assert new and set(new.values()) == {1}, new
        assert not set(new) & set(keys_before)
        assert await up.terminate() == 0
