"""``townwatch`` called in process (as tests and embedding code do) leaves the caller's interpreter as it found it."""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
from pathlib import Path

import pytest

import townwatch.backfill.model_server as model_server
import townwatch.cli as cli
from townwatch.cli import main


def test_main_does_not_freeze_the_callers_heap(tmp_path: Path) -> None:
    # gc.freeze() hides every object alive at that moment from the collector for good: right for a process about to
    # exit (the CLI's own), a leak of every later garbage cycle among them for a caller that goes on (a test session)
    gc.unfreeze()
    try:
        assert main(["status", "--workdir", str(tmp_path)]) == 1  # no state file: a quick command that returns
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_importing_the_command_stays_light() -> None:
    # each backfill worker imports the command's module again (multiprocessing's ``__mp_main__``) before it extracts:
    # what the module imports at its top is paid once per worker, on the way to its first article
    code = "import sys, townwatch.cli; print(sorted(m for m in ('asyncio', 'rich', 'redis', 'spacy') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.fixture
def model_servers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """``start_model_server`` calls, recorded instead of starting a fork server that loads spaCy."""
    started: list[str] = []
    monkeypatch.setattr(model_server, "start_model_server", lambda: started.append("started"))
    return started


@pytest.mark.parametrize("argv", [["backfill", "--bogus"], ["backfill", "--bogus", "archive.jsonl"], ["backfill"],
                                  ["backfill", "archive.jsonl", "--workers", "two"], ["backfill", "archive.jsonl", "--workers", "-1"]])
def test_a_backfill_usage_error_ends_before_any_model_server_starts(
    argv: list[str], model_servers: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: townwatch backfill") and "error:" in err
    assert model_servers == []


def test_backfill_help_starts_no_model_server(model_servers: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["backfill", "--help"])
    assert info.value.code == 0
    assert "in parallel worker processes" in capsys.readouterr().out and model_servers == []


def test_a_backfill_with_good_arguments_starts_the_model_server_then_runs(
    model_servers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(args: argparse.Namespace) -> int:
        assert model_servers == ["started"]  # loading on another core while the command set up
        assert args.paths == [Path("archive.jsonl")] and args.workers == 2
        return 0

    monkeypatch.setattr(cli, "_backfill", run)
    try:
        assert main(["backfill", "archive.jsonl", "--workers", "2"]) == 0
    finally:
        gc.unfreeze()
    assert model_servers == ["started"]
