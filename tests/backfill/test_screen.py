"""The run's own screen (while the workers load): every result it gives is the one a worker gives the same item."""

from __future__ import annotations

import os

import pytest

from bench.corpus import generate
from townwatch.backfill.archive import RawItem
from townwatch.backfill.runner import BackfillConfig, _Part, _parts, idle_core, usable_cpus
from townwatch.backfill.screen import Screen
from townwatch.backfill.worker import ItemResult, _Worker, load_model

pytestmark = [pytest.mark.slow]


def _items() -> list[RawItem]:
    items = [RawItem(i, f"a.jsonl:{i + 1}", item.json_line().encode()) for i, item in enumerate(generate(600))]
    bad = [RawItem(600, "a.jsonl:601", b"{not json"), RawItem(601, "a.jsonl:602", b'{"title": "no text"}'),
           RawItem(602, "a.jsonl:603", error="unreadable from here on (EOFError: truncated)")]
    return items + bad


def test_the_screen_answers_as_a_worker_does() -> None:
    items = _items()
    screen = Screen(2_000_000, None)
    worker = _Worker(2_000_000, None, load_model())
    screened = [screen.result(item) for item in items]
    extracted = worker.many(items)
    answered = [(s, w) for s, w in zip(screened, extracted, strict=True) if s is not None]
    assert [s for s, _w in answered] == [w for _s, w in answered]
    # most of the bench mix needs no parse; every item with events is left to a worker
    assert len(answered) > len(items) // 2
    assert all(s is None for s, w in zip(screened, extracted, strict=True) if w.events)
    assert any(w.events for w in extracted)
    assert all(s is not None and s.error for s in screened[-3:])  # bad input: its error, as a worker reports it


def test_parts_keep_input_order_and_fill_each_task() -> None:
    done = [ItemResult(i, f"x:{i}") for i in range(10)]
    raw = [RawItem(i, f"x:{i}", b"{}") for i in range(10, 20)]
    entries: list[ItemResult | RawItem] = [done[0], raw[0], done[1], done[2], raw[1], raw[2], done[3], *raw[3:], *done[4:]]
    parts = list(_parts(entries, 3))
    assert [len(batch) for _found, batch in parts] == [3, 3, 3, 1]
    assert [entry for found, batch in parts for entry in found if entry is not None] == done
    fake = [_Part(found, _Done([ItemResult(r.seq, r.origin) for r in batch]) if batch else None)  # type: ignore[arg-type]
            for found, batch in parts]
    assert [r.seq for part in fake for r in part.results()] == [e.seq for e in entries]


class _Done:
    def __init__(self, results: list[ItemResult]) -> None:
        self._results = results

    def result(self) -> list[ItemResult]:
        return self._results


def test_auto_screens_only_with_a_core_to_spare() -> None:
    assert idle_core(0.3, 2) and idle_core(2.5, 4)
    assert not idle_core(1.0, 2) and not idle_core(14.0, 2) and not idle_core(0.0, 1)


def test_one_worker_per_core_this_process_may_use(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--workers`` 0 means one per core the run may use (``taskset``, a container's cpuset), not per core of the host."""
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert BackfillConfig(paths=[]).worker_count == 2 and usable_cpus() == 2
    assert BackfillConfig(paths=[], workers=3).worker_count == 3
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)  # a platform without it (macOS): the host's count
    assert BackfillConfig(paths=[]).worker_count == 8
