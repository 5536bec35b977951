"""Session 19 (helper verbs19, issue 10): capture said as a lost battle, a flag raised by townsfolk, a hold dated
yesterday, a condemned capture and an announced one the parser hangs on its announcer. Each family is written in our
own words with the grammar of real wire copy, headlines and monitor notes, and each has negative twins built from the
same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 5, 10)


# N1: "lost (the) battle / fight for X": the place fought for is the one the subject lost (a headline's "say they
# have lost battle for X" names the speakers as the losers).
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Syria rebels lose battle for Qusair", ("Qusair", None, "x-rebels-sy")),
        ("Syria rebels say they have lost battle for Idlib", ("Idlib", None, "x-rebels-sy")),
    ],
)
def test_lost_battle_for_town_headline(extractor: Extractor, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert _news(extractor, "", DAY, title=title) == [want]


def test_lost_fight_for_town_news(extractor: Extractor) -> None:
    rows = _news(extractor, "The Taliban lost the fight for Kunduz on Monday, the army said.", DAY)
    assert rows == [("Kunduz", "af-gov", "taliban")]


@pytest.mark.parametrize(
    "title",
    [
        "Ruling party loses battle for Lahore seat",
        "Syria rebels fear they could lose battle for Qusair",  # a prospect
        "Syria rebels vow not to lose battle for Idlib",  # intent
        "Opposition loses battle for votes in Aleppo province",
    ],
)
def test_lost_battle_twins_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels are losing the battle for Qusair, activists said.",  # under way
        "The opposition lost the battle for votes in Aleppo province.",
        "The Taliban lost the fight for Kunduz in 2015 but returned a year later.",  # background
    ],
)
def test_lost_battle_news_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# N2: "the Z flag was raised by local residents in the town of X": the parse hangs the town on the raisers; residents
# welcome the flag's side back, so the flag's own word names it.
@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        ("A local official said the Ukrainian flag was raised by residents in the town of Kupiansk on Saturday.",
         "Kupiansk", "ua-forces"),
        ("The Russian flag was raised by soldiers in the town of Avdiivka, the Russian defence ministry said.",
         "Avdiivka", "ru-forces"),
    ],
)
def test_flag_raised_by_residents_or_soldiers_in_town(extractor: Extractor, text: str, place: str, side: str) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [(place, side)]


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian flag was raised by residents in Kyiv for Independence Day.",  # ceremony
        "A Palestinian flag was raised by protesters in the town of Hebron on Friday.",  # protest
        "The national flag was raised by students in the city of Kherson at the start of the school year.",
        "The Ukrainian flag will be raised by residents in the town of Kupiansk once the troops return.",  # prospect
    ],
)
def test_flag_raised_by_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# N3: "X has been under Z control since yesterday evening / since Monday morning": a hold a day or two old is the
# change itself; "X and Y are under the control of the militants who seized ...": the holder took it.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"Sake has been under M23 control since yesterday evening," a police official said.', ("Sake", "m23")),
        ("The town of Goma has been under M23 control since Monday morning, local officials said.", ("Goma", "m23")),
        (
            "Ramadi and the nearby town of Hit are under the control of Islamic State fighters who seized the police "
            "stations late on Saturday, a police source said.",
            ("Ramadi", "isis"),
        ),
    ],
)
def test_recent_hold_is_a_change(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)][:1] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Sake has been under M23 control since 2012, local officials said.",
        "Sake has been under M23 control since March, residents said.",
        "Sake has been under M23 control since last year.",
        "Ramadi is under the control of Islamic State fighters who fought the army for years.",
        "Ramadi has not been under Islamic State control since yesterday, the army said.",  # negated
    ],
)
def test_old_hold_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# N4: "the Security Council condemned the capture of X": whoever condemns a capture tells it done (no side named: a
# known town of a country at war); and "Z announced on Saturday their capture of X", which the small model parses
# with the verb as a reduced relative on Z.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The African Union condemned the seizure of Goma and urged all sides to observe a ceasefire.", "Goma"),
        ("Syrian rebel factions announced on Saturday their capture of the city of Daraa, a monitor said.", "Daraa"),
    ],
)
def test_a_capture_condemned_or_announced_is_a_change(extractor: Extractor, text: str, place: str) -> None:
    assert [p for p, _g, _lo in _news(extractor, text, DAY)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union condemned the attempted seizure of Goma and urged all sides to observe a ceasefire.",
        "The council condemned the capture of two journalists in Goma.",
        "The African Union condemned the attack on Goma and called for restraint.",
        "The ministry condemned the capture of Goma in 2012 and called it illegal.",  # background
        "Rebel leaders announced on Monday their plan for the capture of Daraa.",
    ],
)
def test_condemned_and_announced_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []
