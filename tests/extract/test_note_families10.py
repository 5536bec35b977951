"""Monitor notes, tenth reading: an unknown name after a capture verb ("seized Buulo Xaaji", "retook Garsaale", "took
Ceel Gaab"), which GeoNames lacks and the tagger may read as a person or a nationality, is the place taken when the same
sentence says the other side left, put up no fight or was defeated; each with negative twins built from the same words."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Al Shabaab militants seized Buulo Xaaji on Monday after AMISOM troops withdrew overnight.", "Buulo Xaaji", "al-shabaab"),
        ("Al-Shabaab fighters retook Garsaale soon after the Ethiopian contingent left on Monday.", "Garsaale", "al-shabaab"),
        ("Somali National Army troops took Ceel Gaab on Monday without encountering resistance.", "Ceel Gaab", "so-gov"),
        ("SPLA-IO fighters captured Kajo Bazi on Monday after defeating a combined force of the SSPDF.", "Kajo Bazi", "splm-io"),
    ],
)
def test_an_unknown_name_taken_is_a_place_when_the_other_side_left(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert note_sides(extractor, text)[place][0] == gaining


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab militants attacked Buulo Xaaji on Monday after AMISOM troops withdrew overnight.",  # no capture
        "Al Shabaab militants tried to seize Buulo Xaaji on Monday after AMISOM troops withdrew overnight.",  # an attempt
        "Al Shabaab militants seized Buulo Xaaji on Monday before AMISOM troops withdrew from the outskirts.",  # not yet left
        "Somali National Army troops took Ceel Gaab on Monday, a commander said.",  # nothing says it is a place
        "Al Shabaab militants seized Abdirahman Farah on Monday after AMISOM troops withdrew overnight.",  # a man
        "Al Shabaab militants seized Land Cruisers on Monday after AMISOM troops withdrew overnight.",  # goods
        "SPLA-IO fighters attacked Kajo Bazi on Monday but were defeated by a combined force of the SSPDF.",  # beaten back
        "Militants took Ceel Gaab on Monday without encountering resistance.",  # no side we know
    ],
)
def test_an_unknown_name_without_a_capture_corroborated_is_no_event(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "place", "sides"),
    [
        ("Al-Shabaab fighters resumed control of Bur Eyle on Monday after SNA troops pulled out.", "Bur Eyle", ("al-shabaab", "so-gov")),
        ("Battlegroup Vostok units completely liberated the settlement of Staromaiorske on Monday.", "Staromaiorske", ("ru-forces", "ua-forces")),
        ("Iraqi army units freed the village of Ali Rash on Monday and raised the Iraqi flag.", "Ali Rash", ("iq-gov", None)),
    ],
)
def test_resumed_control_a_battlegroup_and_a_freed_village(extractor: Extractor, text: str, place: str, sides: tuple[str, str | None]) -> None:
    assert note_sides(extractor, text)[place] == sides


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters resumed attacks on Bur Eyle on Monday after SNA troops pulled out.",
        "The government resumed control of oil exports on Monday after the strike.",
        "Battlegroup Vostok units repelled three attacks near the settlement of Staromaiorske on Monday.",
        "Iraqi army units freed the people of Ali Rash village from a siege on Monday.",
        "Iraqi army units vowed on Monday to free the village of Ali Rash.",
    ],
)
def test_resumed_attacks_repelled_attacks_and_freed_people_are_no_event(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_a_change_a_day_after_another_is_news_and_so_is_the_other(extractor: Extractor) -> None:
    text = "The army reclaimed the town of Wad Kabo in Sennar on Monday, just a day after capturing Um Shoka, as it pushes on against the RSF."
    assert set(note_sides(extractor, text)) == {"Wad Kabo", "Um Shoka"}


def test_a_change_years_before_the_news_stays_background(extractor: Extractor) -> None:
    assert note_sides(extractor, "Ten years after the rebels captured Um Shoka, the army shelled the town of Wad Kabo on Monday.") == {}


def test_they_after_countries_named_as_a_border_are_the_side_named_before(extractor: Extractor) -> None:
    text = ("SPLA-IO forces said they had retaken several villages near the borders with Uganda and the DRC. "
            "They took Wudabi on Monday after defeating the SSPDF.")
    assert note_sides(extractor, text)["Wudabi"] == ("splm-io", "ss-gov")


def test_they_after_a_country_that_acts_is_that_country(extractor: Extractor) -> None:
    text = "Rebels attacked positions near the Kenyan border. Uganda sent troops. They took Wudabi on Monday after defeating the SSPDF."
    assert note_sides(extractor, text)["Wudabi"][0] == "ug-gov"
