"""``townwatch`` called in process (as tests and embedding code do) leaves the caller's interpreter as it found it."""

from __future__ import annotations

import gc
import subprocess
import sys
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


def test_importing_the_command_stays_light() -> None:
    # each backfill worker imports the command's module again (multiprocessing's ``__mp_main__``) before it extracts:
    # what the module imports at its top is paid once per worker, on the way to its first article
    code = "import sys, townwatch.cli; print(sorted(m for m in ('asyncio', 'rich', 'redis', 'spacy') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
