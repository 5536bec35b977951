"""News excerpts' recall (session 30, helper news30, issue 10): changes a wire report tells without the plain "Z took X"
grammar, read from session 29's spent news sets' misses.

- a verdict on a capture noun names its side: "The fall of X is a major blow to Y" (Y lost X), "The capture of X is a
  victory for Z", also with a superlative "since" ("the most devastating blow to Y since its retreat from W": the
  "since" dates W, not X; ``verdict_side.py``, ``news_nominal.py``);
- a body's "the city" / "the provincial capital" / "the key rail hub" with no town named before it stands for the one
  town the headline names (``title_place.py``, ``coreference.py``);
- "captured a key city in the east, one of its biggest gains yet ... entered the city of X": the appositive verdict is
  no rank, so "a key city" looks forward as any lede's "a city" does (``frames._periphrasis``);
- "declaring victory in the pivotal city of X": a victory declared in a settlement named with its kind noun is the town
  won (``victory_place.py``; a victory only claimed there stays a battle's);
- "entered X, a former stronghold of Z": an entry into a town the sentence gives to another side as its former hold.

Twins: the same nouns with no change (the fall of a government or a currency, a prospect, a dated history, a sports
loss), a body naming its own town, a headline naming two, a hub of finance, a victory in a vote or declared
prematurely, entries on an errand, into the outskirts, by aid workers, attempts. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import make_article

PUB = dt.date(2024, 9, 14)


def _news(extractor: Extractor, text: str, title: str | None = None) -> list[ControlChange]:
    article = make_article(text, published=PUB, title=title)
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


def _one(extractor: Extractor, text: str, title: str | None, place: str) -> ControlChange:
    found = [e for e in _news(extractor, text, title) if place in (e.place.name, e.place.canonical_name)]
    assert found, _news(extractor, text, title)
    return found[0]


# (text, title, place, gaining, losing): a verdict on a capture noun, with the side it falls on
VERDICTS = [
    ("The fall of the strategically important town of Kupiansk, in Ukraine's northeast, is the heaviest blow to Russia "
     "since its retreat from Kherson.", None, "Kupiansk", None, "ru-forces"),
    ("The fall of Balakliia is a serious blow to Russia.", None, "Balakliia", None, "ru-forces"),
    ("The loss of Vuhledar is a painful setback for Ukraine.", None, "Vuhledar", None, "ua-forces"),
    ("The capture of Kupiansk is a major victory for Ukraine, officials said.", None, "Kupiansk", "ua-forces", None),
]


@pytest.mark.parametrize(("text", "title", "place", "gaining", "losing"), VERDICTS)
def test_a_verdict_on_a_capture_noun_names_its_side(
    extractor: Extractor, text: str, title: str | None, place: str, gaining: str | None, losing: str | None,
) -> None:
    event = _one(extractor, text, title, place)
    if gaining is not None:
        assert event.gaining is not None and event.gaining.id == gaining
    if losing is not None:
        assert event.losing is not None and event.losing.id == losing


VERDICT_TWINS = [
    "The fall of the government is a serious blow to Russia.",
    "The fall of the rouble is a major blow to Russia.",
    "The fall of Balakliia would be a serious blow to Russia.",
    "A fall of Balakliia would be a devastating blow to Russia.",
    "The fall of Balakliia in 2014 was a blow to Ukraine.",
    "Since the fall of Balakliia, which is a blow to Russia, prices have risen.",
    "The capture of Kupiansk is not a victory for Ukraine yet.",
    "The loss of the match is a major blow to Shakhtar.",
    "The capture of the spy is a victory for Ukraine.",
]


@pytest.mark.parametrize("text", VERDICT_TWINS)
def test_a_verdict_with_no_change_gives_none(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


# (title, text, place): a body's definite town noun with the town named only in the headline
HEADLINE_TOWNS = [
    ("Kupiansk celebrates", "Ukrainian troops recaptured the city on Friday.", "Kupiansk"),
    ("Scenes of panic in Kunduz", "Taliban fighters seized the provincial capital on Sunday after days of fighting.", "Kunduz"),
    ("Lyman: what we know", "Russia retreated from the key rail hub on Saturday.", "Lyman"),
]


@pytest.mark.parametrize(("title", "text", "place"), HEADLINE_TOWNS)
def test_a_body_town_noun_stands_for_the_headline_town(extractor: Extractor, title: str, text: str, place: str) -> None:
    _one(extractor, text, title, place)


# a rail hub named in the body before: the hub is that town
def test_a_rail_hub_stands_for_the_town_named_before(extractor: Extractor) -> None:
    text = "Russian troops withdrew from Lyman on Saturday. The loss of the key rail hub angered commentators."
    _one(extractor, text, "Kremlin critics speak out", "Lyman")


HEADLINE_TWINS = [
    ("Kupiansk celebrates", "Ukrainian troops tried to recapture the city on Friday."),
    ("Kupiansk celebrates", "Ukrainian troops entered the city to deliver aid."),
    ("Kupiansk and Izium celebrate", "Ukrainian troops recaptured the city on Friday."),
    ("Kupiansk celebrates", "Ukrainian troops have been shelling the city for weeks."),
    ("Kupiansk celebrates", "The city remains contested."),
    ("Kupiansk celebrates", "Ukrainian troops recaptured the village on Friday."),
    ("Lyman: what we know", "Russia plans to retreat from the key rail hub."),
    ("Lyman: what we know", "Investors took control of the city's financial hub."),
]


@pytest.mark.parametrize(("title", "text"), HEADLINE_TWINS)
def test_a_headline_town_with_no_change_below_gives_none(extractor: Extractor, title: str, text: str) -> None:
    assert _news(extractor, text, title) == []


def test_the_body_s_own_town_is_not_the_headline_s(extractor: Extractor) -> None:
    events = _news(extractor, "Ukrainian troops recaptured the city of Snihurivka on Friday.", "Kupiansk celebrates")
    assert [e.place.name for e in events] == ["Snihurivka"]


def test_a_key_city_with_an_appositive_verdict_looks_forward(extractor: Extractor) -> None:
    text = ("The army in Sudan says it has captured a key city in the country's south, one of its biggest gains yet in "
            "the war. Footage showed residents cheering as soldiers entered the city of Sennar.")
    event = _one(extractor, text, None, "Sennar")
    assert event.gaining is not None and event.gaining.id == "saf"


KEY_CITY_TWINS = [
    "The army says it is close to capturing a key city in the country's south, one of its biggest targets yet. Footage "
    "showed soldiers near the city of Sennar.",
    "The army says it has captured a key city in the country's south, one of its biggest gains yet. Fighting continues "
    "around the city of Sennar, which the RSF still holds.",
]


@pytest.mark.parametrize("text", KEY_CITY_TWINS)
def test_a_key_city_s_later_town_not_taken_gives_none(extractor: Extractor, text: str) -> None:
    assert [e.place.name for e in _news(extractor, text)] == []


VICTORIES = [
    ("The Sudanese army has announced a major breakthrough, declaring victory in the pivotal city of Sennar.", "Sennar", "saf"),
    ("The Sudanese army declared victory in the strategic town of Singa on Saturday.", "Singa", "saf"),
    ("The RSF declared victory in the city of Wad Madani on Wednesday.", "Wad Madani", "rsf"),
]


@pytest.mark.parametrize(("text", "place", "gaining"), VICTORIES)
def test_a_victory_declared_in_a_named_town_is_the_town_won(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    event = _one(extractor, text, None, place)
    assert event.gaining is not None and event.gaining.id == gaining


VICTORY_TWINS = [
    "The Sudanese army has announced a major breakthrough, declaring victory in the battle for the city of Sennar.",
    "The ruling party declared victory in the mayoral election in the city of Sennar.",
    "The Sudanese army vowed to declare victory in the city of Sennar soon.",
    "The Sudanese army declared victory in the city of Sennar prematurely, as fighting continued.",
    "Al Merrikh declared victory in the city of Omdurman after a 2-0 win.",
    "The ruling party is claiming victory in the city of Sennar after the vote.",
    "Sudanese troops claim victory in the town of Sennar after heavy fighting.",
]


@pytest.mark.parametrize("text", VICTORY_TWINS)
def test_a_victory_that_is_no_town_won_gives_none(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


ENTRIES = [
    ("Somali troops entered Marka, a former al-Shabab stronghold, on Tuesday.", "Marka", "al-shabaab"),
    ("Government troops entered the port city of Marka, a former stronghold of the al-Shabab militant group, on Friday.",
     "Marka", "al-shabaab"),
]


@pytest.mark.parametrize(("text", "place", "losing"), ENTRIES)
def test_an_entry_into_a_former_stronghold_is_a_change(extractor: Extractor, text: str, place: str, losing: str) -> None:
    event = _one(extractor, text, None, place)
    assert event.losing is not None and event.losing.id == losing


ENTRY_TWINS = [
    "Somali troops entered Marka, a former al-Shabab stronghold, to deliver aid.",
    "Somali troops entered Marka, the last al-Shabab stronghold, to deliver aid.",
    "Somali troops entered the outskirts of Marka, a former stronghold of al-Shabab.",
    "Aid workers entered Marka, a former stronghold of al-Shabab, on Tuesday.",
    "Somali troops briefly entered Marka, a former stronghold of al-Shabab, before withdrawing.",
    "Somali troops tried to enter Marka, a former stronghold of al-Shabab.",
]


@pytest.mark.parametrize("text", ENTRY_TWINS)
def test_an_entry_that_is_no_takeover_gives_none(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
