"""The real-grammar corpus: own-words cases for every construction family read in real reports (docs/constructions.md)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from townwatch_extract.corpus import load_corpus

from .conftest import CORPUS

REALGRAMMAR = CORPUS / "realgrammar"
INVENTORY = Path(__file__).resolve().parents[2] / "services" / "extract" / "docs" / "constructions.md"


def _raw_cases() -> list[dict]:
    return [raw for path in sorted(REALGRAMMAR.glob("*.yaml")) for raw in yaml.safe_load(path.read_text("utf-8"))]


def test_realgrammar_corpus_meets_the_issue() -> None:
    cases = load_corpus(REALGRAMMAR)
    assert len(cases) >= 150
    short = [c for c in cases if c.kind in {"headline", "sentence", "note"}]
    assert len(short) * 2 >= len(cases), "at least half headlines or one-line monitor notes"
    negatives = [c for c in cases if not c.news]
    assert len(negatives) * 3 >= len(cases), "at least a third negatives"
    assert all(c.negative for c in negatives), "every negative names its kind"
    assert all(c.title and not c.text for c in cases if c.kind == "headline"), "headlines are title-only"


def test_realgrammar_ids_do_not_clash_with_the_split_corpora() -> None:
    ids = {c.id for c in load_corpus(REALGRAMMAR)}
    assert not ids & {c.id for c in load_corpus(CORPUS)}


def test_every_family_of_the_inventory_has_a_case() -> None:
    families = re.findall(r"^\| ([A-N]\d?) \|", INVENTORY.read_text("utf-8"), re.MULTILINE)
    assert len(families) >= 30
    tagged: set[str] = set()
    for raw in _raw_cases():
        tagged |= set(re.findall(r"\b([A-N]\d?)\b", str(raw["family"])))
    assert [f for f in families if f not in tagged] == []
