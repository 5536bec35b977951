"""Retention of the durable Tansu's batches: which ones go (pure), and the sweep over a store's files."""

from __future__ import annotations

import json
import os
from pathlib import Path

from townwatch.stack.retention import DAY_MS, Batch, Retention, expired, sweep, topic_retention

NOW = 10 * DAY_MS


def batches(*spec: tuple[int, int, int]) -> list[Batch]:
    return [Batch(Path(f"{offset:020d}.batch"), offset, size, written) for offset, size, written in spec]


def test_batches_older_than_retention_ms_go_but_the_newest_stays() -> None:
    old = NOW - 2 * DAY_MS
    got = expired(batches((0, 10, old), (5, 10, old), (9, 10, old)), Retention(ms=DAY_MS, bytes=None), NOW)
    assert [b.offset for b in got] == [0, 5]


def test_retention_bytes_drops_the_oldest_until_the_partition_fits() -> None:
    got = expired(batches((0, 100, NOW), (1, 100, NOW), (2, 100, NOW), (3, 100, NOW)), Retention(ms=None, bytes=250), NOW)
    assert [b.offset for b in got] == [0, 1]


def test_unlimited_keeps_everything() -> None:
    assert expired(batches((0, 10**9, 0), (1, 10**9, 0)), Retention(ms=None, bytes=None), NOW) == []


def test_topic_configs_override_the_default_and_minus_one_is_unlimited(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text(json.dumps({"topics": {
        "a": {"topic": {"name": "a", "configs": [{"name": "retention.ms", "value": "1000"}]}},
        "b": {"topic": {"name": "b", "configs": [{"name": "retention.bytes", "value": "-1"}]}},
        "c": {"topic": {"name": "c", "configs": []}},
    }}))
    default = Retention(ms=DAY_MS, bytes=500)
    assert topic_retention(tmp_path, default) == {
        "a": Retention(ms=1000, bytes=500), "b": Retention(ms=DAY_MS, bytes=None), "c": default,
    }


def test_sweep_removes_expired_batch_files_per_partition(tmp_path: Path) -> None:
    cluster = tmp_path / "clusters" / "tansu_cluster"
    cluster.mkdir(parents=True)
    (cluster / "meta.json").write_text(json.dumps({"topics": {"t": {"topic": {"configs": [{"name": "retention.ms", "value": "60000"}]}}}}))
    kept, gone = [], []
    for partition in range(2):
        records = cluster / "topics" / "t" / "partitions" / f"{partition:010d}" / "records"
        records.mkdir(parents=True)
        for offset in range(4):
            path = records / f"{offset:020d}.batch"
            path.write_bytes(b"x" * 10)
            age_s = 120 if offset < 3 else 0
            os.utime(path, (NOW / 1000 - age_s, NOW / 1000 - age_s))
            (gone if age_s else kept).append(path)
    (cluster / "topics" / "t" / "partitions" / "0000000000" / "watermark.json").write_text("{}")
    assert sweep(tmp_path, Retention(ms=None, bytes=None), now_ms=NOW) == (6, 60)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in gone)
    assert (cluster / "topics" / "t" / "partitions" / "0000000000" / "watermark.json").exists()
