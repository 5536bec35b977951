"""The shared service front: --help and --version start nothing, log settings are validated in any case, JSON logs."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest

from townwatch_runtime.service_cli import configure_logging, load_settings
from townwatch_runtime.settings import ServiceSettings

ENTRY_POINTS = ["townwatch_extract", "townwatch_ingest", "townwatch_alert"]


def _run(module: str, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # An unroutable broker: were the service to start, the preflight would fail (exit 2), never exit 0.
    base = {**os.environ, "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1", "TOWNWATCH_REDIS_URL": "redis://127.0.0.1:1/0"}
    return subprocess.run(
        [sys.executable, "-m", module, *args], env={**base, **(env or {})}, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_help_prints_usage_and_starts_nothing(module: str) -> None:
    done = _run(module, "--help")
    assert done.returncode == 0, done.stderr
    assert "usage: townwatch-" in done.stdout and "--log-format" in done.stdout and "--version" in done.stdout


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_version(module: str) -> None:
    done = _run(module, "--version")
    assert done.returncode == 0, done.stderr
    name = module.replace("_", "-")
    assert done.stdout.startswith(f"{name} ") and done.stdout.split()[1][0].isdigit()


def test_townwatch_version() -> None:
    done = subprocess.run([sys.executable, "-m", "townwatch.cli", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("townwatch ")


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_lower_case_log_level_is_accepted(module: str) -> None:
    """``TOWNWATCH_LOG_LEVEL=info`` used to crash on logging.basicConfig; now the service gets to its preflight."""
    done = _run(module, env={"TOWNWATCH_LOG_LEVEL": "info"})
    assert "invalid setting" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2 and "error: cannot reach" in done.stderr, done.stderr


@pytest.mark.parametrize("module", ENTRY_POINTS)
def test_unknown_log_level_is_one_line(module: str) -> None:
    done = _run(module, env={"TOWNWATCH_LOG_LEVEL": "loud"})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"{module.replace('_', '-')}: error: invalid setting TOWNWATCH_LOG_LEVEL: "
        "Input should be 'DEBUG', 'INFO', 'WARNING', 'ERROR' or 'CRITICAL'"
    ]


@pytest.mark.parametrize(("given", "level"), [("info", "INFO"), (" Debug ", "DEBUG"), ("WARNING", "WARNING")])
def test_log_level_any_case(given: str, level: str) -> None:
    assert ServiceSettings(log_level=given).log_level == level  # type: ignore[arg-type]


def test_load_settings_exits_2_naming_the_variable(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        load_settings("townwatch-x", ServiceSettings, log_format="xml")
    assert exc.value.code == 2
    assert "invalid setting TOWNWATCH_LOG_FORMAT" in capsys.readouterr().err


def test_json_log_lines(capsys: pytest.CaptureFixture[str]) -> None:
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    try:
        configure_logging("extract", "INFO", "json")
        logging.getLogger("townwatch_extract").info("hello %s", "desk")
        record = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
        assert record["message"] == "hello desk" and record["service"] == "extract" and record["levelname"] == "INFO"
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
