"""Session 33's merge review: a side never takes a town from itself (the last step before an event is built)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from townwatch_extract.extractor import _own_loser


def _side(actor_id: str) -> SimpleNamespace:
    return SimpleNamespace(id=actor_id)


@pytest.mark.parametrize(
    ("gaining", "losing", "kept"),
    [
        ("boko-haram", "boko-haram", False),  # "they ... pushing them out", both pronouns read as one side
        ("ng-gov", "boko-haram", True),
        (None, "boko-haram", True),  # "X was lost by Z": the loser alone is news
        ("ng-gov", None, False),
    ],
)
def test_a_loser_is_kept_only_when_it_is_another_side(gaining: str | None, losing: str | None, kept: bool) -> None:
    c = SimpleNamespace(gaining=_side(gaining) if gaining else None, losing=_side(losing) if losing else None)
    assert _own_loser(c) is kept  # type: ignore[arg-type]
