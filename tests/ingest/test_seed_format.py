"""The seed text format: the optional leading `` date YYYY-MM-DD`` marker."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from townwatch_ingest.seed_format import parse_seed


def test_date_marker_followed_by_text_on_the_same_line() -> None:
    draft = parse_seed(" date 2017-10-05 The capture of Hawija leaves one area.\n\nMore.")
    assert draft.published == dt.date(2017, 10, 5)
    assert draft.text == "The capture of Hawija leaves one area.\n\nMore."


def test_date_marker_on_its_own_line() -> None:
    draft = parse_seed(" date 2017-06-28\nIraqi forces pushed on.")
    assert draft.published == dt.date(2017, 6, 28)
    assert draft.text == "Iraqi forces pushed on."


def test_no_marker_means_unknown_date_and_text_unchanged() -> None:
    text = "Reuters BAGHDAD: Shiite paramilitaries have captured Baaj on 2017-06-04."
    draft = parse_seed(text)
    assert draft.published is None
    assert draft.text == text


def test_the_word_date_inside_text_is_not_a_marker() -> None:
    assert parse_seed("The date 2017-01-01 was set.").published is None


def test_impossible_date_is_an_error() -> None:
    with pytest.raises(ValueError, match="not a real date"):
        parse_seed(" date 2017-02-30 Text.")


def test_marker_without_text_is_an_error() -> None:
    with pytest.raises(ValidationError):
        parse_seed(" date 2017-02-03\n  \n")
