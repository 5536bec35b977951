"""Loopback server processes: a free port is one no client socket can take; a server not up in time is not left running."""

from __future__ import annotations

import socket
import subprocess
import sys
from dataclasses import dataclass
from typing import Self

import pytest

from townwatch.stack.process import LoopbackServer, _ephemeral_floor, free_port


@dataclass
class _Mute(LoopbackServer):
    """A child that runs but never listens on its port (a broker too slow to start on a loaded machine)."""

    def start(self, timeout: float = 15.0) -> Self:
        self._spawn([sys.executable, "-c", "import time; time.sleep(3600)"], stdout=subprocess.DEVNULL, timeout=timeout)
        return self


def test_a_server_that_never_listens_is_stopped_when_its_start_gives_up() -> None:
    held = socket.socket()  # bound, never listening: no other process can listen on the port meanwhile
    held.bind(("127.0.0.1", 0))
    server = _Mute(port=held.getsockname()[1])
    try:
        with pytest.raises(TimeoutError, match="nothing listening"):
            server.start(timeout=0.5)  # it never listens: the bound only decides when start gives up
        assert server.proc is not None
        assert server.proc.poll() is not None, "the child outlived the start that gave up on it"
    finally:
        server.kill()
        held.close()


def test_free_ports_lie_below_the_ephemeral_range_and_are_never_handed_out_twice() -> None:
    """CI failed once with a service's "Address already in use": ``bind(0)`` gave a port of the ephemeral range, and an
    outgoing connection took it before the service bound it. Below that range only a listener can take a port."""
    ports = [free_port() for _ in range(300)]
    assert len(set(ports)) == len(ports)
    assert all(1_024 < port < _ephemeral_floor() for port in ports)


def test_a_free_port_is_not_one_a_listener_holds() -> None:
    listeners = []
    try:
        for _ in range(50):
            sock = socket.socket()
            sock.bind(("127.0.0.1", free_port()))
            sock.listen()
            listeners.append(sock)
        held = {sock.getsockname()[1] for sock in listeners}
        assert held.isdisjoint(free_port() for _ in range(300))
    finally:
        for sock in listeners:
            sock.close()
