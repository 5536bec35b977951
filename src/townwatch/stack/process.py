"""Child server processes on loopback: free ports, readiness by port, dying with their parent."""

from __future__ import annotations

import contextlib
import ctypes
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import IO, Self

__all__ = ["LoopbackServer", "bindable", "die_with_parent", "free_port", "stop_process", "wait_for_port"]

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


_EPHEMERAL_RANGE = "/proc/sys/net/ipv4/ip_local_port_range"
_LOWEST = 10_000
_handed_out: set[int] = set()
_handed_out_lock = threading.Lock()


def _ephemeral_floor() -> int:
    """The first port the kernel gives to outgoing connections (Linux's default 32,768; IANA's 49,152 elsewhere)."""
    try:
        with open(_EPHEMERAL_RANGE) as lines:
            return int(lines.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 49_152


def bindable(*ports: int) -> bool:
    """Whether every one of ``ports`` can be bound on 127.0.0.1 right now."""
    if any(not 0 < port <= 65_535 for port in ports):
        return False
    socks = []
    try:
        for port in ports:
            sock = socket.socket()
            socks.append(sock)
            sock.bind(("127.0.0.1", port))
        return True
    except OSError:
        return False
    finally:
        for sock in socks:
            sock.close()


def free_port(offset: int = 0) -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now, for a child of ours to listen on; with ``offset``,
    ``port + offset`` is free too (a Redis cluster node's bus).

    Taken at random *below* the kernel's ephemeral range, and never twice by one process. A port from ``bind(0)``
    lies in that range, which the kernel also hands to every outgoing connection: between our check and the child's
    own bind a client socket could take it, and CI once failed so ("ingest exited with 2: cannot serve metrics on
    127.0.0.1:43029: Address already in use", on the Kafka broker's leg). Below the range only listeners can take it.
    """
    high = _ephemeral_floor() - offset
    rng = random.Random()
    with _handed_out_lock:
        for _ in range(1_000):
            port = rng.randrange(_LOWEST, high) if high - _LOWEST >= 1_000 else _any_port()
            pair = (port, port + offset) if offset else (port,)
            if _handed_out.isdisjoint(pair) and bindable(*pair):
                _handed_out.update(pair)
                return port
    raise RuntimeError(f"no free loopback port{f' pair (+{offset})' if offset else ''} after 1,000 tries")


def _any_port() -> int:
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
