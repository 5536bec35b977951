"""Monitor lines other than coder notes, thirteenth reading (CrisisWatch-style monthly lines, SOHR, monitors'
bulletins): M1 a day written between the subject and its verb ("RSF 12 May seized X"), which the small model read
as part of the subject or an adjective on the verb and which dated the line's own news as background after two
weeks; M2 a capture verb read as an adjective on its long capitalised object ("RSF captured 21st Infantry Division
of army in X"); M3 a numbered formation taken in a town ("seized army's 16th Infantry Division in X"), the town its
garrison; M4 an unnamed side that took a town from a named one ("Syrian rebels captured X from regime forces"), which
lost its gainer once the loser was named. Each family with negative twins built from the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.dates import find_time_refs, is_background_date
from townwatch_extract.extractor import Extractor
from townwatch_extract.inline_date import blank_inline_dates, inline_date_spans
from townwatch_schemas import Article

MONTHLY = dt.date(2024, 6, 1)
"""A monthly monitor's issue: its lines date each event of May by day and month, without a year."""


def _sides(extractor: Extractor, text: str, published: dt.date = MONTHLY) -> dict[str, tuple[str | None, str | None]]:
    article = Article(id="m", text=text, title=None, published=published,
                      received=dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC))
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in extractor.extract(article) if e.kind == "change" and not e.historical
    }


# --- M1: a day between subject and verb --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("M23 rebels 19 May captured Kitchanga town in Masisi territory after two days of clashes with army.", "Kitchanga", "m23"),
        ("In North Darfur, RSF 12 May seized Mellit town, forcing thousands to flee.", "Mellit", "rsf"),
        ("Al-Shabaab militants 3 May overran Mahaday town after govt troops withdrew.", "Mahaday", "al-shabaab"),
        ("Govt forces 4 May pushed Al-Shabaab out of Mahaday town.", "Mahaday", "so-gov"),
        ("Arakan Army 2 May captured Paletwa town and 20 May took control of Buthidaung.", "Paletwa", "arakan-army"),
        ("Arakan Army 2 May captured Paletwa town and 20 May took control of Buthidaung.", "Buthidaung", "arakan-army"),
    ],
)
def test_a_day_between_subject_and_verb_is_the_lines_news(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _sides(extractor, text).get(place, (None,))[0] == gaining


@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels 19 May attacked Kitchanga town in Masisi territory after two days of clashes with army.",
        "In North Darfur, RSF 12 May shelled Mellit town, forcing thousands to flee.",
        "Arakan Army 2 May ambushed convoy near Paletwa town and 20 May shelled Buthidaung.",
    ],
)
def test_a_dated_attack_is_no_change(extractor: Extractor, text: str) -> None:
    assert _sides(extractor, text) == {}


def test_an_inline_day_older_than_the_issue_stays_background(extractor: Extractor) -> None:
    # "12 March" in the June issue is months back: the line recalls it
    assert _sides(extractor, "In North Darfur, RSF 12 March seized Mellit town, forcing thousands to flee.") == {}


def test_inline_spans_are_blanked_to_the_same_length() -> None:
    text = "Elsewhere, RSF 31 Oct captured X, and rebels 15-18 Oct wrestled control of Y; IS mid-May seized Z."
    blanked = blank_inline_dates(text)
    assert len(blanked) == len(text)
    assert "31 Oct" not in blanked and "15-18 Oct" not in blanked and "mid-May" not in blanked
    assert "RSF" in blanked and "captured X" in blanked


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured Mastoumeh village 19 May and Ariha 28 May.",  # a date after its object, before "and"
        "Govt forces on 20 Aug recaptured Marka.",  # a date its preposition governs
        "Fighting since 3 May killed dozens.",
        "Rebels captured the town on Sunday.",
    ],
)
def test_dates_governed_or_after_the_object_are_not_inline(text: str) -> None:
    assert inline_date_spans(text) == []


def test_an_inline_day_is_background_only_after_a_month() -> None:
    inline = find_time_refs("RSF 3 May captured Mellit.", MONTHLY)
    governed = find_time_refs("RSF captured Mellit on 3 May.", MONTHLY)
    assert [r.inline for r in inline] == [True] and [r.inline for r in governed] == [False]
    assert not is_background_date(inline[0], MONTHLY)
    assert is_background_date(governed[0], MONTHLY)  # a news story's "on 3 May" four weeks back is history


# --- M2 and M3: a verb read as an adjective on its capitalised object; a numbered formation taken in its town ----
@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("RSF captured 21st Infantry Division of army in Central Darfur state capital Zalingei.", "Zalingei", "rsf"),
        ("RSF 20 May seized army's 22nd Infantry Division in Babanusa town.", "Babanusa", "rsf"),
        ("M23 18 May captured 34th Military Region command of army in Rubaya town.", "Rubaya", "m23"),
        ("KNLA 10 May captured Light Infantry Battalion 275 base, last military base in Myawaddy town.", "Myawaddy", "knla"),
    ],
)
def test_a_formation_or_base_taken_in_its_town(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _sides(extractor, text).get(place, (None,))[0] == gaining


@pytest.mark.parametrize(
    "text",
    [
        "RSF shelled 21st Infantry Division of army in Central Darfur state capital Zalingei.",
        "RSF 20 May besieged army's 22nd Infantry Division in Babanusa town.",
        "M23 18 May attacked 34th Military Region command of army in Rubaya town.",
        "KNLA 10 May shelled Light Infantry Battalion 275 base, last military base in Myawaddy town.",
        "Soldiers captured 50 fighters of the 3rd battalion in Babanusa town.",  # people of a unit, not the unit
        "The recently captured 22nd Infantry Division commander spoke in Babanusa town.",
    ],
)
def test_a_formation_attacked_or_its_people_taken_is_no_change(extractor: Extractor, text: str) -> None:
    assert _sides(extractor, text) == {}


# --- M4: an unnamed side takes a town from a named one -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "sides"),
    [
        ("Rebels 12 May captured Kafr Nabudah from regime forces after fierce clashes.", "Kafr Nabudah", ("x-rebels-sy", "sy-gov")),
        ("Syrian rebels captured the town of Kafr Nabudah from regime forces on Sunday.", "Kafr Nabudah", ("x-rebels-sy", "sy-gov")),
        ("Insurgents seized Damasak from the army on Sunday, residents said.", "Damasak", ("x-insurgents-ng", "ng-gov")),
    ],
)
def test_an_unnamed_side_taking_a_town_from_a_named_one_is_the_gainer(
    extractor: Extractor, text: str, place: str, sides: tuple[str, str]
) -> None:
    assert _sides(extractor, text).get(place) == sides


def test_a_named_side_leaving_gets_no_unnamed_gainer(extractor: Extractor) -> None:
    assert _sides(extractor, "Regime forces withdrew from Kafr Nabudah on Sunday.").get("Kafr Nabudah") == (None, "sy-gov")


def test_an_unnamed_side_attacking_a_held_town_is_no_change(extractor: Extractor) -> None:
    assert _sides(extractor, "Rebels attacked Kafr Nabudah, held by regime forces, on Sunday.") == {}
