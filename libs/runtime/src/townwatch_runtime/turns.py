"""Batch turns: a stage computes batch N+1 while batch N publishes, and still publishes and commits in order.

A stage whose batch is a compute (the extractor, in an executor thread) followed by a publish (queue the outputs,
then wait for the broker's acknowledgements) idles its compute while the publish waits on the broker, and idles
both while the agent takes the next batch from the stream (faust's per-message iteration). ``run_in_turns`` keeps
two batches in flight so that these overlap: the next batch is taken while this one computes, and it computes
while this one publishes. Every guarantee of one batch at a time is kept:

- one compute at a time (``computing``: a stage-wide lock), so the extractor's threads and budget are as before;
- a batch publishes only after the previous batch is done (``publishing``): every output of the previous batch,
  retries included, was acknowledged by the broker, so the outputs keep the input order within a partition;
- a batch's messages are acknowledged (their offsets may commit) only after its handling returned **and** the
  previous batch's were acknowledged. faust commits the first run of consecutive acknowledged offsets, so an
  acknowledgement out of order could commit past an unfinished message (faust #606); in order it cannot;
- a batch whose predecessor failed is cancelled unacknowledged (the agent crashes with the predecessor's error).

Outside ``run_in_turns`` (the stage shell called alone, a stage that does not opt in) both gates are no-ops: the
stage handles one batch at a time, as before. The gates find their batch's turn in a context variable, which each
batch's task holds in its own copy of the context.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

__all__ = ["computing", "publishing", "run_in_turns", "waited_s"]

B = TypeVar("B")


@dataclass(slots=True)
class _Turn:
    lock: asyncio.Lock
    """The stage's compute lock: one batch computes at a time."""
    previous: asyncio.Future[Any] | None
    """The previous batch's task (handled and acknowledged when it is done), or None for the first batch."""
    waited: float = 0.0
    """Seconds this batch has waited for its turns so far (``waited_s``)."""


_TURN: ContextVar[_Turn | None] = ContextVar("townwatch_batch_turn", default=None)


@contextlib.asynccontextmanager
async def computing() -> AsyncIterator[None]:
    """Hold the stage's compute turn: no other batch of the stage computes meanwhile."""
    turn = _TURN.get()
    if turn is None:
        yield
        return
    start = time.perf_counter()
    async with turn.lock:
        turn.waited += time.perf_counter() - start
        yield


async def publishing() -> None:
    """Wait until the previous batch is done (its outputs acknowledged, its messages acknowledged). Call it after
    the compute turn is released: the previous batch may need the compute again to retry."""
    turn = _TURN.get()
    if turn is not None and turn.previous is not None:
        start = time.perf_counter()
        try:
            await _after(turn.previous)
        finally:
            turn.waited += time.perf_counter() - start


def waited_s() -> float:
    """Seconds the current batch has waited for its turns so far (0 outside ``run_in_turns``): a stage's time per
    item leaves them out, since the batch was not being handled meanwhile (the batch before it was)."""
    turn = _TURN.get()
    return 0.0 if turn is None else turn.waited


async def _after(previous: asyncio.Future[Any]) -> None:
    await asyncio.wait([previous])
    if previous.cancelled() or previous.exception() is not None:
        raise asyncio.CancelledError("the previous batch did not finish; this one stays unacknowledged")


async def _turn(turn: _Turn, batch: B, handle: Callable[[B], Awaitable[object]],
                acknowledge: Callable[[B], Awaitable[object]]) -> None:
    _TURN.set(turn)  # this task's own context: the gates of this batch's handling see this turn
    await handle(batch)
    if turn.previous is not None:
        await _after(turn.previous)  # acknowledgements in batch order (see the module)
    await acknowledge(batch)


async def run_in_turns(batches: AsyncIterable[B], handle: Callable[[B], Awaitable[object]],
                       acknowledge: Callable[[B], Awaitable[object]]) -> None:
    """``handle`` each batch, then ``acknowledge`` it, with at most two batches in flight (see the module). Returns
    when ``batches`` ends and the last batch is acknowledged; raises the first batch's error; cancelled, it cancels
    the batches in flight, unacknowledged."""
    lock = asyncio.Lock()
    loop = asyncio.get_running_loop()
    previous: asyncio.Task[None] | None = None
    current: asyncio.Task[None] | None = None
    try:
        async for batch in batches:
            current = loop.create_task(_turn(_Turn(lock, previous), batch, handle, acknowledge))
            if previous is not None:
                await previous  # at most two in flight; the previous one's error ends the stage here
            previous, current = current, None
        if previous is not None:
            await previous
    finally:
        for task in (previous, current):
            if task is not None and not task.done():
                task.cancel()
