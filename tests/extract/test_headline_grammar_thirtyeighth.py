"""Headline grammar (session 38, helper heads38, issue 10).

A web page's title bar: "Army retakes X | Reuters", "... | World news | The Guardian", "WATCH | ..." is the headline
before the bar (or after a short label), the rest the page's section and outlet, which the parse used to join to the
town ("Ramadi | Reuters" read as one name, or a place "Reuters"): title_bar.without_title_bars; a dash glued to the town
then a blank ("X- Reuters", "X– state TV") sets off a source as a spaced one does (headline._SOURCE_TAIL). A withdrawal
told complete by who made it, with no "its" before the noun: "Russia completes withdrawal from X", "Russian forces
complete withdrawal from X" (the small model reads the plural's "complete" as an adjective), "Militants complete
withdrawal from X" (completed_withdrawal.completing_side). Title Case and capitals of each. Twins from the same words: a
police seizure, sport, business, a vow, an intention, an opinion, clashes, shelling behind a bar; a withdrawal planned,
demanded, begun or ordered, and one from a country, a union, a force, a race or a market. Headlines written for these
tests after the grammar of wire headlines and page titles of 2014-2018 (Iraq, Syria, Lebanon, Afghanistan, Yemen) and
of the Ukraine war.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows, news_rows


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ('Iraqi army retakes Ramadi | Reuters', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),  # a source after a bar
        ('Iraqi Army Retakes Ramadi | Reuters', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),  # a source after a bar, Title Case (kept: read so on main too)
        ('IRAQI ARMY RETAKES RAMADI | REUTERS', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),  # a source after a bar, capitals (kept: read so on main too)
        ('Taliban capture Kunduz city | Afghanistan | Al Jazeera', dt.date(2015, 9, 29), [('Kunduz', 'taliban', 'af-gov', False)]),  # a section and a source after bars
        ('Houthis seize Aden airport | Middle East | Reuters', dt.date(2015, 3, 26), [('Aden Airport', 'houthis', 'ye-gov', False)]),  # a section and a source after bars (kept: read so on main too)
        ('Kurdish fighters seize Manbij ¦ Reuters', dt.date(2016, 8, 12), [('Manbij', 'sdf', 'isis', False)]),  # a broken bar
        ('Iraqi army retakes Falluja- Reuters', dt.date(2016, 6, 26), [('Falluja', 'iq-gov', 'isis', False)]),  # a dash glued to the town
        ('Iraqi Army Retakes Falluja- Reuters', dt.date(2016, 6, 26), [('Falluja', 'iq-gov', 'isis', False)]),  # a dash glued to the town, Title Case
        ('Iraqi forces retake Tikrit– state TV', dt.date(2015, 3, 31), [('Tikrit', 'iq-gov', 'isis', False)]),  # a dash glued to the town (kept: read so on main too)
        ('Russia completes withdrawal from Kherson', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # a withdrawal told complete
        ('Russia Completes Withdrawal From Kherson', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # a withdrawal told complete, Title Case
        ('Russian forces complete withdrawal from Kherson', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # a withdrawal told complete, plural
        ('Russian Forces Complete Withdrawal From Kherson', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # a withdrawal told complete, plural, Title Case
        ('Syrian rebels complete withdrawal from Homs', dt.date(2014, 5, 9), [('Homs', None, 'x-rebels-sy', False)]),  # a withdrawal told complete, plural
        ('Militants complete withdrawal from Arsal', dt.date(2017, 8, 3), [('Arsal', None, 'x-militants-lb', False)]),  # a withdrawal told complete, plural
        ('Russia finishes withdrawal from Kherson', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # a withdrawal told finished
        ('Russia completed withdrawal from Kherson, defence ministry says', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # a withdrawal told complete, past, source
        ('Rebels complete withdrawal from east Aleppo', dt.date(2016, 12, 22), [('Aleppo', None, 'x-rebels-sy', False)]),  # a withdrawal told complete, part of the town named
    ],
)
def test_headline_grammar_thirtyeighth(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ('Police seize drugs worth $2m in Falluja | Reuters', dt.date(2016, 6, 27)),  # a police seizure
        ('Arsenal take Chelsea apart | Football | The Guardian', dt.date(2016, 6, 27)),  # sport
        ('Firm takes over Basra oil contract | Business | Reuters', dt.date(2016, 6, 27)),  # business
        ('Army vows to retake Falluja | Reuters', dt.date(2016, 6, 27)),  # a vow
        ('Iraqi forces launch final push to take Falluja | Reuters', dt.date(2016, 6, 27)),  # an intention
        ('Opinion | Why Falluja matters | The Washington Post', dt.date(2016, 6, 27)),  # an opinion
        ('Clashes near Palmyra | Syria news', dt.date(2016, 6, 27)),  # clashes
        ('Bayern take Munich derby | Sport', dt.date(2016, 6, 27)),  # sport
        ('Iraqi army shells Falluja as IS holds out | Middle East', dt.date(2016, 6, 27)),  # shelling
        ('Troops seize arms- officials', dt.date(2016, 6, 27)),  # a seizure of arms
        ('Russia to complete withdrawal from Kherson', dt.date(2022, 11, 11)),  # a plan
        ('Russia will complete withdrawal from Kherson, general says', dt.date(2022, 11, 11)),  # a plan
        ('Kyiv calls for complete withdrawal from Kherson', dt.date(2022, 11, 11)),  # a demand
        ('Ukraine demands complete withdrawal of Russian troops from Kherson', dt.date(2022, 11, 11)),  # a demand
        ('US completes withdrawal from Afghanistan', dt.date(2021, 8, 31)),  # a country left
        ('Britain completes withdrawal from EU', dt.date(2020, 1, 31)),  # a union left
        ('Mali completes withdrawal from G5 Sahel force', dt.date(2022, 6, 30)),  # a force left
        ('Candidate completes withdrawal from Aleppo race', dt.date(2016, 12, 22)),  # an election
        ('Firm completes withdrawal from Aleppo market', dt.date(2019, 3, 1)),  # business
        ('Russia begins withdrawal from Kherson', dt.date(2022, 11, 11)),  # a withdrawal begun
        ('Russia orders withdrawal from Kherson', dt.date(2022, 11, 11)),  # an order
    ],
)
def test_headline_grammar_thirtyeighth_twins(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Russia completed withdrawal from Kherson on Friday, the defence ministry said.", dt.date(2022, 11, 11), [("Kherson", "ua-forces", "ru-forces")]),
        ("Rebel fighters completed withdrawal from the old city of Homs on Friday.", dt.date(2014, 5, 9), [("Homs", None, "x-fighters-sy")]),
        ("Russia has not completed withdrawal from Kherson, Kyiv says.", dt.date(2022, 11, 11), []),
        ("The rebels are expected to complete withdrawal from Homs by Friday.", dt.date(2014, 5, 8), []),
    ],
)
def test_completed_withdrawal_thirtyeighth(extractor: Extractor, text: str, published: dt.date, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, published) == expected
