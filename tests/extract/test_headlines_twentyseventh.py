"""Session 27 (helper heads27, issue 10): wire headlines that a side completes a capture ("Russia completes capture of
X"), and the 2011 Libyan war's government side named by its leader ("Gaddafi forces retake X").

Read against ~100 real war headlines (pages corpus, 15 conflicts) and probes of the issue's headline families; twins
keep the same words for an intention, a modal, a failure, a denial, business takeovers and a leader's name alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2022-05-20", "Russia completes capture of Mariupol", ("Mariupol", "ru-forces", "ua-forces")),
        ("2022-07-03", "Russia completes capture of Lysychansk", ("Lysychansk", "ru-forces", "ua-forces")),
        ("2022-05-20", "Russia finishes capture of Mariupol", ("Mariupol", "ru-forces", "ua-forces")),
        ("2022-06-25", "Russian army completes seizure of Severodonetsk", ("Severodonetsk", "ru-forces", "ua-forces")),
        # the plural's present, read by the small model as an adjective at the root
        ("2022-05-20", "Russian forces complete capture of Mariupol", ("Mariupol", "ru-forces", "ua-forces")),
        ("2022-06-25", "Russian troops complete capture of Severodonetsk", ("Severodonetsk", "ru-forces", "ua-forces")),
    ],
)
def test_completed_capture_in_a_headline(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2022-05-20", "Russia to complete capture of Mariupol"),  # an intention
        ("2022-05-20", "Russia will complete capture of Mariupol within days"),
        ("2022-05-20", "Russia fails to complete capture of Mariupol"),
        ("2022-05-20", "Russia close to completing capture of Mariupol"),
        ("2022-05-20", "Russia has not completed capture of Mariupol, Ukraine says"),
        ("2022-05-20", "Complete capture of Mariupol expected within days"),
        ("2022-10-27", "Musk completes takeover of Twitter"),  # business
        ("2022-05-20", "Russian firm completes takeover of Mariupol steel plant"),
        ("2022-05-20", "Russia completes exercises near Kharkiv"),
        ("2022-05-20", "Police complete capture of escaped prisoners in Kharkiv"),
    ],
)
def test_completed_capture_twins_stay_quiet(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []
