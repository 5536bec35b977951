"""``Pipeline.start`` that fails stops what it had started: no Redis, broker or service outlives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from townwatch.pipeline import Pipeline

pytestmark = pytest.mark.integration  # a real redis-server, started by the pipeline


async def _no_topics() -> None:
    return None


def test_a_failed_start_stops_what_it_started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Redis is the pipeline's own; the broker is an address nothing listens on, so ingest exits at its preflight
    pipeline = Pipeline(workdir=tmp_path, bootstrap_servers="127.0.0.1:1")  # as tests/reprocess: nothing there
    monkeypatch.setattr(pipeline, "_ensure_topics", _no_topics)
    try:
        with pytest.raises(RuntimeError, match="ingest exited"):
            pipeline.start(services=["ingest"], timeout=600)
        assert pipeline.redis is not None and pipeline.redis.proc is not None
        assert pipeline.redis.proc.poll() is not None, "the pipeline's Redis outlived its failed start"
    finally:
        pipeline.stop()
