"""Batch turns: the next batch computes while this one publishes; outputs and acknowledgements stay in batch order."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import AsyncIterator, Sequence

import pytest

from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.metrics import StageMetrics
from townwatch_runtime.stage import STAGE_REASONS, RawMessage, StageShell
from townwatch_runtime.turns import computing, publishing, run_in_turns
from townwatch_schemas import Article, DeadLetter, Stage

BOUND_S = 30.0
"""A bound on a wait that never ends when the behaviour is missing (a deadlock), not a timing claim."""


async def _feed(*batches: list[int]) -> AsyncIterator[list[int]]:
    for batch in batches:
        yield batch


class _Stage:
    """A stage core that logs its steps: compute (under the compute turn), publish (after the publishing turn),
    flush (until ``release[b]`` is set, for the batches listed in ``release``)."""

    def __init__(self, release: dict[int, asyncio.Event] | None = None) -> None:
        self.log: list[tuple[str, int]] = []
        self.release = release or {}
        self.computed = {b: asyncio.Event() for b in range(1, 10)}

    async def handle(self, batch: list[int]) -> None:
        b = batch[0]
        async with computing():
            await asyncio.sleep(0)  # the executor hop
            self.log.append(("computed", b))
        self.computed[b].set()
        await publishing()
        self.log.append(("published", b))
        if b in self.release:
            await self.release[b].wait()  # the broker's acknowledgement
        self.log.append(("flushed", b))

    async def acknowledge(self, batch: list[int]) -> None:
        self.log.append(("acked", batch[0]))


async def test_the_next_batch_computes_while_this_one_waits_for_its_acknowledgement() -> None:
    """Batch 1's flush waits until batch 2 has computed: one batch at a time that never happens (fails before:
    the agent handled batch 2 only after batch 1's flush, so this waited for ever)."""
    stage = _Stage({1: asyncio.Event()})

    async def release_when_2_computed() -> None:
        await stage.computed[2].wait()
        stage.release[1].set()

    releaser = asyncio.ensure_future(release_when_2_computed())
    await asyncio.wait_for(run_in_turns(_feed([1], [2]), stage.handle, stage.acknowledge), BOUND_S)
    await releaser
    assert stage.log.index(("computed", 2)) < stage.log.index(("flushed", 1))
    assert [b for step, b in stage.log if step == "acked"] == [1, 2]


async def test_a_batch_publishes_only_after_the_previous_one_is_acknowledged() -> None:
    """Outputs keep the input order: batch 2, computed, does not publish while batch 1's outputs are unacknowledged."""
    stage = _Stage({1: asyncio.Event()})
    run = asyncio.ensure_future(run_in_turns(_feed([1], [2], [3]), stage.handle, stage.acknowledge))
    await asyncio.wait_for(stage.computed[2].wait(), BOUND_S)
    for _ in range(20):  # let batch 2 go as far as it can
        await asyncio.sleep(0)
    assert ("published", 2) not in stage.log
    assert ("acked", 1) not in stage.log
    stage.release[1].set()
    await asyncio.wait_for(run, BOUND_S)
    published = [b for step, b in stage.log if step == "published"]
    acked = [b for step, b in stage.log if step == "acked"]
    assert published == [1, 2, 3]
    assert acked == [1, 2, 3]
    for b in (1, 2):
        assert stage.log.index(("acked", b)) < stage.log.index(("published", b + 1))


