"""Session 20, second round (helper quotes20, issue 10): first-person claims whose speaker comes after the words.

Q1 (quotes.py, extractor._first_person_side): "we" / "our forces" spoken by an office of a state ("the president of the
transition", "the regional governor", "the defence minister"): the state's forces of the place's country gained or
lost it; and a line whose quote marks were dropped, with its attribution at its end or at the end of the next
first-person sentence. Twins: an intention ("We will take X"), a denial ("We have not lost X"), a question, a group's
official (the group, not the state), a speaker who is a journalist.
F1 (frames.py): an Afghan outlet's "X district was fallen to Z" (a copula's participle, its mood the copula's) and "the
compound of X district" as the district's seat; F2 (status.occupied_now): "are now occupying X" tells the hold. Twins: a
denial, a prospect, an attempt, a protest, the past.
K1 (coreference.py): a counted plural ("lost control over two settlements") does not stand for the places the side
fights "to retain control of" in the same sentence. Twin: the plural's own list after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.conftest import news_rows

DAY = dt.date(2024, 6, 4)

POSITIVE = [
    # Q1: a state office speaks for "our forces" / "we"
    ('"Our forces have seized Kidal in northern Mali," the president of the transition said.', [("Kidal", "ml-gov", "fla")]),
    ("Our soldiers have seized Kidal in northern Mali, the president of the transition said.", [("Kidal", "ml-gov", "fla")]),
    ('"Our troops have taken Tessalit in northern Mali," the defence minister said.', [("Tessalit", "ml-gov", "fla")]),
    ('"Our army has liberated Gao in Mali," the prime minister told reporters.', [("Gao", "ml-gov", None)]),
    ('"We lost control over Toshkivka and Zolote," said the Luhansk regional governor.',
     [("Toshkivka", "ru-forces", "ua-forces"), ("Zolote", "ru-forces", "ua-forces")]),
    ("We lost control over Toshkivka and Zolote, said the Luhansk regional governor, speaking of two villages.",
     [("Toshkivka", "ru-forces", "ua-forces"), ("Zolote", "ru-forces", "ua-forces")]),
    # Q1: a group's official speaks for the group, with or without quote marks
    ('"We lost control over Toshkivka and Zolote," an MNLA official said.', [("Toshkivka", "ml-gov", "fla"), ("Zolote", "ml-gov", "fla")]),
]

NEGATIVE = [
    # intentions, denials, questions of the same speakers
    '"We will take Kidal in northern Mali," the president of the transition said.',
    '"Our forces will soon seize Kidal in northern Mali," the president of the transition said.',
    '"Our forces are ready to retake Tessalit in northern Mali," the defence minister said.',
    '"We have not lost Toshkivka and Zolote," said the Luhansk regional governor.',
    '"We never lost control over Toshkivka and Zolote," said the Luhansk regional governor.',
    '"We want to recapture Gao in Mali," the prime minister told reporters.',
    '"We plan to take back Toshkivka and Zolote," said the Luhansk regional governor.',
    '"Our forces could seize Kidal in northern Mali within days," the president of the transition said.',
    # K1: the places a side fights to keep are not the ones it lost
    "Kyiv said its troops lost control over two settlements in Luhansk region, where they are fighting fiercely to "
    "retain control of the twin cities of Sievierodonetsk and Lysychansk.",
    "Kyiv said its troops lost two villages in Luhansk region, where they are battling to keep hold of the cities of "
    "Sievierodonetsk and Lysychansk.",
    "Kyiv said its troops gave up two villages in Luhansk region while defending the cities of Sievierodonetsk and Lysychansk.",
]

FALLS = [
    ("Local officials said Qaisar district was fallen to the Taliban on Sunday.", [("Qaisar", "taliban", None)]),
    ("A member of the provincial council said the compound of Qala-i-Zal district was fallen to the Taliban.",
     [("Qala-i-Zal", "taliban", None)]),
    ("The compound of Qaisar district fell to the Taliban after a night of fighting, officials said.", [("Qaisar", "taliban", None)]),
    ("Boko Haram fighters are now occupying the Borno town of Gubio, residents said.", [("Gubio", "boko-haram", "ng-gov")]),
    ("ISWAP fighters are now occupying Marte in Borno State, a security source said.", [("Marte", "iswap", "ng-gov")]),
]

FALL_TWINS = [
    "Officials denied that Qaisar district was fallen to the Taliban.",
    "A member of the provincial council said the compound of Qaisar district was about to fall to the Taliban.",
    "Boko Haram fighters are now trying to occupy the Borno town of Gubio, residents said.",
    "Boko Haram fighters are occupying the Borno town of Gubio, residents said, as fighting goes on.",
    "Protesters are now occupying the main square of Gao, residents said.",
    "Boko Haram fighters were occupying Gubio in 2015, residents recalled.",
    "Boko Haram fighters are not now occupying the Borno town of Gubio, residents said.",
]

PAST = [
    # a quote about the past is no news
    '"Our forces took Kidal in northern Mali in 2013," the president of the transition said.',
    '"We lost Toshkivka and Zolote in 2014," said the Luhansk regional governor.',
]

FELL_OTHER = [
    # "has fallen" of prices, temperatures and ministers
    "Fuel prices in Kidal have fallen sharply, the president of the transition said.",
    "The temperature in Gao has fallen below zero, the prime minister told reporters.",
    "The defence minister has fallen from favour in Bamako, our correspondent said.",
    '"Our share of the vote in Kidal has fallen," the governor said.',
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_first_person_state_and_group_claims(extractor, text, expected):
    assert sorted(news_rows(extractor, text, DAY)) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE + FELL_OTHER)
def test_first_person_twins_change_nothing(extractor, text):
    assert news_rows(extractor, text, DAY) == []


@pytest.mark.parametrize(("text", "expected"), FALLS)
def test_fallen_copula_district_compound_and_occupying_now(extractor, text, expected):
    assert sorted(news_rows(extractor, text, DAY)) == sorted(expected)


@pytest.mark.parametrize("text", FALL_TWINS)
def test_fall_and_occupation_twins_change_nothing(extractor, text):
    assert news_rows(extractor, text, DAY) == []


@pytest.mark.parametrize("text", PAST)
def test_first_person_past_is_background(extractor, text):
    assert news_rows(extractor, text, DAY) == []


def test_counted_plural_takes_its_own_list_not_the_kept_cities(extractor):
    text = (
        "Kyiv said its troops lost control over two settlements in Luhansk region, where they are fighting fiercely to "
        "retain control of the twin cities of Sievierodonetsk and Lysychansk. \"We lost control over Toshkivka and "
        "Zolote,\" said the Luhansk regional governor."
    )
    places = sorted(p for p, _g, _lo in news_rows(extractor, text, DAY))
    assert "Sievierodonetsk" not in places and "Lysychansk" not in places
    assert places == ["Toshkivka", "Zolote"]
