"""The workers' fork server: the model loaded once, outside the CLI process, and every worker forked from it."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from townwatch.backfill.archive import RawItem
from townwatch.backfill.model_server import ONE_THREAD
from townwatch.backfill.worker import extract_batch, start_pool

pytestmark = [pytest.mark.integration, pytest.mark.slow]  # starts interpreters (the fork server, workers, runs)

ARTICLE = b"""title: Iraqi forces retake Hawija
source: Test Wire
date 2017-10-05

Iraqi forces captured the town of Hawija from ISIL on Thursday, the military said.
"""


def test_the_cli_process_loads_no_model() -> None:
    # the CLI process only reads, checkpoints and writes the ledger: spaCy there would be start-up and exit time
    code = ("import sys, townwatch.cli, townwatch.backfill.runner; "
            "print(','.join(m for m in ('spacy', 'thinc', 'townwatch_extract.extractor') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_every_worker_is_forked_from_one_server_that_loaded_the_model() -> None:
    pool, ready = start_pool(2, 2_000_000, None)
    with pool:
        ready.result()
        futures = [pool.submit(os.getppid) for _ in range(8)]
        parents = {future.result() for future in futures}
        [result] = pool.submit(extract_batch, [RawItem(0, "seed.txt", ARTICLE, seed=True)]).result()
    assert len(parents) == 1 and os.getpid() not in parents  # one server, not this process
    assert result.error is None, result.error
    assert any(b"Hawija" in event for event in result.events)


def _blas_threads() -> int | None:
    """The threads OpenBLAS (numpy's, loaded with spaCy) runs in this process: read from the library itself."""
    for path in Path("/proc/self/maps").read_text().split():
        if "openblas" in path.lower():
            lib = ctypes.CDLL(path)
            for symbol in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_", "openblas_get_num_threads"):
                if hasattr(lib, symbol):
                    return int(getattr(lib, symbol)())
    return None


def test_the_workers_run_one_blas_thread_and_the_callers_environment_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # The server sets the thread variables in its own environment before it loads numpy; the run's process (here,
    # the test session) keeps its own, so whatever else it starts is not held to one BLAS thread.
    for name in ONE_THREAD:
        monkeypatch.delenv(name, raising=False)
    pool, ready = start_pool(1, 2_000_000, None)
    with pool:
        ready.result()
        threads = pool.submit(_blas_threads).result()
    assert [name for name in ONE_THREAD if name in os.environ] == []
    assert threads == 1


RUN = """
import os, sys
from townwatch.backfill.worker import start_pool
if __name__ == "__main__":
    pool, ready = start_pool(2, 2_000_000, None)
    ready.result()
    pids = {pool.submit(os.getpid).result() for _ in range(8)} | {pool.submit(os.getppid).result()}
    print(" ".join(map(str, sorted(pids))), flush=True)
    sys.stdin.read()
"""


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_a_killed_run_leaves_no_server_or_worker_behind(tmp_path: Path) -> None:
    script = tmp_path / "run.py"
    script.write_text(RUN)
    run = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert run.stdout is not None
    pids = [int(pid) for pid in run.stdout.readline().split()]
    assert len(pids) >= 2 and all(_running(pid) for pid in pids)  # a worker or two and their server
    run.send_signal(signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 300  # a bound for a broken build, not a timing: they go as soon as they notice
    while any(_running(pid) for pid in pids):
        assert time.monotonic() < deadline, f"still running after the run was killed: {[p for p in pids if _running(p)]}"
        time.sleep(0.1)
