"""Session 26 (helper heads26, issue 10): a headline with no text under it that tells forces enter a named town.

Read against ~17,000 real headlines of ordinary news (ABC 2003-04, Times of India 2001, BBC business 2022; none fired
on main, none fires now) and the eleven spent sets' 2,731 headlines, whose labellers marked 13 of the 16 entries
into a named town as the capture (labelling.md, "Entered"): the headline is the whole report, so nothing beside it leaves
the town contested. Only the headline's own present tense counts; twins keep the same words for a going in under way,
a raid or a probe the line tells, a past "entered", an intention or a denial, a town named only in the kicker, states,
the outskirts, "swept into", and a headline whose body says no more (there the entry still waits for the text).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2023-11-14", "Malian troops enter Kidal", ("Kidal", "ml-gov", "fla")),
        ("2012-11-20", "M23 rebels enter Goma", ("Goma", "m23", "cd-gov")),
        ("2015-11-13", "Kurdish peshmerga enter Sinjar", ("Sinjar", "peshmerga", "isis")),
        ("2016-03-27", "Syrian army enters Palmyra", ("Palmyra", "sy-gov", None)),
        ("2014-09-21", "Houthi fighters enter Sanaa", ("Sanaa", "houthis", "ye-gov")),
        ("2013-01-28", "French and Malian troops enter Gao", ("Gao", "ml-gov", None)),
        # a wire's capitals and a feed's small letters
        ("2016-03-27", "SYRIAN ARMY ENTERS PALMYRA", ("Palmyra", "sy-gov", None)),
        ("2016-03-27", "syrian army enters palmyra", ("Palmyra", "sy-gov", None)),
    ],
)
def test_lone_headline_entry_is_the_capture(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2016-03-27", "Syrian army entering Palmyra"),  # under way
        ("2016-03-27", "Syrian army enters Palmyra in overnight raid"),  # a raid the line tells
        ("2016-03-27", "Syrian tanks enter south Palmyra on probing mission"),
        ("2016-03-27", "Syrian army entered Palmyra, witnesses say"),  # a past telling: raids as often as captures
        ("2016-03-27", "Syrian army to enter Palmyra"),  # an intention
        ("2016-03-27", "Syrian army says it will not enter Palmyra"),
        ("2016-03-27", "Syrian army enters Palmyra but has not taken control"),  # in, not holding it
        ("2016-03-27", "Palmyra: Syrian army enters the city"),  # the town named only in the kicker
        ("2023-12-19", "RSF enters Gezira state and Sennar"),  # states
        ("2016-03-27", "Syrian army enters outskirts of Palmyra"),  # fighting under way
        ("2016-03-27", "Syrian troops sweep into Palmyra"),  # a thrust, not an entry word
        ("2016-03-27", "Tourists enter Palmyra museum again"),  # no armed side
    ],
)
def test_lone_headline_entry_twins_stay_quiet(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []


def test_an_entry_headline_over_a_body_still_waits_for_the_text(extractor: Extractor) -> None:
    body = "Soldiers were filmed in the main square on Sunday. Clashes went on in the northern quarters."
    assert headline_changes(extractor, "Syrian army enters Palmyra", body, published=dt.date(2016, 3, 27)) == []
