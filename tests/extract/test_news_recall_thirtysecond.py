"""News excerpts' recall and direction (session 32, helper news32, issue 10): a state's leader declaring a town won,
and an entry the town's people welcome, read from the spent news sets' misses and real reporting of 2017-2022.

- the surname a story gives an office of a state ("Iraqi Prime Minister Haider al-Abadi", "South Sudan's President
  Salva Kiir") speaks for that state's forces in its headline and after ("Abadi says Tikrit liberated":
  ``office_surname.py``); "Prime Minister" with a country speaks for its state as "president" does
  ("Iraq's Prime Minister ... declared victory over Z in X": ``context._prime_minister``);
- an entry the town's people welcome ("Residents cheered as the troops entered X", "Jubilant crowds greeted the
  soldiers" under a headline's "Forces Enter X") is the capture it reports (``welcome.py``, ``entry.py``).

Twins: an aim ("will be liberated soon"), a former office holder, an election's or a diplomat's victory, a town
declared a disaster zone, talks entered, a homecoming parade, aid trucks, the outskirts, a welcome undone the same
day, a raid, an anniversary, a ceasefire welcomed, a headline's entry over a line with no welcome. Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import make_article

PUB = dt.date(2017, 10, 17)


def _news(extractor: Extractor, text: str, title: str | None = None, published: dt.date = PUB) -> list[ControlChange]:
    article = make_article(text, published=published, title=title)
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


# (title, text, place, gaining): a state's leader declares the town won
LEADERS = [
    ("Abadi says Tikrit liberated", "Iraqi Prime Minister Haider al-Abadi visited troops in the city on Sunday.", "Tikrit", "iq-gov"),
    ("Kiir says Bor retaken", "South Sudan's President Salva Kiir addressed soldiers in Juba on Friday.", "Bor", "ss-gov"),
    ("Iraqi Prime Minister declares victory over Islamic State in Baiji",
     "Abadi travelled to the town on Sunday to congratulate the troops.", "Baiji", "iq-gov"),
    (None, "Iraq's Prime Minister, Haider al-Abadi, has declared victory over Islamic State fighters in Ramadi after "
     "months of fighting.", "Ramadi", "iq-gov"),
    (None, "Iraqi Prime Minister Haider al-Abadi on Sunday declared the city of Tikrit liberated.", "Tikrit", "iq-gov"),
]


@pytest.mark.parametrize(("title", "text", "place", "gaining"), LEADERS)
def test_a_leader_declaring_a_town_won_speaks_for_his_state(
    extractor: Extractor, title: str | None, text: str, place: str, gaining: str
) -> None:
    found = [e for e in _news(extractor, text, title) if e.place.name == place]
    assert found, _news(extractor, text, title)
    assert found[0].gaining is not None and found[0].gaining.id == gaining


LEADER_TWINS = [
    ("Abadi says Tikrit will be liberated soon", "Iraqi Prime Minister Haider al-Abadi visited troops near the city on Sunday."),
    (None, "Iraq's Prime Minister declared victory in the parliamentary election in Mosul."),
    (None, "Iraq's Foreign Minister said the talks in Mosul were a victory for diplomacy."),
    (None, "Philippine President Rodrigo Duterte has declared the city of Marawi a disaster zone after the floods."),
    ("Duterte says Marawi siege is over", "Philippine President Rodrigo Duterte spoke to troops on Tuesday."),
]


@pytest.mark.parametrize(("title", "text"), LEADER_TWINS)
def test_a_leader_s_aim_election_or_disaster_zone_is_no_change(extractor: Extractor, title: str | None, text: str) -> None:
    assert _news(extractor, text, title) == []


def test_a_former_office_holder_speaks_for_no_state(extractor: Extractor) -> None:
    found = _news(extractor, "Former Iraqi Prime Minister Nouri al-Maliki spoke on television on Sunday.", "Maliki says Tikrit liberated")
    assert not any(e.gaining is not None and e.gaining.id == "iq-gov" for e in found), found


# (title, text, place, gaining): an entry the town's people welcome
WELCOMED: list[tuple[str | None, str, str, str | None]] = [
    ("Ukrainian Forces Enter Kupiansk", "Cheering residents poured into the streets, greeting Ukrainian soldiers with flowers.",
     "Kupiansk", "ua-forces"),
    (None, "Residents cheered as Ukrainian troops entered the village of Pravdyne on Friday.", "Pravdyne", "ua-forces"),
    (None, "Ukrainian troops entered the village of Pravdyne on Friday. Jubilant residents hugged the soldiers and handed "
     "them flowers.", "Pravdyne", "ua-forces"),
    (None, "There were scenes of celebration in the streets as Sudanese army troops entered the town of Singa on Saturday.",
     "Singa", "saf"),
    ("Rebels enter Ajdabiya, crowds celebrate in streets", "A convoy of rebels reached the port on Sunday.", "Ajdabiya", None),
]


@pytest.mark.parametrize(("title", "text", "place", "gaining"), WELCOMED)
def test_an_entry_the_town_welcomes_is_a_capture(
    extractor: Extractor, title: str | None, text: str, place: str, gaining: str | None
) -> None:
    published = dt.date(2022, 11, 11)
    found = [e for e in _news(extractor, text, title, published) if e.place.name == place]
    assert found, _news(extractor, text, title, published)
    assert gaining is None or (found[0].gaining is not None and found[0].gaining.id == gaining)


WELCOME_TWINS = [
    (None, "Ukrainian troops entered the village of Pravdyne on Friday. Residents said the shelling continued."),
    (None, "Residents cheered the news as the delegations entered talks in Geneva."),
    (None, "Crowds celebrated the anniversary of the city's liberation as Ukrainian troops entered the city of Kherson for a parade."),
    (None, "Thousands of residents lined the streets to welcome troops returning home to Colchester from Afghanistan."),
    (None, "Residents cheered as aid trucks entered the town of Madaya on Monday."),
    (None, "Residents cheered as Ukrainian troops entered the outskirts of the village of Pravdyne on Friday."),
    (None, "Residents cheered as Ukrainian troops entered the village of Pravdyne on Friday, but Russian forces pushed them out by evening."),
    (None, "Militants entered the town of Damasak, looting shops before withdrawing, as residents cheered."),
    ("Syrian Rebels Enter Hama", "Crowds welcomed the ceasefire deal on Thursday."),
    ("Ukrainian Forces Enter Kherson", "Ukrainian officials said the advance continued. Russian officials declined to comment."),
    ("Rebels enter Ajdabiya, crowds protest in streets", "A convoy of rebels reached the port on Sunday."),
    ("Fans celebrate as United enter the city derby in form", "The match kicks off on Sunday."),
    (None, "Rebels fired into the air in celebration of the election result as they entered the parliament in Misrata."),
]


@pytest.mark.parametrize(("title", "text"), WELCOME_TWINS)
def test_an_entry_with_no_welcome_or_a_welcome_undone_is_no_change(extractor: Extractor, title: str | None, text: str) -> None:
    assert _news(extractor, text, title, dt.date(2022, 11, 11)) == []
