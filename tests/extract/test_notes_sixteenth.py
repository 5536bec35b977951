"""Monitors' lines and timelines (session 16, helper notes16): a one- or two-sentence monitor line that dates its change
weeks before its page (a sitrep covering three weeks, a monthly digest, a tally of the last two months' towns) tells
that change as its news; a timeline told in order has its later day as the news. Each form with negative twins of the
same words: a relative clause, an "after" gerund, a story around the line, a headline over it, a date months back, an
attack, an attempt, a denial (lines written for these tests, in a monitor's style)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, news_rows

PAGE = dt.date(2024, 11, 20)


@pytest.mark.parametrize(
    "line",
    [
        "On 10 October, M23 captured Kibirizi (Rutshuru, North Kivu).",
        "On 10 October 2024, M23 rebels captured Kibirizi.",
        "M23 captured Kibirizi on 10 October, local sources said.",
        "M23 rebels seized the town of Kibirizi on Oct. 10 without a fight.",
        "Kibirizi was captured by M23 on 10 October 2024, and clashes continued around the town until 14 October.",
        "On Sept. 25, M23 captured Kibirizi as FARDC troops withdrew towards Rutshuru.",
    ],
)
def test_a_note_line_dated_weeks_back_is_its_news(extractor: Extractor, line: str) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, line, PAGE)] == [("Kibirizi", "m23")]


def test_a_two_sentence_note_keeps_its_dated_change(extractor: Extractor) -> None:
    line = "On 10 October, M23 captured Kibirizi. Clashes with Wazalendo fighters continued nearby on 12 October."
    assert [(p, g) for p, g, _lo in news_rows(extractor, line, PAGE)] == [("Kibirizi", "m23")]


@pytest.mark.parametrize(
    "line",
    [
        # months before the page: history, even in a one-line note
        "On 10 August, M23 captured Kibirizi (Rutshuru, North Kivu).",
        "M23 captured Kibirizi on 10 July 2024.",
        # the change describes the place or sets the scene of the line's own news
        "Clashes continued near Kibirizi, which M23 captured on 10 October.",
        "M23 shelled Rutshuru on 18 November after capturing Kibirizi on 10 October.",
        "After capturing Kibirizi on 10 October, M23 shelled Rutshuru on 18 November.",
        # a story around the dated line: background to the story's own news
        "Aid agencies resumed work in Goma on Monday. Fighting has displaced thousands in the territory. M23 captured Kibirizi on 10 October.",
    ],
)
def test_a_dated_change_told_as_background_stays_history(extractor: Extractor, line: str) -> None:
    rows = change_rows(extractor, line, PAGE)
    assert [p for p, _g, _lo, hist in rows if not hist] == []


def test_a_headline_over_the_dated_line_makes_it_a_story(extractor: Extractor) -> None:
    rows = change_rows(extractor, "M23 captured Kibirizi on 10 October.", PAGE, title="Aid resumes in Goma as fighting displaces thousands")
    assert [p for p, _g, _lo, hist in rows if not hist] == []


@pytest.mark.parametrize(
    "line",
    [
        "On 10 October, M23 attacked Kibirizi, killing three soldiers.",
        "On 10 October, M23 tried to capture Kibirizi.",
        "On 10 October, FARDC said M23 had not captured Kibirizi.",
        "On 10 October, M23 shelled FARDC positions near Kibirizi.",
    ],
)
def test_fighting_dated_weeks_back_is_no_change(extractor: Extractor, line: str) -> None:
    assert news_rows(extractor, line, PAGE) == []


@pytest.mark.parametrize(
    "line",
    [
        "On 10 October, M23 captured Kibirizi. On 18 November, FARDC retook Kibirizi.",
        "On 10 November, M23 captured Kibirizi. On 18 November, FARDC retook Kibirizi.",
        "M23 captured Kibirizi on 12 November; FARDC troops recaptured Kibirizi on 17 November.",
    ],
)
def test_a_timeline_told_in_order_has_its_later_day_as_news(extractor: Extractor, line: str) -> None:
    rows = change_rows(extractor, line, PAGE)
    assert [(p, g, hist) for p, g, _lo, hist in rows] == [("Kibirizi", "m23", True), ("Kibirizi", "cd-gov", False)]


def test_the_newest_change_told_first_still_leads(extractor: Extractor) -> None:
    # the wire's order: the news first, the hand it undid after (dated earlier)
    line = "On 18 November, FARDC retook Kibirizi. M23 had captured Kibirizi on 10 October."
    rows = change_rows(extractor, line, PAGE)
    assert [(p, g) for p, g, _lo, hist in rows if not hist] == [("Kibirizi", "cd-gov")]


CHAIN_DAY = dt.date(2012, 12, 30)


@pytest.mark.parametrize(
    "line, places",
    [
        ("Seleka rebels 11 Dec captured Ndele town; 18 Dec seized Bria; 29 Dec seized Sibut.", ["Ndele", "Bria", "Sibut"]),
        ("Seleka rebels 11 Dec captured Ndele town, 18 Dec seized Bria and 29 Dec seized Sibut.", ["Ndele", "Bria", "Sibut"]),
        ("Seleka rebels 11 Dec captured Ndele town; 18-20 Dec seized Bria.", ["Ndele", "Bria"]),
    ],
)
def test_a_digest_chain_of_dated_clauses_shares_its_subject(extractor: Extractor, line: str, places: list[str]) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, line, CHAIN_DAY)] == [(p, "seleka") for p in places]


@pytest.mark.parametrize(
    "line, places",
    [
        # the later clauses of the chain are attacks, shelling, threats: no change
        ("Seleka rebels 11 Dec captured Ndele town; 18 Dec attacked Bria; 29 Dec shelled Sibut.", ["Ndele"]),
        ("Seleka rebels 11 Dec attacked Ndele town, 18 Dec threatened to seize Bria.", []),
        ("Seleka rebels 11 Dec besieged Ndele town; 18 Dec ambushed an army convoy near Bria.", []),
    ],
)
def test_a_digest_chain_of_fighting_stays_quiet(extractor: Extractor, line: str, places: list[str]) -> None:
    assert [p for p, _g, _lo in news_rows(extractor, line, CHAIN_DAY)] == places


PROGRESS_DAY = dt.date(2021, 8, 10)


@pytest.mark.parametrize(
    "line, places",
    [
        ("From July to 4 August, Mozambican and allied forces had captured the settlements of Chinda, Mumu and Mbau from insurgents.",
         ["Chinda", "Mumu", "Mbau"]),
        ("By 4 August, Mozambican forces had captured Mbau from insurgents.", ["Mbau"]),
        ("Mozambican forces had captured Mbau from insurgents by 4 August.", ["Mbau"]),
    ],
)
def test_a_pluperfect_measured_to_a_recent_day_is_the_progress_made(extractor: Extractor, line: str, places: list[str]) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, line, PROGRESS_DAY)] == [(p, "mz-gov") for p in places]


@pytest.mark.parametrize(
    "line",
    [
        # a pluperfect with no span, or a span ending months back: what came before the news
        "Mozambican forces had captured Mbau from insurgents.",
        "By 4 May, Mozambican forces had captured Mbau from insurgents.",
        "By 4 August, Mozambican forces had attacked Mbau twice.",
        "By 4 August, Mozambican forces had failed to capture Mbau.",
    ],
)
def test_a_pluperfect_without_a_recent_span_stays_history(extractor: Extractor, line: str) -> None:
    assert news_rows(extractor, line, PROGRESS_DAY) == []


def test_the_earlier_hand_told_in_the_pluperfect_after_the_news_stays_history(extractor: Extractor) -> None:
    line = "Mozambican forces retook Mbau on 8 August. Insurgents had captured Mbau on 2 August."
    assert [(p, g) for p, g, _lo in news_rows(extractor, line, PROGRESS_DAY)] == [("Mbau", "mz-gov")]
