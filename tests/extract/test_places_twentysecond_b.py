"""Session 22, second round (helper gaz22, issue 10): holdout22a's places resolved abroad, in our own words.

Q1 (context.py): a town of a country at peace that a story of a war never names is no reading of the village the war's
side took, whatever its size ("Pakistani troops cleared Degan": no Chinese town of 84,000).
Q2 (located.py): "X in North Waziristan": a district GeoNames lists in one country only places the village there.
Q3 (lexicon.py): "the X seaport" names the port town X as "the X port" does; "a seaport south of Y" is no Y.
Twins: namesakes in the war's own country, attempts, bearings and other nouns.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import make_article, news_rows

DAY = dt.date(2014, 7, 5)


def _news(extractor: Extractor, text: str, title: str | None = None) -> list[ControlChange]:
    article = make_article(text, published=DAY, title=title)
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


# Q1, Q2 ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops captured Degan after heavy clashes with militants, the army said.",
        "Pakistani troops cleared the village of Degan in North Waziristan on Saturday.",
        "Pakistani soldiers took control of Degan, a militant stronghold in North Waziristan, on Saturday.",
    ],
)
def test_a_town_abroad_at_peace_is_no_reading_of_a_village_a_war_side_took(extractor: Extractor, text: str) -> None:
    assert [(e.place.name, e.place.country_code, e.place.geonames_id) for e in _news(extractor, text)] == [("Degan", "PK", None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pakistani troops cleared the town of Miranshah in North Waziristan on Saturday.", "Miranshah"),
        ("Russian troops captured the town of Kherson after heavy fighting, the ministry said.", "Kherson"),
    ],
)
def test_a_namesake_in_the_war_country_stays_resolved(extractor: Extractor, text: str, name: str) -> None:
    found = [e.place for e in _news(extractor, text) if e.place.name == name]
    assert len(found) == 1 and found[0].geonames_id is not None


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops are preparing to clear Degan in North Waziristan.",
        "Pakistani troops pushed the militants back towards Degan after heavy clashes.",
    ],
)
def test_a_plan_or_a_push_towards_the_village_stays_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


# Q3 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Government troops seized control of the Al Hayma seaport after heavy clashes with the Houthis.",
        "Government troops seized control of the Al Hayma port after heavy clashes with the Houthis.",
    ],
)
def test_a_named_seaport_is_its_port_town(extractor: Extractor, text: str) -> None:
    assert [(e.place.name, e.place.country_code) for e in _news(extractor, text)] == [("Al Hayma", "YE")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Government forces liberate seaport north of Mocha", ""),
        (None, "Government troops hope to seize control of the Al Hayma seaport before the winter."),
    ],
)
def test_a_seaport_a_bearing_away_or_a_hope_is_no_town_taken(extractor: Extractor, title: str | None, text: str) -> None:
    assert _news(extractor, text, title) == []


# Q2 with a one-word province: "in the Mudug region" places the village, and a city of another war (Iraq's Amara,
# whose "Al" the gazetteer folds away) is no reading of it
def test_a_one_word_province_places_the_village(extractor: Extractor) -> None:
    found = _news(extractor, "Al-Shabaab fighters took control of Amara in the Mudug region on Tuesday.")
    assert [(e.place.name, e.place.country_code, e.place.geonames_id) for e in found] == [("Amara", "SO", None)]


def test_a_namesake_in_the_province_named_stays_resolved(extractor: Extractor) -> None:
    found = _news(extractor, "Iraqi troops retook Amara in Maysan province after the militia withdrew.")
    assert [(e.place.country_code, e.place.geonames_id is not None) for e in found if e.place.name == "Amara"] == [("IQ", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces captured Kherson on Friday, the UN said in New York.",
        "Russian forces captured Kherson on Friday as talks resumed in Istanbul.",
    ],
)
def test_a_district_or_province_further_on_does_not_place_the_town(extractor: Extractor, text: str) -> None:
    found = [e.place for e in _news(extractor, text) if e.place.name == "Kherson"]
    assert [(p.country_code, p.geonames_id is not None) for p in found] == [("UA", True)]
