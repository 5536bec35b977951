"""Stage batches: what the stream holds now goes at once, a lone message goes alone, and acks are left to the caller."""

from __future__ import annotations

import faust
import pytest
from faust.events import Event
from faust.types import Message

from townwatch_runtime.batches import batches


def _app() -> faust.App:
    app = faust.App("batches-test", broker="kafka://127.0.0.1:1", store="memory://", web_enabled=False)
    app.flow_control.resume()  # as a started worker's is; a stream skips every event while it is paused
    return app


def _event(app: faust.App, offset: int) -> Event:
    message = Message("articles.v1", 0, offset, 0.0, 0, {}, b"k", str(offset).encode(), None,
                      generation_id=app.consumer_generation_id)
    return Event(app, message.key, message.value, message.headers, message)


def _offsets(batch: list[faust.EventT]) -> list[int]:
    return [e.message.offset for e in batch]


async def _put(stream: faust.StreamT, *offsets: int) -> None:
    """Messages at these offsets land in the stream's buffer, as the consumer delivers a fetch."""
    for offset in offsets:
        await stream.channel.put(_event(stream.app, offset))  # type: ignore[attr-defined]


async def test_what_the_stream_holds_is_one_batch_and_a_lone_message_goes_alone() -> None:
    app = _app()
    stream = app.stream(app.channel())
    await _put(stream, *range(5))
    it = batches(stream, 64)
    assert _offsets(await anext(it)) == [0, 1, 2, 3, 4]
    # Nothing else is buffered: the next message is handed over alone, not held back to fill a batch (a
    # fill-waiting take would block here until more arrived, and this test would never get its batch).
    await _put(stream, 5)
    assert _offsets(await anext(it)) == [5]
    await _put(stream, 6, 7)
    assert _offsets(await anext(it)) == [6, 7]
    await it.aclose()


async def test_a_backlog_is_cut_into_batches_of_at_most_max_size_in_order() -> None:
    app = _app()
    stream = app.stream(app.channel())
    await _put(stream, *range(10))
    it = batches(stream, 4)
    assert [_offsets(await anext(it)) for _ in range(3)] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    await it.aclose()


async def test_auto_acks_are_off_while_batching_and_restored_after() -> None:
    app = _app()
    stream = app.stream(app.channel())
    assert stream.enable_acks
    await _put(stream, 0)
    it = batches(stream, 8)
    (event,) = await anext(it)
    assert not stream.enable_acks  # the caller acknowledges once the batch's outputs are on the broker
    assert not event.message.acked
    await it.aclose()
    assert stream.enable_acks


async def test_max_size_below_one_is_refused() -> None:
    app = _app()
    with pytest.raises(ValueError, match="at least 1"):
        await anext(batches(app.stream(app.channel()), 0))
