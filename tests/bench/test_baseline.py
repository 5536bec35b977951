"""The raw aiokafka baseline on the real broker: every message produced is consumed, the rates are finite."""

from __future__ import annotations

import pytest

from bench.baseline import measure_baseline

pytestmark = pytest.mark.integration


async def test_baseline_moves_every_message(broker) -> None:  # type: ignore[no-untyped-def]
    messages = [(f"k{i}".encode(), b"x" * 3000) for i in range(300)]
    result = await measure_baseline(broker.bootstrap_servers, messages, timeout=60)
    assert result.messages == 300 and result.bytes == 900_000
    assert result.produce_per_s > 0 and result.consume_per_s > 0 and result.round_trip_per_s > 0
    print(result.as_dict())
