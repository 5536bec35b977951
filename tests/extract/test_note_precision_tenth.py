"""Monitor notes, tenth reading (precision): one event per place for a name with a glued particle ("Dand-e Ghori
village", "Sar-e Pul city"), "the village" standing for the name the note calls a village (not the region named
after it), no destination of a withdrawal for "it", no land "surrounding" a town, no capture in an "after" clause
under a future verb, and a group's two-letter acronym ("SPLA-IO", "AD militants") read as no country;
each with negative twins built from the same words."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the parser hangs both halves of the name on the noun: one event, under the whole name
        ("On 3 June 2024, Taliban took control of Dara-e Suf village after government forces withdrew.", "Dara-e Suf"),
        ("On 3 June 2024, Taliban militants took control of Qala-e Kohna district centre after ANDSF withdrew.", "Qala-e Kohna"),
        ("On 3 June 2024, Taliban took control of Kuh-e Safi town after government forces withdrew.", "Kuh-e Safi"),
    ],
)
def test_a_name_with_a_glued_particle_is_one_place(extractor: Extractor, text: str, place: str) -> None:
    found = note_sides(extractor, text)
    assert list(found) == [place]
    assert found[place][0] == "taliban"


def test_a_name_with_a_glued_particle_shelled_is_no_event(extractor: Extractor) -> None:
    assert note_sides(extractor, "On 3 June 2024, Taliban shelled Dara-e Suf village after government forces withdrew.") == {}


def test_the_village_is_the_name_called_a_village_not_the_region_after_it(extractor: Extractor) -> None:
    text = "On 2 June 2024, JNIM militants attacked a FLA post in Tinzaouatene village in Kidal, Mali and took over the village."
    found = note_sides(extractor, text)
    assert "Kidal" not in found
    assert found.get("Tinzaouatene", (None,))[0] == "jnim"


def test_the_village_attacked_but_not_taken_is_no_event(extractor: Extractor) -> None:
    text = "On 2 June 2024, JNIM militants attacked a FLA post in Tinzaouatene village in Kidal, Mali and withdrew from the village."
    assert "Kidal" not in note_sides(extractor, text)


def test_it_is_not_the_place_a_withdrawal_went_to(extractor: Extractor) -> None:
    text = "On 1 June 2024, SNA forces withdrew from Bacadweyne village to Ceel Dheere town, and Al Shabaab took control of it."
    found = note_sides(extractor, text)
    assert "Dheere" not in found and "Ceel Dheere" not in found
    assert found.get("Bacadweyne", (None,))[0] == "al-shabaab"


def test_the_countryside_a_monitor_places_a_town_in_is_not_the_town(extractor: Extractor) -> None:
    text = "Clashes continue near Kafr Sijnah in the southern countryside of Idlib, where regime forces managed to regain control of the town."
    assert "Idlib" not in note_sides(extractor, text)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("On 1 June 2024, ENDF units took full control of Korem and the surrounding areas of Alamata after clashes with TPLF fighters.", "Korem", "Alamata"),
        ("On 1 June 2024, ENDF units took control of Korem and the nearby areas of Alamata after clashes with TPLF fighters.", "Korem", "Alamata"),
    ],
)
def test_land_surrounding_a_town_is_not_the_town(extractor: Extractor, text: str, kept: str, dropped: str) -> None:
    found = note_sides(extractor, text)
    assert kept in found and dropped not in found


def test_the_outskirts_of_a_town_stay_a_part_of_it(extractor: Extractor) -> None:
    text = "On 1 June 2024, ENDF units took control of the outskirts of Alamata after clashes with TPLF fighters."
    assert "Alamata" in note_sides(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops will reach the river bank near Shirqat after they regain control of the villages of Kharab and Jumasa.",
        "Army units will push on to Hit when they retake Kubaysa from ISIS.",
    ],
)
def test_a_capture_in_an_after_clause_under_a_future_verb_is_no_event(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_a_capture_in_an_after_clause_told_in_the_past_is_news(extractor: Extractor) -> None:
    text = "On 2 June 2024, Iraqi troops reached the river bank near Shirqat after they regained control of Kharab village from ISIS."
    assert note_sides(extractor, text).get("Kharab", (None,))[0] == "iq-gov"


def test_a_groups_two_letter_acronym_is_no_country(extractor: Extractor) -> None:
    text = "On 2 June 2024, the SPLA-IO said its fighters seized Lankien, the headquarters of Nyirol County, after fighting with the South Sudan People's Defense Forces (SSPDF)."
    assert note_sides(extractor, text).get("Lankien") == ("splm-io", "ss-gov")


def test_the_takers_own_withdrawal_from_another_place_is_no_loss(extractor: Extractor) -> None:
    text = "On 2 June 2024, regime forces took control of Khan Shaykhun after withdrawing from Kafr Zita under HTS fire."
    found = note_sides(extractor, text)
    assert found.get("Khan Shaykhun", (None,))[0] == "sy-gov"
    assert "Kafr Zita" not in found


def test_a_withdrawal_the_other_side_moves_into_stays_an_event(extractor: Extractor) -> None:
    text = "On 2 June 2024, regime forces withdrew from Kafr Halab after clashes with HTS, and HTS fighters took control of it."
    assert note_sides(extractor, text).get("Kafr Halab") == ("hts", "sy-gov")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 2 June 2024, GNA forces captured the strategic al-Sdada airbase from LNA fighters.", "al-Sdada Airbase"),
        ("On 2 June 2024, regime forces recaptured the village of Kafr Halab and the nearby hill of Zawiyah.", "Zawiyah Hill"),
    ],
)
def test_a_sites_name_leaves_out_words_that_praise_or_place_it(extractor: Extractor, text: str, name: str) -> None:
    assert name in note_sides(extractor, text)
