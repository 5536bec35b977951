"""Insurgents' losers (session 44, helper dir44, issue 10): the side an unnamed rebel took a place from.

A place an unnamed insurgent side ("Syrian rebels", "insurgents", ``x-rebels-sy``) took, where every war the catalogue
lists there then is the state's against one foe, was the state's (adversary._government_lost, wars.war_held_by).
Twins: a year with no two-sided war listed, "fighters" (anyone's), intentions, an advance, an attack repelled; and
sayers whose word marks no claim (a monitor, residents, witnesses, the loser's own staff, another country's officials).
Sentences written for these tests, after the grammar of wire reports of 2013-2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

AFGHANISTAN = dt.date(2016, 11, 20)
SOMALIA = dt.date(2023, 1, 10)
UKRAINE = dt.date(2024, 5, 10)
IRAQ = dt.date(2017, 3, 20)
SYRIA_2013 = dt.date(2013, 5, 14)


def _changes(extractor: Extractor, text: str, published: dt.date) -> dict[str, tuple[str | None, str | None, bool, float]]:
    events = extractor.extract(make_article(text, published=published))
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.claimed, e.confidence)
        for e in events if e.kind == "change" and not e.historical
    }


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        ("Afghan forces retook the district of Khanabad on Sunday, witnesses said.", AFGHANISTAN, "Khanabad"),
        ("Somali troops captured the town of Galcad on Monday, residents told reporters.", SOMALIA, "Galcad"),
        ("Ukraine's general staff said Russian forces had captured the village of Robotyne on Sunday.", UKRAINE, "Robotyne"),
        ("The Syrian Observatory for Human Rights said government forces recaptured the town of Qaryatayn on Sunday.",
         dt.date(2016, 5, 17), "Qaryatayn"),
        ("US officials said Iraqi forces recaptured the town of Hit on Monday.", dt.date(2016, 4, 14), "Hit"),
        ("Government forces recaptured the town of Hit on Monday.", dt.date(2016, 4, 14), "Hit"),
    ],
)
def test_other_sources_are_no_claim(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    rows = _changes(extractor, text, published)
    found = next((k for k in rows if k.startswith(place)), None)
    assert found is not None, rows
    assert rows[found][2] is False


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The Iraqi military said its forces were advancing on Tal Afar on Tuesday.", IRAQ),
        ("The Iraqi military said it had repelled an Islamic State attack on Tal Afar.", IRAQ),
        ("The Libyan National Army said its forces would seize the town of Gharyan soon.", dt.date(2019, 4, 12)),
        ("Russia's defence ministry said its troops planned to take the village of Ocheretyne before the summer.", UKRAINE),
        ("Syrian rebels attacked the town of Khan al-Asal on Tuesday but were driven back.", SYRIA_2013),
        ("Syrian rebels said they would seize the town of Khan al-Asal within days.", SYRIA_2013),
    ],
)
def test_no_change_stays_quiet(extractor: Extractor, text: str, published: dt.date) -> None:
    assert _changes(extractor, text, published) == {}


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining", "losing"),
    [
        ("Syrian rebels seized the town of Khan al-Asal west of Aleppo on Tuesday after a week of fighting.", SYRIA_2013,
         "Khan al-Asal", "x-rebels-sy", "sy-gov"),
        ("Syrian rebels overran the town of Ras al-Ain near the Turkish border on Tuesday.", dt.date(2012, 11, 21),
         "Ras al-Ain", "x-rebels-sy", "sy-gov"),
        ("Insurgents seized the border crossing town of Jarablus on Friday, activists said.", dt.date(2012, 7, 20),
         "Jarablus", "x-insurgents-sy", "sy-gov"),
        ("Rebels seized the town of Talodi in South Kordofan on Monday after heavy fighting.", dt.date(2015, 2, 10),
         "Talodi", "x-rebels-sd", "saf"),
    ],
)
def test_insurgents_took_it_from_the_state(
    extractor: Extractor, text: str, published: dt.date, place: str, gaining: str, losing: str,
) -> None:
    """Syria in 2012-13 and South Kordofan before 2023: the catalogue's one war there is the state's against rebels."""
    assert _changes(extractor, text, published)[place][:2] == (gaining, losing)


def test_fighters_are_anyones(extractor: Extractor) -> None:
    """"Opposition fighters" are read by their common noun, which any side's men share: no loser is guessed."""
    rows = _changes(extractor, "Opposition fighters captured the village of Khan Tuman south of Aleppo on Friday.",
                    dt.date(2013, 9, 20))
    assert rows["Khan Tuman"][1] is None


def test_no_listed_war_no_loser(extractor: Extractor) -> None:
    """Syria, 2016: no two-sided war is listed at Tal Abyad then, so the rebels' loser stays untold."""
    rows = _changes(extractor, "Syrian rebels captured the village of Tal Abyad near the Turkish border on Tuesday.",
                    dt.date(2016, 7, 10))
    assert rows["Tal Abyad"][:2] == ("x-rebels-sy", None)
