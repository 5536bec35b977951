"""``townwatch`` called in process (as tests and embedding code do) leaves the caller's interpreter as it found it."""

from __future__ import annotations

import gc
from pathlib import Path

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
