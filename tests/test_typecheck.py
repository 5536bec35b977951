"""mypy over every package's source (the files of ``[tool.mypy]`` in pyproject.toml) finds no error, so CI keeps it at zero."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _package_sources() -> list[Path]:
    """Every package's source file: the root project's ``src`` and each uv workspace member's."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    roots = [ROOT / "src", *(ROOT / member / "src" for member in config["tool"]["uv"]["workspace"]["members"])]
    return sorted(p for root in roots for p in root.rglob("*") if p.suffix in {".py", ".pyi"})


@pytest.mark.slow
def test_the_packages_type_check() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False)
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"mypy found errors (`make typecheck`):\n{report}"
    # the configured paths reach every package: mypy read each package's every source file
    checked = re.search(r"no issues found in (\d+) source files", report)
    assert checked is not None, report
    assert int(checked.group(1)) == len(_package_sources()) > 0, report
