"""A reader from the start of a topic on the durable Tansu survives retention deleting a batch between Tansu's listing
of the partition and its read of that batch (session 5: Tansu failed the whole fetch, and the bench's tracer, reading
from the start, sat on retention's front and never finished). The race is driven by state: the store runs in this
process, and the sweeper's DeleteObjects is sent the moment Tansu's listing of the partition has been answered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp import web

from tests.stack.test_durable_tansu import create_topic, produce, read_all
from townwatch.stack.object_server import ObjectServer
from townwatch.stack.process import free_port
from townwatch.stack.tansu import TansuBroker

pytestmark = pytest.mark.integration

TOPIC = "raced"
RECORDS = f"/topics/{TOPIC}/partitions/0000000000/records/"


@dataclass
class TansuOnStore(TansuBroker):
    """Tansu on ``s3://`` storage served by an object server this test runs (and can interleave with)."""

    endpoint: str = ""

    def storage_engine(self) -> str:
        return "s3://tansu/"

    def storage_env(self) -> dict[str, str]:
        return {"AWS_ENDPOINT": self.endpoint, "AWS_ALLOW_HTTP": "true", "AWS_ACCESS_KEY_ID": "race",
                "AWS_SECRET_ACCESS_KEY": "race", "AWS_DEFAULT_REGION": "us-east-1"}


class SweepBeforeRead:
    """Once armed, the next read of a batch of the raced partition (Tansu has listed it) first has the first ``n``
    batches deleted through the store, as the retention sweeper deletes them (DeleteObjects)."""

    def __init__(self, server: ObjectServer, n: int) -> None:
        self.server, self.n, self.armed, self.deleted = server, n, False, []
        self.misses = 0  # GETs of a batch answered 404
        self.log: list[str] = []
        object_ = server._object

        async def reading(request: web.Request) -> web.StreamResponse:
            key = request.match_info["key"]
            if RECORDS in f"/{key}" and request.method == "GET":
                self.log.append(key.rpartition("/")[2])
                if self.armed:
                    self.armed = False
                    records = key.rpartition("/")[0]
                    self.deleted = [f"{records}/{offset:020d}.batch" for offset in range(self.n)]
                    for deleted in self.deleted:
                        server._delete(server._path(request.match_info["bucket"], deleted))
            response = await object_(request)
            if request.method == "GET" and response.status == 404 and key.endswith(".batch"):
                self.misses += 1
            return response

        server._object = reading  # type: ignore[method-assign]


@pytest.fixture
async def raced(tmp_path: Path) -> AsyncIterator[tuple[TansuOnStore, SweepBeforeRead]]:
    server = ObjectServer(tmp_path / "s3", access_key="race")
    (server.objects / "tansu").mkdir()
    trap = SweepBeforeRead(server, 2)
    runner = web.AppRunner(server.app(), access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    broker = TansuOnStore(endpoint=f"http://127.0.0.1:{port}", log_path=tmp_path / "tansu.log")
    try:
        await asyncio.to_thread(broker.start, 90.0)  # the store answers on this loop meanwhile
        yield broker, trap
    finally:
        await asyncio.to_thread(broker.stop)
        await runner.cleanup()


async def test_a_reader_from_the_start_reads_what_tansu_listed_though_retention_deleted_it_meanwhile(
        raced: tuple[TansuOnStore, SweepBeforeRead]) -> None:
    broker, trap = raced
    keys = [f"m{i}" for i in range(5)]
    await create_topic(broker.bootstrap_servers, TOPIC, 1)
    await produce(broker.bootstrap_servers, TOPIC, keys)  # one batch each, acknowledged
    trap.armed = True
    got = await read_all(broker.bootstrap_servers, TOPIC, 1, want=len(keys))
    assert not trap.armed and len(trap.deleted) == 2, trap.log  # the race happened: listed, then deleted before it was read
    assert trap.misses == 0, trap.log  # no read of a listed batch failed (Tansu would have failed the whole fetch)
    assert [key for _p, _o, key in got] == keys, trap.log  # the fetch that listed them returned them, in order, once
    got_again = await read_all(broker.bootstrap_servers, TOPIC, 1, want=len(keys) - 2)
    assert [key for _p, _o, key in got_again] == keys[2:]  # a later reader starts at the new earliest offset
