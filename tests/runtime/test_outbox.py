"""The Outbox: a batch's records sent in order without waiting, then every acknowledgement awaited at once; and the
one-record sender built on it."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka.errors import MessageSizeTooLargeError, UnknownError

from townwatch_runtime.faust_app import Outbox, OutputNotAcknowledged, raw_sender
from townwatch_runtime.stage import is_transient


class FakeApp:
    """``app.topic(name).send(...)`` returns a future the test settles (as faust's producer does)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes]] = []
        self.futures: list[asyncio.Future[object]] = []

    def topic(self, name: str, **_kw: object) -> FakeApp.Topic:
        return FakeApp.Topic(self, name)

    class Topic:
        def __init__(self, app: FakeApp, name: str) -> None:
            self.app, self.name = app, name

        async def send(self, *, key: bytes | None, value: bytes) -> asyncio.Future[object]:
            self.app.sent.append((self.name, key, value))
            fut: asyncio.Future[object] = asyncio.get_running_loop().create_future()
            self.app.futures.append(fut)
            return fut


async def test_records_go_out_in_order_and_flush_waits_for_every_acknowledgement() -> None:
    app = FakeApp()
    outbox = Outbox(app)  # type: ignore[arg-type]
    for n in range(3):
        await outbox.put("t", b"k", f"{n}".encode())
    assert [v for _, _, v in app.sent] == [b"0", b"1", b"2"]  # all queued before any acknowledgement
    flush = asyncio.create_task(outbox.flush())
    for fut in app.futures[:2]:
        fut.set_result(None)
    await asyncio.sleep(0)
    assert not flush.done()  # one acknowledgement still missing
    app.futures[2].set_result(None)
    await flush


async def test_a_refused_record_is_a_transient_error_and_a_too_large_one_is_not() -> None:
    app = FakeApp()
    outbox = Outbox(app)  # type: ignore[arg-type]
    await outbox.put("t", None, b"a")
    await outbox.put("t", None, b"b")
    app.futures[0].set_exception(UnknownError())
    app.futures[1].set_result(None)
    with pytest.raises(OutputNotAcknowledged) as refused:
        await outbox.flush()
    assert is_transient(refused.value)  # the stage retries the input instead of dead-lettering it
    await outbox.put("t", None, b"c" * 10)
    app.futures[2].set_exception(MessageSizeTooLargeError())
    with pytest.raises(MessageSizeTooLargeError) as too_large:
        await outbox.flush()
    assert not is_transient(too_large.value)


async def test_a_single_send_refused_by_the_broker_is_transient_too() -> None:
    """The revisions agent and the notifier send one record at a time: a refusal must make their stage retry the
    input (transient), not dead-letter it, or an alert revision the ledger already committed would be lost."""
    app = FakeApp()
    send = raw_sender(app)  # type: ignore[arg-type]
    refused = asyncio.create_task(send("alerts.v1", b"k", b"v"))
    while not app.futures:
        await asyncio.sleep(0)
    app.futures[0].set_exception(UnknownError())
    with pytest.raises(OutputNotAcknowledged) as caught:
        await refused
    assert is_transient(caught.value)
    accepted = asyncio.create_task(send("alerts.v1", b"k", b"w"))
    while len(app.futures) < 2:
        await asyncio.sleep(0)
    assert not accepted.done()  # it waits for the acknowledgement
    app.futures[1].set_result(None)
    await accepted
    assert app.sent == [("alerts.v1", b"k", b"v"), ("alerts.v1", b"k", b"w")]
