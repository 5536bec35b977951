"""Session 40 (helper notes40, issue 10): a situation report's heading before its colon.

H, a monitor's or a coder's heading: "Military development: The KNLA captured X", "Rebel advance on Homs: Opposition
forces captured X", "Latest developments in Rakhine State: The Arakan Army captured X", a conflict-event note's own
event type "Non-violent transfer of territory: On 2 July, Z took over X". The small model read the heading's noun as
the clause's subject ("Development captured X", "transfer took over X") and the side was lost. A heading that ends on
a heading noun (development, advance, update, withdrawal, clash, transfer, territory ...) with the place or theme after
it is blanked as a war's topic label is (`topic_label.without_topic_labels`); one that tells how sure the line is
("Unconfirmed claims: ...") is kept, and a clause before a colon ("Russian advance stalls: ...") is no heading.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.topic_label import without_topic_labels

from .conftest import change_rows, news_rows


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # H: each gave nothing before (the heading's noun read as the subject: no side)
        ("Military Development: The KNLA captured Kawkareik after two days of fighting.", "2023-10-20",
         [("Kawkareik", "knla", "mm-junta")]),
        ("Rebel Advance on Homs: Opposition forces captured Talbiseh.", "2024-12-06", [("Talbiseh", "hts", "sy-gov")]),
        ("Latest developments in Rakhine State: The Arakan Army captured Buthidaung.", "2024-05-18",
         [("Buthidaung", "arakan-army", "mm-junta")]),
        ("Non-violent transfer of territory: On 2 July 2023, Al Shabaab took over Bacadweyne (Hobyo, Mudug).", "2023-07-02",
         [("Bacadweyne", "al-shabaab", "so-gov")]),
        ("Non-violent transfer of territory: On 2 July 2023, Al Shabaab took over Bacadweyne (Hobyo, Mudug) after "
         "Military Forces of Somalia (2022-) withdrew.", "2023-07-02", [("Bacadweyne", "al-shabaab", "so-gov")]),
        ("Key developments near Pokrovsk: Russian forces captured the village of Dachne.", "2024-11-20",
         [("Dachne", "ru-forces", "ua-forces")]),
        ("Clashes in Karen State: The KNLA overran Kawkareik after a day of fighting.", "2023-10-20",
         [("Kawkareik", "knla", "mm-junta")]),
        ("Frontline developments in Amhara: Tigrayan forces captured Kobo.", "2021-08-01", [("Kobo", "tplf", "et-gov")]),
        # already read before, still read with the heading blanked
        ("Frontline update: Russian forces captured Dachne on Tuesday.", "2024-11-20", [("Dachne", "ru-forces", "ua-forces")]),
        ("Regime withdrawal and counteractions: Opposition fighters captured Talbiseh after the army pulled out.",
         "2024-12-06", [("Talbiseh", "hts", "sy-gov")]),
        ("Military Development : The KNLA captured Kawkareik.", "2023-10-20", [("Kawkareik", "knla", "mm-junta")]),
        ("Armed clash: On 2 July 2023, Al Shabaab took control of Bacadweyne (Hobyo, Mudug) after clashes with the SNA.",
         "2023-07-02", [("Bacadweyne", "al-shabaab", "so-gov")]),
        ("Assessed Russian advances: Russian forces recently seized Hryshyne.", "2024-02-26",
         [("Hryshyne", "ru-forces", "ua-forces")]),
        # a country's head label stays a region head (split_region_heads), not a heading
        ("Myanmar: The Arakan Army captured Buthidaung on Saturday.", "2024-05-18", [("Buthidaung", "arakan-army", "mm-junta")]),
    ],
)
def test_heading_blanked(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the heading blanked, the clause under it is still no change
        ("Military Development: The KNLA attacked a junta camp near Kawkareik.", "2023-10-20"),
        ("Rebel Advance on Homs: Opposition forces reached the outskirts of Talbiseh.", "2024-12-06"),
        ("Latest developments in Rakhine State: The Arakan Army vowed to capture Buthidaung.", "2024-05-18"),
        ("Frontline update: Russian forces failed to capture Dachne despite repeated assaults.", "2024-11-20"),
        ("Armed clash: On 2 July 2023, Al Shabaab attacked an SNA base in Bacadweyne (Hobyo, Mudug).", "2023-07-02"),
        ("Security situation in Goma: Police seized weapons at a checkpoint.", "2024-11-20"),
        ("Market update: Shell took over the Kirkuk oil field contract from BP.", "2024-11-20"),
        ("Transfer news: Arsenal captured the signature of a striker from Benfica.", "2024-11-20"),
    ],
)
def test_heading_no_change(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []


def test_modality_heading_kept(extractor: Extractor) -> None:
    """ "Unconfirmed claims:" tells how sure the line is: it is no heading to blank, and the capture stays a claim."""
    text = "Unconfirmed claims: Russian milbloggers claimed that Russian forces seized Dachne."
    assert without_topic_labels(text) == text
    assert [r[0] for r in change_rows(extractor, text, dt.date(2024, 11, 20))] == ["Dachne"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian advance stalls: Ukrainian forces hold Bakhmut.",  # a clause, not a heading
        "The army said: Russian forces captured Dachne.",
        "Withdrawal from Kherson: Russian forces left the city.",  # "from" is no heading's tail
        "Reports: Russian forces captured Dachne.",
    ],
)
def test_not_a_heading(text: str) -> None:
    assert without_topic_labels(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Military Development : The KNLA captured Kawkareik.", "The KNLA captured Kawkareik."),
        ("Latest Developments of fighting in Rakhine State: The AA captured Buthidaung.", "The AA captured Buthidaung."),
        ("Non-violent transfer of territory: On 2 July, Z took over X.", "On 2 July, Z took over X."),
        ("Rebel advance on Homs: Z captured X.", "Z captured X."),
    ],
)
def test_heading_blanked_same_length(text: str, kept: str) -> None:
    out = without_topic_labels(text)
    assert len(out) == len(text) and out.strip() == kept
