"""Per-topic retention for Tansu's ``s3://`` storage, which keeps every batch for ever (its DeleteRecords is a ``todo!()``).

Tansu writes each record batch as one object, ``.../topics/<topic>/partitions/<n>/records/<offset>.batch``, and a
fetch skips offsets whose object is gone (as Kafka skips a deleted segment). So retention is what Kafka does with
segments: a batch goes when it is older than the topic's ``retention.ms``, or when the partition holds more than
``retention.bytes``, oldest first; the newest batch of a partition always stays (Kafka's active segment). Topic
configs come from CreateTopics (kept by Tansu in ``meta.json``), else the stack's default. ``-1`` is unlimited.

Unlike Kafka, the sweep never deletes a batch that a consumer group reading the topic has not read past: a batch goes
only when the next batch starts at or below the lowest committed offset of the groups that committed on the topic
(Tansu keeps each commit as ``groups/consumers/<group>/offsets/<topic>/partitions/<n>.json``; a reading group
without a commit on a partition holds all of it). So a lagging extract keeps its unread articles however short the
retention, and the disk holds what retention keeps plus the slowest group's lag. A group that has committed nothing
for ``group_expiry_ms`` (7 days, Kafka's ``offsets.retention.minutes``) no longer holds anything: a group gone for
good must not keep the disk growing for ever.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

__all__ = ["Batch", "Retention", "RetentionSweeper", "committed_floors", "expired", "sweep", "topic_retention"]

DAY_MS = 24 * 3600 * 1000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Retention:
    """Kafka's two limits, per partition; ``None`` is unlimited."""

    ms: int | None = 30 * DAY_MS
    bytes: int | None = 2 << 30
    group_expiry_ms: int | None = 7 * DAY_MS
    """A group whose last commit is older than this no longer holds batches back (``None``: groups hold for ever)."""

    def with_configs(self, configs: dict[str, str]) -> Retention:
        """These limits overridden by a topic's ``retention.ms`` / ``retention.bytes`` (``-1``: unlimited)."""

        def limit(name: str, default: int | None) -> int | None:
            if name not in configs:
                return default
            try:
                value = int(configs[name])
            except (TypeError, ValueError):  # Kafka refuses such a config; Tansu keeps whatever it was sent
                log.warning("topic config %s=%r is not a whole number of %s: the default is used", name, configs[name],
                            "milliseconds" if name.endswith(".ms") else "bytes")
                return default
            return None if value < 0 else value

        return Retention(ms=limit("retention.ms", self.ms), bytes=limit("retention.bytes", self.bytes),
                         group_expiry_ms=self.group_expiry_ms)


@dataclass(frozen=True)
class Batch:
    path: Path
    offset: int
    size: int
    written_ms: int


def expired(batches: Sequence[Batch], retention: Retention, now_ms: int, read_up_to: int | None = None) -> list[Batch]:
    """The batches of one partition that retention removes (pure: no I/O). ``read_up_to`` is the lowest committed
    offset of the groups reading the topic (``None``: no group reads it): a batch goes only when the batch after it
    starts at or below it, so nothing a group has not read is removed."""
    ordered = sorted(batches, key=lambda b: b.offset)
    candidates = [b for b, after in pairwise(ordered) if read_up_to is None or after.offset <= read_up_to]
    gone: list[Batch] = []
    if retention.ms is not None:
        gone = [b for b in candidates if now_ms - b.written_ms > retention.ms]
    if retention.bytes is not None:
        dropped = set(gone)
        remaining = [b for b in candidates if b not in dropped]
        total = sum(b.size for b in ordered) - sum(b.size for b in gone)
        for b in remaining:
            if total <= retention.bytes:
                break
            gone.append(b)
            total -= b.size
    return sorted(gone, key=lambda b: b.offset)


