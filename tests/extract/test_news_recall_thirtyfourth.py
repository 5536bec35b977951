"""News excerpts' recall (session 34, helper news34, issue 10): five families read in wire copy of 2011-2018.

- A retake told only as an aim after a fall the report dates days back (a district taken "on Monday night", then the
  police "intend to retake" it, an operation "promised to recapture" it, troops "battling to recapture" the town) left
  no event: ``recent_fall`` read the aim as the retake. An aim undoes nothing now; a retake done ("retook", "managed
  to retake", "were able to retake", "went on to retake") still does.
- A site placed in a town through a settlement noun or the town's centre (a compound "in the northern Iraqi city of
  X", "in the heart of the city of X", a government complex "in the centre of X") gave no place; it is the town's site
  now (``site_town.py``), and a public "government complex" is a compound.
- An ordinal count before "since <day or month>" (a base that "is the second base to fall to the militants since last
  week") dated the capture back; the span is the count's (``dates._counted_since``).
- AFP's spelling "Shebab" named no side; it is al-Shabaab.
- "They" after a country's word and an armed side's common noun (a country's rebels storm checkpoints, "they then
  took" a village) gave the country's state the village; it is the country's unnamed rebels now (``demonym_side.py``).

Twins keep the same words for a retake done, an attack on a site, an attempt, a building that is no site, a middle of a
country, a capture the text dates back itself, a side that attacks or vows, and a country's troops or army. Sentences
written for these tests (towns, sides and details changed; no report's wording kept).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import make_article

PUB = dt.date(2016, 8, 22)  # a Monday


def _changes(extractor: Extractor, text: str, published: dt.date = PUB) -> list[ControlChange]:
    return [
        e for e in extractor.extract(make_article(text, published=published)) if e.kind == "change"
    ]


def _news(extractor: Extractor, text: str, published: dt.date = PUB) -> list[ControlChange]:
    return [e for e in _changes(extractor, text, published) if not e.historical]


def _one(found: list[ControlChange], place: str) -> ControlChange | None:
    return next((e for e in found if place.lower() in e.place.name.lower()), None)


# --- a retake only aimed at leaves a recent fall standing -------------------------------------------------------------
AIMED_RETAKE = [
    (
        "Taliban fighters captured Musa Qala district on Sunday night after two days of clashes, a police commander "
        "said. The police intend to retake the district within days, he added.",
        "Musa Qala",
        "taliban",
    ),
    (
        "The Taliban overran Musa Qala district on Sunday as police fell back to a village. A provincial spokesman "
        "promised an operation to recapture the district.",
        "Musa Qala",
        "taliban",
    ),
    (
        "The Taliban captured Musa Qala district on Sunday night. Officials said troops would retake it within days.",
        "Musa Qala",
        "taliban",
    ),
    (
        "The Taliban overran Musa Qala district on Sunday. On Monday government troops supported by jets were battling "
        "to recapture the district, officials said.",
        "Musa Qala",
        "taliban",
    ),
    (
        "The Taliban captured Musa Qala district on Sunday night. Troops were unable to retake the district on Monday.",
        "Musa Qala",
        "taliban",
    ),
    (
        "The Taliban overran Musa Qala district on Sunday. Reinforcements were sent to retake the district, the governor "
        "said.",
        "Musa Qala",
        "taliban",
    ),
]


@pytest.mark.parametrize(("text", "place", "gaining"), AIMED_RETAKE)
def test_a_retake_only_aimed_at_leaves_the_fall(
    extractor: Extractor, text: str, place: str, gaining: str
) -> None:
    found = _one(_news(extractor, text), place)
    assert found is not None, _changes(extractor, text)
    assert found.gaining is not None and found.gaining.id == gaining


AIMED_RETAKE_TWINS = [
    # the retake done: the place ends where it began
    "The Taliban captured Musa Qala district on Sunday night. Troops retook the district on Monday.",
    "The Taliban captured Musa Qala district on Sunday night. Troops managed to retake the district on Monday.",
    "The Taliban overran Musa Qala district on Sunday. Government forces were able to retake the district on Monday.",
    "The Taliban overran Musa Qala district on Sunday. Government forces went on to retake it on Monday.",
]


@pytest.mark.parametrize("text", AIMED_RETAKE_TWINS)
def test_a_retake_done_still_undoes_a_recent_fall(extractor: Extractor, text: str) -> None:
    found = _one(_news(extractor, text), "Musa Qala")
    assert found is None or found.gaining is None or found.gaining.id != "taliban", found


# --- a site in "the centre of X" / "the western city of X" ------------------------------------------------------------
SITE_IN_TOWN = [
    (
        "Militants seized the provincial government compound in the northern Iraqi city of Tikrit late on Thursday, "
        "a police source said.",
        "Tikrit",
        "isis",
    ),
    (
        "Islamic State fighters seized the provincial government compound in the centre of Tikrit on Thursday, a "
        "police major said.",
        "Tikrit",
        "isis",
    ),
    (
        "Islamic State gunmen seized the provincial government complex in the centre of Tikrit late on Tuesday after "
        "three days of clashes, officials said.",
        "Tikrit",
        "isis",
    ),
    (
        "Militants captured the governorate compound in the heart of the city of Baiji on Thursday, a local official "
        "said.",
        "Baiji",
        "isis",
    ),
]


@pytest.mark.parametrize(("text", "town", "gaining"), SITE_IN_TOWN)
def test_a_site_in_the_centre_of_a_town_is_that_towns_site(
    extractor: Extractor, text: str, town: str, gaining: str
) -> None:
    published = dt.date(2015, 5, 16)
    found = _one(_news(extractor, text, published), town)
    assert found is not None, _changes(extractor, text, published)
    assert found.place.site_kind == "compound"
    assert found.gaining is not None and found.gaining.id == gaining


SITE_IN_TOWN_TWINS = [
    # attacked, shelled, an attempt: no change
    "Islamic State militants struck the governorate compound in the heart of the city of Baiji with truck bombs on "
    "Thursday.",
    "Islamic State militants shelled the provincial government compound in the northern Iraqi city of Tikrit on "
    "Thursday.",
    "Islamic State militants failed to seize the provincial government compound in the centre of Tikrit on Thursday.",
    # a building no rule takes, a complex that is no public one
    "Islamic State militants took over a hospital in the heart of Baiji on Thursday.",
    "Islamic State militants took over a residential complex in the centre of Tikrit on Thursday.",
    "Islamic State militants seized the sports complex in the heart of the city of Baiji on Thursday.",
    # the middle of a country or a province names no town
    "Islamic State militants seized the government compound in the centre of the country on Thursday.",
]


@pytest.mark.parametrize("text", SITE_IN_TOWN_TWINS)
def test_a_site_attacked_or_no_site_in_a_towns_centre_is_no_change(
    extractor: Extractor, text: str
) -> None:
    assert _news(extractor, text, dt.date(2015, 5, 16)) == []


# --- an ordinal count "since <time>" dates the count, not the capture ------------------------------------------------
COUNTED_SINCE = [
    (
        "Islamic State fighters seized an air base on Sunday in eastern Syria. Deir ez-Zor airport is the third "
        "military site in the province to fall to the jihadists since last month.",
        "Deir ez-Zor",
        "isis",
        dt.date(2014, 9, 14),
    ),
    (
        "Rebels captured a major army base on Sunday in northern Syria, activists said. Wadi Deif base is the second base "
        "to fall to the rebels since last month.",
        "Wadi Deif",
        None,
        dt.date(2014, 12, 16),
    ),
    (
        "Al-Shabaab overran an army base on Friday in southern Somalia. The Leego base is the second base to fall to the "
        "militants since last week.",
        "Leego",
        "al-shabaab",
        dt.date(2015, 6, 28),
    ),
]


@pytest.mark.parametrize(("text", "place", "gaining", "published"), COUNTED_SINCE)
def test_a_count_since_a_time_leaves_the_capture_news(
    extractor: Extractor, text: str, place: str, gaining: str | None, published: dt.date
) -> None:
    found = _one(_news(extractor, text, published), place)
    assert found is not None, _changes(extractor, text, published)
    assert gaining is None or (found.gaining is not None and found.gaining.id == gaining)


COUNTED_SINCE_TWINS = [
    # the capture dated back by its own words; the count only measures
    (
        "Rebels took the town of Jisr al-Shughour last month, the second town to fall to the opposition since March.",
        "Jisr al-Shughour",
        dt.date(2015, 6, 10),
    ),
    (
        "Rebels took the town of Jisr al-Shughour in March, the second town to fall to the opposition this year.",
        "Jisr al-Shughour",
        dt.date(2015, 6, 10),
    ),
]


@pytest.mark.parametrize(("text", "place", "published"), COUNTED_SINCE_TWINS)
def test_a_capture_dated_back_stays_history_beside_a_count(
    extractor: Extractor, text: str, place: str, published: dt.date
) -> None:
    assert _one(_news(extractor, text, published), place) is None
    assert _one(_changes(extractor, text, published), place) is not None


# --- "Shebab" ---------------------------------------------------------------------------------------------------------
SHEBAB = [
    (
        "Residents said Al Shebab moved into Baidoa on Sunday and took control of the town once government soldiers "
        "had pulled out.",
        "Baidoa",
    ),
    (
        "The Shebab held Marka by Saturday evening, hours after African Union soldiers drove out of the port town, a "
        "resident said.",
        "Marka",
    ),
]


@pytest.mark.parametrize(("text", "place"), SHEBAB)
def test_shebab_is_al_shabaab(extractor: Extractor, text: str, place: str) -> None:
    found = _one(_news(extractor, text, dt.date(2015, 9, 7)), place)
    assert found is not None, _changes(extractor, text, dt.date(2015, 9, 7))
    assert found.gaining is not None and found.gaining.id == "al-shabaab"


SHEBAB_TWINS = [
    "Al Shebab attacked the town of Baidoa in southern Somalia on Sunday but was repelled by government troops.",
    "Al Shebab vowed to take the town of Baidoa in southern Somalia, a spokesman said on Sunday.",
    "Al Shebab fighters surrounded the town of Marka on Saturday and shelled an African Union base.",
]


@pytest.mark.parametrize("text", SHEBAB_TWINS)
def test_shebab_attacks_and_vows_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2015, 9, 7)) == []


# --- "they" after a country's word and an armed side's common noun ("Syrian rebels ... They took X") ------------------
# The country's word was read as its state: the government took the town its rebels took. Now the country's unnamed
# rebels (insurgents, militants) as the lede's own noun reads them (demonym_side.py).
DEMONYM_THEY = [
    (
        "Libyan rebels claimed on Tuesday that they had captured the coastal town of Zuwara; the report could not be "
        "checked.",
        "Zuwara",
        "x-rebels-ly",
        dt.date(2011, 3, 26),
    ),
    (
        "Syrian rebels stormed army checkpoints west of Aleppo on Monday. They then took the village of Kafr Naha, "
        "activists said.",
        "Kafr Naha",
        "x-rebels-sy",
        dt.date(2013, 7, 22),
    ),
    (
        "Afghan insurgents hit the district from three sides on Monday. They then seized the centre of Musa Qala "
        "district, officials said.",
        "Musa Qala",
        "x-insurgents-af",
        dt.date(2015, 7, 22),
    ),
]


DEMONYM_THEY_TWINS = [
    # a country's troops or army: "they" / "it" are its state's forces
    (
        "Iraqi troops attacked the town on Monday. They later retook Baiji, officials said.",
        "Baiji",
        "iq-gov",
        dt.date(2015, 7, 22),
    ),
    (
        "The Syrian army shelled the town on Monday. It later retook the village of Kafr Naha.",
        "Kafr Naha",
        "sy-gov",
        dt.date(2013, 7, 22),
    ),
    (
        "Syrian troops attacked rebel positions near Aleppo on Monday. They later retook the town of Khan al-Assal.",
        "Khan al-Assal",
        "sy-gov",
        dt.date(2013, 7, 22),
    ),
]


@pytest.mark.parametrize(
    ("text", "place", "gaining", "published"), DEMONYM_THEY + DEMONYM_THEY_TWINS
)
def test_they_after_a_countrys_rebels_are_those_rebels_and_after_its_troops_its_forces(
    extractor: Extractor, text: str, place: str, gaining: str, published: dt.date
) -> None:
    found = _one(_news(extractor, text, published), place)
    assert found is not None, _changes(extractor, text, published)
    assert found.gaining is not None and found.gaining.id == gaining
