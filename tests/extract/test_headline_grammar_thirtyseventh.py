"""Headline grammar (session 37, helper heads37, issue 10).

A headline's bare present of control told as the news ("Iraqi army controls Ramadi, officials say", "Army controls the
town of X after clashes", "Z controls most of X": headline_control.bare_control, headline.CONTROL_HEADLINE); the other
side a withdrawal's "as Z advance" clause names ("Syrian troops withdraw from X as rebels advance": advancing_side);
a comma list of towns taken whose later name the parse hangs on the first ("Iraqi forces seize Tikrit, Baiji":
headline_list); a capture noun set in the headline's "amid / with / after" phrase with its armed group ("amid
Islamic State takeover of Palmyra", "Taliban continue offensive with capture of Kunduz": headline_circumstance).
Title Case variants of each. Twins from the same words: questions, holds that last or ended,
descriptions, prospects, vows, checkpoints, situations, civil holders, a museum, shelling, business, a country, a
source, a leader or a clause after the comma, a police seizure, an intention, sport. Headlines written for these tests
after the grammar of wire headlines of 2013-2017 (Iraq, Syria, Ukraine, Yemen, Mali).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ('Iraqi army controls Ramadi, officials say', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),  # a bare present of control
        ('Syrian army controls the town of Palmyra after clashes with IS', dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', 'isis', False)]),  # a bare present of control
        ('Poroshenko: Ukrainian army controls the city of Sloviansk', dt.date(2014, 7, 5), [('Sloviansk', 'ua-forces', 'ru-forces', False)]),  # a bare present of control, source before a colon
        ('Kurdish forces control Kobani, monitor says', dt.date(2015, 1, 26), [('Kobani', 'sdf', None, False)]),  # a bare present of control
        ('Islamic State controls most of Ramadi, officials say', dt.date(2015, 5, 15), [('Ramadi', 'isis', 'iq-gov', True)]),  # a bare present of control over a share
        ('Iraqi Army Controls Ramadi, Officials Say', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),  # a bare present of control, Title Case
        ('Malian Army Controls The Town Of Kidal', dt.date(2013, 2, 1), [('Kidal', 'ml-gov', None, False)]),  # a bare present of control, Title Case
        ('Syrian army withdraws from Idlib as rebels advance', dt.date(2015, 3, 28), [('Idlib', 'x-rebels-sy', 'sy-gov', False)]),  # a withdrawal as the other side advances
        ('Syrian Troops Withdraw From Jisr al-Shughur As Rebels Advance', dt.date(2015, 4, 25), [('Jisr al-Shughur', 'x-rebels-sy', 'sy-gov', False)]),  # a withdrawal as the other side advances, Title Case
        ('Syrian military withdraws from city of Idlib as rebels advance', dt.date(2015, 3, 28), [('Idlib', 'x-rebels-sy', 'sy-gov', False)]),  # a withdrawal as the other side advances
        ('Syrian troops withdraw from Palmyra as Russia advances peace plan', dt.date(2016, 3, 2), [('Palmyra', None, 'sy-gov', False)]),  # withdrawal twin
        ('Peshmerga withdraw from Sinjar as Iraqi troops move in', dt.date(2017, 10, 17), [('Sinjar', None, 'peshmerga', False)]),  # withdrawal twin
        ('Iraqi forces seize Tikrit, Baiji', dt.date(2015, 4, 1), [('Tikrit', 'iq-gov', 'isis', False), ('Baiji', 'iq-gov', 'isis', False)]),  # a comma list of towns taken
        ('Houthis take Sanaa, Amran', dt.date(2014, 9, 21), [('Sanaa', 'houthis', 'ye-gov', False), ('Amran', 'houthis', 'ye-gov', False)]),  # a comma list of towns taken
        ('Army recaptures Sloviansk, Kramatorsk', dt.date(2014, 7, 5), [('Sloviansk', 'ua-forces', 'ru-forces', False), ('Kramatorsk', 'ua-forces', 'ru-forces', False)]),  # a comma list of towns taken
        ('Ukrainian army retakes Sloviansk, Kramatorsk, Poroshenko says', dt.date(2014, 7, 5), [('Sloviansk', 'ua-forces', 'ru-forces', False), ('Kramatorsk', 'ua-forces', 'ru-forces', False)]),  # a comma list of towns taken, source after it
        ('Rebels capture Idlib, Jisr al-Shughur', dt.date(2015, 4, 25), [('Idlib', 'x-rebels-sy', None, False), ('Jisr al-Shughur', 'x-rebels-sy', None, False)]),  # a comma list of towns taken
        ('Iraqi Forces Seize Tikrit, Baiji', dt.date(2015, 4, 1), [('Tikrit', 'iq-gov', 'isis', False), ('Baiji', 'iq-gov', 'isis', False)]),  # a comma list of towns taken, Title Case
        ('Syrian army seizes Palmyra, Qaryatain as IS withdraws', dt.date(2016, 4, 3), [('Palmyra', 'sy-gov', 'isis', False), ('Qaryatain', 'sy-gov', 'isis', False)]),  # a comma list of towns taken
        ('French troops seize Gao, Mali', dt.date(2013, 1, 26), [('Gao', 'fr-gov', None, False)]),  # list twin: a country after the town
        ('Iraqi forces retake Tikrit, Baghdad says', dt.date(2015, 4, 1), [('Tikrit', 'iq-gov', 'isis', False)]),  # list twin: a source after the town
        ('Army retakes Palmyra, Russia hails gain', dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', None, False)]),  # list twin: a clause after the town
        ('Iraqi forces retake Tikrit, Abadi', dt.date(2015, 4, 1), [('Tikrit', 'iq-gov', 'isis', False)]),  # list twin: a leader after the town
        ("Army recaptures Palmyra, Syria's ancient city", dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', None, False)]),  # list twin: a description after the town
        ('Residents flee amid Islamic State takeover of Palmyra', dt.date(2015, 5, 21), [('Palmyra', 'isis', 'sy-gov', False)]),  # a capture noun after amid
        ('Aid groups warn amid Houthi takeover of Sanaa', dt.date(2014, 9, 22), [('Sanaa', 'houthis', 'ye-gov', False)]),  # a capture noun after amid
        ('Residents flee after Islamic State takeover of Palmyra', dt.date(2015, 5, 21), [('Palmyra', 'isis', 'sy-gov', False)]),  # a capture noun after after
        ('Taliban continue offensive with capture of Kunduz', dt.date(2015, 9, 28), [('Kunduz', 'taliban', 'af-gov', False)]),  # a capture noun after with, the clause's subject its side
        ('Taliban Continue Offensive With Capture Of Kunduz', dt.date(2015, 9, 28), [('Kunduz', 'taliban', 'af-gov', False)]),  # a capture noun after with, Title Case
        ("Rights groups warn amid Islamic State's Ramadi takeover", dt.date(2015, 5, 18), [('Ramadi', 'isis', 'iq-gov', False)]),  # a capture noun after amid, town before the noun
    ],
)
def test_headline_grammar_thirtyseventh(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ('Who controls Aleppo?', dt.date(2016, 3, 2)),  # a question
        ('Rebels still control Idlib', dt.date(2016, 3, 2)),  # a hold that lasts
        ('Rebels no longer control Homs, activists say', dt.date(2014, 5, 8)),  # a hold ended, no taker
        ('Islamic State controls Raqqa since 2014', dt.date(2016, 3, 2)),  # a hold since a year
        ('Islamists who control Raqqa ban music', dt.date(2014, 3, 2)),  # a description
        ('Rebels could control Aleppo within weeks, analysts say', dt.date(2016, 3, 2)),  # a prospect
        ('Rebels vow to control Aleppo by year end', dt.date(2016, 3, 2)),  # a vow
        ('Rebels control checkpoints around Aleppo', dt.date(2016, 3, 2)),  # checkpoints, no town taken
        ('How Islamic State controls Raqqa', dt.date(2015, 3, 2)),  # a feature
        ('Syrian army controls the situation in Aleppo', dt.date(2016, 3, 2)),  # a situation, no town taken
        ('City council controls Donetsk water supply', dt.date(2016, 3, 2)),  # a civil holder of a supply
        ('Police control crowds in Paris', dt.date(2016, 3, 2)),  # crowds
        ('Taliban control large parts of Helmand', dt.date(2016, 3, 2)),  # a province
        ('Army controls Cairo after coup', dt.date(2013, 7, 4)),  # a coup in the state's own capital
        ('The Islamic State controls Raqqa.', dt.date(2015, 3, 2)),  # a sentence read alone
        ('Syrian troops withdraw from Palmyra museum as fighting rages', dt.date(2015, 5, 20)),  # a museum, no town
        ('Syrian army shells Palmyra as Islamic State withdraws', dt.date(2016, 3, 2)),  # shelling
        ('Company withdraws from Mosul as rivals advance', dt.date(2016, 3, 2)),  # business
        ('Police seize drugs in Tikrit, Baiji', dt.date(2016, 3, 2)),  # a police seizure
        ('Iraqi forces shell Tikrit, Baiji', dt.date(2015, 3, 2)),  # shelling
        ('Iraqi forces prepare to retake Tikrit, Baiji', dt.date(2015, 3, 2)),  # an intention
        ('Barcelona beat Madrid, Valencia', dt.date(2016, 3, 2)),  # sport
        ('Residents flee amid fears of Islamic State takeover of Palmyra', dt.date(2015, 5, 20)),  # a fear
        ('Ten years after Islamic State takeover of Mosul', dt.date(2024, 6, 10)),  # an anniversary
        ('Police continue crackdown with capture of Guzman', dt.date(2016, 1, 9)),  # a man caught by police
        ('Boko Haram shocks world with capture of Chibok schoolgirls', dt.date(2014, 5, 2)),  # people abducted
        ('Protests amid Chinese takeover of Piraeus port', dt.date(2016, 4, 8)),  # a purchase
        ('Shares fall amid Shell takeover of BG', dt.date(2016, 2, 2)),  # business
        ('Army presses on with capture of Palmyra in sight', dt.date(2016, 3, 20)),  # a prospect
        ('Residents flee amid Islamic State attack on Palmyra', dt.date(2015, 5, 14)),  # an attack
    ],
)
def test_headline_grammar_thirtyseventh_twins(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []
