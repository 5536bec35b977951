"""Session 27, second round (helper heads28, issue 10): wire headlines. A headline's idioms reworded for the parser
(headline_idiom: "regained control on X", "confirms pull-out of X", "withdraws without a fight from X", "overtakes X",
the quote first "Have retaken X, say Z", "confirm entering X", "say they are in control of X") and areas that are no
town (area_name: "Eastern Ghouta falls", "seizes strategic <Province> town").

Read against the lead's spent holdout27a/heads and holdout27b/heads; own words, the grammar kept. Twins keep the same
words for denials, plans, intentions, negations, sport and business.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2016-10-20", "Iraqi army regained control on Hammam al-Alil from Islamic State", ("Hammam al-Alil", "iq-gov", "isis")),
        ("2016-06-26", "Iraqi forces regain full control on Fallujah", ("Fallujah", "iq-gov", "isis")),
        ("2022-11-11", "Russian military confirms pull-out of Kherson", ("Kherson", "ua-forces", "ru-forces")),
        ("2022-11-11", "Russian army announces pullout from Kherson", ("Kherson", "ua-forces", "ru-forces")),
        ("2016-06-01", "IS withdraws without a fight from Manbij", ("Manbij", None, "isis")),
        ("2016-06-01", "IS withdrew without a fight from Manbij", ("Manbij", None, "isis")),
        ("2015-05-21", "IS overtakes Palmyra, Syria", ("Palmyra", "isis", "sy-gov")),
        ("2021-11-28", "Have retaken Lalibela, say Ethiopian forces", ("Lalibela", "et-gov", "tplf")),
        ("2022-09-12", "Ukrainian army confirms entering Izium", ("Izium", "ua-forces", "ru-forces")),
        ("2025-02-16", "M23 rebels say they are in control of eastern city of Bukavu", ("Bukavu", "m23", "cd-gov")),
    ],
)
def test_headline_idiom(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2016-10-20", "Iraqi army vows to regain control on Hammam al-Alil"),  # an intention
        ("2016-10-20", "Iraqi army lost control on Hammam al-Alil"),  # the idiom's loss has no gainer told
        ("2022-11-11", "Russian military denies pull-out of Kherson"),  # a denial
        ("2022-11-11", "Russian military plans pull-out of Kherson"),  # a plan
        ("2016-06-01", "IS will not withdraw without a fight from Manbij"),  # a negated future
        ("2015-05-21", "Toyota overtakes Volkswagen as top carmaker"),  # business
        ("2015-05-21", "Palmyra overtakes Homs in football league"),  # sport
        ("2021-11-28", "Have not retaken Lalibela, say Ethiopian forces"),  # negated
        ("2021-11-28", "Have retaken the lead in polls, says Labour"),  # politics
        ("2022-09-12", "Ukrainian troops deny entering Izium"),  # a denial
        ("2022-09-12", "Ukrainian troops confirm entering talks in Izium"),  # talks
        ("2025-02-16", "M23 rebels say they are still in control of Bukavu"),  # a hold
        ("2025-02-16", "M23 rebels say they are not in control of Bukavu"),  # negated
    ],
)
def test_headline_idiom_twins(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2018-03-20", "Eastern Ghouta falls to Syrian army"),  # a region around Damascus, no town
        ("2018-03-20", "Syrian army takes full control of Eastern Ghouta"),
        ("2016-01-12", "Syrian army seizes strategic Latakia town with Russian air support"),  # a town in the province
        ("2015-04-25", "Rebels capture key Idlib town near Turkish border"),
        ("2021-07-05", "Taliban seize a Kunduz district"),
    ],
)
def test_area_is_no_town(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2015-01-26", "Nigerian army retakes Baga town from Boko Haram", ("Baga", "ng-gov", "boko-haram")),  # the town
        ("2016-01-12", "Syrian army seizes Latakia", ("Latakia", "sy-gov", "sy-opposition")),  # the city itself
        ("2021-08-08", "Taliban capture Kunduz city", ("Kunduz", "taliban", "af-gov")),
    ],
)
def test_area_twins_keep_the_town(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]
