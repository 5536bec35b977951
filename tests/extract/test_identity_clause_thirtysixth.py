"""Identity clauses (session 36, the lead, issue 10): identity_clause.py.

"Kunduz is the third provincial capital the Taliban have taken": a copula says the captured noun of a relative or
participial clause is the name it opens with. Wire copy of a fast offensive counts its towns this way (Afghanistan
2021, Myanmar 2023, Syria 2024). A clause that only attacks, aims at or may take the noun, a noun that is no place,
a subject that is no name, and a clause dated long before stay quiet. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2021, 8, 9)


def _news(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    events = extractor.extract(make_article(text, published=PUB))
    return [(e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
            for e in events if e.kind == "change" and not e.historical]


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Kunduz is the third provincial capital the Taliban have taken since Friday.", "Kunduz", "taliban"),
        ("Sheberghan is the second city the Taliban have seized this week, officials said.", "Sheberghan", "taliban"),
        ("Taloqan is one of the towns the Taliban have seized since Friday.", "Taloqan", "taliban"),
        ("Kunduz is the third of four provincial capitals the Taliban have captured this week.", "Kunduz", "taliban"),
        # a span of recent days dates the series counted, not the town's capture (recency._counts_series)
        ("Kunduz is the third of four provincial capitals the Taliban have captured in recent days.", "Kunduz", "taliban"),
        # the participle with its agent
        ("Sheberghan, the capital of Jowzjan province, is the second provincial capital captured by the Taliban in two days.",
         "Sheberghan", "taliban"),
        ("Aybak became the sixth provincial capital seized by the Taliban on Monday.", "Aybak", "taliban"),
        # the other side taking one back
        ("Ghazni is the only provincial capital the government has retaken.", "Ghazni", "af-gov"),
    ],
)
def test_a_copula_names_the_captured_noun(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert [(p, g) for p, g, _l in _news(extractor, text)] == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "Kunduz is the third provincial capital the Taliban have attacked this week.",
        "Kunduz is one of the largest cities the Taliban have ever tried to capture.",
        "Kandahar is the city the Taliban want to capture next.",
        "Ghazni is a town the Taliban could capture within days, officials warned.",
        "It is the third provincial capital the Taliban have taken since Friday.",
        "Aleppo is the biggest prize the rebels have captured so far.",
        "Kunduz is the third provincial capital the Taliban have besieged since May.",
    ],
)
def test_an_attack_an_aim_or_no_named_place_stays_quiet(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_a_relative_clause_of_recent_days_on_the_name_stays_background(extractor: Extractor) -> None:
    events = extractor.extract(make_article("Kunduz, which the Taliban captured in recent days, is a key prize.", published=PUB))
    assert [(e.place.name, e.historical) for e in events if e.kind == "change"] == [("Kunduz", True)]


def test_a_clause_dated_long_before_is_background(extractor: Extractor) -> None:
    events = extractor.extract(make_article("Kandahar is the city the Taliban captured in 1994.", published=PUB))
    assert [(e.place.name, e.historical) for e in events if e.kind == "change"] == [("Kandahar", True)]
