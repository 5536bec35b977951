"""Restart the broker under running services.

The embedded broker (Tansu, ``memory://`` storage) keeps everything in memory, so a restart loses: every
message on every topic (articles not yet consumed, control changes, alerts and notifications history, dead
letters), the topics themselves, and the consumer groups' committed offsets. Redis is not touched, so the
ledger, the alert records, the delivery log and the subscriptions survive. The services are not restarted:
they reconnect by themselves, and articles sent afterwards are handled; articles sent again raise nothing new.
Tansu re-creates the topics on first use with 4 partitions each, where the dead-letter topics and
notifications.v1 are specified with 1; nothing depends on that count, but an operator who wants the
specified layout runs ``ensure_topics`` (any service started with ``TOWNWATCH_KAFKA_CREATE_TOPICS=true``).
(With the compose stack's Kafka, whose log is on a volume, a broker restart loses nothing.)
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from .fault_pipeline import corpus, pipeline_run, reference

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def test_services_reconnect_after_a_broker_restart_and_handle_new_articles(tmp_path: Path) -> None:
    ref = await reference(tmp_path.parent / "fault-reference")
    batch_a, batch_b = corpus()
    async with pipeline_run(tmp_path / "run") as run:
        broker = run.pipeline.broker
        assert broker is not None
        await run.send(batch_a, rate=150)
        await run.settle()
        assert run.keys() == ref.a
        pids = {name: proc.proc.pid for name, proc in run.pipeline.processes.items() if proc.proc}

        await asyncio.to_thread(broker.stop)
        await asyncio.sleep(2.0)
        await asyncio.to_thread(broker.start)  # same port, empty: the in-memory broker kept nothing
        # Nothing else is done: no service restart, no topic creation. The clients reconnect, Tansu creates the
        # topics again on first use (with its default of 4 partitions), and the groups join again.
        await run.load.stop()
        await run.load.start()
        run.sent = 0

        await run.send(batch_b + batch_a, rate=150)
        await run.settle(timeout=300)
        assert run.keys() == ref.all, {"lost": ref.all - run.keys(), "extra": run.keys() - ref.all}
        assert not run.redelivered_keys()
        assert all(run.running().values()), run.running()
        assert {name: proc.proc.pid for name, proc in run.pipeline.processes.items() if proc.proc} == pids
