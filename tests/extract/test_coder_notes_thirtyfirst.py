"""Session 31 (helper notes31, issue 10): monitors' one-line coder notes that main missed (holdout30a notes).

N1 (titled_plural.py, place_list): "the Laithi and Buatni Districts": names listed before a capitalised plural place
noun (the small model reads the plural as a name, NNPS) are each a district, village or neighbourhood. Twins: shelled,
attempted, advanced toward, besieged, an election, a water network.
N2 (control_in.py, frames._control_place): "regained control in some parts of A and B districts", "took full control
in X district": a control taken "in" a named place rather than "of" it. Twins: a state ("remained in control in"),
"maintained", a coup, a year, a quarter of a game, a parliament, an attempt, a failure.
N3 (territory_in.py): "seize territory and missiles in Nihm district", "recaptured a large swathe of land in X
district", "regained control of areas in X district": unnamed land taken in a named district, the district in part. Twins: land seized by settlers, a region or a country ("in Kursk Oblast", "in northern Syria"),
weapons seized, an attempt, a failure.
N4 (relative_verb.py, frames.place_refs): "surrounded the towns of A and B, which they claimed to have fully captured by
the next day": a "which" that is the object of an infinitive under the relative verb stands for its antecedent.
Twins: expected, vowed, tried, needed, planned (a business deal).

Sentences written for these tests (names and details changed). On main, all 16 positives fail.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_partial, news_rows


# N1 (titled_plural.py)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2016-03-10",
            "The LNA claimed full control over the Sidi Faraj and Qawarsha Districts.",
            {("Sidi Faraj", "lna", None), ("Qawarsha", "lna", None)},
        ),
        (
            "2016-03-10",
            "The LNA seized the Laithi and Buatni Districts.",
            {("Laithi", "lna", None), ("Buatni", "lna", None)},
        ),
        (
            "2021-07-05",
            "The Taliban took control of the Shortepa and Kaldar Districts.",
            {("Shortepa", "taliban", "af-gov"), ("Kaldar", "taliban", "af-gov")},
        ),
        (
            "2016-03-10",
            "The LNA took control of the Sabri and Laithi Neighborhoods.",
            {("Sabri", "lna", None), ("Laithi", "lna", None)},
        ),
    ],
)
def test_n1_names_before_a_titled_plural_are_each_taken(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2016-02-26", "Clashes continued in the Laithi and Buatni Districts."),
        ("2016-02-26", "The LNA shelled the Laithi and Buatni Districts."),
        ("2016-02-26", "The LNA attempted to seize the Laithi and Buatni Districts."),
        ("2016-02-26", "The LNA advanced toward the Laithi and Buatni Districts."),
        ("2016-02-26", "The LNA besieged the Laithi and Buatni Districts."),
        ("2016-02-26", "The party won the Laithi and Buatni Districts in the election."),
        ("2016-02-26", "The company took control of the Laithi and Buatni Districts' water network."),
    ],
)
def test_n1_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# N2 (control_in.py)
@pytest.mark.parametrize(
    ("published", "text", "expected", "partial"),
    [
        (
            "2015-11-20",
            "The LNA regained control in some parts of the Sabri and Sidi Akribesh districts.",
            {("Sabri", "lna", None), ("Sidi Akribesh", "lna", None)},
            True,
        ),
        ("2016-03-10", "The LNA took control in parts of Qawarsha district.", {("Qawarsha", "lna", None)}, True),
        (
            "2019-05-12",
            "Afghan forces took full control in Kohistanat district on Sunday.",
            {("Kohistanat", "af-gov", "taliban")},
            False,
        ),
    ],
)
def test_n2_a_control_taken_in_a_named_place(
    extractor: Extractor, published: str, text: str, expected: set, partial: bool
) -> None:
    day = dt.date.fromisoformat(published)
    assert set(news_rows(extractor, text, day)) == expected
    assert set(news_partial(extractor, text, day).values()) == {partial}


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2016-02-26", "The army remained in control in Abu Atni district."),
        ("2016-02-26", "The LNA maintained control in Abu Atni district."),
        ("2016-02-26", "The LNA is in full control in Abu Atni district."),
        ("2021-02-01", "The generals seized control in a coup."),
        ("2021-02-01", "The military seized control in 2021."),
        ("2016-02-26", "The LNA attempted to take control in Abu Atni district."),
        ("2016-02-26", "The LNA failed to regain control in Abu Atni district."),
        ("2020-11-01", "Clemson took control in the fourth quarter."),
        ("1943-05-01", "The Allies gradually took control in the Battle of the Atlantic."),
        ("2018-11-07", "Democrats regained control in the House of Representatives."),
        ("2022-08-30", "Labour regained control in August 2022."),
        ("2016-02-26", "Republicans seized control in Wisconsin's state senate."),
    ],
)
def test_n2_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# N3 (territory_in.py)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2018-03-02",
            "Government forces seize territory and weapons in Sirwah district, Marib governorate.",
            {("Sirwah", "ye-gov", "houthis")},
        ),
        (
            "2018-03-02",
            "Houthi militants captured areas in Hays district, al Hudaydah governorate.",
            {("Hays", "houthis", "ye-gov")},
        ),
        (
            "2019-08-14",
            "The Taliban seized territory in Dand Patan district, Paktia province.",
            {("Dand Patan", "taliban", "af-gov")},
        ),
        (
            "2021-04-21",
            "Government forces recaptured a large swathe of land in Bayhan district, Shabwah governorate.",
            {("Bayhan", "ye-gov", "houthis")},
        ),
        (
            "2018-01-20",
            "Government forces seized swathes of territory in Nihm district, Sanaa governorate.",
            {("Nihm", "ye-gov", "houthis")},
        ),
        (
            "2018-01-20",
            "Government forces regained control of areas in Sirwah district, Marib governorate.",
            {("Sirwah", "ye-gov", "houthis")},
        ),
    ],
)
def test_n3_territory_taken_in_a_named_district_is_the_district_in_part(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    day = dt.date.fromisoformat(published)
    assert set(news_rows(extractor, text, day)) == expected
    assert set(news_partial(extractor, text, day).values()) == {True}


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2019-03-02", "Israeli settlers seized land in Burin village."),
        ("2019-03-02", "Israeli settlers seized a large swathe of land in Burin village."),
        ("2018-01-20", "The company bought a large swathe of land in Nihm district, Sanaa governorate."),
        ("2018-01-20", "Government forces shelled a large swathe of land in Bayhan district, Shabwah governorate."),
        ("2018-01-20", "Government forces remain in control of areas in Nihm district, Sanaa governorate."),
        ("2018-01-20", "Government forces attempted to take control of areas in Nihm district, Sanaa governorate."),
        ("2018-01-20", "The ministry took control of areas in Nihm district to distribute aid."),
        ("2024-08-06", "Ukrainian forces seized territory in Kursk Oblast."),
        ("2014-06-01", "Separatist forces seize territory in eastern Ukraine after heavy fighting."),
        ("2017-01-18", "Government forces seized territory in northern Syria."),
        ("2017-01-18", "Houthi forces seized weapons in Nihm district."),
        ("2017-01-18", "Houthi forces tried to seize territory in Nihm district."),
        ("2017-01-18", "Houthi forces failed to seize territory in Nihm district."),
    ],
)
def test_n3_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# N4 (relative_verb.py)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2022-06-24",
            "On 23 June, Russian forces cut off and surrounded the towns of Vrubivka and Pidlisne, which they claimed to have fully captured by the next day.",
            {("Vrubivka", "ru-forces", "ua-forces"), ("Pidlisne", "ru-forces", "ua-forces")},
        ),
        (
            "2022-06-24",
            "Russian forces besieged Toshkivka, which they claimed to have captured on 24 June.",
            {("Toshkivka", "ru-forces", "ua-forces")},
        ),
        (
            "2022-06-24",
            "Russian forces reached Toshkivka, which they managed to capture by the next day.",
            {("Toshkivka", "ru-forces", "ua-forces")},
        ),
    ],
)
def test_n4_a_relative_clause_infinitive_takes_its_antecedent(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2022-06-24", "Russian forces shelled Lysychansk, which they are expected to capture within days."),
        ("2022-06-24", "Russian forces shelled Lysychansk, which they vowed to capture by July."),
        ("2022-06-24", "Russian forces shelled Lysychansk, which they tried to capture last week."),
        ("2022-06-24", "Russian forces shelled Lysychansk, which they need to capture to advance."),
        ("2022-06-24", "The company bought the factory, which it plans to take over next year."),
    ],
)
def test_n4_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []
