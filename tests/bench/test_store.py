"""``python -m bench.store`` drives a real object server and reports CPU per request kind."""

from __future__ import annotations

import pytest

from bench.store import measure_store

pytestmark = pytest.mark.integration


async def test_every_request_kind_is_measured_against_a_real_server() -> None:
    results = await measure_store(batches=20, requests=5)
    assert set(results) == {"PUT batch (create)", "PUT watermark (compare and swap)", "PUT offset commit", "GET batch",
                            "LIST partition (unchanged)", "PUT batch, then LIST partition", "listing KiB"}
    assert all(wall > 0 for name, (_cpu, wall) in results.items() if name != "listing KiB")
    assert results["listing KiB"][0] > 20 * 60 / 1024  # 20 + 5 + 5 batches listed, some 90 bytes each
