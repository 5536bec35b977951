"""Session 29 (helper monitor29, issue 10): coder notes that main misread, from the spent notes sets' misses.

L1 (conjuncts.py, extractor._listed_with_known / _resolutions): a name GeoNames lacks joined by the parse to a town it
knows in a war lies in that town's country, also where the frame holds one place each ("Nyamilima and Rutshuru were
taken by M23") and where the name was kept as written with no country or a hint's ("took the towns of Rutshuru and
Kiwanja ... on the border with Uganda"). Twins: the same lists marched through, shelled, attacked in vain, visited;
people arrested.
R1 (answered.py): a capture taken back by another side in its own next clause ("RSF overtook the area, and later, a
militia regained control over the area") leaves the place where it began: no change (labelling.md, "Reversals").
Twins: the second clause on another place or the land around it, the same side going on, an attempt, shelling.
F1 (casualty.py, syntax.subject_of): the fallen of a casualty note are the doers of their "after taking X" ("Three
soldiers were killed in clashes with Z in X after taking control of the town"). Twins: a failed or tried take, the
other side's take with its own subject, things destroyed, a leaving, a raid taken part in.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_partial, news_rows

_DAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # L1 (the first two missed on main)
        (
            "Nyamilima and Rutshuru were taken by M23 on Tuesday, and clashes went on around both localities.",
            {("Nyamilima", "m23", "cd-gov"), ("Rutshuru", "m23", "cd-gov")},
        ),
        (
            "M23 took the towns of Rutshuru and Kiwanja on Saturday and still holds Bunagana, on the border with Uganda.",
            {("Rutshuru", "m23", "cd-gov"), ("Kiwanja", "m23", "cd-gov")},
        ),
        (
            "M23 rebels seized Kibumba, Nyamilima and Rutshuru from the army on Tuesday.",
            {("Kibumba", "m23", "cd-gov"), ("Nyamilima", "m23", "cd-gov"), ("Rutshuru", "m23", "cd-gov")},
        ),
        (
            "Boko Haram fighters captured Gulvaka and Bama from the army on Sunday.",
            {("Gulvaka", "boko-haram", "ng-gov"), ("Bama", "boko-haram", "ng-gov")},
        ),
    ],
)
def test_l1_a_name_joined_to_a_known_town_lies_in_its_country(extractor: Extractor, text: str, expected: set) -> None:
    assert set(news_rows(extractor, text, _DAY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched through Kibumba, Nyamilima and Rutshuru on Sunday.",
        "M23 shelled Kibumba, Nyamilima and Rutshuru on Sunday.",
        "M23 tried to capture Kibumba, Nyamilima and Rutshuru but was repelled.",
        "The army arrested Bahati and Kamanzi in Rutshuru on Sunday.",
        "M23 fighters visited Kibumba and Rutshuru on Tuesday.",
    ],
)
def test_l1_twins_lists_without_a_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # R1 (all three read as changes on main)
        "RSF overtook Umm Dam, and later, a local militia regained control over the area.",
        "The RSF seized Bara, but the army later retook it.",
        "The army recaptured Bara, but the RSF later seized it again.",
        "Al Shabaab overran Moqokori, and later, Somali troops regained control of the town.",
    ],
)
def test_r1_a_capture_taken_back_in_its_next_clause_is_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RSF overtook Umm Dam, and later, the army regained control of Bara.", {("Umm Dam", "rsf", "saf"), ("Bara", "saf", "rsf")}),
        ("RSF took Umm Dam, and later they seized Bara.", {("Umm Dam", "rsf", "saf"), ("Bara", "rsf", "saf")}),
        ("RSF took Umm Dam, and the army later tried to retake it.", {("Umm Dam", "rsf", "saf")}),
        ("The army retook Bara from the RSF and later pushed on to Umm Dam.", {("Bara", "saf", "rsf")}),
        ("RSF seized Bara, and the army later shelled the town.", {("Bara", "rsf", "saf")}),
        ("RSF seized Bara, and later, the army regained control of the area around Umm Dam.", {("Bara", "rsf", "saf")}),
    ],
)
def test_r1_twins_the_capture_stands(extractor: Extractor, text: str, expected: set) -> None:
    assert set(news_rows(extractor, text, _DAY)) == expected


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # F1 (all three missed on main)
        ("Three soldiers were killed in clashes with al Shabaab in Afgooye after taking control of the town.", "Afgooye", "so-gov", "al-shabaab"),
        ("Three Somali soldiers were killed in clashes with al Shabaab after taking control of Afgooye.", "Afgooye", "so-gov", "al-shabaab"),
        (
            "Two Libyan government troops were killed on Tuesday in clashes with IS fighters in Sirte, after taking control of the city centre.",
            "Sirte", "ly-gna", "isis",
        ),
        ("Four Somali soldiers were wounded upon retaking Afgooye from al Shabaab.", "Afgooye", "so-gov", "al-shabaab"),
    ],
)
def test_f1_the_fallen_took_the_place(extractor: Extractor, text: str, place: str, gaining: str, losing: str) -> None:
    assert news_rows(extractor, text, _DAY) == [(place, gaining, losing)]


def test_f1_the_city_centre_is_a_part(extractor: Extractor) -> None:
    text = "Two Libyan government troops were killed on Tuesday in clashes with IS fighters in Sirte, after taking control of the city centre."
    assert news_partial(extractor, text, _DAY) == {"Sirte": True}


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in clashes with IS in Sirte, after failing to take control of the city centre.",
        "Two soldiers were killed in clashes with IS in Sirte while trying to take control of the city centre.",
        "Two trucks were destroyed after taking control of Afgooye.",
        "Four soldiers were wounded in a roadside blast after leaving Afgooye.",
        "Two soldiers were killed after taking part in the raid on Afgooye.",
    ],
)
def test_f1_twins_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


def test_f1_twin_the_other_side_took_it(extractor: Extractor) -> None:
    assert news_rows(extractor, "Two soldiers were killed after militants took control of Afgooye.", _DAY) == [
        ("Afgooye", "al-shabaab", "so-gov")
    ]