def committed_floors(cluster_dir: Path, now_ms: int, group_expiry_ms: int | None) -> dict[tuple[str, int], int]:
    """(topic, partition) -> the lowest offset committed there by the groups that read the topic (a group with commits
    on the topic but none on this partition counts as 0). Groups whose last commit is older than ``group_expiry_ms``
    are left out. A partition of a topic no group reads is absent."""
    commits: dict[str, dict[str, dict[int, int]]] = {}  # group -> topic -> partition -> offset
    last_ms: dict[str, int] = {}
    for path in (cluster_dir / "groups" / "consumers").glob("*/offsets/*/partitions/*.json"):
        group, topic = path.parents[3].name, path.parents[1].name
        try:
            offset = int(json.loads(path.read_bytes())["offset"])
            written_ms = int(path.stat().st_mtime * 1000)
            partition = int(path.stem)
        except (FileNotFoundError, ValueError, KeyError, TypeError, json.JSONDecodeError):
            continue
        commits.setdefault(group, {}).setdefault(topic, {})[partition] = max(offset, 0)
        last_ms[group] = max(last_ms.get(group, 0), written_ms)
    floors: dict[tuple[str, int], int] = {}
    readers: dict[str, list[dict[int, int]]] = {}
    for group, topics in commits.items():
        if group_expiry_ms is not None and now_ms - last_ms[group] > group_expiry_ms:
            continue
        for topic, partitions in topics.items():
            readers.setdefault(topic, []).append(partitions)
    for topic, groups in readers.items():
        for partition in {p for partitions in groups for p in partitions}:
            floors[(topic, partition)] = min(partitions.get(partition, 0) for partitions in groups)
    return floors


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


def _unlink(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def sweep(objects_dir: Path, default: Retention, now_ms: int | None = None,
          delete: Callable[[list[Path]], None] = _unlink) -> tuple[int, int]:
    """Apply retention to every partition of every cluster under ``objects_dir``; return (batches, bytes) removed.
    ``delete`` removes a partition's expired batch files (the durable Tansu's sweeper asks its store, in one request:
    the store keeps listings in memory)."""
    now_ms = int(time.time() * 1000) if now_ms is None else now_ms
    removed = freed = 0
    for cluster_dir in (objects_dir / "clusters").glob("*"):
        retention = topic_retention(cluster_dir, default)
        floors = committed_floors(cluster_dir, now_ms, default.group_expiry_ms)
        for topic_dir in (cluster_dir / "topics").glob("*"):
            policy = retention.get(topic_dir.name, default)
            reading = any(topic == topic_dir.name for topic, _ in floors)
            for records_dir in topic_dir.glob("partitions/*/records"):
                try:
                    partition = int(records_dir.parent.name)
                except ValueError:
                    continue
                read_up_to = floors.get((topic_dir.name, partition), 0) if reading else None
                gone = expired(list(_batches(records_dir)), policy, now_ms, read_up_to)
                if gone:
                    delete([batch.path for batch in gone])
                removed += len(gone)
                freed += sum(batch.size for batch in gone)
    return removed, freed


class RetentionSweeper:
    """A daemon thread that sweeps ``objects_dir`` every ``interval`` seconds until stopped."""

    def __init__(self, objects_dir: Path, default: Retention, interval: float = 30.0,
                 delete: Callable[[list[Path]], None] = _unlink) -> None:
        self.objects_dir, self.default, self.interval, self.delete = objects_dir, default, interval, delete
        self.removed = self.freed = 0
        self.failures = 0
        """Sweeps that raised (the store down for a restart, a file it could not read): each is logged, and the
        next sweep runs as usual. A sweeper that died here would keep every batch for ever."""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="tansu-retention", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                removed, freed = sweep(self.objects_dir, self.default, delete=self.delete)
            except Exception:
                self.failures += 1
                log.exception("retention sweep failed (failure %d); the next runs in %.0f s", self.failures, self.interval)
                continue
            self.removed += removed
            self.freed += freed

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
