"""Correction lines (sentences of our own): recognised, never evidence of a change."""

from __future__ import annotations

import pytest

from townwatch_extract.correction import corrections, is_correction
from townwatch_extract.extractor import Extractor

from .conftest import make_article


@pytest.mark.parametrize(
    "line",
    [
        "An earlier version of this story said Islamic State fighters had captured Hatra.",
        "A previous version of this article incorrectly stated that the army took Hatra.",
        "This story has been corrected to remove a report that Hatra had fallen.",
        "Correction: Islamic State fighters attacked Hatra but did not capture it.",
        "Editor's note: this report was updated.",
    ],
)
def test_correction_lines_are_recognised(line: str) -> None:
    assert is_correction(line)
    assert corrections(f"Fighting went on. {line} More later.") == [line]


@pytest.mark.parametrize("line", ["The army corrected its earlier figures.", "Iraqi forces captured Hatra.", "A version of events emerged."])
def test_other_lines_are_not_corrections(line: str) -> None:
    assert not is_correction(line)


def test_a_correction_line_is_never_evidence_of_a_change(extractor: Extractor) -> None:
    text = ("An earlier version of this story said Islamic State fighters had captured the town of Hatra from the "
            "Popular Mobilization Forces. The fighters attacked Hatra but were repelled, officials said.")
    assert [e for e in extractor.extract(make_article(text)) if e.kind == "change"] == []
    plain = "Islamic State fighters captured the town of Hatra from the Popular Mobilization Forces on Monday."
    assert [e.kind for e in extractor.extract(make_article(plain))] == ["change"]