async def test_a_retry_of_the_previous_batch_can_compute_again_and_still_publishes_first() -> None:
    """Batch 1's flush fails once (the broker restarted) and the shell computes it again: batch 2, waiting to
    publish, does not hold the compute turn (no deadlock), and batch 1's second publish comes before batch 2's."""
    log: list[tuple[str, int]] = []
    second_computed = asyncio.Event()
    failed_once = False

    async def handle(batch: list[int]) -> None:
        nonlocal failed_once
        b = batch[0]
        while True:
            async with computing():
                await asyncio.sleep(0)
                log.append(("computed", b))
            if b == 2:
                second_computed.set()
            await publishing()
            log.append(("published", b))
            if b == 1 and not failed_once:
                await second_computed.wait()  # batch 2 waits to publish while batch 1 retries
                failed_once = True
                continue  # not acknowledged: compute again
            return

    async def acknowledge(batch: list[int]) -> None:
        log.append(("acked", batch[0]))

    await asyncio.wait_for(run_in_turns(_feed([1], [2]), handle, acknowledge), BOUND_S)
    assert [entry for entry in log if entry[0] != "computed"] == [
        ("published", 1), ("published", 1), ("acked", 1), ("published", 2), ("acked", 2)]
    assert log.count(("computed", 1)) == 2


async def test_a_batch_done_first_is_acknowledged_only_after_the_one_before_it() -> None:
    """A batch that needs no publish (every message dead-lettered) finishes while the batch before it still waits
    for its outputs: it is acknowledged after that batch, never before (faust would commit past it otherwise)."""
    stage = _Stage({1: asyncio.Event()})
    done_2 = asyncio.Event()

    async def handle(batch: list[int]) -> None:
        if batch[0] == 2:
            done_2.set()
            return  # no compute, no publish
        await stage.handle(batch)

    run = asyncio.ensure_future(run_in_turns(_feed([1], [2]), handle, stage.acknowledge))
    await asyncio.wait_for(done_2.wait(), BOUND_S)
    for _ in range(20):
        await asyncio.sleep(0)
    assert [b for step, b in stage.log if step == "acked"] == []
    stage.release[1].set()
    await asyncio.wait_for(run, BOUND_S)
    assert [b for step, b in stage.log if step == "acked"] == [1, 2]


async def test_a_failed_batch_ends_the_run_and_the_next_stays_unacknowledged() -> None:
    log: list[tuple[str, int]] = []

    async def handle(batch: list[int]) -> None:
        async with computing():
            await asyncio.sleep(0)
        await publishing()
        if batch[0] == 1:
            raise RuntimeError("a bug in the stage")
        log.append(("published", batch[0]))

    async def acknowledge(batch: list[int]) -> None:
        log.append(("acked", batch[0]))

    with pytest.raises(RuntimeError, match="a bug"):
        await asyncio.wait_for(run_in_turns(_feed([1], [2], [3]), handle, acknowledge), BOUND_S)
    await asyncio.sleep(0)
    assert log == []


async def test_a_cancelled_run_cancels_its_batches_unacknowledged() -> None:
    stage = _Stage({1: asyncio.Event()})
    run = asyncio.ensure_future(run_in_turns(_feed([1], [2]), stage.handle, stage.acknowledge))
    await asyncio.wait_for(stage.computed[2].wait(), BOUND_S)
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    for _ in range(5):
        await asyncio.sleep(0)
    assert not any(step == "acked" for step, _ in stage.log)


async def test_outside_a_turn_the_gates_let_everything_through() -> None:
    async with computing(), computing():  # not a lock outside a turn: the shell alone, one batch at a time
        pass
    await publishing()


def _article(i: int) -> bytes:
    return Article(id=f"a{i}", text="t", received=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)).to_json_bytes()


