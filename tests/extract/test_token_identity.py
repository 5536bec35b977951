"""spaCy tokens compared by identity: never equal, so the extractor compares them with ``==`` (doc and offset)."""

from __future__ import annotations

import ast
from pathlib import Path

import townwatch_extract
from townwatch_extract.nlp import load_nlp

PACKAGE = Path(townwatch_extract.__file__).parent

# identity comparisons of objects that are not tokens: regex matches kept in one list, one gazetteer record, a
# sentinel, a string's fast path, events kept in one list
NOT_TOKENS = frozenset({
    "w is group[0]", "place is at_war", "event is _UNPLACED", "note.text is not clean", "merged is best",
    "last_text is text", "lead is not c", "n is not c", "o is not c",
})


def _identity_comparisons() -> list[str]:
    found = []
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Compare) or isinstance(node.left, ast.Constant):
                continue
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(right, ast.Constant):
                    found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_a_token_is_a_new_object_on_every_access() -> None:
    doc = load_nlp()("Rebels captured the town.")
    assert doc[1] is not doc[1]
    assert doc[1] == doc[1] and doc[0].head == doc[1]


def test_no_token_is_compared_by_identity() -> None:
    suspicious = [c for c in _identity_comparisons() if c.split(": ", 1)[1] not in NOT_TOKENS]
    assert suspicious == []
