"""Child server processes on loopback: free ports, readiness by port, dying with their parent."""

from __future__ import annotations

import contextlib
import ctypes
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import IO, Self

__all__ = ["LoopbackServer", "die_with_parent", "free_port", "stop_process", "wait_for_port"]

_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:  # pragma: no cover - runs in the child, between fork and exec
    """Linux: the child gets SIGTERM when its parent dies, so a killed demo or test leaves nothing behind.

    The kernel ties this to the *thread* that forked: start children from the main thread or from a
    long-lived worker thread (asyncio's default executor keeps its threads until the loop closes).
    """
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass


PREEXEC = die_with_parent if sys.platform.startswith("linux") else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 15.0, host: str = "127.0.0.1", proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process {proc.args!r} exited with {proc.returncode} before listening on {port}")
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.2):
            return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listening on {host}:{port} after {timeout:.0f}s")


def stop_process(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    """SIGTERM, then SIGKILL after ``timeout``."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class LoopbackServer:
    """A server process of ours on a loopback port: stopped with SIGTERM, and dying with its parent."""

    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = field(default=None, repr=False)
    stop_timeout: float = field(default=10.0, repr=False)

    def _spawn(self, args: list[str], *, stdout: int | IO[bytes], timeout: float, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            args, stdout=stdout, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, preexec_fn=PREEXEC
        )
        try:
            wait_for_port(self.port, timeout, proc=self.proc)
        except BaseException:  # not up in time (or interrupted): a start that raises leaves nothing running
            stop_process(self.proc, self.stop_timeout)
            raise

    def start(self, timeout: float = 15.0) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        if self.proc:
            stop_process(self.proc, self.stop_timeout)

    def kill(self) -> None:
        """SIGKILL: a crash, for fault tests."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
