"""A headline's kicker before its colon: a long country name is a place label, not the side or the source."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

FEB25 = dt.date(2025, 2, 16)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Democratic Republic of the Congo: M23 rebels seize Bukavu", [("Bukavu", "m23")]),
        ("Democratic Republic of the Congo: rebels seize Bukavu", [("Bukavu", "m23")]),
        ("Democratic Republic of the Congo: M23 fighters take control of Bukavu", [("Bukavu", "m23")]),
    ],
)
def test_a_long_country_kicker_is_blanked(extractor: Extractor, title: str, want: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _ in sides(headline_changes(extractor, title, published=FEB25))] == want


@pytest.mark.parametrize(
    "title",
    [
        "Democratic Republic of the Congo: M23 rebels advance towards Bukavu",
        "Democratic Republic of the Congo: M23 rebels vow to take Bukavu",
        "Democratic Republic of the Congo: M23 rebels seize control of a gold mine",
        "Democratic Republic of the Congo: Tshisekedi seizes on talks in Luanda",
    ],
)
def test_a_long_country_kicker_adds_no_change(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=FEB25) == []
