"""Control told as a state reached, as news (session 35, helper state35, issue 10).

Wire copy, monitors and chronologies tell a change by the state it ends in: a hold made complete ("X was completely
under the control of the militants", "Z fully controlled X", "X was entirely in the hands of Z"; the present only with
"now", as before), a hold reached by a
day ("By 11 March, Z controlled X", "by Wednesday X was in the hands of Z") and a fall counted in a series with no
taker written ("X was the first city to fall in the offensive": the side the story names took it). A hold told as
lasting, described, denied, to come, or reached by a month or a year stays quiet. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _news(extractor: Extractor, text: str, published: dt.date) -> list[tuple[str, str | None]]:
    return [
        (e.place.name, e.gaining.id if e.gaining else None)
        for e in extractor.extract(make_article(text, published=published))
        if e.kind == "change" and not e.historical
    ]


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining"),
    [
        # a hold made complete
        ("Islamic State fighters attacked northern Iraq on Sunday. Tal Afar and its airport were completely under the "
         "control of the militants, a council member said.", dt.date(2014, 6, 16), "Tal Afar", "isis"),
        # (read before with its "now"; the completion adverb does not stop it)
        ("Islamic State fighters pushed into Anbar this week. Hit is now completely under the control of the Islamic State, "
         "residents said.", dt.date(2014, 10, 3), "Hit", "isis"),
        ("Iraqi troops drove the jihadists out of the last villages on Thursday. Tal Afar was entirely in the hands of Iraqi "
         "forces, the prime minister's office said.", dt.date(2017, 8, 31), "Tal Afar", "iq-gov"),
        ("Syrian troops pressed east of Aleppo this week. The army fully controlled Deir Hafer on Thursday.",
         dt.date(2017, 3, 24), "Deir Hafer", "sy-gov"),
        # (read before by its "after the rebels fled")
        ("Syrian troops pressed east of Aleppo this week. Government forces completely controlled Deir Hafer after the "
         "rebels fled.", dt.date(2017, 3, 24), "Deir Hafer", "sy-gov"),
        ("A commander briefed reporters after Ethiopian forces fully controlled Mekelle.", dt.date(2020, 11, 29), "Mekelle", "et-gov"),
        ("Syrian troops pressed east of Aleppo. The Syrian army has fully controlled the town of Deir Hafer.",
         dt.date(2017, 3, 24), "Deir Hafer", "sy-gov"),
        # a hold reached by a day
        ("By 11 March, Russian forces effectively controlled Volnovakha.", dt.date(2022, 3, 12), "Volnovakha", "ru-forces"),
        ("By Friday, Russian forces controlled Volnovakha.", dt.date(2022, 3, 12), "Volnovakha", "ru-forces"),
        ("By 11 March, Russian forces were in full control of Volnovakha.", dt.date(2022, 3, 12), "Volnovakha", "ru-forces"),
        ("By Wednesday, Tikrit was in the hands of the Islamic State.", dt.date(2014, 6, 12), "Tikrit", "isis"),
        ("By Friday, Russian forces had full control of Volnovakha.", dt.date(2022, 3, 12), "Volnovakha", "ru-forces"),
        ("By 11 March, Russian forces had control of Volnovakha.", dt.date(2022, 3, 12), "Volnovakha", "ru-forces"),
        # a fall counted in a series, the taker named before it
        ("Russian troops pressed their offensive in Luhansk. Kreminna was the first city to fall during the assault.",
         dt.date(2022, 4, 19), "Kreminna", "ru-forces"),
        ("Taliban fighters stormed the north on Monday. Kunduz became the first provincial capital to fall in fourteen years.",
         dt.date(2015, 9, 29), "Kunduz", "taliban"),
    ],
)
def test_a_reached_hold_is_news(extractor: Extractor, text: str, published: dt.date, place: str, gaining: str) -> None:
    assert (place, gaining) in _news(extractor, text, published)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a hold told as lasting or before the news
        ("Popasna remained fully under Ukrainian control despite the shelling.", dt.date(2022, 5, 10)),
        ("Popasna has been fully under Ukrainian control since 2014.", dt.date(2022, 5, 10)),
        ("Raqqa has long been completely under the control of the Islamic State.", dt.date(2015, 5, 10)),
        ("Gaza is still entirely in the hands of Hamas.", dt.date(2015, 5, 10)),
        ("The army fully controlled Aleppo for years before the war.", dt.date(2016, 5, 10)),
        ("Militants still fully control the northern town of Hawija as well as Qaim and Rawa.", dt.date(2017, 8, 27)),
        ("Parts of the city remained completely under Islamic State control, a general said.", dt.date(2015, 12, 28)),
        # the present describes a hold as often as it tells one reached
        ("Raqqa is completely in the hands of the Islamic State, which runs it as its capital.", dt.date(2016, 5, 10)),
        ("Donetsk is entirely in the hands of the separatists.", dt.date(2016, 5, 10)),
        ("Idlib is almost entirely under the control of Hayat Tahrir al-Sham.", dt.date(2019, 5, 10)),
        ("Residents say Mosul is completely under the control of the Islamic State.", dt.date(2016, 5, 10)),
        # a description of the place
        ("Idlib, which is completely under the control of the Nusra Front, was shelled overnight.", dt.date(2016, 5, 10)),
        ("Aleppo, fully controlled by the army, was calm on Tuesday.", dt.date(2016, 5, 10)),
        ("The fully controlled area around Aleppo was shelled.", dt.date(2016, 5, 10)),
        # negated, to come, or a share
        ("The army is not fully in control of Aleppo.", dt.date(2016, 5, 10)),
        ("The army does not fully control Aleppo, a monitor said.", dt.date(2016, 5, 10)),
        ("The rebels could be fully in control of Aleppo by Friday.", dt.date(2016, 5, 10)),
        ("The army will have fully controlled Aleppo by Friday.", dt.date(2016, 5, 10)),
        ("The Taliban fully control four percent of Afghanistan.", dt.date(2018, 5, 4)),
        # reached by a month or a year: who held it then
        ("By 2015, the Islamic State controlled Raqqa and much of Deir ez-Zor.", dt.date(2017, 10, 21)),
        ("By early 2015, the militants were in control of some parts of Deir ez-Zor.", dt.date(2017, 10, 21)),
        ("By March, the rebels controlled Idlib.", dt.date(2015, 5, 10)),
        ("By 2015, the militants had control of Raqqa.", dt.date(2016, 3, 12)),
        ("By Friday, the militants had control of the crisis talks.", dt.date(2016, 3, 12)),
        # civic and sport idioms
        ("The city's elected leaders will be in complete control of its finances.", dt.date(2017, 8, 1)),
        ("Aleppo fully controlled the ball against Homs in the second half.", dt.date(2016, 5, 10)),
        # a fall of another kind
        ("Taliban fighters attacked the north. Kunduz was the first city to fall silent after the attack.", dt.date(2016, 5, 10)),
        ("Taliban fighters attacked the north. Kabul was the latest city to fall behind on salaries.", dt.date(2016, 5, 10)),
        ("Taliban fighters attacked the north. Kabul was the latest city to fall on hard times.", dt.date(2016, 5, 10)),
        # a fall to come
        ("Kunduz could be the next city to fall.", dt.date(2016, 5, 10)),
        ("Ghazni may be the first provincial capital to fall this year.", dt.date(2016, 5, 10)),
    ],
)
def test_a_lasting_or_described_hold_is_no_news(extractor: Extractor, text: str, published: dt.date) -> None:
    assert _news(extractor, text, published) == []
