"""Headline and coder-note recall (session 43, helper short43, issue 10).

A headline that opens with a comma list of towns before its verb: "Kandahar, Herat captured by Taliban, Kabul next"
(lab42b). The small model hangs one name on the other and only one town was read (headline_list.with_comma_head).
"Retreats" read as a noun, as "withdraws" is ("Sudan's army retreats from El-Fasher after RSF takeover": the rebuilt
headline, headline_grammar). "The Iraqi city of Mosul falls": a settlement noun naming its town with "of" as a bare
fall's subject (headline_fall). A side fleeing "X stronghold" leaves X (frames._LEFT_TOWNS). A complementizer misread
as the relative object of the noun before it: "Russia said in a daily briefing that it had captured the village of
Udi" (syntax.objects_of). The gerund noun "announced the capturing of the settlement of Pobeda" (lexicon.NOUN_CLASSES).
A blog title's spaced tilde as a title bar: "Ramadi is Liberated ~ Iraq" (title_bar).
Twins: shelling, a prospect, a siege, a denial, positions, a retreat to a town, an idiom, an unnamed city, a question,
residents, a failure. Headlines and lines written for these tests in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows, news_rows

_UA22 = dt.date(2022, 9, 11)
_AF = dt.date(2021, 8, 8)
_UA24 = dt.date(2024, 10, 2)
_SD = dt.date(2023, 12, 19)
_SY = dt.date(2015, 5, 21)
_UA14 = dt.date(2014, 7, 5)
_NOTE = dt.date(2024, 9, 20)


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("Kupiansk, Izium retaken by Ukrainian forces", _UA22,
         [("Kupiansk", "ua-forces", "ru-forces", False), ("Izium", "ua-forces", "ru-forces", False)]),
        ("Breaking: Sar-e-Pol, Taloqan captured by Taliban", _AF,
         [("Taloqan", "taliban", "af-gov", False), ("Sar-e-Pol", "taliban", "af-gov", False)]),
        ("Ukrainian army retreats from Vuhledar", _UA24, [("Vuhledar", "ru-forces", "ua-forces", False)]),
        ("Sudanese army retreats from Wad Madani after RSF advance", _SD, [("Wad Madani", "rsf", "saf", False)]),
        ("The Syrian city of Palmyra falls", _SY, [("Palmyra", None, None, False)]),
        ("Pro-Russian rebels flee Kramatorsk stronghold", _UA14, [("Kramatorsk", "ua-forces", "ru-forces", False)]),
        ("Kherson is Liberated ~ Ukraine", dt.date(2022, 11, 11), [("Kherson", None, None, False)]),
    ],
)
def test_headline_recall(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert sorted(headline_rows(extractor, title, published)) == sorted(expected)


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Kupiansk, Izium shelled by Russian forces", _UA22),  # shelling
        ("Kupiansk, Izium could fall to Russian forces", _UA22),  # a prospect
        ("Ghazni, Kunduz under siege as Taliban advance", _AF),  # a siege
        ("Biden, Ghani discuss Taliban gains in Kunduz", _AF),  # talk
        ("Ukrainian army denies retreat from Vuhledar", _UA24),  # a denial
        ("Ukrainian army may retreat from Vuhledar", _UA24),  # a prospect
        ("Ukrainian army retreats from positions near Vuhledar", _UA24),  # positions
        ("Sudanese army retreats to Wad Madani", _SD),  # to a town it holds
        ("The city of Palmyra falls silent", _SY),  # an idiom
        ("Key Syrian city falls", _SY),  # no town named
        ("Could the city of Palmyra fall?", _SY),  # a question
        ("Residents flee Kramatorsk stronghold", _UA14),  # people, not a side
        ("Rebels flee stronghold as army advances", _UA14),  # no town named
        ("Kherson ~ a city in ruins", dt.date(2022, 11, 11)),  # a blog's tilde, no change
        ("Will Kherson be liberated? ~ Ukraine", dt.date(2022, 11, 11)),  # a question
    ],
)
def test_headline_recall_twins(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia said in its daily briefing that its troops had taken the village of Krasnohorivka.",
         [("Krasnohorivka", "ru-forces", "ua-forces")]),
        ("The defence ministry announced the capturing of the village of Novomykhailivka by Russian troops.",
         [("Novomykhailivka", "ru-forces", "ua-forces")]),
        ("Russia said in its daily briefing that its troops had failed to take the village of Krasnohorivka.", []),
        ("Russia said in its daily briefing that its troops would take the village of Krasnohorivka.", []),
        ("The capturing of Novomykhailivka would open the road to Kurakhove, the ministry said.", []),
    ],
)
def test_note_recall(extractor: Extractor, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, _NOTE) == expected
