"""News recall (session 39, helper news39, issue 10): continued takings and participle lists with no agent.

An agentless passive that "also" adds to a taking told just before ("Iraqi troops retook A. The town of B was also
recaptured", "... was also taken under control") is that taking's side's (continued_taking.py); so is a participle list with no agent after a taking
("Peshmerga fighters seized a string of villages. The seized villages include A and B", participle_list.py). Twins:
no taking before (a shelling, an attack), what is taken is no place (prisoners, weapons), another verb (attacked,
shelled), an attempt or a near miss, a negation, a taking dated years back ("seized A in 2014. B was also captured"),
a taken-back list after an attack by the enemy. A retaking noun with a possessor ("the governor announced the army's
recapture of X") is the possessor's, not the announcer's (frames._noun_frame). Sentences written for these tests, after the grammar of wire reports
of 2014-2017.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2016, 11, 1)


def _news(extractor: Extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    events = extractor.extract(make_article(text, published=PUB))
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in events if e.kind == "change" and not e.historical
    }


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Iraqi troops retook Bartella on Monday. The town of Karamles was also recaptured, a commander said.", "Karamles", "iq-gov"),
        ("Kurdish Peshmerga fighters seized Bashiqa at dawn, officials said. The nearby villages of Fadiliya and Bahzani "
         "were also captured.", "Bahzani", "peshmerga"),
        ("Kurdish Peshmerga fighters seized Bashiqa at dawn. The village of Fadiliya was also seized on Tuesday.", "Fadiliya", "peshmerga"),
        ("Syrian troops captured Palmyra on Sunday. The town of al-Qaryatain has also been retaken, state media said.",
         "al-Qaryatain", "sy-gov"),
        ("Iraqi troops retook Bartella on Monday. The town of Karamles was also taken under control.", "Karamles", "iq-gov"),
    ],
)
def test_an_also_passive_goes_on_with_the_taking_before(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _news(extractor, text).get(place, (None, None))[0] == gaining


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iraqi troops shelled Bartella on Monday. The town of Karamles was also captured, a commander said.", "Karamles"),
        ("Iraqi troops retook Bartella on Monday. The town of Karamles was also attacked.", "Karamles"),
        ("Iraqi troops retook Bartella on Monday. Karamles could also be recaptured within days, a commander said.", "Karamles"),
        ("Iraqi troops retook Bartella on Monday. The town of Karamles was also nearly recaptured.", "Karamles"),
        ("Iraqi troops retook Bartella on Monday. The town of Karamles was not captured.", "Karamles"),
        ("Islamic State militants seized Bartella in 2014. The town of Karamles was also captured.", "Karamles"),
        ("Islamic State militants seized Bartella in 2014. The town of Karamles was also captured that year.", "Karamles"),
        ("Iraqi troops retook Bartella on Monday. The fire in Karamles was also taken under control.", "Karamles"),
        ("Iraqi troops retook Bartella on Monday. The wounded were also taken to hospital in Karamles.", "Karamles"),
    ],
)
def test_an_also_passive_with_no_taking_before_it_names_no_side(extractor: Extractor, text: str, place: str) -> None:
    assert place not in _news(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops retook Bartella on Monday. Several militants were also captured, a commander said.",
        "Iraqi troops retook Bartella on Monday. Large stocks of weapons were also seized.",
    ],
)
def test_an_also_passive_of_no_place_adds_nothing(extractor: Extractor, text: str) -> None:
    assert set(_news(extractor, text)) == {"Bartella"}


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        ("Peshmerga fighters seized a string of villages east of Mosul. The seized villages include Fadiliya and Bahzani.",
         {"Fadiliya", "Bahzani"}, "peshmerga"),
        ("Residents say the M23 took several localities over the weekend. The seized localities include Masisi and Sake.",
         {"Masisi", "Sake"}, "m23"),
        ("The TNLA said its fighters had captured more ground. The newly captured towns include Namtu and Mongmit.",
         {"Namtu", "Mongmit"}, "tnla"),
    ],
)
def test_a_participle_list_with_no_agent_is_the_taker_before(extractor: Extractor, text: str, places: set[str], gaining: str) -> None:
    found = _news(extractor, text)
    assert places <= set(found) and {found[p][0] for p in places} == {gaining}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Islamic State militants attacked the area on Monday. The liberated villages include Fadiliya and Bahzani, the army said.",
         {"Fadiliya", "Bahzani"}),
        ("Iraqi troops shelled several villages on Monday. The shelled villages include Fadiliya and Bahzani.", {"Fadiliya", "Bahzani"}),
        ("Al-Shabaab fighters attacked several villages on Tuesday. The targeted villages include Bulo Marer and Awdheegle.",
         {"Bulo Marer", "Awdheegle"}),
    ],
)
def test_a_list_after_no_taking_takes_no_side_from_before(extractor: Extractor, text: str, places: set[str]) -> None:
    found = _news(extractor, text)
    assert not any(found.get(p, (None, None))[0] == "isis" for p in places) and not places & {
        p for p, (g, _) in found.items() if g in ("iq-gov", "al-shabaab")
    }


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        # a possessor names the side itself, whoever announces the retaking
        ("The governor announced the army's recapture of Kunduz on Thursday.", "Kunduz", "af-gov"),
        ("The Peshmerga announced the militants' recapture of Bartella on Monday.", "Bartella", "isis"),
        # twins that already read right: the announcer's own ("its"), no possessor, a welcome
        ("The Iraqi government announced its recapture of Bartella on Monday.", "Bartella", "iq-gov"),
        ("The army announced the recapture of towns including Bartella and Karamles on Monday.", "Bartella", "iq-gov"),
        ("Kurdish officials welcomed the army's recapture of Bartella on Monday.", "Bartella", "iq-gov"),
    ],
)
def test_a_possessed_retaking_is_its_possessors_not_the_announcers(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _news(extractor, text).get(place, (None, None))[0] == gaining


def test_a_possessed_retaking_dated_back_names_no_side(extractor: Extractor) -> None:
    assert "Bartella" not in _news(extractor, "Iraqi officials announced last week's recapture of Bartella on Monday.")
