"""The headless Chromium the page tests drive: where it is, how it starts, and one check that it is installed."""

from __future__ import annotations

import os
import shutil

import pytest

from bench.map_page import ARGS as CHROMIUM_ARGS
from bench.map_page import CHROMIUM

__all__ = ["CHROMIUM_ARGS", "chromium"]


def chromium() -> str:
    """The Chromium to launch: Debian's at /usr/bin/chromium, else the one on PATH. Fails the test (never skips it)
    when there is none: the page tests are part of the suite, and `make test` installs it."""
    found = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if found is None:
        pytest.fail(f"Debian's chromium is not installed at {CHROMIUM} nor on PATH: run "
                    "`bash scripts/bootstrap.sh --test-deps` (or `sudo apt-get install -y chromium`)")
    return found
