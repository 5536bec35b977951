"""Headline grammar (session 39, helper heads39, issue 10).

"Pullout" is a withdrawal's noun as wires write it ("Rebels complete pullout from X", "Militants complete pull-out from
X", "... completed their pullout from X"): lexicon.NOUN_CLASSES and STRONG_FORMS now hold it beside "withdrawal", so
the readers that already knew the noun (completed_withdrawal, handover, advancing_side) are reached at all. A town named
before a side's hold with "of" after it ("Kidal stronghold of Tuareg rebels", "Mosul stronghold of the jihadists"): the
"of" names whose hold it was, not a place (frames.place_refs), as "Kidal stronghold" and "stronghold of Islamic State"
were already read. A completed withdrawal with its source after a comma ("Syrian rebels complete pullout from X,
governor says": the small model reads "complete" an adjective under "says"; completed_withdrawal). A feature's section
label ("Opinion:", "Book review:", "Podcast:", "Analysis:") before a capture told with no side ("The fall of X",
"X retaken") is the piece's subject, not a report (feature_label; the label is blanked before the parse, so the
nominal reader's own "review" and "opinion" words never saw it). A political party is no armed side, even where its
leader's name is an army's ("Erdogan's party takes Istanbul"; context.resolve_actor, and the extractor's reading of a
possessed unit as its owner's army): an election. A town named after its side's name before a hold noun ("Islamic
State Ramadi stronghold", read "State Ramadi"; "ISIS Raqqa stronghold"): the town is what follows the side's alias,
when only that is a town the gazetteer knows (context._side_owned_name). Twins from the same words: a pullout planned, ordered, begun, denied or from a deal, a country, a
market; a newspaper's pullout; a stronghold shelled, besieged, raided, approached or vowed; elections and sport.
Headlines and sentences written for these tests after the grammar of wire copy of 2012-2017 (Syria, Lebanon, Iraq,
DR Congo, Mali) and of the Ukraine war.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows, news_rows


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ('Rebels complete pullout from Homs', dt.date(2014, 5, 9), [('Homs', None, 'x-rebels-sy', False)]),  # pullout told complete
        ('Russia completes pullout from Kherson', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # a state's pullout
        ('Russian Troops Complete Pullout From Kherson', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # Title Case
        ('M23 rebels complete pullout from Goma', dt.date(2012, 12, 1), [('Goma', 'cd-gov', 'm23', False)]),  # a named group
        ('Islamic State completes pullout from Rutba, mayor says', dt.date(2016, 3, 14), [('Rutba', None, 'isis', False)]),  # with a source
        ('Militants complete pullout from Arsal', dt.date(2014, 8, 7), [('Arsal', None, 'x-militants-lb', False)]),  # a common noun
        ('Militants complete pull-out from Arsal', dt.date(2014, 8, 7), [('Arsal', None, 'x-militants-lb', False)]),  # hyphenated
        ('Army recaptures Kidal stronghold of Tuareg rebels', dt.date(2023, 11, 14), [('Kidal', 'ml-gov', 'fla', False)]),  # a side's hold named by its town
        ('Malian troops seize Kidal stronghold of separatists', dt.date(2023, 11, 14), [('Kidal', 'ml-gov', 'fla', False)]),
        ('Malian Army Recaptures Kidal Stronghold Of Tuareg Rebels', dt.date(2023, 11, 14), [('Kidal', 'ml-gov', 'fla', False)]),  # Title Case
        ('Iraqi forces retake Mosul stronghold of the jihadists', dt.date(2017, 7, 1), [('Mosul', 'iq-gov', 'isis', False)]),
        ('Iraqi forces retake Tal Afar stronghold of militants', dt.date(2017, 8, 31), [('Tal Afar', 'iq-gov', 'isis', False)]),
        ('Kurdish-led forces seize Manbij stronghold of jihadists', dt.date(2016, 8, 12), [('Manbij', 'sdf', 'isis', False)]),
        ('Iraqi forces retake Mosul stronghold of Islamic State', dt.date(2017, 7, 1), [('Mosul', 'iq-gov', 'isis', False)]),  # (kept: read so on main too)
        ('Iraqi forces retake Islamic State Ramadi stronghold', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),  # the side's name before the town
        ('Iraqi forces retake ISIS Ramadi stronghold', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),
        ('Kurds retake Islamic State Sinjar stronghold', dt.date(2015, 11, 13), [('Sinjar', 'peshmerga', 'isis', False)]),
        ('SDF takes Islamic State Raqqa stronghold', dt.date(2017, 10, 17), [('Raqqa', 'sdf', 'isis', False)]),
        ('Islamic State Ramadi stronghold falls to Iraqi forces', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),
        ('Russia completes withdrawal from Kherson', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # (kept: read so on main too)
        ('Syrian rebels complete pullout from Zabadani, governor says', dt.date(2017, 4, 14), [('Zabadani', None, 'x-rebels-sy', False)]),  # a source after the comma
        ('Russian forces complete withdrawal from Kherson, Kyiv says', dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # a source after the comma
        ('The fall of Aleppo', dt.date(2016, 12, 22), [('Aleppo', None, None, False)]),  # (kept: no label, read so on main too)
        ('Palmyra retaken', dt.date(2016, 3, 27), [('Palmyra', None, None, False)]),  # (kept: no label)
        ('Analysis: Syrian army retakes Palmyra from IS', dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', 'isis', False)]),  # (kept: a label, but the sides named)
        ('Syria: The fall of Aleppo', dt.date(2016, 12, 22), [('Aleppo', None, None, False)]),  # (kept: a country's label)
        ('Islamic State raiding party seizes Mosul', dt.date(2014, 6, 10), [('Mosul', 'isis', 'iq-gov', False)]),  # (kept: an armed party)
        ("Putin's army loses Kherson", dt.date(2022, 11, 11), [('Kherson', 'ua-forces', 'ru-forces', False)]),  # (kept: a leader's army)
    ],
)
def test_headline_grammar_thirtyninth(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ('Russia plans pullout from Kherson', dt.date(2022, 11, 9)),  # a plan
        ('Russia denies pullout from Kherson', dt.date(2022, 11, 9)),  # a denial
        ('Russia orders pullout from Kherson', dt.date(2022, 11, 9)),  # an order
        ('Militants begin pullout from Arsal', dt.date(2014, 8, 7)),  # begun, not done
        ('Pullout from Kherson would be a blow, analysts say', dt.date(2022, 11, 9)),  # a prospect
        ('US completes pullout from Afghanistan', dt.date(2021, 8, 30)),  # a country left
        ('US announces pullout from Iran nuclear deal', dt.date(2018, 5, 8)),  # a deal
        ('US completes pullout from Paris climate accord', dt.date(2017, 6, 1)),  # an accord
        ('Ford completes pullout from Russian car market', dt.date(2019, 3, 2)),  # business
        ('Newspaper to launch weekend pullout', dt.date(2019, 1, 10)),  # a newspaper's pullout
        ('Kherson celebrates Russian pullout', dt.date(2022, 11, 11)),  # a celebration, no place left named by the grammar
        ('Iraqi forces surround Tikrit stronghold of militants', dt.date(2015, 3, 31)),  # a siege
        ('Iraqi forces attack Tikrit stronghold of Islamic State', dt.date(2015, 3, 31)),  # an attack
        ('Iraqi forces push into Tikrit stronghold of militants', dt.date(2015, 3, 31)),  # an advance into it
        ('Syrian army shells Salma stronghold of rebels', dt.date(2016, 1, 12)),  # shelling
        ('Syrian army raids Salma stronghold of rebels', dt.date(2016, 1, 12)),  # a raid
        ('Syrian army vows to take Salma stronghold of rebels', dt.date(2016, 1, 12)),  # a vow
        ('Syrian army pushes toward Salma stronghold of rebels', dt.date(2016, 1, 12)),  # an approach
        ('Iraqi jets pound Islamic State Ramadi stronghold', dt.date(2015, 12, 20)),  # air strikes
        ('Iraqi forces close in on ISIS Ramadi stronghold', dt.date(2015, 12, 20)),  # an approach
        ('Labour takes Glasgow stronghold of SNP', dt.date(2017, 6, 9)),  # an election
        ('Bayern take Munich stronghold of rivals', dt.date(2016, 2, 1)),  # sport
        ('Book review: The fall of Aleppo', dt.date(2017, 6, 1)),  # a feature's label before a capture noun with no side
        ('Opinion: The fall of Aleppo', dt.date(2016, 12, 22)),
        ('Podcast: Liberation of Mosul', dt.date(2017, 7, 10)),
        ('Film review: Liberation of Mosul', dt.date(2017, 7, 10)),
        ('Analysis: The fall of Aleppo', dt.date(2016, 12, 22)),
        ('Opinion: Palmyra retaken', dt.date(2016, 3, 27)),  # a feature's label before a bare participle
        ("Erdogan's party loses Istanbul", dt.date(2019, 4, 1)),  # an election: a party, never its leader's army
        ("Erdogan's party wins back Istanbul", dt.date(2019, 6, 24)),
        ("Erdogan's party takes Istanbul", dt.date(2019, 6, 24)),
        ('Ruling party retakes Ankara in landslide', dt.date(2019, 4, 1)),
    ],
)
def test_headline_grammar_thirtyninth_twins(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ('The militants completed their pullout from Arsal on Thursday, the army said.', dt.date(2014, 8, 8), [('Arsal', None, 'x-militants-lb')]),
        ('The Lebanese army said the militants completed a pullout from Arsal on Thursday.', dt.date(2014, 8, 8), [('Arsal', None, 'x-militants-lb')]),
        ('Syrian troops captured the Salma stronghold of the rebels on Tuesday, state media said.', dt.date(2016, 1, 12), [('Salma', 'sy-gov', None)]),
        ('The militants began a pullout from Arsal on Thursday.', dt.date(2014, 8, 8), []),  # begun
        ('The militants agreed to a pullout from Arsal.', dt.date(2014, 8, 8), []),  # agreed
        ('The United States completed its pullout from the accord on Tuesday.', dt.date(2018, 5, 8), []),  # an accord
        ('The ruling party lost Istanbul in the local election.', dt.date(2019, 4, 1), []),  # an election
        ('A raiding party of Islamic State fighters seized Tal Abyad on Tuesday.', dt.date(2015, 6, 16), [('Tal Abyad', 'isis', None)]),  # (kept)
    ],
)
def test_headline_grammar_thirtyninth_sentences(extractor: Extractor, text: str, published: dt.date, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, published) == expected
