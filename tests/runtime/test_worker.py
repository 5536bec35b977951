"""A SIGTERM to a test or bench run's process group leaves no service behind, even with work in flight and no broker."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.integration

# The parent: the stack (the in-memory broker, Redis, extract and alert), a backlog of articles; once extract has
# handled some (work in flight) the broker dies, and once both workers have seen that, the pids of everything it
# started go on one line of stdout. Then it waits to be killed.
PARENT = r"""
import asyncio, datetime as dt, json, sys, time
from pathlib import Path
from aiokafka import AIOKafkaProducer
from townwatch.pipeline import Pipeline
from townwatch_schemas import Article

pipeline = Pipeline(workdir=Path(sys.argv[1]), broker_kind="tansu-memory").start(services=["extract", "alert"])

async def backlog():
    producer = AIOKafkaProducer(bootstrap_servers=pipeline.bootstrap_servers, linger_ms=5)
    await producer.start()
    now = dt.datetime.now(dt.UTC)
    for i in range(3000):
        text = f"Iraqi forces captured the town of Hawija from ISIL on Tuesday, officials said ({i})."
        await producer.send("articles.v1", Article(id=f"a{i}", text=text, received=now).to_json_bytes(), key=b"a%d" % i)
    await producer.flush()
    await producer.stop()
    while (await pipeline.counts()).extract_done < 1:
        await asyncio.sleep(0.1)

asyncio.run(backlog())
pids = {name: proc.proc.pid for name, proc in pipeline.processes.items()}
pids["redis"] = pipeline.redis.proc.pid
pipeline.broker.kill()  # the broker crashed (or was stopped first) while extract and alert hold work
logs = [pipeline.workdir / "logs" / f"{name}.log" for name in ("extract", "alert")]
while not all("Unable connect to node" in log.read_text(errors="replace") for log in logs):
    time.sleep(0.1)  # until both workers have seen it gone
print(json.dumps(pids), flush=True)
while True:
    time.sleep(60)
"""


def _alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for proc in procs:
        try:
            if proc.status() != psutil.STATUS_ZOMBIE:
                alive.append(proc)
        except psutil.NoSuchProcess:
            continue
    return alive


def test_a_sigterm_to_the_process_group_stops_every_service_though_the_broker_is_gone(tmp_path: Path) -> None:
    """The broker is gone; extract and alert (in sessions of their own, so out of the group) get SIGTERM from their
    parent's death while they hold unacknowledged work. Before the bounded stop they spun on the dead broker:
    extract for ever (still running 157 s after), alert for about a minute."""
    err = open(tmp_path / "parent.err", "wb")
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(tmp_path / "stack")], stdout=subprocess.PIPE,
                              stderr=err, stdin=subprocess.DEVNULL, start_new_session=True, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    children: list[psutil.Process] = []
    try:
        line = parent.stdout.readline() if parent.stdout else ""  # the stack is up and extract is busy
        assert line, f"the parent exited: {(tmp_path / 'parent.err').read_text()[-3000:]}"
        pids = json.loads(line)
        for pid in pids.values():  # collected one by one, so that the finally can kill what was found
            try:
                children.append(psutil.Process(pid))
            except psutil.NoSuchProcess:
                continue
        names = {pid: name for name, pid in pids.items()}
        os.killpg(parent.pid, signal.SIGTERM)
        parent.wait(60)
        deadline = time.monotonic() + 180  # a failure deadline only: the services go in ~20 s (their stop bound)
        while (alive := _alive(children)) and time.monotonic() < deadline:
            psutil.wait_procs(alive, timeout=1.0)
        assert not alive, f"still running after the group's SIGTERM: {[names[p.pid] for p in alive]}; " + "".join(
            (tmp_path / "stack" / "logs" / f"{names[p.pid]}.log").read_text(errors="replace")[-1500:] for p in alive)
    finally:
        for proc in _alive(children):
            proc.kill()
        if parent.poll() is None:
            os.killpg(parent.pid, signal.SIGKILL)
        err.close()
