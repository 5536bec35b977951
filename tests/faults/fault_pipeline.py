"""A pipeline run for fault tests: the whole stack (real broker, Redis, the three services as processes) fed a
generated corpus, deliveries recorded at a signed webhook, and the clean run a faulted run is compared with.

A plain module (not a conftest): the Redis, webhook, broker and malformed-flood tests import it.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


from bench.corpus import generate  # noqa: E402
from bench.load import LoadGenerator  # noqa: E402
from townwatch.demo import write_subscriptions  # noqa: E402
from townwatch.pipeline import Pipeline  # noqa: E402
from townwatch.stack import BrokerKind  # noqa: E402
from townwatch.webhook_receiver import Delivery, WebhookReceiver  # noqa: E402

SECRET = "faults-secret"
BATCH_A, BATCH_B = 300, 300
# Short notifier timings so a crashed delivery's lease runs out, and a flapping receiver is retried, within seconds.
FAST_NOTIFY = {"TOWNWATCH_NOTIFY_LEASE_S": "4", "TOWNWATCH_NOTIFY_BACKOFF_BASE_S": "0.5",
               "TOWNWATCH_NOTIFY_BACKOFF_MAX_S": "4", "TOWNWATCH_NOTIFY_MAX_ATTEMPTS": "60"}

Key = tuple[str, str]  # (alert_id, kind)


def corpus() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Two batches of one deterministic corpus, ~8% change reports (so a short run has a dozen alerts)."""
    drafts = [item.draft for item in generate(BATCH_A + BATCH_B, seed=21, relevant_share=0.08)]
    return drafts[:BATCH_A], drafts[BATCH_A:]


@dataclass
class Run:
    pipeline: Pipeline
    receiver: WebhookReceiver
    load: LoadGenerator
    sent: int = 0
    feeders: list[asyncio.Task[Any]] = field(default_factory=list)

    # -- input -------------------------------------------------------------------------------------
    async def send(self, drafts: list[dict[str, Any]], rate: float | None = None) -> None:
        """Produce Articles onto articles.v1 (received stamped now), at ``rate`` or flat out."""
        await (self.load.at_rate(drafts, rate) if rate else self.load.flat_out(drafts, batch=25))
        self.sent += len(drafts)
        assert not self.load.errors, self.load.errors[:3]

    def send_in_background(self, drafts: list[dict[str, Any]], rate: float) -> asyncio.Task[Any]:
        task = asyncio.create_task(self.send(drafts, rate))
        self.feeders.append(task)
        return task

    # -- output ------------------------------------------------------------------------------------
    def deliveries(self) -> list[Delivery]:
        return list(self.receiver.deliveries)

    def keys(self) -> Counter[Key]:
        """How many distinct notifications (by Idempotency-Key) each (alert_id, kind) got."""
        per_key: dict[str | None, Key] = {}
        for d in self.receiver.deliveries:
            per_key[d.idempotency_key] = (d.alert["alert_id"], d.body.get("kind", "alert"))
        return Counter(per_key.values())

    def redelivered_keys(self) -> Counter[str | None]:
        """Idempotency keys the receiver saw more than once (the only duplicate the design allows: a crash
        between the POST and recording it as sent; the key lets the receiver drop it)."""
        seen = Counter(d.idempotency_key for d in self.receiver.deliveries)
        return Counter({k: n for k, n in seen.items() if n > 1})

    async def wait_for(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}; keys so far: {sorted(self.keys())}")
            await asyncio.sleep(0.2)

    async def pending_keys(self) -> set[str]:
        return await self.pipeline.pending_notifications()

    async def crash(self, service: str) -> set[str]:
        return await crash_and_restart(self.pipeline, service)

    async def settle(self, quiet: float = 2.0, timeout: float = 240.0) -> None:
        """Until the input is all sent and the pipeline is idle (``Pipeline.wait_idle``: every consumer group has
        committed every message on its topic, no delivery is pending, and nothing moved for ``quiet`` s)."""
        await asyncio.gather(*self.feeders)
        await self.pipeline.wait_idle(timeout=timeout, quiet=quiet, moving=lambda: len(self.receiver.deliveries))

    def running(self) -> dict[str, bool]:
        return {name: proc.running for name, proc in self.pipeline.processes.items()}


