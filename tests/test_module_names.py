"""No module binds one top-level name twice (session 31: a second ``_DEMONYM_END`` further down frames.py replaced the
first for every function that read it, and a village named "Kuchi" stopped resolving; ruff's F811 sees only a def or
an import redefined, never a constant)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for base in ("services", "libs", "schemas", "src") for p in (ROOT / base).rglob("*.py") if ".venv" not in p.parts)


def rebound(source: str) -> list[str]:
    """The names that two top-level assignments of ``source`` bind."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        counts.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(name for name, n in counts.items() if n > 1)


def test_a_constant_bound_twice_is_found() -> None:
    assert rebound("A = 1\nB = 2\nA = 3\n") == ["A"]
    assert rebound("A: int = 1\ndef f():\n    A = 2\n") == []  # a function's own local is not the module's


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    assert rebound(path.read_text(encoding="utf-8")) == []
