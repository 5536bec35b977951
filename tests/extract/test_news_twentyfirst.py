"""Wire and newspaper excerpts (session 21, helper news21, issue 10): lists the next sentence names, participles and
handovers.

L1 (coreference.py): a counted plural taken ("Five more cities have fallen to the Taliban") stands for the seats of
the provinces the next sentence lists, though fewer ("They are the centres of A, B and C provinces": a province's seat
is named after it only where the gazetteer has a town of that name); a list opened by "They are" or by a side's name on
the plural ("The Taliban-controlled districts are: A in P, B in Q").
P1 (participle_list.py): "X, one of the recaptured villages, lies ...", "One of the towns retaken was X": the name is
one of the places the participle says were taken, by its agent or the side the text named before.
P2 (frames.py): "captured large parts of a strategic city. X had ...": a share of a town the next sentences name.
P3 (frames.py): "has seized a key Northern Malian city, Kidal": the name set off after the noun, never the demonym.
S1 (extractor.py): "The junta said it retook A. It said B was retaken from Karen groups": a side tells of what it took
back, the other side named.
H1 (frames.py): "entered the Lachin district, the last of three handed back by Armenia": going in where the other side
handed the place over is a capture, the side that handed it over its loser.
Each with twins of the same words: sieges, shelling, intentions, a handover still to come, background.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_partial
from .conftest import news_rows as _news

Row = tuple[str, str | None, str | None]

AUG21, JUN21, JAN23, OCT16, FEB21, APR19 = (dt.date(2021, 8, 13), dt.date(2021, 6, 22), dt.date(2023, 1, 30),
                                             dt.date(2016, 10, 30), dt.date(2021, 2, 24), dt.date(2019, 4, 10))
APR15, JUL24, NOV23, JUN22, APR24, FEB13 = (dt.date(2015, 4, 25), dt.date(2024, 7, 20), dt.date(2023, 11, 14),
                                            dt.date(2022, 6, 14), dt.date(2024, 4, 26), dt.date(2013, 2, 12))
DEC20, OCT23, DEC23 = dt.date(2020, 12, 1), dt.date(2023, 10, 31), dt.date(2023, 12, 22)

POSITIVE: list[tuple[str, dt.date, list[Row]]] = [
    # L1: the list the next sentence opens with, fewer names than counted, a province's seat by its name
    ("Five more Afghan cities, in part or in whole, have fallen to the Taliban since Friday. They are the centres of "
     "Ghazni, Herat, Kandahar and Helmand provinces, officials said.", AUG21,
     [("Ghazni", "taliban", "af-gov"), ("Herat", "taliban", "af-gov"), ("Kandahar", "taliban", "af-gov")]),
    ("Three more towns have fallen to the M23 rebels since Sunday. They are Rutshuru, Kiwanja and Bunagana, local "
     "sources said.", JAN23, [("Bunagana", "m23", "cd-gov"), ("Kiwanja", "m23", "cd-gov"), ("Rutshuru", "m23", "cd-gov")]),
    ("Three more districts fell to the Taliban on Monday. The Taliban-controlled districts are: Obe in Herat province, "
     "Arghandab in Zabul and Khakrez in Kandahar.", JUN21,
     [("Arghandab", "taliban", "af-gov"), ("Khakrez", "taliban", "af-gov"), ("Obe", "taliban", "af-gov")]),
    # P1: one of the places a participle says were taken
    ("The Hashed al-Shaabi said on Sunday it had retaken at least four villages southwest of Mosul. Imam Gharbi, one "
     "of the recaptured villages, lies 45 kilometres from Tal Afar.", OCT16, [("Imam Gharbi", "pmf", "isis")]),
    ("Troops of the Nigerian army recovered several communities overrun by Boko Haram in Borno State. One of the "
     "communities retaken during the operation was Marte, a military source said.", FEB21, [("Marte", "ng-gov", "boko-haram")]),
    ("Somali forces drove al-Shabaab out of several villages on Monday. Bulo Burte was one of the towns recaptured by "
     "the army, a local official said.", APR19, [("Bulo Burte", "so-gov", "al-shabaab")]),
    # P2: a share of a town the next sentence names
    ("Islamist fighters have captured large parts of a strategic city in Syria's northwest. Jisr al-Shughour had become "
     "the army's provincial base after Idlib city was lost last month.", APR15, [("Jisr al-Shughour", "x-fighters-sy", None)]),
    ("Russian forces have seized most of a small town in the Donetsk region, Ukrainian officials said. Krasnohorivka "
     "had about 16,000 residents before the war.", JUL24, [("Krasnohorivka", "ru-forces", "ua-forces")]),
    # P3: the name set off after a described town
    ("Backed by Wagner fighters, the Malian army has seized a key Northern Malian city, Kidal, which the rebels had "
     "held since 2012.", NOV23, [("Kidal", "ml-gov", "fla")]),
    ("Now that the peacekeepers have left their bases near Kidal, the Malian government, with the help of Wagner, has "
     "seized a key Northern Malian city, Kidal. Late on Tuesday the interim president claimed the army had seized the "
     "city.", NOV23, [("Kidal", "ml-gov", "fla")]),
    # S1: a side tells of what it took back
    ("The junta said it had pushed Karen armed groups out of several villages. It said Kawkareik was retaken from the "
     "Karen groups on Thursday.", APR24, [("Kawkareik", "mm-junta", "knla")]),  # "Karen armed groups" are the KNLA (sides21)
    ("The Malian army said it had pushed the rebels back in the north. It said Tessalit was recaptured from the rebels "
     "on Sunday.", FEB13, [("Tessalit", "ml-gov", "fla")]),
    # H1: going in where the other side handed the place over
    ("Azerbaijan said on Tuesday its forces had entered the Lachin district, the last of three handed back by Armenia "
     "under the ceasefire deal.", DEC20, [("Lachin", "az-forces", "am-forces")]),
    ("Malian troops entered Tessalit on Monday, a town handed over by the departing peacekeepers, the army said.", OCT23,
     [("Tessalit", "ml-gov", "fla")]),
    # R1: a relative clause on the place, whoever the parse hangs it on
    ("The RSF entered Wad Madani on Monday. Activists in Hasaheisa locality, which fell into the hands of the RSF on "
     "Wednesday, reported widespread looting.", DEC23, [("Hasaheisa", "rsf", "saf")]),
    # W1: the towns named in an area a side left
    ("The Israeli military said it has withdrawn its ground troops from the southern Gaza Strip, including Khan "
     "Younis.", dt.date(2024, 4, 8), [("Khan Younis", "hamas", "idf")]),
]

NEGATIVE: list[tuple[str, dt.date]] = [
    ("Three Afghan cities are under siege by the Taliban. They are the centres of Ghazni, Herat and Kandahar "
     "provinces, officials said.", AUG21),
    ("Three more Afghan cities could fall to the Taliban within days. They are the centres of Ghazni, Herat and "
     "Kandahar provinces, officials said.", AUG21),
    ("Three more villages have been shelled by the M23 rebels since Sunday. They are Rutshuru, Kiwanja and Bunagana, "
     "local sources said.", JAN23),
    ("Four more towns have fallen to the M23 rebels since Sunday. They are Kurdish and Arab villages, local sources "
     "said.", JAN23),
    # another number of names than counted, listed plainly: other places (only the seats of provinces may be fewer)
    ("Four more towns have fallen to the M23 rebels since Sunday. They are Rutshuru, Kiwanja and Bunagana, local "
     "sources said.", JAN23),
    ("The Hashed al-Shaabi said on Sunday it had shelled at least four villages southwest of Mosul. Imam Gharbi, one of "
     "the besieged villages, lies 45 kilometres from Tal Afar.", OCT16),
    ("Troops of the Nigerian army patrolled several communities in Borno State. One of the communities retaken in 2015 "
     "was Marte, a military source said.", FEB21),
    ("Somali forces attacked al-Shabaab in several villages on Monday. Bulo Burte was one of the towns the army hopes "
     "to retake, a local official said.", APR19),
    ("Islamist fighters have shelled large parts of a strategic city in Syria's northwest. Jisr al-Shughour had become "
     "the army's provincial base after Idlib city was lost last month.", APR15),
    ("Russian forces are trying to seize most of a small town in the Donetsk region, Ukrainian officials said. "
     "Krasnohorivka had about 16,000 residents before the war.", JUL24),
    ("Backed by Wagner fighters, the Malian army has besieged a key Northern Malian city, Kidal, which the rebels have "
     "held since 2012.", NOV23),
    ("The junta said it had lost a key town in Karen State. It said Kawkareik was attacked by Karen armed groups on "
     "Thursday.", APR24),
    ("The Malian army said it had pushed the rebels back in the north. It said Tessalit was recaptured from the rebels "
     "in 2009.", FEB13),
    ("Azerbaijan said on Tuesday its forces had entered the Lachin district, the last of three to be handed back by "
     "Armenia under the ceasefire deal.", DEC20),
    ("Azerbaijani troops entered the Lachin district on Tuesday, which Armenia will hand back under the ceasefire "
     "deal.", DEC20),
    ("The Israeli military said it would withdraw its ground troops from the southern Gaza Strip, including Khan "
     "Younis.", dt.date(2024, 4, 8)),
    ("Fighters in Raqqa in northern Syria, which fell to the Islamic State in 2014, fled east on Monday.", dt.date(2016, 1, 14)),
    # background told in passing in a story about something else
    ("The RSF, who took control of Wad Madani last week, attacked villages in Sennar state on Tuesday, residents said.", DEC23),
    ("Residents of Sennar fled on Tuesday as the RSF, which already seized Wad Madani, massed on the state border.", DEC23),
]


@pytest.mark.parametrize(("text", "day", "rows"), POSITIVE)
def test_news_twentyfirst_positive(extractor: Extractor, text: str, day: dt.date, rows: list[Row]) -> None:
    assert sorted(_news(extractor, text, day)) == sorted(rows)


@pytest.mark.parametrize(("text", "day"), NEGATIVE)
def test_news_twentyfirst_negative(extractor: Extractor, text: str, day: dt.date) -> None:
    assert _news(extractor, text, day) == []


def test_a_share_of_a_town_named_after_is_that_town_in_part(extractor: Extractor) -> None:
    text = ("Islamist fighters have captured large parts of a strategic city in Syria's northwest. Jisr al-Shughour had "
            "become the army's provincial base after Idlib city was lost last month.")
    assert news_partial(extractor, text, APR15) == {"Jisr al-Shughour": True}
