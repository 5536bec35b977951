"""Monitor notes, eleventh reading: a control phrase ("gained control of X", "managed to control A and B", "X is now
under the control of Z", "restored security and stability to X") or a capture with its loser named ("took A and B from
Z") makes an unknown capitalised object a place; a generic army is the country's of the large town named beside the
villages; each with negative twins (people, roads, valleys, media, intentions, other restorations)."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        ("Islamic State fighters gained control of Tell Brak Saghir after clashes with rebel factions.", ["Tell Brak Saghir"], "isis"),
        ("Regime forces managed to control Umm Hartein, Kafr Abdo and Khirbet Sousin in the southern countryside.",
         ["Umm Hartein", "Kafr Abdo", "Khirbet Sousin"], "sy-gov"),
        ("Ceel Dhuubo is now under the control of Al-Shabaab after the federal troops withdrew overnight.", ["Ceel Dhuubo"], "al-shabaab"),
        ("The army took Umm Shamila, Umm Batikh Gharb and al-Khuwei from the RSF on Thursday.",
         ["Umm Shamila", "Umm Batikh Gharb", "al-Khuwei"], "saf"),
    ],
)
def test_a_control_phrase_names_an_unknown_place(extractor: Extractor, text: str, places: list[str], gaining: str) -> None:
    sides = note_sides(extractor, text)
    assert {p: sides.get(p, (None,))[0] for p in places} == dict.fromkeys(places, gaining)


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters gained control of the Tell Brak Saghir road after clashes with rebel factions.",
        "Regime forces managed to control Hussein Abdo after a chase in the southern countryside.",
        "Ceel Dhuubo is under the control of Al-Shabaab, whose fighters tax the traders on the road.",
        "M23 rebels took control of Radio Mandeleo in the town on Saturday.",
        "RSF fighters took Mohamed Zakaria from his house in the night, residents said.",
        "According to a field source, the government forces took control of the Hilan Valley near Marib on Monday.",
    ],
)
def test_people_roads_media_and_states_are_no_unknown_place(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_restored_security_and_stability_is_a_recapture(extractor: Extractor) -> None:
    text = "Army units restored security and stability to the villages of Khirbet Ghazal and Kafr Sheikhan in the countryside of Homs."
    assert note_sides(extractor, text) == {"Khirbet Ghazal": ("sy-gov", None), "Kafr Sheikhan": ("sy-gov", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Army units will restore security and stability to the villages of Khirbet Ghazal and Kafr Sheikhan in the countryside of Homs.",
        "Technicians restored electricity and water to the villages of Khirbet Ghazal and Kafr Sheikhan in the countryside of Homs.",
        "Police restored security to the streets of Kafr Batna after the protests.",
    ],
)
def test_other_restorations_are_no_change(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_a_unit_is_its_armys_and_the_city_beside_the_villages_gives_the_country(extractor: Extractor) -> None:
    text = "The army's 16th division liberated the villages of Tell Yabis, Qasr Hamdan and Sheikh Amir north of Mosul."
    assert note_sides(extractor, text) == dict.fromkeys(["Tell Yabis", "Qasr Hamdan", "Sheikh Amir"], ("iq-gov", None))


def test_a_villages_own_name_is_never_its_landmark(extractor: Extractor) -> None:
    # "Ibrahim al-Khalil" names a village here, not Hebron: the one city beside it (Mosul) gives the country
    text = "The army's 9th division liberated the villages of Ibrahim al-Khalil and Kan Harami east of Mosul."
    assert {s for s, _l in note_sides(extractor, text).values()} == {"iq-gov"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday the locality of Bihambwe passed into the hands of the M23 rebels after fighting with the army.",
         {"Bihambwe": ("m23", "cd-gov")}),
        ("Ngungu passed under the control of the M23 on Saturday after the army pulled back.", {"Ngungu": "m23"}),
        ("On Friday the estate at Bihambwe passed to the son of the chief after a family meeting.", {}),
        ("The bill passed into law on Friday after a long debate in Kinshasa.", {}),
    ],
)
def test_passed_into_the_hands_of_is_a_fall(extractor: Extractor, text: str, expected: dict[str, object]) -> None:
    sides = note_sides(extractor, text)
    assert {p: (s if isinstance(expected.get(p), tuple) else s[0]) for p, s in sides.items()} == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Army units continued their operations in the southern countryside of Deir Ezzor, regaining control over the villages of Khirbet Hamad and Kafr Masri.",
         ["Khirbet Hamad", "Kafr Masri"]),
        ("Army units continued their operations near Deir Ezzor, establishing control over the villages of Khirbet Hamad and Kafr Masri.",
         ["Khirbet Hamad", "Kafr Masri"]),
        ("Army units restored control over Umm Tuwaina and Rasm Hamid in the eastern countryside of Homs.", ["Umm Tuwaina", "Rasm Hamid"]),
        ("Army units continued their operations in the southern countryside of Deir Ezzor, advancing towards the villages of Khirbet Hamad and Kafr Masri.", []),
    ],
)
def test_a_bulletins_result_participle_and_restored_control(extractor: Extractor, text: str, places: list[str]) -> None:
    assert {p: s[0] for p, s in note_sides(extractor, text).items()} == dict.fromkeys(places, "sy-gov")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The army's 16th division was able on Monday to liberate the villages of Qasr Hamdan and Sheikh Amir north of Mosul.",
         ["Qasr Hamdan", "Sheikh Amir"]),
        ("The army's 16th division was not able on Monday to liberate the villages of Qasr Hamdan and Sheikh Amir north of Mosul.", []),
        ("The army's 16th division will be able on Monday to liberate the villages of Qasr Hamdan and Sheikh Amir north of Mosul.", []),
    ],
)
def test_was_able_today_to_liberate_is_done(extractor: Extractor, text: str, places: list[str]) -> None:
    assert {p: s[0] for p, s in note_sides(extractor, text).items()} == dict.fromkeys(places, "iq-gov")
