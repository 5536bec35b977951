"""Conflict-monitor event descriptions in the monitor's own one-line style, thirteenth reading: a town of a country at
war that the small model tags as a person when the line names no country ("Rebel fighters seized Birao before dawn",
"Government forces recaptured Gao"), the speaker as the side of its own "it" ("The government said it had recaptured
X", "The rebel movement claimed it had seized X and Y"), a government that takes a town ("The government recaptured
Bailundo"), and the monitor's older wars (Angola, Liberia, Sierra Leone, Cote d'Ivoire, Uganda, Congo-Brazzaville)
as countries at war; each with negative twins built from the same words."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel fighters seized Birao before dawn on Sunday.", {"Birao": ("x-fighters-cf", None)}),
        ("Government forces recaptured Gao from the rebels on Tuesday.", {"Gao": ("ml-gov", "fla")}),
    ],
)
def test_a_war_town_read_as_a_person_is_the_town_taken(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters attacked Birao before dawn on Sunday.",
        "Government forces shelled Gao from the hills on Tuesday.",
        "Rebels seized Abdallah on Friday.",  # a given name is a man
        "Police captured Gao on Friday.",  # the police arrest
    ],
)
def test_a_war_town_attacked_or_a_man_taken_stays_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government said it had recaptured Kaga Bandoro.", {"Kaga Bandoro": ("cf-gov", "cpc")}),
        ("The Angolan government said it had recaptured Mbanza Kongo.", {"Mbanza Kongo": ("ao-gov", None)}),
        ("The rebel movement claimed it had seized Ndele and Birao.", {"Ndele": ("x-rebels-cf", None), "Birao": ("x-rebels-cf", None)}),
        ("The rebel alliance said it had taken Bambari.", {"Bambari": ("x-rebels-cf", None)}),
    ],
)
def test_the_speaker_is_the_side_of_its_own_it(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government said it would recapture Kaga Bandoro.",
        "The government said it had bombed Kaga Bandoro.",
        "The rebel movement claimed it had attacked Ndele and Birao.",
    ],
)
def test_the_speaker_that_only_vows_or_attacks_stays_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_a_government_that_takes_a_town_is_its_state_forces(extractor: Extractor) -> None:
    assert note_sides(extractor, "The government recaptured Bailundo on Friday.") == {"Bailundo": ("ao-gov", None)}


@pytest.mark.parametrize(
    "text",
    [
        "The government took control of the oil company.",
        "The government seized Bailundo's assets.",
        "The rebel government took control of Bailundo.",
    ],
)
def test_a_government_that_takes_no_town_stays_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gwoza was taken by Boko Haram on Saturday.", {"Gwoza": ("boko-haram", "ng-gov")}),
        ("Fighting continued near Bama, which was taken by Boko Haram on the 29th.", {"Bama": ("boko-haram", "ng-gov")}),
        ("Gwoza was overrun by Boko Haram on Saturday.", {"Gwoza": ("boko-haram", "ng-gov")}),
        ("Gwoza has been overrun by Boko Haram.", {"Gwoza": ("boko-haram", "ng-gov")}),
    ],
)
def test_a_town_taken_or_overrun_in_the_passive_is_its_agents(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gwoza was taken by surprise on Saturday.",
        "Two soldiers were taken by Boko Haram on Saturday.",
        "The decision was taken by Boko Haram leaders.",
        "The wounded were taken by ambulance to Gwoza.",
        "Gwoza was overrun by refugees on Saturday.",
        "Gwoza was attacked by Boko Haram on Saturday.",
    ],
)
def test_a_passive_that_takes_no_town_stays_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gwoza fell to opposition groups on Thursday.", {"Gwoza": ("x-rebels-ng", None)}),
        ("Man and nearby Danane fell on Thursday to two previously unknown opposition groups.",
         {"Man": ("x-rebels-ci", None), "Danane": ("x-rebels-ci", None)}),
    ],
)
def test_a_town_fallen_to_rebel_or_opposition_groups_is_theirs(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The opposition groups took part in talks in Gwoza.",
        "Gwoza fell to opposition groups in the vote on Thursday.",
    ],
)
def test_opposition_groups_that_take_no_town_stay_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boko Haram declared control over Gwoza on Sunday.", {"Gwoza": ("boko-haram", "ng-gov")}),
        ("Al Shabaab announced its control over Bulo Burte.", {"Bulo Burte": ("al-shabaab", "so-gov")}),
    ],
)
def test_a_side_that_declares_or_announces_control_of_a_town_took_it(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram declared Gwoza part of its caliphate.",
        "The governor declared control of the situation in Gwoza.",
        "Al Shabaab announced plans to take control of Bulo Burte.",
        "The army declared a curfew in Gwoza.",
    ],
)
def test_a_declaration_without_control_of_a_town_stays_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}
