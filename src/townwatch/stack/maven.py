"""Jars fetched from Maven Central by a ``deploy/<name>/pom.xml`` into ``deploy/<name>/cache/libs`` (set-up, not run time)."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
import sys
from pathlib import Path

__all__ = ["DEPLOY_DIR", "maven_libs"]

DEPLOY_DIR = Path(__file__).resolve().parents[3] / "deploy"


def maven_libs(project_dir: Path, jar_glob: str, make_target: str) -> Path:
    """The directory of ``project_dir``'s jars, fetched on first use (``make <make_target>`` does the same)."""
    libs = project_dir / "cache" / "libs"
    if any(libs.glob(jar_glob)):
        return libs
    mvn = shutil.which("mvn")
    if mvn is None or shutil.which("java") is None:
        raise FileNotFoundError(f"{project_dir.name} needs a JDK (java) and Maven (mvn) on PATH: install them, then `make {make_target}`")
    libs.parent.mkdir(parents=True, exist_ok=True)
    with open(libs.parent / ".fetch.lock", "w") as lock:  # one fetch at a time (parallel tests, worktrees)
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not any(libs.glob(jar_glob)):
            print(f"fetching the {project_dir.name} jars into {libs} (mvn dependency:copy-dependencies)…", file=sys.stderr)
            subprocess.run([mvn, "-q", "-B", "-f", str(project_dir / "pom.xml"), "dependency:copy-dependencies"], check=True)
    return libs
