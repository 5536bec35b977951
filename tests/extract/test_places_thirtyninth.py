"""Session 39 (helper places39, issue 10): places, sites and sides session 38 left open.

1. a town beside another country's border: "Ras al-Ain near the Turkish border" (no other country written) is Syria's,
   not a larger namesake in Israel (borderlands.py; "Kurdish ..." sides look in Syria and Iraq); a mediator's country
   ("a US-brokered deal") is not where the story's places lie.
2. a site "in <province>": "the al-Omar oil field in Deir ez-Zor province" taken by "US-backed fighters" is placed
   by the province (it was put in the United States).
3. the Islamic State in Libya: its names stand for it there ("Islamic State seizes Sirte"), its generic words do not
   ("Militants take airport outside Sirte"; "The Tripoli government's fighters").
4. "in Kurdish hands": the bare adjective names the SDF in Syria, the Peshmerga in Iraq, where the place says which.
5. a village of a country at war named with a township: "Nyaung Kone village in Kani township" stays in Myanmar (a
   Japanese city shares the township's name).
6. "The AA captured X, a village near Y": the small model reads "the AA-captured X" (an adjective); a participle with
   its own subject is a verb, news as with "The Arakan Army".
7. a deed noun with the town on it: "Russia's Kherson withdrawal", "Ukraine's Kherson recapture".
8. "Amhara forces": the federal army's ally until April 2023 (the state's side), the Fano insurgency after.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows, make_article, news_rows


def _placed(extractor: Extractor, text: str, day: str, title: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    events = extractor.extract(make_article(text, published=dt.date.fromisoformat(day), title=title))
    return sorted(
        (e.place.name, e.place.country_code, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in events if e.kind == "change" and not e.historical
    )


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # 1: Israel's Rosh HaAyin before
        ("Kurdish fighters withdrew from Ras al-Ain near the Turkish border on Sunday.", "2019-10-20", [("Ras al-Ain", "SY", "sna-syria", "sdf")]),
        ("Kurdish fighters withdrew from the border town of Ras al-Ain.", "2019-10-20", [("Ras al-Ain", "SY", "sna-syria", "sdf")]),
        # 1: no event before (the town read as a man: no country named, the border's neighbour says where)
        ("Kurdish fighters took Tal Abyad on the Turkish border from Islamic State militants on Monday.", "2015-06-16",
         [("Tal Abyad", "SY", "sdf", "isis")]),
        # 1: the United States before (no event: the town put in a country at peace)
        ("Kurdish forces pulled out of Ras al-Ain near the Turkish border on Sunday under a US-brokered deal.", "2019-10-20",
         [("Ras al-Ain", "SY", "sna-syria", "sdf")]),
        # 2: the United States before
        ("US-backed fighters seized the al-Omar oil field in Deir ez-Zor province on Sunday.", "2017-10-22",
         [("al-Omar Oil Field", "SY", "sdf", "isis")]),
        # 2: the side's home at peace before (a foreign army's war site)
        ("French troops took control of Timbuktu airport.", "2013-01-28", [("Timbuktu Airport", "ML", "fr-gov", None)]),
        ("French forces seized Gao airport.", "2013-01-26", [("Gao airport", "ML", "fr-gov", None)]),
        ("Saudi-led forces seized Aden airport.", "2015-07-16", [("Aden Airport", "YE", "ye-gov", "houthis")]),
        # 5: Japan before
        ("The Arakan Army captured Nyaung Kone village in Kani township on Sunday.", "2023-03-20",
         [("Nyaung Kone", "MM", "arakan-army", "mm-junta")]),
        ("Resistance fighters captured Nyaung Kone village in Kani township on Sunday.", "2023-03-20",
         [("Nyaung Kone", "MM", "pdf", "mm-junta")]),
        # kept as before
        ("Turkish-backed rebels captured Ras al-Ain near the Turkish border on Sunday.", "2019-10-20",
         [("Ras al-Ain", "SY", "sna-syria", "sdf")]),
        ("Kurdish fighters recaptured Sinjar from Islamic State militants.", "2015-11-13", [("Sinjar", "IQ", "peshmerga", "isis")]),
        ("Kurdish fighters pushed Islamic State out of Kobani near the Turkish border.", "2015-01-26", [("Kobani", "SY", "sdf", "isis")]),
        ("Militants seized al-Qaim near the Syrian border.", "2014-06-25", [("al-Qaim", "IQ", "isis", "iq-gov")]),
        ("The SDF captured the al-Omar oil field in Deir ez-Zor province on Sunday.", "2017-10-22",
         [("al-Omar Oil Field", "SY", "sdf", "isis")]),
        ("Saudi-backed forces seized the Safer oil field in Marib province.", "2015-09-20", [("Safer Oil Field", "YE", "ye-gov", "houthis")]),
        ("The Arakan Army captured Nyaung Kone village on Sunday.", "2023-03-20", [("Nyaung Kone", "MM", "arakan-army", "mm-junta")]),
        ("US-backed fighters took the Conoco gas field in Deir al-Zor province.", "2017-10-22", [("Conoco Gas Field", "SY", "sdf", "isis")]),
        ("Kenyan troops captured Kismayo airport.", "2012-09-29", [("Kismayo Airport", "SO", "ke-gov", "al-shabaab")]),
        ("Russian troops seized Hostomel airport.", "2022-02-24", [("Hostomel airport", "UA", "ru-forces", "ua-forces")]),
    ],
)
def test_places_lie_in_the_war_country(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert _placed(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # 3: kept (its names with a force word were read; the headline's bare name below was not)
        ("Islamic State militants seized the Libyan city of Sirte on Tuesday.", "2015-06-10", [("Sirte", "isis", None)]),
        ("ISIS captured the Libyan town of Nawfaliya.", "2015-02-20", [("Nawfaliya", "isis", None)]),
        ("The Islamic State group seized Harawa, east of Sirte.", "2015-02-20", [("Harawa", "isis", None)]),
        ("Militants seized the town of Harawa near Sirte.", "2016-06-10", [("Harawa", "x-militants-ly", None)]),
        ("The Tripoli government's fighters took back the town of Gharyan on Wednesday, a spokesman said.", "2019-06-27",
         [("Gharyan", "ly-gna", "lna")]),
        ("The fighters seized Sirte from the Islamic State on Tuesday.", "2016-12-06", [("Sirte", "ly-gna", "isis")]),
        ("Forces loyal to the Tripoli government recaptured Sirte from Islamic State militants.", "2016-12-06", [("Sirte", "ly-gna", "isis")]),
        ("Militants seized Mosul on Tuesday.", "2014-06-10", [("Mosul", "isis", "iq-gov")]),
        # 4: no side before
        ("Kobani is back in Kurdish hands after a four-month battle, activists said.", "2015-01-26", [("Kobani", "sdf", None)]),
        ("The town of Kobani is now under Kurdish control, a monitor said on Monday.", "2015-01-26", [("Kobani", "sdf", None)]),
        ("Kirkuk fell into Kurdish hands on Thursday as Iraqi troops fled.", "2014-06-13", [("Kirkuk", "peshmerga", "iq-gov")]),
        # 6: background before
        ("The AA captured Shwe Pyi, a village near Kyauktaw.", "2025-03-20", [("Shwe Pyi", "arakan-army", "mm-junta")]),
        ("The AA captured Shwe Pyi, a village near Ann.", "2025-03-20", [("Shwe Pyi", "arakan-army", "mm-junta")]),
        # 6: the town read as the side before ("AA" the place of a passive)
        ("The AA captured Shwe Pyi, a village near Kyauktaw, on Friday, residents said.", "2025-03-21", [("Shwe Pyi", "arakan-army", "mm-junta")]),
        # 6: kept
        ("The Arakan Army captured Shwe Pyi, a village near Kyauktaw.", "2025-03-20", [("Shwe Pyi", "arakan-army", "mm-junta")]),
        ("The TNLA captured Nam Tu, a town in Shan State.", "2025-03-20", [("Nam Tu", "tnla", "mm-junta")]),
        # 7: nothing before
        ("Russia's Kherson withdrawal was a major blow to the Kremlin.", "2022-11-12", [("Kherson", "ua-forces", "ru-forces")]),
        ("Ukraine's Kherson recapture was celebrated in Kyiv.", "2022-11-12", [("Kherson", "ua-forces", "ru-forces")]),
        ("Iraq's Mosul recapture ended three years of Islamic State rule.", "2017-07-12", [("Mosul", "iq-gov", "isis")]),
        # 7: kept
        ("Russia's withdrawal from Kherson was a major blow to the Kremlin.", "2022-11-12", [("Kherson", "ua-forces", "ru-forces")]),
        # 8: the federal army before
        ("Amhara forces captured Lalibela from federal troops.", "2023-08-12", [("Lalibela", "fano", "et-gov")]),
        ("Amhara forces took control of Merawi on Sunday.", "2024-03-12", [("Merawi", "fano", "et-gov")]),
        # 8: kept (the state's ally in the Tigray war; the loser a war's foe)
        ("Federal troops recaptured Debre Tabor from Amhara forces.", "2024-03-12", [("Debre Tabor", "et-gov", "fano")]),
        ("Amhara forces captured Humera from the TPLF.", "2021-11-12", [("Humera", "et-gov", "tplf")]),
        ("Amhara special forces recaptured Alamata from Tigrayan forces.", "2021-07-12", [("Alamata", "et-gov", "tplf")]),
    ],
)
def test_sides_by_country_and_date(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    assert sorted(news_rows(extractor, text, dt.date.fromisoformat(day))) == rows


@pytest.mark.parametrize(
    ("title", "day", "rows"),
    [
        ("Islamic State seizes Sirte", "2015-02-20", [("Sirte", "isis", None, False)]),  # nothing before
        ("Kobani back in Kurdish hands", "2015-01-26", [("Kobani", "sdf", None, False)]),  # no side before
        ("Tal Abyad back in Kurdish hands", "2015-10-20", [("Tal Abyad", "sdf", "isis", False)]),  # no place before
        ("Sinjar back in Kurdish hands", "2015-11-13", [("Sinjar", "peshmerga", "isis", False)]),  # no side before
        ("Russia's Kherson withdrawal", "2022-11-12", [("Kherson", "ua-forces", "ru-forces", False)]),  # nothing before
        ("Islamic State driven out of Sirte", "2016-08-10", [("Sirte", "ly-gna", "isis", False)]),  # no event before
        ("Militants take airport outside Sirte", "2015-05-29", [("Sirte Airport", "x-militants-ly", None, False)]),  # kept
        ("Sudan's RSF captures Wad Madani as thousands flee", "2023-12-19", [("Wad Madani", "rsf", "saf", False)]),  # kept
    ],
)
def test_headlines(extractor: Extractor, title: str, day: str, rows: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, dt.date.fromisoformat(day)) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rebels vowed to capture Ras al-Ain near the Turkish border.", "2019-10-20"),
        ("Turkish shelling hit Ras al-Ain near the border on Sunday.", "2019-10-20"),
        ("Refugees fled to Ras al-Ain near the Turkish border.", "2016-01-20"),
        ("US-backed fighters vowed to take the Conoco gas field in Deir al-Zor province.", "2017-10-22"),
        ("US-backed fighters attacked the Conoco gas field in Deir al-Zor province.", "2017-10-22"),
        ("Islamic State militants attacked Sirte on Tuesday.", "2016-06-10"),
        ("Islamic State vowed to take Misrata.", "2016-06-10"),
        ("Kobani has been in Kurdish hands since 2012.", "2015-01-26"),
        ("Kurdish officials said they want Manbij back in Kurdish hands.", "2016-01-26"),
        ("Diyarbakir has long been in Kurdish hands, locals joke.", "2016-01-26"),
        ("Troops advanced near the captured village of Shwe Pyi.", "2025-03-20"),
        ("The AA attacked troops near the captured town of Shwe Pyi.", "2025-03-20"),
        ("The AA attacked Kyauk Taw, a village near Paletwa.", "2024-01-20"),
        ("Russia's Kherson offensive failed.", "2022-11-12"),
        ("Russia's Kherson governor fled.", "2022-11-12"),
        ("Russia's Kherson withdrawal may come soon, officials said.", "2022-11-12"),
        ("A Kherson withdrawal would be a major blow to the Kremlin.", "2022-11-12"),
        ("Russia's Kherson withdrawal plan was leaked.", "2022-11-12"),
        ("Ukraine's Kherson recapture plan was leaked.", "2022-11-12"),
        ("Mosul's football team won the cup.", "2015-06-12"),
        ("Police took Tal Abyad to the Turkish border on Monday.", "2015-06-16"),
    ],
)
def test_twins_stay_quiet(extractor: Extractor, text: str, day: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(day)) == []