async def test_the_stage_shell_in_turns_dead_letters_and_acknowledges_after_every_output() -> None:
    """The extract stage's shape: a batch core that computes and publishes in turns. A batch's dead letters and
    outputs are acknowledged before its messages; outputs keep the input order across batches."""
    log: list[tuple[str, object]] = []
    flush_1 = asyncio.Event()

    async def send(topic, key, value):  # type: ignore[no-untyped-def]
        await asyncio.sleep(0)  # the broker's round trip
        log.append(("letter", DeadLetter.from_json_bytes(value).offset))

    async def process_batch(articles: Sequence[Article]) -> list[int | BaseException]:
        async with computing():
            await asyncio.sleep(0)
        await publishing()
        log.extend(("output", a.id) for a in articles)
        if articles[0].id == "a0":
            await flush_1.wait()
        return [1] * len(articles)

    metrics = StageMetrics(Stage.EXTRACT, STAGE_REASONS)
    shell = StageShell(Article, process_batch=process_batch, metrics=metrics,
                       dead_letters=DeadLetterSink(Stage.EXTRACT, send, metrics.dead_letter))
    batches = [[RawMessage(_article(0), b"a0", "articles.v1", 0, 0), RawMessage(b"junk", b"j", "articles.v1", 0, 1)],
               [RawMessage(_article(2), b"a2", "articles.v1", 0, 2), RawMessage(_article(3), b"a3", "articles.v1", 0, 3)]]

    async def feed() -> AsyncIterator[list[RawMessage]]:
        for batch in batches:
            yield batch

    async def acknowledge(batch: list[RawMessage]) -> None:
        log.extend(("ack", m.offset) for m in batch)

    run = asyncio.ensure_future(run_in_turns(feed(), shell.handle_batch, acknowledge))
    while ("letter", 1) not in log:
        await asyncio.sleep(0)
    for _ in range(20):
        await asyncio.sleep(0)
    assert not any(step == "ack" for step, _ in log)
    assert ("output", "a2") not in log  # batch 2 waits for batch 1's outputs to be acknowledged
    flush_1.set()
    await asyncio.wait_for(run, BOUND_S)
    assert [x for step, x in log if step == "output"] == ["a0", "a2", "a3"]
    assert [x for step, x in log if step == "ack"] == [0, 1, 2, 3]
    assert log.index(("letter", 1)) < log.index(("ack", 0))
    assert log.index(("output", "a3")) < log.index(("ack", 2))


@pytest.mark.parametrize("size", [1, 2])
async def test_a_batchs_time_per_item_leaves_out_its_wait_for_the_batch_before_it(
    monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """``processing_seconds`` is the time a batch was handled, not the time it waited for its turn: batch 2 waits
    while batch 1's outputs take 100 s (a clock the test moves) and is observed at 0 s; batch 1 at 100 s. Fails
    before: batch 2's items were observed at the wait (shared). A lone message takes the shell's one-item path."""
    clock = [1000.0]
    monkeypatch.setattr(time, "perf_counter", lambda: clock[0])
    flush_1, waiting_2 = asyncio.Event(), asyncio.Event()

    async def send(topic, key, value):  # type: ignore[no-untyped-def]
        raise AssertionError("no dead letters here")

    async def process_batch(articles: Sequence[Article]) -> list[int | BaseException]:
        async with computing():
            await asyncio.sleep(0)
        if articles[0].id == "a4":
            waiting_2.set()
        await publishing()
        if articles[0].id == "a0":
            await flush_1.wait()
        return [1] * len(articles)

    metrics = StageMetrics(Stage.EXTRACT, STAGE_REASONS)
    shell = StageShell(Article, process_batch=process_batch, metrics=metrics,
                       dead_letters=DeadLetterSink(Stage.EXTRACT, send, metrics.dead_letter))
    observed: list[float] = []
    monkeypatch.setattr(metrics, "seconds", type("H", (), {"observe": staticmethod(observed.append)})())

    async def feed() -> AsyncIterator[list[RawMessage]]:
        for first in (0, 4):
            yield [RawMessage(_article(i), f"a{i}".encode(), "articles.v1", 0, i) for i in range(first, first + size)]

    async def acknowledge(batch: list[RawMessage]) -> None:
        pass

    run = asyncio.ensure_future(run_in_turns(feed(), shell.handle_batch, acknowledge))
    await asyncio.wait_for(waiting_2.wait(), BOUND_S)
    clock[0] += 100.0  # batch 1's outputs wait for the broker; batch 2 waits for batch 1
    flush_1.set()
    await asyncio.wait_for(run, BOUND_S)
    assert observed == [100.0 / size] * size + [0.0] * size
