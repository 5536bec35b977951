"""Coder notes (session 42, helper notes42, issue 10): Myanmar's posts placed by a village, the Tatmadaw's camps,
bracketed unit abbreviations, and a coder's subjectless verb-first clause.

(V) A junta camp or outpost placed only by the named village it stands in or near ("an outpost in X Village, Y
Township", "a camp near X village") is a site under the village's name (area_site: the village as the area). Twins: an
attack, a plan, a raid that left, a camp of the displaced.
(T) "The Tatmadaw camp in X" is the army's camp at X: the army's own name is the owner, never the camp's name
(named_camp, frames, sites). Twin: the camp that shelled villages.
(U) "Infantry Battalion (IB) 77": the bracketed abbreviation stays inside the designation, left out of its name
(unit_site). Twin: the unit attacked, not taken.
(S) A coder's subjectless clause ("Retook X from Y after ...", "On 4 March, recaptured X", "Captured A, B and C from
Y") takes the places, the "from" side as the loser (telegraphic_clause.verb_first_clauses). Twins: captives, "took
part", a capture given up in its own sentence, seized weapons, people captured near a town.
Sentences written for these tests, after the grammar of Myanmar outlets' daily notes and Sahel and Kivu trackers
(2019-2025).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("The KNLA overran a junta outpost in Kaw Hta Village, Hpapun Township, on Monday night.", "Kaw Hta junta outpost", "knla"),
        ("Combined KIA and PDF forces captured a military outpost near Nam Hpyu Village in Waingmaw Township.", "Nam Hpyu military outpost", "kia"),
        ("The Arakan Army seized a junta camp in Kyauk Tan village, Kyauktaw Township, after two days of fighting.", "Kyauk Tan junta camp", "arakan-army"),
        ("The KIA captured the Tatmadaw camp in Mansi on Wednesday after a three-day siege.", "Mansi", "kia"),
        ("Karen fighters seized the Tatmadaw camp in Kyaikdon on Monday morning.", "Kyaikdon", "knla"),
        ("The TNLA and its allies captured Infantry Battalion (IB) 77 near the town on Thursday.", "Infantry Battalion 77", "tnla"),
        ("The Arakan Army overran Light Infantry Battalion (LIB) 375 in Rathedaung on Saturday.", "Light Infantry Battalion 375", "arakan-army"),
    ],
)
def test_myanmar_posts_by_village_owner_and_unit(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert any(p == place and g == gaining and lo == "mm-junta" for p, g, lo in news_rows(extractor, text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "The KNLA attacked a junta outpost near Kaw Hta Village on Monday but did not take it.",
        "The KIA plans to seize the military outpost in Nam Hpyu Village next week.",
        "Junta troops raided a PDF camp in Kyauk Tan Village and withdrew the same evening.",
        "Soldiers burned shelters in an IDP camp near Nam Hpyu village on Sunday.",
        "The Tatmadaw camp in Mansi shelled nearby villages on Wednesday, residents said.",
        "The TNLA attacked Infantry Battalion (IB) 77 but failed to take it.",
    ],
)
def test_myanmar_post_twins_stay_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


def test_the_tatmadaw_is_never_a_camps_name(extractor: Extractor) -> None:
    places = [p for p, _g, _l in news_rows(extractor, "The KIA captured the Tatmadaw camp in Kbaw Tu.", DAY)]
    assert places and not any("Tatmadaw" in p for p in places)


@pytest.mark.parametrize(
    ("text", "places", "losing"),
    [
        ("Retook Damboa from ISWAP after a night of heavy fighting.", ["Damboa"], "iswap"),
        ("On 4 March, recaptured Gwoza town from Boko Haram.", ["Gwoza"], "boko-haram"),
        ("Captured Dikwa, Gajiram and Monguno from ISWAP on Thursday.", ["Dikwa", "Gajiram", "Monguno"], "iswap"),
    ],
)
def test_a_coders_subjectless_clause_takes_its_places(extractor: Extractor, text: str, places: list[str], losing: str) -> None:
    found = news_rows(extractor, text, dt.date(2021, 3, 5))
    assert sorted(p for p, _g, lo in found if lo == losing) == sorted(places)


def test_regained_control_with_no_side_still_takes_the_town(extractor: Extractor) -> None:
    assert [p for p, _g, _l in news_rows(extractor, "Regained control of Kafr Nabl after clashes with HTS.", dt.date(2019, 6, 10))] == ["Kafr Nabl"]


@pytest.mark.parametrize(
    "text",
    [
        "Captured ISWAP fighters said they had been recruited in Damboa.",
        "Took part in clashes near Gwoza on Thursday.",
        "Retook Damboa from ISWAP but withdrew a few hours later.",
        "Seized weapons were displayed in Monguno on Friday.",
        "On 4 March, captured 12 Boko Haram fighters near Gwoza.",
        "Regained consciousness in Damboa hospital on Friday.",
    ],
)
def test_subjectless_clause_twins_stay_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, dt.date(2021, 3, 5)) == []
