"""Session 38 (helper probe38, issue 10): probes in our own words of the issue's named families.

A, a fall the taker announces or declares: "the Russian defence ministry announced the fall of X", "Russia announces
fall of X", "the SDF declared the fall of X" (`reactions.reacting_side`: "announce", "declare", "proclaim", "claim"
with "fall"; the prefilter's support words for the noun). B, a weak "took" of a named site written in lower case:
"took the X oil field", "took X hill", "took the X air base" (`frames`: a named site is as good as a name;
`lexicon.TAKEN_SITE_WORDS`). C, a headline's verbless "Kherson returning to Ukrainian control: Zelensky", in sentence
case, Title Case and capitals (`control._headline_returner`). D, an entry joined to "secured the city" or "declared
it under their control" (`entry_secured.py`). E, a town a deed hands a side: "the withdrawal hands Russia Lysychansk",
"the collapse of the army handed ISIS the city of Mosul" (`handed_place.py`; the issue's "handing Russia X"). F, a headline's flag over a landmark named after its town: "SDF
raises flag over Raqqa stadium" (`control._landmark_town`). Twins from the same words: a denial, background, prices, a fall
foreseen, measurements, sport, transport, a visit, attempts, purposes, hopes, modals, people returning, idioms, a site
secured without the town, negations, a protest's curfew, a setback, aid, an election, a refusal, a report, a fine, fans, protesters, a plan, a ceremony.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows


def _rows(extractor: Extractor, text: str, headline: bool, day: str) -> list[tuple[str, str | None, str | None]]:
    published = dt.date.fromisoformat(day)
    if headline:
        return sorted((p, g, lo) for p, g, lo, h in change_rows(extractor, "", published, text) if not h)
    return sorted((p, g, lo) for p, g, lo, h in change_rows(extractor, text, published) if not h)


@pytest.mark.parametrize(
    ("text", "headline", "day", "rows"),
    [
        ('Wagner announces fall of Bakhmut', True, '2023-05-20', [('Bakhmut', 'wagner', 'ua-forces')]),  # (never the speaker's loss)
        ('The Russian defence ministry announced the fall of Aleppo on Tuesday, saying the last rebel districts had been cleared.', False, '2016-12-13', [('Aleppo', 'ru-forces', 'sy-opposition')]),
        ("The SDF declared the fall of Baghouz on Saturday, ending the group's last hold on the Euphrates.", False, '2019-03-23', [('Baghouz', 'sdf', 'isis')]),
        ('Russia announces fall of Aleppo', True, '2016-12-13', [('Aleppo', 'ru-forces', 'sy-opposition')]),
        ('Russia Announces Fall Of Aleppo', True, '2016-12-13', [('Aleppo', 'ru-forces', 'sy-opposition')]),
        ('Wagner declared the fall of Bakhmut on Saturday after months of street fighting.', False, '2023-05-21', [('Bakhmut', 'wagner', 'ua-forces')]),
        ('The SDF took the Baath Dam near Tabqa on Wednesday after Islamic State fighters withdrew.', False, '2017-05-10', [('Baath Dam', 'sdf', 'isis')]),  # (read before too: kept as a regression case)
        ('Iraqi forces took the Bai Hassan oil field in Kirkuk province on Monday.', False, '2017-10-16', [('Bai Hassan Oil Field', 'iq-gov', 'peshmerga')]),
        ('The Houthis took the al-Anad air base on Wednesday, local officials said.', False, '2015-03-25', [('al-Anad Air Base', 'houthis', 'ye-gov')]),
        ('Iraqi forces took Tal Qasab hill east of Mosul, the army said.', False, '2016-10-20', [('Tal Qasab Hill', 'iq-gov', 'isis')]),
        ('Iraqi forces took the strategic hill of Tal Qasab east of Mosul.', False, '2016-10-20', [('Tal Qasab Hill', 'iq-gov', 'isis')]),
        ('Government forces took the Qayyarah air base from Islamic State.', False, '2016-08-30', [('Qayyarah Air Base', 'iq-gov', 'isis')]),  # (read before too: kept as a regression case)
        ('Kherson returning to Ukrainian control: Zelensky', True, '2022-11-11', [('Kherson', 'ua-forces', 'ru-forces')]),
        ('Kherson returning to Ukrainian control - Zelensky', True, '2022-11-11', [('Kherson', 'ua-forces', 'ru-forces')]),
        ('Kherson Returning To Ukrainian Control: Zelensky', True, '2022-11-11', [('Kherson', 'ua-forces', 'ru-forces')]),
        ('KHERSON RETURNING TO UKRAINIAN CONTROL - ZELENSKY', True, '2022-11-11', [('Kherson', 'ua-forces', 'ru-forces')]),
        ('Kherson returning to Ukrainian control', True, '2022-11-11', [('Kherson', 'ua-forces', 'ru-forces')]),
        ('French and Malian troops marched into Timbuktu and secured the city.', False, '2013-01-28', [('Timbuktu', 'ml-gov', None)]),
        ('M23 rebels rolled into Goma and declared the town under their control.', False, '2012-11-20', [('Goma', 'm23', 'cd-gov')]),
        ('French troops marched into Gao and secured it on Saturday.', False, '2013-01-26', [('Gao', 'fr-gov', None)]),
        ('Taliban fighters rolled into Kabul and secured the capital.', False, '2021-08-15', [('Kabul', 'taliban', 'af-gov')]),
        ('Federal troops marched into Mekelle and declared the city under government control.', False, '2020-11-28', [('Mekelle', 'et-gov', 'tplf')]),
        ('The withdrawal hands Russia Lysychansk, the last Ukrainian city in Luhansk.', False, '2022-07-03', [('Lysychansk', 'ru-forces', 'ua-forces')]),
        ('The retreat handed Ukraine Kherson on Friday.', False, '2022-11-11', [('Kherson', 'ua-forces', 'ru-forces')]),
        ('The collapse of the army handed ISIS the city of Mosul.', False, '2014-06-11', [('Mosul', 'isis', 'iq-gov')]),
        ('Withdrawal hands Russia Lysychansk', True, '2022-07-03', [('Lysychansk', 'ru-forces', 'ua-forces')]),
        ('Ukrainian retreat hands Russia Lysychansk', True, '2022-07-03', [('Lysychansk', 'ru-forces', 'ua-forces')]),
        ("The army's collapse handed ISIS Palmyra on Wednesday.", False, '2015-05-21', [('Palmyra', 'isis', 'sy-gov')]),
        ('SDF raises flag over Raqqa stadium', True, '2017-10-17', [('Raqqa', 'sdf', 'isis')]),
        ('Iraqi soldiers raise flag over Mosul mosque', True, '2017-07-10', [('Mosul', 'iq-gov', 'isis')]),
        ('Ukrainian troops raise flag over Kherson square', True, '2022-11-11', [('Kherson', 'ua-forces', 'ru-forces')]),
        ('SDF fighters raised their flag over Raqqa stadium', True, '2017-10-17', [('Raqqa', 'sdf', 'isis')]),
    ],
)
def test_family_read(extractor: Extractor, text: str, headline: bool, day: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    assert _rows(extractor, text, headline, day) == rows


@pytest.mark.parametrize(
    ("text", "headline", "day", "rows"),
    [
        ('Rebels denied the fall of eastern Aleppo on Tuesday.', False, '2016-12-13', []),
        ('The ministry announced the fall of Mosul in 2014 as the start of the war.', False, '2017-03-01', []),
        ('The stock exchange announced the fall of its index on Saturday.', False, '2019-03-23', []),
        ('Analysts announced that the fall of Mariupol was only a matter of time.', False, '2022-05-20', []),
        ('Russia says fall of Aleppo is near', True, '2016-12-10', []),
        ("The engineers took the dam's reservoir levels on Wednesday.", False, '2017-05-10', []),
        ('The team took the field in Mosul on Sunday.', False, '2016-10-20', []),
        ('Refugees took the airport bus to the capital.', False, '2021-08-14', []),
        ('The minister took questions at the Bai Hassan oil field.', False, '2017-10-16', []),
        ('Iraqi forces tried to take Tal Qasab hill east of Mosul.', False, '2016-10-18', []),
        ('Hopes of Kherson returning to Ukrainian control grow', True, '2022-11-10', []),
        ('Kherson could be returning to Ukrainian control soon', True, '2022-11-10', []),
        ('Refugees returning to Kherson after liberation', True, '2023-01-10', []),
        ('Kherson residents returning to normal life', True, '2023-01-10', []),
        ('Shares returning to investor control: Reuters', True, '2023-01-10', []),
        ('French troops marched into Timbuktu and tried to secure the city.', False, '2013-01-28', []),
        ('French troops marched into Timbuktu to secure the city.', False, '2013-01-28', []),
        ('French troops marched into Timbuktu and secured the airport.', False, '2013-01-28', []),
        ('French troops marched into Timbuktu and secured the release of hostages.', False, '2013-01-28', []),
        ('M23 rebels rolled into Goma but could not secure the town.', False, '2012-11-20', []),
        ('Protesters marched into Goma and declared the town under curfew.', False, '2012-11-20', []),
        ('The team marched into Goma and secured the title.', False, '2012-11-20', []),
        ('Iraqi troops took refuge at the base north of Fallujah.', False, '2016-06-25', []),
        ('The minister took the stage at the base in Fallujah.', False, '2016-06-25', []),
        ('The defeat handed Russia a setback in Bakhmut.', False, '2023-05-20', []),
        ('The United States handed Ukraine more weapons on Sunday.', False, '2022-07-03', []),
        ('The vote handed the opposition Istanbul.', False, '2019-06-24', []),
        ('A withdrawal could hand Russia Lysychansk.', False, '2022-07-03', []),
        ('Kyiv refuses to hand Russia Lysychansk.', False, '2022-07-03', []),
        ('Officials handed Zelensky a report on Sievierodonetsk.', False, '2022-06-01', []),
        ("The court handed Mariupol's mayor a fine.", False, '2022-06-01', []),
        ('Fans raise flag over Madrid stadium', True, '2017-10-17', []),
        ('Protesters raise flag over Raqqa stadium', True, '2017-10-17', []),
        ('Ukrainian troops to raise flag over Kherson square', True, '2022-11-11', []),
        ('Flag raised over Kyiv hall for Independence Day', True, '2022-08-24', []),
    ],
)
def test_twin_quiet(extractor: Extractor, text: str, headline: bool, day: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    assert _rows(extractor, text, headline, day) == rows
