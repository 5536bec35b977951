"""The opening date line of a text: only its first non-blank line can open it as a timeline item's day."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.date_head import date_lines, opening_date_line

_PUBLISHED = dt.date(2016, 6, 1)


@pytest.mark.parametrize("text", [
    "May 11, 2015\nThe Taliban captured the district centre.",
    "\n\n  May 11, 2015\nThe Taliban captured the district centre.",
    "- March 2014 -\nRebels seized the town.",
])
def test_the_first_line_alone_a_date_is_the_opening_line(text: str) -> None:
    found = opening_date_line(text, _PUBLISHED)
    assert found == date_lines(text, _PUBLISHED)[:1]
    assert len(found) == 1 and not text[: found[0].start].strip()


@pytest.mark.parametrize("text", [
    "The Taliban captured the district centre.\nMay 11, 2015\nRebels seized the town.",  # a date line later on
    "May 11, 2015 - The Taliban captured the district centre.",                         # a head, not a line alone
    "",
    "   \n ",
])
def test_a_date_line_that_does_not_open_the_text_is_not_the_opening_line(text: str) -> None:
    assert opening_date_line(text, _PUBLISHED) == []
