"""Headline and coder-note recall (session 44, helper short44, issue 10).

A headline's welcome of a side in a named town is the capture it reports: "Cheers in X as Z troops arrive", "Cheering
crowds in X greet Z troops", "Z soldiers entering X are greeted with joy", "Celebration in X after Z evacuation" (the
side that left lost it) (headline._welcomed_arrival; lab42 heads, wire and broadcast headlines of Mali 2013, Ukraine
2022, Syria 2016). A leaving verb whose "from" the parse hangs on its particle: "IS pulled back from X after it was
besieged" (frames._left_places; lab42b notes). "Take" a country's capital named by its people's word: "Taliban take
Afghan capital" (frames, as "seize" already was; lab42b and lab43 heads). A headline's leaving verb with the town after
a settlement noun's "of": "M23 rebels leave strategic town of X" (prefilter._CAP_NAMED_LATER; lab43 heads).
Twins: homecoming, parade, aid, a team, an ally in a national capital, a question, an arrival undone, a prospect, part
of a garrison, positions near a town, an idiom. Headlines and lines written for these tests in our own words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows, news_rows

_UA22 = dt.date(2022, 11, 10)
_ML = dt.date(2013, 1, 27)
_SY = dt.date(2016, 8, 13)
_IQ = dt.date(2016, 6, 26)
_AF = dt.date(2021, 8, 15)


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("Cheers in Lyman as Ukrainian troops arrive", _UA22, [("Lyman", "ua-forces", "ru-forces", False)]),
        ("Cheering crowds in Izium greet Ukrainian soldiers", _UA22, [("Izium", "ua-forces", "ru-forces", False)]),
        ("Jubilation in Manbij as SDF fighters roll in", _SY, [("Manbij", "sdf", "isis", False)]),
        ("Iraqi soldiers entering Fallujah are greeted with cheers", _IQ, [("Fallujah", "iq-gov", "isis", False)]),
        ("Joy in Snihurivka after Russian withdrawal", _UA22, [("Snihurivka", "ua-forces", "ru-forces", False)]),
        ("Jubilant crowds in Gao greet Malian soldiers", _ML, [("Gao", "ml-gov", None, False)]),
        ("Taliban take Afghan capital", _AF, [("Kabul", "taliban", "af-gov", False)]),
        ("Rebels leave strategic town of Kidal", _ML, [("Kidal", None, "fla", False)]),
        ("M23 rebels flee key town of Goma ahead of talks", dt.date(2012, 12, 1), [("Goma", "cd-gov", "m23", False)]),
    ],
)
def test_headline_recall(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert sorted(headline_rows(extractor, title, published)) == sorted(expected)


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ("Cheers in Lviv as Ukrainian troops return home from the front", _UA22),  # a homecoming
        ("Crowds in Odesa greet Ukrainian soldiers at victory parade", _UA22),  # a parade
        ("Jubilation in Kharkiv as aid convoy arrives", _UA22),  # aid
        ("Cheers in Dnipro as football team arrives", _UA22),  # a team
        ("Cheers in Bamako as French troops arrive", _ML),  # an ally in a national capital
        ("Will there be cheers in Mosul as Iraqi troops arrive?", _IQ),  # a question
        ("Cheers in Kupiansk as Ukrainian troops arrive, then pull back", _UA22),  # an arrival undone
        ("Cheers in Kherson as Ukrainian troops could arrive soon", _UA22),  # a prospect
        ("Relief in Kherson as troops arrive with food", _UA22),  # supplies, no capture
        ("Celebrations in Paris after Brexit departure", _UA22),  # no side, no war
        ("Ukrainian soldiers returning to Kyiv are greeted with joy", _UA22),  # a return home
        ("Taliban could take Afghan capital within months, officials warn", dt.date(2021, 7, 10)),  # a prospect
        ("Can the Taliban take the Afghan capital?", dt.date(2021, 7, 10)),  # a question
        ("Investors take Afghan capital to court", _AF),  # no town taken
        ("Civilians leave strategic town of Kidal", _ML),  # people, no side
        ("Rebels could leave strategic town of Kidal", _ML),  # a prospect
        ("Rebels vow never to leave the town of Kidal", _ML),  # a vow
    ],
)
def test_headline_twins_stay_quiet(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Russian units pulled back from Kupiansk on 10 September after a week of Ukrainian advances.", dt.date(2022, 9, 12),
         [("Kupiansk", "ua-forces", "ru-forces")]),
        ("IS pulled back from Manbij on 12 August after it had been surrounded for ten weeks.", dt.date(2016, 8, 15),
         [("Manbij", None, "isis")]),
        ("Taliban fighters took the Afghan capital on Sunday.", _AF, [("Kabul", "taliban", "af-gov")]),
    ],
)
def test_note_recall(extractor: Extractor, text: str, published: dt.date, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert sorted(news_rows(extractor, text, published)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Russian units may pull back from Kupiansk in the coming days.", dt.date(2022, 9, 12)),  # a prospect
        ("Russian units did not pull back from Kupiansk.", dt.date(2022, 9, 12)),  # a negation
        ("Some Russian units pulled back from Kupiansk on 10 September, but most stayed in the town.", dt.date(2022, 9, 12)),  # part
        ("Russian units pulled back from positions near Kupiansk on 10 September.", dt.date(2022, 9, 12)),  # positions near
        ("Taliban envoys took part in talks in the Afghan capital on 1 March.", dt.date(2020, 3, 2)),  # an idiom
    ],
)
def test_note_twins_stay_quiet(extractor: Extractor, text: str, published: dt.date) -> None:
    assert news_rows(extractor, text, published) == []
