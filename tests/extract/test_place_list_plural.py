"""A comma list with no "and" that a plural place noun closes ("took A, B, C villages") is a list of places taken."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows

SEP16 = dt.date(2016, 9, 1)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Syrian rebels captured Dudyan, Baraghida villages in northern Aleppo.", {"Dudyan", "Baraghida"}),
        ("Syrian rebels took full control of Dudyan, Kafr Ghan, Baraghida villages in northern Aleppo on Thursday.",
         {"Dudyan", "Kafr Ghan", "Baraghida"}),
    ],
)
def test_a_plural_noun_closes_a_comma_list(extractor: Extractor, text: str, want: set[str]) -> None:
    assert {place for place, _, _, historical in change_rows(extractor, text, SEP16) if not historical} == want


@pytest.mark.parametrize(
    "text",
    [
        "Syrian government aircraft shelled Dudyan, Baraghida villages in northern Aleppo.",
        "Syrian rebels tried to capture Dudyan, Baraghida villages in northern Aleppo.",
        "Syrian rebels captured Dudyan, Baraghida residents said, but the claim could not be verified.",
    ],
)
def test_no_plural_noun_or_no_capture_adds_none(extractor: Extractor, text: str) -> None:
    rows = change_rows(extractor, text, SEP16)
    assert "Baraghida" not in {place for place, _, _, historical in rows if not historical}
