"""`townwatch demo --once` and `townwatch demo` + Ctrl-C, run as a user would, leave no process behind (and the
demo's own temporary work directory, the durable broker's store in it, is removed)."""

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

from tests.child_signals import default_sigint
from townwatch.stack import StackSettings

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
# The demo's child processes: broker, Redis and the three services, and the durable Tansu's object store.
PARTS = 6 if StackSettings().broker == "tansu" else 5


def _townwatch(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    return subprocess.Popen(
        [sys.executable, "-m", "townwatch.cli", *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}, text=True, preexec_fn=default_sigint, **kwargs,
    )


def _descendants(proc: subprocess.Popen, want: int, timeout: float = 60.0) -> list[psutil.Process]:
    """Wait until the demo has started broker, Redis and the three services; return them."""
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = parent.children(recursive=True)
        if len(children) >= want:
            return children
        time.sleep(0.2)
    raise AssertionError(f"demo started only {len(parent.children(recursive=True))} processes")


def _alive(procs: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                alive.append(p)
        except psutil.NoSuchProcess:
            pass
    return alive


def test_demo_once_prints_three_alerts_and_leaves_nothing_running(tmp_path: Path) -> None:
    proc = _townwatch("demo", "--once", "--workdir", str(tmp_path))
    children = _descendants(proc, PARTS)
    out, err = proc.communicate(timeout=400)
    assert proc.returncode == 0, err[-3000:]
    alerts = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(alerts) == 3, out
    assert {a["place"]["country_code"] for a in alerts} == {"IQ"}
    assert all(a["sources"] and a["gaining"] for a in alerts)
    _wait_gone(children)
    assert (tmp_path / "logs").is_dir()  # a work directory given with --workdir is kept


def _wait_gone(children: list[psutil.Process], timeout: float = 30.0) -> None:
    """Until every child process has exited (they are reaped by their parent, which may be slow on a busy machine)."""
    deadline = time.monotonic() + timeout
    while _alive(children):
        assert time.monotonic() < deadline, [p.cmdline() for p in _alive(children)]
        time.sleep(0.1)


def test_demo_stops_everything_on_ctrl_c_and_removes_its_own_work_directory(tmp_path: Path) -> None:
    proc = _townwatch("demo", env={"TMPDIR": str(tmp_path)})  # no --workdir: the demo makes its own under TMPDIR
    children = _descendants(proc, PARTS)
    (workdir,) = tmp_path.glob("townwatch-demo-*")
    assert (workdir / "logs").is_dir()
    lines = []
    deadline = time.monotonic() + 300
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if "alerts delivered" in line:
            break
    else:
        raise AssertionError("".join(lines))
    assert sum("ALERT" in line for line in lines) >= 3, "".join(lines)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=120)  # generous: on a loaded machine each part takes its time to stop
    _wait_gone(children)
    assert proc.returncode is not None and not workdir.exists(), list(workdir.rglob("*"))[:10]
