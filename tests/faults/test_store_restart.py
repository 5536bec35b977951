"""Kill -9 the durable Tansu's S3 store (townwatch.stack.object_server) under a running Tansu and running services: the broker's
storage calls fail until the store is back on the same port and files, then everything resumes. Nothing acknowledged
is lost, every alert arrives once, and the groups resume from their committed offsets (as for a broker kill,
tests/faults/test_broker_restart.py). Only the durable Tansu has a store of its own, so this runs on it alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from townwatch.stack import DurableTansuBroker

from .fault_pipeline import pipeline_run, reference
from .test_broker_restart import kill_9_mid_stream_loses_nothing

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def test_a_store_kill_9_mid_stream_loses_nothing(tmp_path: Path) -> None:
    ref = await reference(tmp_path.parent / "fault-reference", "tansu")
    async with pipeline_run(tmp_path / "run", "tansu") as run:
        broker = run.pipeline.broker
        assert isinstance(broker, DurableTansuBroker)
        store_pid = broker.store.proc.pid if broker.store.proc else None
        await kill_9_mid_stream_loses_nothing(run, ref.all, lambda: broker.store.restart(kill=True))
        assert broker.store.proc is not None and broker.store.proc.pid != store_pid  # it really was restarted
        assert broker.proc is not None and broker.proc.poll() is None  # the broker itself never went down
