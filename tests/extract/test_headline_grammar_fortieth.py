"""Headline grammar (session 40, helper heads40, issue 10).

A side's control won, told in a headline with a rarer verb: "Syrian army restores control over X", "Taliban assume
control of X", "Army reasserts control over X", "Army reestablishes control over X", "Al-Shabaab secures control of X".
The small model reads the rarer present as a noun (or an adjective) and "control" as the headline's verb, or, for
"assumes", "reassert" and "reestablishes", the line never reached the parse (the prefilter knew other forms only), so no
frame was found. headline_grammar now knows these verbs, each only with "control" as its object, and reads "control
over X" as "control of X" (which also mends "Syrian army gains control over X"); lexicon's STRONG_FORMS and PARSE_SWAPS
hold the missing forms. A side's claim told in a headline's "as" or "after" clause ("Concerns high after RSF claims
control of X"): the small model reads "claims" as a compound of "control", with its own subject (or the side as a
compound too), and "Al-Shabaab claims control of X", "RSF claims seizure of X" read as one noun phrase (the side a
compound before "claims"); headline._claimed_control now reads both as the claim they are. Twins from the same words: order, calm, power
or prices restored; a coach, an owner or a junta assuming control of a club or a country; a party reasserting control
over a council; firms, clubs and police securing control; an attack or a victory claimed, a capture said to be near; an
intention, a failure, a question or a denial. Headlines written for these tests after the grammar of wire copy of
2012-2018 (Syria, Iraq, Mali, Libya, Somalia, Afghanistan) and of Sudan's war.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ('Syrian army restores control over Palmyra', dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', None, False)]),
        ('Libyan army restores control over Gharyan', dt.date(2019, 6, 27), [('Gharyan', 'ly-gna', 'lna', False)]),
        ('Syrian army restores control over Palmyra from IS', dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', 'isis', False)]),  # the loser after "from"
        ('Syrian army restores control over Palmyra, says ministry', dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', None, False)]),  # a source after a comma
        ('Syrian army restores full control over Palmyra after clashes', dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', None, False)]),  # (kept: read so on main too)
        ('Taliban assume control of Kunduz', dt.date(2015, 9, 29), [('Kunduz', 'taliban', 'af-gov', False)]),
        ('Taliban assumes control of Kunduz', dt.date(2015, 9, 29), [('Kunduz', 'taliban', 'af-gov', False)]),
        ('Iraqi forces assume full control of Kirkuk', dt.date(2017, 10, 16), [('Kirkuk', 'iq-gov', 'peshmerga', False)]),  # (kept: read so on main too)
        ('Army reasserts control over Kidal', dt.date(2013, 7, 5), [('Kidal', 'ml-gov', None, False)]),
        ('Malian army reasserts control over Kidal from rebels', dt.date(2013, 7, 5), [('Kidal', 'ml-gov', 'fla', False)]),
        ('Army reestablishes control over Kidal', dt.date(2013, 7, 5), [('Kidal', 'ml-gov', None, False)]),  # the closed spelling
        ('GNA forces wrest control of Gharyan from Haftar', dt.date(2019, 6, 27), [('Gharyan', 'ly-gna', 'lna', False)]),  # (kept: read so on main too)
        ('Libyan army gains control over Sirte', dt.date(2016, 12, 6), [('Sirte', 'ly-gna', 'isis', False)]),  # "control over" as "control of"
        ('Rebels gain control over Idlib city', dt.date(2015, 3, 28), [('Idlib', 'x-rebels-sy', None, False)]),  # (kept: read so on main too)
        ('Iraqi army regains control of Ramadi', dt.date(2015, 12, 28), [('Ramadi', 'iq-gov', 'isis', False)]),  # (kept: read so on main too)
        ('Syrian troops restore control over Palmyra', dt.date(2016, 3, 27), [('Palmyra', 'sy-gov', None, False)]),  # (kept)
        ('Malian troops reassert control over Kidal', dt.date(2013, 7, 5), [('Kidal', 'ml-gov', None, False)]),  # the plural present
        ('Al-Shabaab secures control of Baidoa', dt.date(2011, 2, 1), [('Baidoa', 'al-shabaab', 'so-gov', False)]),  # "secures" read as an adjective
        ('Al-Shabaab Secures Control of Baidoa', dt.date(2011, 2, 1), [('Baidoa', 'al-shabaab', 'so-gov', False)]),
        # a side's claim in a headline's "as" / "after" clause, its verb read as a compound of "control"
        ('Concerns for civilians high after RSF claims control of el-Fasher', dt.date(2024, 10, 27), [('el-Fasher', 'rsf', 'saf', False)]),
        ("Concerns for civilians high after RSF claims control of Sudan's el-Fasher", dt.date(2024, 10, 27), [('el-Fasher', 'rsf', 'saf', False)]),
        ('Battle intensifies as RSF claims control of el-Fasher', dt.date(2024, 10, 27), [('el-Fasher', 'rsf', 'saf', False)]),
        ('Aid groups alarmed after RSF claims control of el-Fasher', dt.date(2024, 10, 27), [('el-Fasher', 'rsf', 'saf', False)]),  # the side read as a compound too
        ('Fears grow as RSF claims full control of el-Fasher', dt.date(2024, 10, 27), [('el-Fasher', 'rsf', 'saf', False)]),  # (kept: read so on main too)
        ('Al-Shabaab claims control of Baidoa', dt.date(2018, 2, 1), [('Baidoa', 'al-shabaab', 'so-gov', False)]),  # the line read as one noun phrase
        ('Al-Shabaab Claims Capture of Baidoa', dt.date(2018, 2, 1), [('Baidoa', 'al-shabaab', 'so-gov', False)]),
        ('RSF claims seizure of el-Fasher', dt.date(2024, 10, 27), [('el-Fasher', 'rsf', 'saf', False)]),
        ('Thousands flee after M23 rebels claim control of Goma', dt.date(2025, 1, 27), [('Goma', 'm23', 'cd-gov', False)]),  # (kept: read so on main too)
    ],
)
def test_headline_grammar_fortieth(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected


@pytest.mark.parametrize(
    ("title", "published"),
    [
        ('Army restores order in Palmyra', dt.date(2016, 3, 27)),  # order, calm, power: never control
        ('Army restores calm in Kunduz after protests', dt.date(2016, 3, 27)),
        ('Government restores power to Aleppo', dt.date(2016, 3, 27)),
        ('Government restores control over prices', dt.date(2016, 3, 27)),
        ('Army vows to restore control over Palmyra', dt.date(2016, 3, 27)),  # an intention
        ('Army fails to restore control over Palmyra', dt.date(2016, 3, 27)),  # a failure
        ('Army has not restored control over Palmyra', dt.date(2016, 3, 27)),  # a denial
        ('Can the army restore control over Palmyra?', dt.date(2016, 3, 27)),  # a question
        ('New coach assumes control of Real Madrid', dt.date(2016, 3, 27)),  # sport
        ('New owner assumes control of Liverpool', dt.date(2016, 3, 27)),  # business
        ('Military assumes control of Niger after coup', dt.date(2023, 7, 27)),  # a coup: a country
        ('Vice president assumes control of Kabul government', dt.date(2016, 3, 27)),
        ('Police assume control of Kunduz investigation', dt.date(2016, 3, 27)),
        ('Beijing reasserts control over Hong Kong', dt.date(2016, 3, 27)),  # politics
        ('Party reasserts control over Kabul council', dt.date(2016, 3, 27)),
        ('Army reestablishes contact with Palmyra garrison', dt.date(2016, 3, 27)),
        ('Liverpool gains control over title race', dt.date(2016, 3, 27)),
        ('Taliban denies it assumed control of Kunduz', dt.date(2016, 3, 27)),
        ('Firm secures control of rival', dt.date(2016, 3, 27)),
        ('Arsenal secure control of top spot', dt.date(2016, 3, 27)),
        ('Police secure control of Kabul stadium', dt.date(2016, 3, 27)),
        ('Fears grow as RSF claims responsibility for attack on el-Fasher', dt.date(2024, 10, 27)),  # a deed claimed
        ('Fears grow as RSF claims victory in el-Fasher', dt.date(2024, 10, 27)),
        ('Concerns high as RSF claims control of el-Fasher is near', dt.date(2024, 10, 27)),  # not yet
        ('Fears grow after insurance claims control of market', dt.date(2024, 10, 27)),
        ('Al-Shabaab claims responsibility for Baidoa attack', dt.date(2018, 2, 1)),
        ('Al-Shabaab claims capture of soldiers in Baidoa', dt.date(2018, 2, 1)),  # people, not the town
        ('Al-Shabaab claims seizure of weapons in Baidoa', dt.date(2018, 2, 1)),
        ('Government denies Al-Shabaab claims control of Baidoa', dt.date(2018, 2, 1)),  # a denial
        ('Insurance Claims Control of Costs', dt.date(2018, 2, 1)),
        ('Customs Claims Seizure of Cocaine at Port of Mombasa', dt.date(2018, 2, 1)),
    ],
)
def test_headline_grammar_fortieth_twins(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_rows(extractor, title, published) == []
