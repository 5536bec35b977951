"""News excerpts' recall (session 31, helper news31, issue 10): entries a wire report tells without the plain "Z took
X" grammar, read from session 30's and 29's spent news sets' misses.

- a body's present-tense entry ("Rebel fighters enter the city of X. Government forces have withdrawn from the area",
  "Troops enter the port city of X, a former stronghold of Z") reaches the parser: the prefilter passes "enter" with a
  town noun in its line or a capital after it (``lexicon.WEAK_FORMS`` / ``CAPITALISED_OBJECT_FORMS``); the entry is
  then confirmed as any entry is (``entry.py``, ``entry_grounds.py``);
- "entered the gold-trading center of X after government soldiers fled": a trade's "center of X" is the town X, not a
  building (``trade_centre.py``), where "the convention center of X" stays a building;
- "Troops retook a town on Sunday ... Government forces entered X": the entry names the unnamed town the same side's
  lede took, so it is that capture, even for a name GeoNames lacks (``lede_town.py``).

Twins: "enter talks", "enter the race", an entry with nothing more, on an errand, into the outskirts, short of holding
the town, a raid, a lede of another side or an attempt, a convention center, investors' "control". Sentences written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import make_article

PUB = dt.date(2024, 12, 6)


def _news(extractor: Extractor, text: str, title: str | None = None, published: dt.date = PUB) -> list[ControlChange]:
    article = make_article(text, published=published, title=title)
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


def _places(extractor: Extractor, text: str, title: str | None = None, published: dt.date = PUB) -> set[str]:
    return {e.place.name for e in _news(extractor, text, title, published)}


# (text, place, gaining): a body's present entry, confirmed by the line after it or by its own sentence
PRESENT_ENTRIES = [
    ("Syrian rebel fighters enter the city of Hama. Government forces have withdrawn from the area.", "Hama", None),
    ("Syrian opposition fighters enter the city of Homs on Saturday. Government troops have pulled out of the city.", "Homs", None),
    ("Somali government and African Union troops enter the port city of Kismayo, a former stronghold of the "
     "al-Shabab militant group.", "Kismayo", "so-gov"),
    ("Government troops enter the town of Bentiu. They are now in full control of the town.", "Bentiu", None),
]


@pytest.mark.parametrize(("text", "place", "gaining"), PRESENT_ENTRIES)
def test_a_body_present_entry_confirmed_is_a_capture(extractor: Extractor, text: str, place: str, gaining: str | None) -> None:
    found = [e for e in _news(extractor, text) if e.place.name == place]
    assert found, _news(extractor, text)
    if gaining is not None:
        assert found[0].gaining is not None and found[0].gaining.id == gaining


PRESENT_TWINS = [
    "Syrian rebel fighters enter the city of Hama. Fighting continues in the eastern districts.",  # nothing more
    "Syrian rebel fighters enter talks with the government in the city of Hama.",
    "Opposition leaders enter the race for the town council of Homs.",
    "Syrian rebels enter the city of Hama to deliver food. Government forces have withdrawn from the area.",
    "Syrian rebels enter the outskirts of the city of Hama. Government forces have withdrawn from the area.",
    "Syrian rebel fighters enter the city of Hama but have not yet seized control of it.",
    "Syrian rebel fighters enter the city of Hama, loot the market and then withdraw.",
]


@pytest.mark.parametrize("text", PRESENT_TWINS)
def test_a_body_present_entry_twin_is_no_change(extractor: Extractor, text: str) -> None:
    assert not _news(extractor, text)


# a trade's "center of X": the town
TRADE_CENTRES = [
    ("Last month M23 rebels took the city of Goma. This weekend, the group entered the gold-trading center of "
     "Bukavu in eastern Congo after government soldiers fled.", "Bukavu", dt.date(2025, 2, 16)),
    ("M23 rebels seized the trading centre of Bukavu on Sunday.", "Bukavu", dt.date(2025, 2, 16)),
]


@pytest.mark.parametrize(("text", "place", "published"), TRADE_CENTRES)
def test_a_trade_centre_of_a_town_is_the_town(extractor: Extractor, text: str, place: str, published: dt.date) -> None:
    assert place in _places(extractor, text, published=published)


TRADE_TWINS = [
    ("The forces seized the convention center of Sirte on Wednesday.", dt.date(2016, 8, 10)),
    ("Investors took control of the gold-trading center of Bukavu last year.", dt.date(2025, 2, 16)),
    ("This weekend, the rebels entered the gold-trading center of Bukavu.", dt.date(2025, 2, 16)),  # nothing more
]


@pytest.mark.parametrize(("text", "published"), TRADE_TWINS)
def test_a_trade_centre_twin_is_no_change(extractor: Extractor, text: str, published: dt.date) -> None:
    assert not _news(extractor, text, published=published)


OCT14 = dt.date(2014, 10, 26)
# (text, place): the lede's unnamed town, named by the same side's entry in the next sentence
LEDE_TOWNS = [
    ("Iraqi soldiers backed by militiamen retook control Sunday of a Sunni town seized previously by the militants, "
     "an official said. The provincial official said that government forces entered Jurf al-Sakhar, which the "
     "militants had held since July.", "Jurf al-Sakhar"),
    ("Iraqi soldiers recaptured a town from Islamic State militants on Sunday, officials said. Government forces "
     "entered Jurf al-Sakhar in the morning.", "Jurf al-Sakhar"),
    ("Iraqi troops seized a strategic village south of the capital on Sunday. Army units entered Albu Aitha at "
     "dawn, officers said.", "Albu Aitha"),
]


@pytest.mark.parametrize(("text", "place"), LEDE_TOWNS)
def test_an_entry_names_the_town_the_lede_took(extractor: Extractor, text: str, place: str) -> None:
    found = [e for e in _news(extractor, text, published=OCT14) if e.place.name == place]
    assert found, _news(extractor, text, published=OCT14)
    assert found[0].gaining is not None and found[0].gaining.id == "iq-gov"


LEDE_TWINS = [
    # another side's lede
    "Islamic State militants seized a town in Anbar on Sunday, officials said. Government forces entered Jurf al-Sakhar in the morning.",
    # an attempt, an assault
    "Iraqi soldiers tried to retake a town from Islamic State militants on Sunday. Government forces entered Jurf al-Sakhar in the morning.",
    "Iraqi soldiers launched an assault on a town held by the militants on Sunday. Government forces entered Jurf al-Sakhar in the morning.",
    # the entry itself short of a capture
    "Iraqi soldiers recaptured a town from Islamic State militants on Sunday. Government forces entered Jurf al-Sakhar to deliver aid.",
    "Iraqi soldiers recaptured a town from Islamic State militants on Sunday. Government forces entered the outskirts of Jurf al-Sakhar.",
    "Iraqi soldiers recaptured a town from Islamic State militants on Sunday. Government forces entered Jurf al-Sakhar but have not yet seized it.",
    "Iraqi soldiers recaptured a town from Islamic State militants on Sunday. Government forces later entered Jurf al-Sakhar briefly before withdrawing.",
    # a plural lede: "two towns" stands for a list, not for the one town entered
    "Iraqi soldiers recaptured two towns from Islamic State militants on Sunday. Government forces entered Jurf al-Sakhar in the morning.",
]


@pytest.mark.parametrize("text", LEDE_TWINS)
def test_a_lede_town_twin_gives_no_entry(extractor: Extractor, text: str) -> None:
    assert "Jurf al-Sakhar" not in _places(extractor, text, published=OCT14)
