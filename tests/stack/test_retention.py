"""Retention of the durable Tansu's batches: which ones go (pure), and the sweep over a store's files."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from townwatch.stack.retention import (
    DAY_MS,
    Batch,
    Retention,
    RetentionSweeper,
    committed_floors,
    expired,
    sweep,
    topic_retention,
)

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


def test_a_batch_goes_only_once_the_batch_after_it_starts_at_or_below_what_the_groups_read() -> None:
    old = NOW - 2 * DAY_MS
    spec = batches((0, 10, old), (5, 10, old), (9, 10, old), (12, 10, old))
    everything_but_newest = [0, 5, 9]
    assert [b.offset for b in expired(spec, Retention(ms=DAY_MS, bytes=None), NOW, read_up_to=None)] == everything_but_newest
    assert [b.offset for b in expired(spec, Retention(ms=DAY_MS, bytes=None), NOW, read_up_to=0)] == []
    assert [b.offset for b in expired(spec, Retention(ms=DAY_MS, bytes=None), NOW, read_up_to=8)] == [0]  # 5..8 unread
    assert [b.offset for b in expired(spec, Retention(ms=DAY_MS, bytes=None), NOW, read_up_to=9)] == [0, 5]
    assert [b.offset for b in expired(spec, Retention(ms=None, bytes=10), NOW, read_up_to=6)] == [0]
    assert [b.offset for b in expired(spec, Retention(ms=None, bytes=10), NOW, read_up_to=99)] == everything_but_newest


def commit(cluster: Path, group: str, topic: str, partition: int, offset: int, age_ms: int = 0) -> None:
    path = cluster / "groups" / "consumers" / group / "offsets" / topic / "partitions" / f"{partition:010d}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"offset": offset, "leader_epoch": None, "timestamp": None, "metadata": ""}))
    written = (NOW - age_ms) / 1000
    os.utime(path, (written, written))


def test_the_floor_is_the_lowest_commit_of_the_groups_reading_a_topic_and_expired_groups_drop_out(tmp_path: Path) -> None:
    commit(tmp_path, "fast", "t", 0, 40)
    commit(tmp_path, "fast", "t", 1, 30)
    commit(tmp_path, "slow", "t", 0, 10)  # slow has no commit on partition 1: it holds all of it
    commit(tmp_path, "fast", "u", 0, 7)
    commit(tmp_path, "gone", "u", 0, 1, age_ms=8 * DAY_MS)
    assert committed_floors(tmp_path, NOW, group_expiry_ms=7 * DAY_MS) == {("t", 0): 10, ("t", 1): 0, ("u", 0): 7}
    assert committed_floors(tmp_path, NOW, group_expiry_ms=None)[("u", 0)] == 1


def test_sweep_keeps_what_a_group_has_not_read(tmp_path: Path) -> None:
    cluster = tmp_path / "clusters" / "tansu_cluster"
    records = cluster / "topics" / "t" / "partitions" / "0000000000" / "records"
    records.mkdir(parents=True)
    for offset in range(6):
        path = records / f"{offset:020d}.batch"
        path.write_bytes(b"x" * 10)
        os.utime(path, (NOW / 1000 - 120, NOW / 1000 - 120))
    commit(cluster, "g", "t", 0, 2)  # g has read offsets 0 and 1
    assert sweep(tmp_path, Retention(ms=60_000, bytes=None), now_ms=NOW) == (2, 20)
    assert sorted(p.name for p in records.iterdir()) == [f"{o:020d}.batch" for o in range(2, 6)]
    commit(cluster, "g", "t", 0, 6)
    assert sweep(tmp_path, Retention(ms=60_000, bytes=None), now_ms=NOW) == (3, 30)  # the newest always stays


def test_a_config_that_is_no_number_keeps_the_default() -> None:
    """Tansu stores whatever CreateTopics sent: "7d" raised in the sweeper's thread and ended it for good."""
    default = Retention(ms=DAY_MS, bytes=500)
    assert default.with_configs({"retention.ms": "7d", "retention.bytes": "100"}) == Retention(ms=DAY_MS, bytes=100)


def test_the_sweeper_survives_a_failed_sweep_and_sweeps_again(tmp_path: Path) -> None:
    """The store down for a restart makes a sweep's delete raise: the next sweep must still run."""
    records = tmp_path / "clusters" / "c" / "topics" / "t" / "partitions" / "0000000000" / "records"
    records.mkdir(parents=True)
    for offset in range(3):
        (records / f"{offset:020d}.batch").write_bytes(b"x")
        os.utime(records / f"{offset:020d}.batch", (0, 0))
    calls: list[int] = []

    def delete(paths: list[Path]) -> None:
        calls.append(len(paths))
        if len(calls) == 1:
            raise ConnectionRefusedError("the store is restarting")
        for path in paths:
            path.unlink()

    sweeper = RetentionSweeper(tmp_path, Retention(ms=1000, bytes=None), interval=0.01, delete=delete)
    sweeper.start()
    try:
        deadline = time.monotonic() + 60
        while sweeper.removed == 0:  # wait for the state: the sweep after the failed one removed the batches
            assert sweeper._thread is not None and sweeper._thread.is_alive(), "the sweeper's thread died"
            assert time.monotonic() < deadline, f"no sweep removed anything (calls {calls})"
            time.sleep(0.01)
    finally:
        sweeper.stop()
    assert sweeper.failures == 1 and sweeper.removed == 2 and calls[:2] == [2, 2]
