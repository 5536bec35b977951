"""News recall (session 40, helper news40, issue 10): a denial of another matter in a claim's own sentence, and a
capture dated "this week" in an "after" clause.

A denial in the capture's own sentence whose complement tells another matter than the ground ("while dismissing
reports that a submarine was sunk", "but denied attacking civilians there", "while Rwanda denied backing the rebels")
no longer contests the capture (denied_matter.py); a denial of the claim itself, of the town's fall, of a withdrawal,
of the side's presence in the town, or a bare "denied this / it / the claim" still does. A change told in an "after"
clause dated "this week" or "on Tuesday this week" is the story's own news (modality.is_background_clause), as it is
in a main clause; "last week", "two weeks ago", "this month" stay background. Sentences written for these tests, after
the grammar of wire reports of 2014-2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _news(extractor: Extractor, text: str, published: dt.date) -> dict[str, tuple[str | None, str | None]]:
    events = extractor.extract(make_article(text, published=published))
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in events if e.kind == "change" and not e.historical
    }


SUDAN = dt.date(2023, 6, 2)
UKRAINE = dt.date(2025, 11, 18)
SYRIA = dt.date(2015, 4, 26)
SOUTH_SUDAN = dt.date(2014, 4, 23)
AFGHANISTAN = dt.date(2021, 8, 7)


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining"),
    [
        # a denial of another matter in the claim's own sentence: a ship, killings, looting, backing
        ("Russia said it had captured the village of Novoplatonivka, while denying reports that a submarine was sunk.",
         UKRAINE, "Novoplatonivka", "ru-forces"),
        ("Russia said it had captured the village of Novoplatonivka, while rejecting reports that its warship was damaged.",
         UKRAINE, "Novoplatonivka", "ru-forces"),
        ("Russia claimed it had captured Novoplatonivka in Kharkiv region, while dismissing Ukrainian reports that a "
         "Black Sea Fleet submarine was sunk at a naval base.", UKRAINE, "Novoplatonivka", "ru-forces"),
        ("The RSF said it had seized the town of Kass, but denied attacking civilians there.", SUDAN, "Kass", "rsf"),
        ("The RSF said it had seized the town of Kass and denied reports that its fighters looted the market.", SUDAN, "Kass", "rsf"),
        ("The RSF said it had seized the town of Kass, while denying that its fighters had killed civilians.", SUDAN, "Kass", "rsf"),
        ("M23 rebels captured the town of Rutshuru on Monday, while Rwanda denied backing the rebels.", dt.date(2024, 3, 2),
         "Rutshuru", "m23"),
        ("South Sudan rebels seized the town of Bentiu, while rejecting UN reports that they had massacred civilians as lies.",
         SOUTH_SUDAN, "Bentiu", "splm-io"),
        # a change in an "after" clause dated this week
        ("Residents panicked after the Taliban took Sheberghan on Tuesday this week.", AFGHANISTAN, "Sheberghan", "taliban"),
        ("Residents panicked after the Taliban took Sheberghan this week.", AFGHANISTAN, "Sheberghan", "taliban"),
        ("Residents panicked after the Taliban took Sheberghan earlier this week.", AFGHANISTAN, "Sheberghan", "taliban"),
        ("Fear has gripped residents of El Fasher after the Rapid Support Forces took control of the Um Keddada army "
         "garrison on Tuesday this week.", dt.date(2024, 4, 18), "Um Keddada", "rsf"),
    ],
)
def test_news_fortieth_reads_the_change(extractor: Extractor, text: str, published: dt.date, place: str, gaining: str) -> None:
    found = _news(extractor, text, published)
    assert place in found, found
    assert found[place][0] == gaining


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # the claim itself denied, or the town's fall, a withdrawal, the side in the town, ground at all
        ("The RSF said it had seized the town of Kass, but the army denied this.", SUDAN, "Kass"),
        ("The RSF said it had seized the town of Kass, but the army denied the claim.", SUDAN, "Kass"),
        ("The RSF said it had seized the town of Kass, but the army denied it.", SUDAN, "Kass"),
        ("The RSF said it had seized the town of Kass, but the army denied that the town had fallen.", SUDAN, "Kass"),
        ("The RSF said it had seized the town of Kass, but the army denied that the rebels were in the town.", SUDAN, "Kass"),
        ("The RSF said it had seized the town of Kass, but the army denied that its troops had left.", SUDAN, "Kass"),
        ("The RSF said it had seized the town of Kass, but the army denied reports that its troops had withdrawn.", SUDAN, "Kass"),
        ("South Sudan rebels seized the town of Bentiu, but the army rejected the claim as lies.", SOUTH_SUDAN, "Bentiu"),
        ("South Sudan rebels seized the town of Bentiu, but the army dismissed reports that the town had fallen as lies.",
         SOUTH_SUDAN, "Bentiu"),
        ("South Sudan rebels said they had seized the town of Bentiu, but the army denied losing any ground.", SOUTH_SUDAN, "Bentiu"),
        ("South Sudan rebels said they had seized the town of Bentiu, but the army denied that the attack had succeeded.",
         SOUTH_SUDAN, "Bentiu"),
        # a change in an "after" clause dated back from the story's week
        ("Residents panicked after the Taliban took Sheberghan last week.", AFGHANISTAN, "Sheberghan"),
        ("Residents panicked after the Taliban took Sheberghan two weeks ago.", AFGHANISTAN, "Sheberghan"),
        ("Residents panicked after the Taliban took Sheberghan a week ago.", AFGHANISTAN, "Sheberghan"),
        ("Residents panicked after the Taliban took Sheberghan this month.", AFGHANISTAN, "Sheberghan"),
        ("Residents panicked after the Taliban took Sheberghan earlier this month.", AFGHANISTAN, "Sheberghan"),
        ("Residents panicked after the Taliban took Sheberghan this year.", AFGHANISTAN, "Sheberghan"),
    ],
)
def test_news_fortieth_twin_is_no_news(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    assert place not in _news(extractor, text, published)
