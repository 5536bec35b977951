"""Background and reversals told as news (session 41, helper hist41, issue 10).

(S) A headline's stir after a capture: "Fears grow after RSF takes control of X", "Tension rises after rebels seize
Y". The feeling is the reaction the capture made, so the capture is the headline's news, not the background of a later
act (``background.after_in_headline``, ``_STIRS``). Twins kept as they were: a capture dated back ("a year after"),
an attack, an advance or a vow (no capture at all), a business takeover, and a later act of another side ("Army vows
revenge after rebels seize X" stays the story's background, as before).

(R) A retake the day after the fall, in one report: "Soldiers retook X on Thursday after a withdrawal of the
insurgents, whose gunmen had stormed most of the town the day before". The place ends the report where it began,
so neither reading is a change (labelling.md, "Reversals"; ``recent_fall._RECENT`` now counts "the day before", "the
previous day", "a day earlier" as a weekday was counted). Twins kept: a fall dated by a month, a shelling the day
before, another place's fall the day before, the retaker's own earlier capture, a planned attack the day after.
Sentences written for these tests, after the grammar of wire reports of 2014-2016 (Nigeria, Somalia, Syria).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

DAY = dt.date(2016, 11, 10)


def _split(extractor: Extractor, text: str, title: str | None) -> tuple[set[str], set[str]]:
    events = [e for e in extractor.extract(make_article(text, published=DAY, title=title)) if e.kind == "change"]
    return {e.place.name for e in events if not e.historical}, {e.place.name for e in events if e.historical}


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Fears grow after Boko Haram takes control of Bama", "Bama"),
        ("Fears grow for civilians after al-Shabaab seizes Bulo Burde", "Bulo Burde"),
        ("Concern grows after rebels take control of Goma", "Goma"),
        ("Tension rises after M23 rebels seize Goma", "Goma"),
        ("Panic spreads after Taliban capture Kunduz", "Kunduz"),
        ("Fears grow after Boko Haram took control of Bama", "Bama"),
    ],
)
def test_a_stir_after_a_capture_keeps_the_capture_news(extractor: Extractor, title: str, place: str) -> None:
    now, before = _split(extractor, "", title)
    assert place in now and place not in before


@pytest.mark.parametrize(
    "title",
    [
        "Fears grow after Boko Haram attacks Bama",
        "Fears grow as Boko Haram advances on Bama",
        "Fears grow after Boko Haram vows to take Bama",
        "Fears grow after takeover bid for Vodafone",
    ],
)
def test_a_stir_after_no_capture_gives_nothing(extractor: Extractor, title: str) -> None:
    now, before = _split(extractor, "", title)
    assert not now and not before


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Fears grow a year after Boko Haram took control of Bama", "Bama"),
        ("Army vows revenge after rebels seize Goma", "Goma"),
    ],
)
def test_a_capture_dated_back_or_before_another_act_stays_background(extractor: Extractor, title: str, place: str) -> None:
    now, before = _split(extractor, "", title)
    assert place in before and place not in now


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers retook Damboa on Thursday after a withdrawal of the insurgents, whose gunmen had stormed most of the "
        "town the day before, witnesses said.",
        "The army regained control of Damboa on Thursday. The militants had overrun the town the day before.",
        "Government troops recaptured Damboa on Thursday. Boko Haram fighters had captured the town the previous day.",
        "Government troops recaptured Damboa on Thursday. Boko Haram fighters had captured the town a day earlier.",
    ],
)
def test_a_retake_the_day_after_the_fall_is_no_change(extractor: Extractor, text: str) -> None:
    now, _ = _split(extractor, text, None)
    assert "Damboa" not in now


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a fall dated by a month: the retake is news
        ("Government troops recaptured Damboa on Thursday. Boko Haram fighters had captured the town in June.", "Damboa"),
        # a shelling the day before: no fall
        ("Government troops recaptured Damboa on Thursday. Boko Haram fighters had shelled the town the day before.", "Damboa"),
        # another place's fall the day before
        ("Government troops recaptured Damboa on Thursday. Boko Haram fighters had captured Gwoza the day before.", "Damboa"),
        # a planned attack, not a fall
        ("Government troops recaptured Damboa on Thursday, the day before the militants had planned to attack it.", "Damboa"),
    ],
)
def test_a_retake_with_no_fall_the_day_before_stays_news(extractor: Extractor, text: str, place: str) -> None:
    now, _ = _split(extractor, text, None)
    assert place in now


# (U) A capture undone in its own sentence under an impersonal report: "It was learnt that the fighters took over
# control of X, but fled the town". The parse hangs the leaving on "learnt"; its subject is the capture's, so the
# capture is undone as "took X but fled" is (frames._undone). Twins: another subject leaving ("but the soldiers fled",
# "but residents fled"), a hold that goes on, the other side fleeing a retake, an attack (no capture).
@pytest.mark.parametrize(
    "text",
    [
        "It was learnt that the Boko Haram gunmen having overpowered the garrison seized control of Damasak, but fled the "
        "town when army reinforcements came.",
        "It was gathered that the insurgents overran Damboa, but abandoned the town after air strikes.",
        "It was reported that the militants seized the town of Damboa, but withdrew hours later.",
    ],
)
def test_a_capture_left_again_under_an_impersonal_report_is_no_change(extractor: Extractor, text: str) -> None:
    now, before = _split(extractor, text, None)
    assert not now and not before


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("It was learnt that the Boko Haram fighters took over control of Damboa and were hoisting their flag.", "Damboa"),
        ("It was learnt that the Boko Haram fighters took over control of Damboa, but the soldiers fled the town.", "Damboa"),
        ("It was learnt that the Boko Haram fighters took over control of Damboa, but residents fled the town.", "Damboa"),
        ("It was learnt that troops recaptured Damboa, but the insurgents fled into the bush.", "Damboa"),
    ],
)
def test_a_capture_under_an_impersonal_report_that_stands_is_news(extractor: Extractor, text: str, place: str) -> None:
    now, _ = _split(extractor, text, None)
    assert place in now