async def crash_and_restart(pipeline: Pipeline, service: str) -> set[str]:
    """SIGKILL ``service`` and restart it; returns the notifications pending in the delivery log at the moment it
    died: the only ones the design lets be POSTed a second time (the receiver may have got them just before)."""
    await asyncio.to_thread(pipeline.processes[service].kill)
    pending = await pipeline.pending_notifications()
    await asyncio.to_thread(pipeline.start_service, service)
    await asyncio.to_thread(pipeline.wait_ready)
    return pending


@asynccontextmanager
async def pipeline_run(workdir: Path, broker: BrokerKind, *, status_for: Callable[[str], int] | None = None,
                       extra_env: Mapping[str, str] | None = None) -> AsyncIterator[Run]:
    """A started pipeline on ``broker`` with one desk tracking every town through a signed webhook."""
    workdir.mkdir(parents=True, exist_ok=True)
    receiver = WebhookReceiver(secret=SECRET)
    if status_for is not None:
        receiver.status_for = status_for
    await receiver.start()
    subs = write_subscriptions(workdir / "subscriptions.yaml", [{
        "id": "desk", "token": "token-desk",
        "subscriptions": [{"id": "all", "towns": ["*"], "policy": "first",
                           "channels": [{"kind": "webhook", "url": receiver.url("hooks/desk"), "secret": SECRET}]}],
    }])
    pipeline = Pipeline(workdir=workdir, subscriptions_file=subs, extra_env={**FAST_NOTIFY, **(extra_env or {})},
                        broker_kind=broker)
    await asyncio.to_thread(pipeline.start)
    # A send waits up to 300 s for the broker: in CI at load 27 a killed Kafka took more than 90 s to come back, far
    # longer than aiokafka's default 40 s batch life, in which a send to the dead broker expires unsent.
    load = await LoadGenerator("topic", bootstrap_servers=pipeline.bootstrap_servers or "", send_timeout_s=300.0,
                               idempotent=bool(pipeline.broker and pipeline.broker.idempotent_producer)).start()
    run = Run(pipeline, receiver, load)
    try:
        yield run
    finally:
        for task in run.feeders:
            task.cancel()
        await load.stop()
        await receiver.stop()
        await asyncio.to_thread(pipeline.stop)


@dataclass(frozen=True)
class Reference:
    """What a clean run of the same input delivers: for batch A, then for batch B."""

    a: Counter[Key]
    b: Counter[Key]

    @property
    def all(self) -> Counter[Key]:
        return self.a + self.b


_REFERENCE: list[Reference] = []


async def reference(workdir: Path, broker: BrokerKind) -> Reference:
    """The clean run (once per test session, on the first broker asked for; the keys a run delivers depend on the
    input, not the broker): batch A, settle, batch B, settle. Every key delivered once."""
    if _REFERENCE:
        return _REFERENCE[0]
    batch_a, batch_b = corpus()

    async def clean() -> Reference:
        async with pipeline_run(workdir, broker) as run:
            await run.send(batch_a, rate=150)
            await run.settle()
            after_a = run.keys()
            await run.send(batch_b, rate=150)
            await run.settle()
            after_all = run.keys()
            assert not run.redelivered_keys()
            return Reference(after_a, after_all - after_a)

    ref = await clean()
    assert len(ref.a) >= 5 and len(ref.b) >= 5, ref  # enough alerts for the comparisons to mean something
    assert set(ref.all.values()) == {1}, ref
    _REFERENCE.append(ref)
    return ref
