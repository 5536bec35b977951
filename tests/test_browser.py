"""The page tests' one Chromium check: it finds Debian's or PATH's, and fails (never skips) when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import browser


def test_no_chromium_fails_the_test_with_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(browser, "CHROMIUM", str(tmp_path / "absent"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(pytest.fail.Exception, match=r"bootstrap\.sh --test-deps"):
        browser.chromium()


def test_a_chromium_on_path_is_the_one_launched(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    exe = tmp_path / "chromium"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.setattr(browser, "CHROMIUM", str(tmp_path / "absent"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert browser.chromium() == str(exe)
    monkeypatch.setattr(browser, "CHROMIUM", str(exe))  # Debian's path first when it exists
    monkeypatch.setenv("PATH", "")
    assert browser.chromium() == str(exe)
