"""A loopback server process that does not come up in time is not left running."""

from __future__ import annotations

import socket
import subprocess
import sys
from dataclasses import dataclass
from typing import Self

import pytest

from townwatch.stack.process import LoopbackServer


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
