"""Sites in monitors' notes and wire copy (session 31, helper sites31, issue 10): labelling.md "Sites".

- a port with a name of its own is taken under that name, never the district or the city written after it ("captured
  al Qadha port in al Khawkha district", "seized al-Mualla port of Aden"); a town's name before its port is the town
  ("Hodeidah port"), a sea before it no name ("the Red Sea port of Hodeidah") (``named_port.py``);
- a state's works written with no kind of their own ("a military installation", "government infrastructure", "the
  army's facilities") in a town are that town's garrison, as a base is; in a city, a site of the city anchored there
  (``facility.py``, ``city_site.py``); a base "near" a town is that town's, as one "outside" it is;
- "the majority of" a place or a site is a part of it (partial);
- one plural site noun over a list of names ("the Battalion 188 and Saiqa 12 Camps", "the A and B military bases")
  gives each name as a site (``site_list.py``);
- a named street, road or farm is no place (labelling.md lists roads among the non-sites and no farm among the sites).

Twins: the same works raided, shelled, attacked and repelled, aimed at, held briefly; a drug facility, a firm's port
facility, a port used; a political or sports "camp"; "the majority of seats"; a street taken to by residents. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange, LocationPrecision

from .conftest import make_article

PUB = dt.date(2019, 5, 6)


def _changes(extractor: Extractor, text: str) -> list[ControlChange]:
    return [e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical]


# (text, the names the events must include, partial); all 15 fail on main (as do 2 of the negatives and 3 more checks)
POSITIVES = [
    ("Yemeni government forces captured al Qadha port in al Khawkha district on Monday.", ["al Qadha"], False),
    ("Al-Qaeda fighters seized al-Mualla port of Aden on Friday.", ["al-Mualla"], False),
    ("Yemeni government troops took control of the Nishtun port in al Mahrah governorate.", ["Nishtun"], False),
    ("Houthi fighters recaptured a military installation in Nisab, Shabwah.", ["Nisab"], False),
    ("Houthi fighters retook government infrastructure in Qatabah on Sunday.", ["Qatabah"], False),
    ("Rebel fighters seized a military base near Inkhil after days of fighting.", ["Inkhil"], False),
    ("Houthi fighters seized a military installation in Aden on Sunday.", ["Aden military installation"], False),
    ("Yemeni government forces seize majority of Taiz Airport.", ["Taiz Airport"], True),
    ("Syrian government forces captured the majority of Kuweires airport.", ["Kuweires Airport"], True),
    ("Houthi forces seized the majority of Marib city.", ["Marib"], True),
    ("LNA troops seized the Battalion 188 and Saiqa 12 Camps in the Sabri District.", ["Battalion 188", "Saiqa"], False),
    ("Syrian rebels captured the Wadi al-Deif and Hamidiyah military bases near Maarat al-Numan.",
     ["Wadi al-Deif", "Hamidiyah"], False),
    ("Libyan National Army troops seized the Brigade 21 and Brigade 36 camps.", ["Brigade 21", "Brigade 36"], False),
    ("Islamic State fighters seized government infrastructure in Mosul.", ["Mosul government infrastructure"], False),
    ("Houthi forces seized government facilities in Sanaa on Sunday.", ["Sanaa government facilities"], False),
]


@pytest.mark.parametrize(("text", "names", "partial"), POSITIVES)
def test_a_site_is_read_under_its_own_name(extractor: Extractor, text: str, names: list[str], partial: bool) -> None:
    events = _changes(extractor, text)
    found = {e.place.name for e in events}
    for name in names:
        assert name in found, (name, found)
    assert all(e.partial == partial for e in events if e.place.name in names)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Yemeni government forces captured al Qadha port in al Khawkha district on Monday.", "al Khawkha"),
        ("Al-Qaeda fighters seized al-Mualla port of Aden on Friday.", "Aden"),
        ("Houthi fighters seized a military installation in Aden on Sunday.", "Aden"),
        ("LNA troops seized the Battalion 188 and Saiqa 12 Camps in the Sabri District.", "Camps"),
    ],
)
def test_the_town_after_a_named_site_is_not_a_second_event(extractor: Extractor, text: str, wrong: str) -> None:
    assert wrong not in {e.place.name for e in _changes(extractor, text)}


def test_a_city_installation_is_anchored_at_the_city(extractor: Extractor) -> None:
    (event,) = _changes(extractor, "Houthi fighters seized a military installation in Aden on Sunday.")
    assert event.place.location_precision == LocationPrecision.SITE
    assert event.place.geonames_id is None and event.place.anchor_geonames_id is not None


def test_a_town_before_its_port_is_the_town(extractor: Extractor) -> None:
    assert {e.place.name for e in _changes(extractor, "Houthi forces captured Hodeidah port on Tuesday.")} == {"Hodeidah"}
    assert {e.place.name for e in _changes(extractor, "Houthi forces seized the Red Sea port of Hodeidah.")} == {"Hodeidah"}


NEGATIVES = [
    # streets, roads and farms (two fire on main)
    "LNA forces took complete control of the Nasr Street and additional areas in Sabri.",
    "LNA troops seized the Abu Salim al-Warfalli Farm in the Sabri District.",
    "Residents took to the Nasr Street to celebrate.",
    # the same works, no change
    "Police seized a drug facility in Kandahar.",
    "The shipping company took over the port facility in Aden.",
    "Houthi rebels shelled government facilities in Marib.",
    "The coalition vowed to capture al Qadha port.",
    "Houthi fighters attacked a military installation in Nisab but were repelled.",
    "Houthi fighters briefly seized a military installation in Nisab before withdrawing.",
    "Yemeni government forces were using al Qadha port to bring in aid.",
    "DP World took control of the Doraleh port in Djibouti.",
    "The ministry took control of infrastructure projects in Aden.",
    "Syrian rebels attacked a military base near Inkhil but were pushed back.",
    # plural "camps" and "majority" in other senses
    "The Trump and Clinton camps seized on the report.",
    "The Lakers and Celtics camps took the field on Monday.",
    "The party took the majority of seats in parliament.",
    "Syrian rebels failed to capture the Wadi al-Deif and Hamidiyah military bases.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_change_is_read(extractor: Extractor, text: str) -> None:
    assert _changes(extractor, text) == []
