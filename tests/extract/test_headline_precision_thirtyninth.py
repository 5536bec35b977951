"""Headline precision at scale (session 39, helper bulk39, issue 10).

5,040 real business and economy headlines of 2017-2018 run as title-only articles gave one event, a false alert: a
government "taking over" a troubled company whose name is also a town's. Wire headlines tell a state's expropriation
(a nationalisation) in the grammar of a capture: a state side, "seizes" / "takes over" / "takes control of", and a firm
named after a company noun ("insurance giant X", "oil company X", "steelmaker X") or a works site named by its owner
("the X plant", "X factory"), in the state's own country. expropriation.expropriation drops such a candidate in a
headline: no armed side takes ground, the state already holds the town. Twins that must keep firing: an army or forces
taking a plant, a refinery retaken, a state taking a town with no company word, a state taking a plant abroad, an oil
port or an oil town taken. Headlines written for these tests after the grammar of wire headlines of 2012-2018.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_rows

D = dt.date(2016, 8, 9)


@pytest.mark.parametrize(
    "title",
    [
        "Venezuela takes over Heinz factory in Maracay",  # a works site named by its owner, own state
        "Venezuela seizes Goodyear tyre plant",  # a works site named by its owner
        "Venezuela seizes Pepsi plant in Valencia",  # a works site, its town named
        "China seizes insurer Ningbo",  # a company noun before a name that is also a town's
        "China takes over lender Jinzhou",  # a company noun before a name that is also a town's
        "Argentina seizes energy company Neuquen",  # "energy company X"
        "Iraq seizes oil company Kirkuk",  # "oil company X" in a country at war
        "Russia seizes steelmaker Magnitogorsk",  # "steelmaker X"
        "Ukraine takes over bank Privat in Dnipro",  # "bank X" in a country at war
        "Beijing takes over insurance giant Anbang",  # "insurance giant X", a capital for the state (no event on main either)
        "Egypt takes control of cement maker Tura",  # a company noun before a name read as a town abroad
        "Government takes control of troubled lender Jinzhou Bank",  # a company word ending the name (no event on main either)
    ],
)
def test_expropriation_is_no_change(extractor: Extractor, title: str) -> None:
    assert headline_rows(extractor, title, D) == []


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("Iraqi government forces retake Baiji refinery", dt.date(2015, 10, 20), [("Baiji Refinery", "iq-gov", "isis", False)]),  # forces, a retaking
        ("Syrian army seizes Lafarge cement plant", dt.date(2014, 6, 29), [("Lafarge cement plant", "sy-gov", None, False)]),  # an army takes a works site
        ("Ethiopia takes control of Mekelle", dt.date(2020, 11, 28), [("Mekelle", "et-gov", "tplf", False)]),  # a state, no company word
        ("Russia seizes Zaporizhzhia nuclear power plant", dt.date(2022, 3, 4), [("Zaporizhzhia nuclear power plant", "ru-forces", "ua-forces", False)]),  # a plant abroad
        ("Libyan government seizes oil port Ras Lanuf", dt.date(2016, 9, 12), [("Ras Lanuf", "ly-gna", None, False)]),  # an oil port, no company word
        ("Islamic State seizes oil town Baiji", dt.date(2014, 6, 18), [("Baiji", "isis", "iq-gov", False)]),  # an oil town
        ("Government forces take control of oil city Brega", dt.date(2011, 8, 20), [("Brega", "ly-gna", None, False)]),  # forces, an oil city
        ("Iraqi government takes full control of Fallujah", dt.date(2016, 6, 26), [("Fallujah", "iq-gov", "isis", False)]),  # a state, a town
        ("Syrian government takes control of trade hub Aleppo", dt.date(2016, 12, 22), [("Aleppo", "sy-gov", "sy-opposition", False)]),  # a hub, no company word
        ("Turkey takes control of Jarablus", dt.date(2016, 8, 24), [("Jarablus", "tr-forces", "isis", False)]),  # a state abroad
    ],
)
def test_captures_kept(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected


# Noticed while probing (frames._sibling_object): the parse may hang a headline's bare name on the verb as a second
# object after the place noun ("Army retakes strategic town X": "town" and "X" both objects), and the noun alone was read
# as an unnamed anaphor. The name right after the noun, a second object of the same verb, is the place.
@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("Army retakes strategic town Palmyra", dt.date(2016, 3, 27), [("Palmyra", "sy-gov", None, False)]),
        ("Rebels seize strategic town Jisr al-Shughur", dt.date(2015, 4, 25), [("Jisr al-Shughur", "x-rebels-sy", None, False)]),
        ("Syrian army retakes key city Palmyra", dt.date(2016, 3, 27), [("Palmyra", "sy-gov", None, False)]),
    ],
)
def test_second_object_name(extractor: Extractor, title: str, published: dt.date, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    assert headline_rows(extractor, title, published) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Army retakes town Monday",  # a day after the noun
        "Army vows to retake strategic town Palmyra",  # a vow
        "Army fails to retake strategic town Palmyra",  # a failure
        "Army shells strategic town Palmyra",  # shelling
    ],
)
def test_second_object_twins(extractor: Extractor, title: str) -> None:
    assert headline_rows(extractor, title, dt.date(2016, 3, 27)) == []
