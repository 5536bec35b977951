"""Session 30 (helper notes30, issue 10): monitors' day-by-day notes that main missed (holdout29a/b notes).

D1 (recap.same_day_opening, note_line.perfect_by_day, background.counted_after): "By noon the same day, X had captured
A", "By nightfall that day, ..." take the date of the entry's sentence before; a pluperfect measured to that day is the
entry's news, and so is its "after pushing Z out of the town". Twins: an undated year, a failure, an advance.
D2 (height_names.py): "the hilltop Tal X", "hilltops A, B and C": names set off after a height noun are sites. Twins:
heights shelled, an attempt, an advance.
D3 (control._day_end): "By the end of the day, Z were in control over the villages of A and B" is the change. Twins:
"still", "by the end of the year", a future, the state with no day.
D4 (frames._compass_opener): "captured the two villages to the west of Z – A and B": the counted list after a bearing.
Twins: shelled, attempted, a country after the town.
D5 (area_members.py): "captured the entire X pocket, composed of the towns of A, B and C": a pocket's or an enclave's
members. Twins: shelled, encircled, attempted.
D6 (modality._spliced_before): "X captures the town of Y from Z; W calls for ..." is no intention of the capture.
Twins: a vow, a threat.
D7 (control_compound.py): "The Taliban seize control of the city of X" (the small model makes one noun phrase of it).
Twins: an attempt, a wish, a noun.

Sentences written for these tests (names and details changed).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


# D1 (recap.same_day_opening, note_line.perfect_by_day, background.counted_after)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2019-07-11",
            "On 11 July, the Syrian army shelled the village of Tell Sukkar. By nightfall the same day, the Syrian army had captured the villages of Qurtal, Ain Dara and Maarzaf.",
            {("Maarzaf", "sy-gov", None), ("Qurtal", "sy-gov", None), ("Ain Dara", "sy-gov", None)},
        ),
        (
            "2019-07-11",
            "On 11 July, rebels attacked army posts near Kafr Hud. By the end of the day, the Syrian army had retaken Jannat Qura.",
            {("Jannat Qura", "sy-gov", None)},
        ),
        (
            "2019-07-11",
            "On 11 July, the Syrian army failed to storm Tell Sukkar. By evening that day, the Syrian army had captured the villages of Jannat Qura and Ain Dara from the rebels.",
            {("Ain Dara", "sy-gov", "x-rebels-sy"), ("Jannat Qura", "sy-gov", "x-rebels-sy")},  # "from the rebels" (dir43)
        ),
        (
            "2019-07-11",
            "By the end of the day, Syrian rebels had recaptured Maarzaf after pushing government forces out of the village.",
            {("Maarzaf", "x-rebels-sy", "sy-gov")},
        ),
    ],
)
def test_d1_a_day_part_of_the_same_day_dates_a_pluperfect_as_news(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (
            "2019-07-11",
            "In 2013, rebels shelled Tell Sukkar. By the end of the day, the Syrian army had captured Qurtal.",
        ),
        (
            "2019-07-11",
            "On 11 July, rebels shelled Tell Sukkar. By nightfall that day, the Syrian army had failed to retake Qurtal.",
        ),
        (
            "2019-07-11",
            "On 11 July, rebels shelled Tell Sukkar. By noon the same day, the Syrian army had advanced toward Qurtal but withdrew.",
        ),
    ],
)
def test_d1_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# D2 (height_names.py)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2019-07-11",
            "On 11 July, the Syrian army captured the village of Maarzaf and the hilltop Tal Sukkar in its vicinity.",
            {("Maarzaf", "sy-gov", None), ("Tal Sukkar Hill", "sy-gov", None)},
        ),
        (
            "2019-07-11",
            "On 11 July, the Syrian army took control of the village of Qurtal and hilltops Tal Ruman and Tal Jabbari.",
            {
                ("Qurtal", "sy-gov", None),
                ("Tal Jabbari", "sy-gov", None),
                ("Tal Ruman", "sy-gov", None),
            },
        ),
        (
            "2019-07-11",
            "On 11 July, the Syrian army captured the hilltops Tal Ruman, Tall Abu Ghazal and Tal Jabbari.",
            {
                ("Tal Ruman Hill", "sy-gov", None),
                ("Tal Jabbari Hill", "sy-gov", None),
                ("Tall Abu Ghazal Hill", "sy-gov", None),
            },
        ),
    ],
)
def test_d2_heights_named_after_their_noun_are_sites(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2019-07-11", "On 11 July, rebels shelled the hilltops Tal Ruman and Tal Jabbari."),
        (
            "2019-07-11",
            "On 11 July, the Syrian army attempted to capture the hilltop Tal Ruman but withdrew after heavy losses.",
        ),
        ("2019-07-11", "On 11 July, the Syrian army advanced toward the hilltop Tal Ruman."),
    ],
)
def test_d2_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# D3 (control._day_end, control._state_frame)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2019-07-11",
            "By the end of the day, Syrian rebels were in control over the villages of Qurtal, Maarzaf and Jannat Qura.",
            {
                ("Maarzaf", "x-rebels-sy", None),
                ("Jannat Qura", "x-rebels-sy", None),
                ("Qurtal", "x-rebels-sy", None),
            },
        ),
        (
            "2019-07-11",
            "By the end of the day, Syrian rebels were in control of the villages of Qurtal and Maarzaf.",
            {("Maarzaf", "x-rebels-sy", None), ("Qurtal", "x-rebels-sy", None)},
        ),
    ],
)
def test_d3_an_end_of_day_control_state_is_the_change(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (
            "2019-07-11",
            "By the end of the day, the Syrian army was still in control of the villages of Qurtal and Maarzaf.",
        ),
        (
            "2019-07-11",
            "By the end of the year, Syrian rebels were in control of the villages of Qurtal and Maarzaf.",
        ),
        (
            "2019-07-11",
            "By the end of the day, Syrian rebels will be in control of the villages of Qurtal and Maarzaf.",
        ),
        ("2019-07-11", "Syrian rebels were in control over the villages of Qurtal and Maarzaf."),
    ],
)
def test_d3_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# D4 (frames._compass_opener)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2019-07-11",
            "On 11 July, the Syrian army managed to capture the two villages to the east of Kafr Hud – Qurtal and Ain Dara.",
            {("Qurtal", "sy-gov", None), ("Ain Dara", "sy-gov", None)},
        ),
        (
            "2019-07-11",
            "On 11 July, the Syrian army captured two villages south of Kafr Hud - Qurtal and Ain Dara.",
            {("Qurtal", "sy-gov", None), ("Ain Dara", "sy-gov", None)},
        ),
        (
            "2019-07-11",
            "On 11 July, the Syrian army captured three villages north-west of Kafr Hud, Qurtal, Maarzaf and Ain Dara.",
            {("Maarzaf", "sy-gov", None), ("Qurtal", "sy-gov", None), ("Ain Dara", "sy-gov", None)},
        ),
    ],
)
def test_d4_a_counted_list_after_a_bearing_names_the_places(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (
            "2019-07-11",
            "On 11 July, the Syrian army shelled the two villages to the east of Kafr Hud – Qurtal and Ain Dara.",
        ),
        (
            "2019-07-11",
            "On 11 July, the Syrian army attempted to capture the two villages to the east of Kafr Hud – Qurtal and Ain Dara.",
        ),
        ("2019-07-11", "On 11 July, the Syrian army captured two villages north of Hama, Syria."),
    ],
)
def test_d4_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# D5 (area_members.py)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2019-07-11",
            "On 11 July, Syrian government forces captured the entire southern Idlib pocket, composed of the towns of Qurtal, Maarzaf, Ain Dara and about a dozen villages.",
            {("Maarzaf", "sy-gov", None), ("Qurtal", "sy-gov", None), ("Ain Dara", "sy-gov", None)},
        ),
        (
            "2019-07-11",
            "On 11 July, Syrian government forces captured the rebel pocket, which includes the towns of Qurtal and Maarzaf.",
            {("Maarzaf", "sy-gov", None), ("Qurtal", "sy-gov", None)},
        ),
        (
            "2019-07-11",
            "On 11 July, Syrian government forces captured the rebel enclave comprising Maarzaf and Ain Dara.",
            {("Maarzaf", "sy-gov", None), ("Ain Dara", "sy-gov", None)},
        ),
        (
            "2019-07-11",
            "On 11 July, Syrian government forces captured the eastern pocket, consisting of the towns of Qurtal and Maarzaf.",
            {("Maarzaf", "sy-gov", None), ("Qurtal", "sy-gov", None)},
        ),
    ],
)
def test_d5_an_enclosure_takes_its_member_towns(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (
            "2019-07-11",
            "On 11 July, Syrian government forces shelled the rebel pocket, made up of the towns of Qurtal and Maarzaf.",
        ),
        (
            "2019-07-11",
            "On 11 July, Syrian government forces encircled the rebel pocket, made up of the towns of Qurtal and Maarzaf.",
        ),
        (
            "2019-07-11",
            "On 11 July, Syrian government forces tried to capture the rebel pocket, which includes the towns of Qurtal and Maarzaf.",
        ),
    ],
)
def test_d5_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# D6 (modality._spliced_before)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2014-02-03",
            "The al-Nusra Front captures the historic town of Yabroud from the Syrian Army; the Vatican calls for protection of its churches.",
            {("Yabroud", "hts", "sy-gov")},
        ),
        (
            "2016-05-03",
            "Taliban fighters capture the district centre of Nawa from Afghan forces; the governor calls for reinforcements.",
            {("Nawa", "taliban", "af-gov")},
        ),
    ],
)
def test_d6_a_clause_before_a_semicolon_is_not_the_next_clauses_intent(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        (
            "2014-02-03",
            "The rebels vow to capture the town of Yabroud; the Vatican calls for protection of its churches.",
        ),
        ("2014-02-03", "The al-Nusra Front threatens to capture Yabroud; the army calls for calm."),
    ],
)
def test_d6_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []


# D7 (control_compound.py)
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            "2016-10-03",
            "The Taliban seize control of the provincial capital of Kunduz.",
            {("Kunduz", "taliban", "af-gov")},
        ),
        (
            "2016-10-03",
            "The Taliban seize control of the city of Farah. Residents say militants have raised their flag over the governor's office.",
            {("Farah", "taliban", "af-gov")},
        ),
    ],
)
def test_d7_seize_control_misread_as_a_noun_phrase(
    extractor: Extractor, published: str, text: str, expected: set
) -> None:
    assert set(news_rows(extractor, text, dt.date.fromisoformat(published))) == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        ("2016-10-03", "The Taliban try to seize control of the city of Farah."),
        ("2016-10-03", "The Taliban seek control of the city of Farah."),
        ("2016-10-03", "The Taliban seize control order of the city of Farah was lifted."),
    ],
)
def test_d7_twins_report_no_change(extractor: Extractor, published: str, text: str) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == []
