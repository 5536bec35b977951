"""``python -m bench`` stopped with Ctrl-C (SIGINT) or SIGTERM while it starts the stack or waits for the pipeline: it
stops every process it started (services, Redis, broker), says so, writes no results and exits with 130 (143 on SIGTERM)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.child_signals import default_sigint

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


def _wait_for_line(log: Path, text: str, proc: subprocess.Popen, bound: float = 400.0) -> None:
    """Wait until the bench's stderr holds ``text`` (a bound, not a timing claim: a loaded machine starts slowly)."""
    deadline = time.monotonic() + bound
    while text not in log.read_text(encoding="utf-8", errors="replace"):
        assert proc.poll() is None, f"the bench ended before {text!r}:\n{log.read_text()[-3000:]}"
        assert time.monotonic() < deadline, f"no {text!r} after {bound:.0f}s:\n{log.read_text()[-3000:]}"
        time.sleep(0.2)


@pytest.mark.parametrize(("when", "sig", "code"), [
    ("starting broker", signal.SIGINT, 130), ("set rate", signal.SIGINT, 130), ("set rate", signal.SIGTERM, 143),
])
def test_a_stop_signal_stops_the_stack_and_exits(tmp_path: Path, when: str, sig: signal.Signals, code: int) -> None:
    err = tmp_path / "stderr.log"
    args = [sys.executable, "-m", "bench", "--rate", "5", "--duration", "600", "--max-articles", "10",
            "--baseline-messages", "10", "--workdir", str(tmp_path / "work"), "--out", str(tmp_path / "out")]
    with open(err, "wb") as stderr:
        # its own session: the signal goes to the bench alone, so the broker and Redis must be stopped by it
        proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"}, preexec_fn=default_sigint)
    try:
        _wait_for_line(err, when, proc)
        if when == "starting broker":  # at least one process of the stack up, so there is something to stop
            deadline = time.monotonic() + 400
            while not psutil.Process(proc.pid).children():
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.1)
        stack = psutil.Process(proc.pid).children(recursive=True)
        assert stack
        proc.send_signal(sig)
        assert proc.wait(300) == code, err.read_text()[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
    log = err.read_text()
    assert "interrupted: the stack is stopped" in log and "Traceback" not in log, log[-3000:]
    assert not any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in stack), "a process of the stack outlived the bench"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
