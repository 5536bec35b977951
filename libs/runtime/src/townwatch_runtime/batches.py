"""Stage batches: each batch is what a stream holds now, handed over at once; never a wait for a batch to fill.

faust's ``stream.take(n, within)`` and ``noack_take`` wait on a ticking ``within`` timer until the buffer holds
``n``: at a low rate every message waits up to ``within`` per hop for company that does not come. Here a batch is
closed as soon as the stream's buffer is empty: at a low rate a message goes alone, with no added wait; behind a
backlog the messages that arrived while the last batch was handled are taken together, up to ``max_size`` (the
batch grows with the load by itself, as the Disruptor's "smart batching" does).

Acknowledgements are the caller's: the stream's auto-acks are off (as in ``noack_take``), so a message's offset
can commit only after the caller acknowledged it, after its batch's outputs were acknowledged by the broker.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import faust

__all__ = ["batches"]


async def batches(stream: faust.StreamT, max_size: int) -> AsyncIterator[list[faust.EventT]]:
    """Wait for one event of ``stream``, add every event already buffered behind it (at most ``max_size`` in
    all) and yield them; repeat. Events, not values: the caller acknowledges each (``stream.ack``) when done."""
    if max_size < 1:
        raise ValueError(f"max_size must be at least 1, not {max_size}")
    queue = stream.channel.queue  # type: ignore[attr-defined]  # a topic's (or channel's) buffer of fetched events
    enable_acks, stream.enable_acks = stream.enable_acks, False
    events: list[faust.EventT] = []
    try:
        async for _value in stream:
            event = stream.current_event
            if event is None:
                raise TypeError("batches() needs a stream of events (a topic's or a channel's messages)")
            events.append(event)
            if len(events) >= max_size or queue.empty():
                batch, events = events, []
                yield batch
    finally:
        stream.enable_acks = enable_acks
