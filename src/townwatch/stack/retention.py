"""Per-topic retention for Tansu's ``s3://`` storage, which keeps every batch for ever (its DeleteRecords is a ``todo!()``).

Tansu writes each record batch as one object, ``.../topics/<topic>/partitions/<n>/records/<offset>.batch``, and a
fetch skips offsets whose object is gone (as Kafka skips a deleted segment). So retention is what Kafka does with
segments: a batch goes when it is older than the topic's ``retention.ms``, or when the partition holds more than
``retention.bytes``, oldest first; the newest batch of a partition always stays (Kafka's active segment). Topic
configs come from CreateTopics (kept by Tansu in ``meta.json``), else the stack's default. ``-1`` is unlimited.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Batch", "Retention", "RetentionSweeper", "expired", "sweep", "topic_retention"]

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class Retention:
    """Kafka's two limits, per partition; ``None`` is unlimited."""

    ms: int | None = 30 * DAY_MS
    bytes: int | None = 2 << 30

    def with_configs(self, configs: dict[str, str]) -> Retention:
        """These limits overridden by a topic's ``retention.ms`` / ``retention.bytes`` (``-1``: unlimited)."""

        def limit(name: str, default: int | None) -> int | None:
            if name not in configs:
                return default
            value = int(configs[name])
            return None if value < 0 else value

        return Retention(ms=limit("retention.ms", self.ms), bytes=limit("retention.bytes", self.bytes))


@dataclass(frozen=True)
class Batch:
    path: Path
    offset: int
    size: int
    written_ms: int


def expired(batches: Sequence[Batch], retention: Retention, now_ms: int) -> list[Batch]:
    """The batches of one partition that retention removes (pure: no I/O)."""
    ordered = sorted(batches, key=lambda b: b.offset)
    keep = ordered[-1:]
    candidates = ordered[:-1]
    gone: list[Batch] = []
    if retention.ms is not None:
        gone = [b for b in candidates if now_ms - b.written_ms > retention.ms]
    if retention.bytes is not None:
        remaining = [b for b in candidates if b not in gone]
        total = sum(b.size for b in remaining) + sum(b.size for b in keep)
        for b in remaining:
            if total <= retention.bytes:
                break
            gone.append(b)
            total -= b.size
    return sorted(gone, key=lambda b: b.offset)


def topic_retention(cluster_dir: Path, default: Retention) -> dict[str, Retention]:
    """Each topic's retention: its configs in Tansu's ``meta.json`` over ``default``."""
    try:
        meta = json.loads((cluster_dir / "meta.json").read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    result = {}
    for name, entry in (meta.get("topics") or {}).items():
        configs = {c["name"]: c["value"] for c in entry.get("topic", {}).get("configs") or [] if c.get("value") is not None}
        result[name] = default.with_configs(configs)
    return result


def _batches(records_dir: Path) -> Iterable[Batch]:
    for path in records_dir.glob("*.batch"):
        try:
            stat = path.stat()
            yield Batch(path, int(path.stem), stat.st_size, int(stat.st_mtime * 1000))
        except (FileNotFoundError, ValueError):
            continue


def sweep(objects_dir: Path, default: Retention, now_ms: int | None = None) -> tuple[int, int]:
    """Apply retention to every partition of every cluster under ``objects_dir``; return (batches, bytes) removed."""
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    removed = freed = 0
    for cluster_dir in (objects_dir / "clusters").glob("*"):
        retention = topic_retention(cluster_dir, default)
        for topic_dir in (cluster_dir / "topics").glob("*"):
            policy = retention.get(topic_dir.name, default)
            for records_dir in topic_dir.glob("partitions/*/records"):
                for batch in expired(list(_batches(records_dir)), policy, now_ms):
                    batch.path.unlink(missing_ok=True)
                    removed += 1
                    freed += batch.size
    return removed, freed


class RetentionSweeper:
    """A daemon thread that sweeps ``objects_dir`` every ``interval`` seconds until stopped."""

    def __init__(self, objects_dir: Path, default: Retention, interval: float = 30.0) -> None:
        self.objects_dir, self.default, self.interval = objects_dir, default, interval
        self.removed = self.freed = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="tansu-retention", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            removed, freed = sweep(self.objects_dir, self.default)
            self.removed += removed
            self.freed += freed

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
