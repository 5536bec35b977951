"""Claims and insurgents' losers (session 44, helper dir44, issue 10): the claimed flag and an unnamed rebel's loser.

A state's own word marks the change it tells claimed (labelling.md: "the army said it retook X"; the only source is a
side): the defence ministry, its general staff, a military spokesman, a minister, whether the sayer comes before the
clause or after it (extractor._state_speaks). Its confidence stays an official statement's, not a claim's cap. A
monitor, residents, witnesses, the loser's own staff conceding or another country's officials mark nothing. A place
an unnamed insurgent side ("Syrian rebels", ``x-rebels-sy``) took, where every war the catalogue lists there then is
the state's against one foe, was the state's (adversary._government_lost, wars.war_held_by).
Twins: intentions, an advance, an attack repelled, a year with no two-sided war listed.
Sentences written for these tests, after the grammar of wire reports of 2013-2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import CLAIMED_CONFIDENCE, Extractor

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
    ("text", "published", "place", "gaining"),
    [
        ("Afghan forces retook the district of Khanabad on Sunday, the defence ministry said in a statement.", AFGHANISTAN,
         "Khanabad", "af-gov"),
        ("Somali troops captured the town of Galcad on Monday, the information minister said.", SOMALIA, "Galcad", "so-gov"),
        ("Russia's defence ministry said on Friday that its troops had captured the village of Ocheretyne in the Donetsk "
         "region.", UKRAINE, "Ocheretyne", "ru-forces"),
        ("Moscow's defence ministry said on Telegram that Russian forces captured the villages of Novobakhmutivka and "
         "Semenivka.", UKRAINE, "Semenivka", "ru-forces"),
        ("The Ukrainian general staff said its troops had retaken the village of Robotyne on Sunday.", UKRAINE, "Robotyne",
         "ua-forces"),
        ("The Iraqi military said its forces recaptured the town of Hammam al-Alil from Islamic State on Sunday.", IRAQ,
         "Hammam al-Alil", "iq-gov"),
    ],
)
def test_state_word_is_claimed(extractor: Extractor, text: str, published: dt.date, place: str, gaining: str) -> None:
    rows = _changes(extractor, text, published)
    found = next((k for k in rows if k.startswith(place)), None)
    assert found is not None, rows
    taker, _loser, claimed, confidence = rows[found]
    assert (taker, claimed) == (gaining, True)
    assert confidence > CLAIMED_CONFIDENCE  # an official statement's calibration, not a claim's cap


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


def test_insurgents_took_it_from_the_state(extractor: Extractor) -> None:
    """Syria, 2013: the catalogue's one war there is the army's against the rebels."""
    rows = _changes(extractor, "Syrian rebels seized the town of Khan al-Asal west of Aleppo on Tuesday after a week of "
                    "fighting.", SYRIA_2013)
    assert rows["Khan al-Asal"][:2] == ("x-rebels-sy", "sy-gov")


def test_no_listed_war_no_loser(extractor: Extractor) -> None:
    """Syria, 2016: no two-sided war is listed at Tal Abyad then, so the rebels' loser stays untold."""
    rows = _changes(extractor, "Syrian rebels captured the village of Tal Abyad near the Turkish border on Tuesday.",
                    dt.date(2016, 7, 10))
    assert rows["Tal Abyad"][:2] == ("x-rebels-sy", None)
