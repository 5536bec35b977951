"""Headline grammar (session 41, helper heads41, issue 10).

A town's name that opens a headline, read by the small model as an adverb or an adjective: "Bakhmut captured by Russian
forces" (RB, the participle's advmod), "Bakhmut has fallen" (RB, the subject), "Toretsk seized by Wagner" (RB, the
root with the participle hung on it). The frames read a name only as a noun, so no place was found; after the verb the
same misreading was mended already (misread_name.adverb_name: "Rebels capture Bakhmut"). opening_name.py now tells a
sentence's opening word a proper noun again when it is written as a name, is no stop word, no "-ly" adverb, no
English dictionary word and no people's word, and the gazetteer knows it as a town (not a country, not a side).
Twins from the same words: a prospect, a denial, an attack, a siege, a person or people captured, a year (background),
and openings that are English adverbs ("Meanwhile", "Tonight"). Headlines written for these tests in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows

_D = dt.date(2023, 5, 21)
_T = dt.date(2025, 2, 7)


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("Bakhmut captured by Russian forces", _D, [("Bakhmut", "ru-forces", "ua-forces", False)]),
        ("Bakhmut seized by Wagner", _D, [("Bakhmut", "wagner", "ua-forces", False)]),
        ("Bakhmut fully captured by Russian troops", _D, [("Bakhmut", "ru-forces", "ua-forces", False)]),
        ("Toretsk taken by Russian troops", _T, [("Toretsk", "ru-forces", "ua-forces", False)]),
        ("Toretsk seized by Russian forces", _T, [("Toretsk", "ru-forces", "ua-forces", False)]),  # the name read as the root
        ("Bakhmut has fallen", _D, [("Bakhmut", None, None, False)]),  # the bare fall (a known town at war)
        ("Bakhmut falls", _D, [("Bakhmut", None, None, False)]),
        ("Bakhmut has fallen, Russia says", _D, [("Bakhmut", None, None, False)]),
        ("Toretsk has fallen", _T, [("Toretsk", None, None, False)]),
        ("Kherson recaptured by Ukraine", dt.date(2022, 11, 11), [("Kherson", "ua-forces", "ru-forces", False)]),  # (kept: read so on main too)
        ("Meanwhile, Russian forces capture Bakhmut", _D, [("Bakhmut", "ru-forces", "ua-forces", False)]),  # (kept)
    ],
)
def test_headline_opening_name(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Bakhmut could fall within days", _D),  # a prospect
        ("Bakhmut will not fall, Zelensky vows", _D),
        ("Bakhmut has not fallen, Kyiv says", _D),  # a denial
        ("Bakhmut shelled by Russian forces", _D),  # an attack
        ("Bakhmut attacked by Russian troops", _D),
        ("Bakhmut hit by Russian missiles", _D),
        ("Bakhmut encircled by Russian forces", _D),  # a siege
        ("Toretsk besieged by Russian troops", _T),
        ("Bakhmut defenders captured by Russian forces", _D),  # people captured
        ("Bakhmut's mayor captured by Russian troops", _D),
        ("Toretsk residents flee as Russian troops advance", _T),
    ],
)
def test_headline_opening_name_twins(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []
