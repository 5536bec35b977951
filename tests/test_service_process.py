"""A service child process: waiting for its health endpoint ends with the reason when the child dies first."""

from __future__ import annotations

from pathlib import Path

import pytest

from townwatch.service_process import ServiceProcess
from townwatch.stack import free_port


def test_wait_http_reports_a_child_that_exited(tmp_path: Path) -> None:
    service = ServiceProcess("ghost", "townwatch_no_such_service", {}, tmp_path / "ghost.log")
    service.start()
    try:
        with pytest.raises(RuntimeError, match=r"(?s)ghost exited:.*No module named townwatch_no_such_service"):
            service.wait_http(f"http://127.0.0.1:{free_port()}/healthz", timeout=600)
    finally:
        service.stop()
