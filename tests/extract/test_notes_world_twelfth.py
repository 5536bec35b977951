"""Monitor notes outside Africa, twelfth reading: Russia and Ukraine fighting on Russian soil (Kursk); "SNA" spelt
out as the Syrian National Army; a country or its capital that says its own town "had been liberated"; an unknown
name set by a compass phrase ("X, west of Y"); a unit whose name reads as an unknown side is its army's; a speaker's office
after "from" is no loser; a capture undone in its own sentence ("captured X, but ... they retreated"); an army's
"operational control". Each with negative twins built from the same words."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import NOTE_WEEK, make_article, note_sides


# --- R1: Russia and Ukraine in Russia --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        ('"Units of the North group of forces liberated Guevo in Kursk region," the ministry said. Ukraine sent troops into the region in August.',
         "Guevo", "ru-forces", "ua-forces"),
        ("Field footage shows Russian forces having captured Martynovka, south of Sudzha, where Ukraine's incursion began.",
         "Martynovka", "ru-forces", "ua-forces"),
        ("President Zelenskyy said his country's forces had taken full control of the Russian town of Korenevo in the Kursk region.",
         "Korenevo", "ua-forces", "ru-forces"),
    ],
)
def test_russia_and_ukraine_on_russian_soil(
    extractor: Extractor, text: str, place: str, gaining: str, losing: str
) -> None:
    assert note_sides(extractor, text).get(place) == (gaining, losing)


def test_russia_at_home_without_ukraine_named_takes_nothing_from_ukraine(extractor: Extractor) -> None:
    text = "Russian forces took control of Argun after heavy fighting, the ministry said."
    assert note_sides(extractor, text).get("Argun", (None, None))[1] != "ua-forces"


def test_russian_forces_in_syria_take_nothing_from_ukraine(extractor: Extractor) -> None:
    text = "Syrian troops backed by Russian forces took control of Kafr Nabudah in the countryside of Hama."
    assert note_sides(extractor, text).get("Kafr Nabudah", (None, None))[1] != "ua-forces"


def test_shelling_in_kursk_is_no_change(extractor: Extractor) -> None:
    text = "Ukrainian forces shelled Guevo and Korenevo in Kursk region, the ministry said."
    assert note_sides(extractor, text) == {}


# --- R2: "SNA" spelt out as the Syrian National Army ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, factions of the Syrian National Army (SNA) took control of the town of Tal Rifaat, wresting it from the SDF.",
        "Factions of the Syrian National Army (SNA) attacked SDF positions near Manbij. The SNA later took control of Tal Rifaat.",
    ],
)
def test_sna_spelt_out_as_the_syrian_national_army(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text).get("Tal Rifaat", (None,))[0] == "sna-syria"


def test_sna_in_somalia_stays_the_somali_army(extractor: Extractor) -> None:
    text = "On 4 May 2023, the Somali National Army (SNA) took control of Moqokori (Mahas, Hiraan) after al-Shabaab withdrew."
    assert note_sides(extractor, text).get("Moqokori", (None,))[0] == "so-gov"


# --- R6: a country or its capital says its own town was liberated ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In the south, Kyiv said the village of Novodarivka had also been liberated.",
        "Ukraine said on Monday the village of Novodarivka was liberated.",
    ],
)
def test_a_country_or_capital_speaks_for_its_own_liberation(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text).get("Novodarivka", (None,))[0] == "ua-forces"


@pytest.mark.parametrize(
    "text",
    [
        "In the south, Kyiv said the village of Novodarivka had been shelled overnight.",
        "Ukraine said on Monday the hostages taken near Novodarivka were freed.",
    ],
)
def test_a_capital_speaking_of_shelling_or_hostages_is_no_change(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


# --- R5: an unknown name set by a compass phrase ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces made gains near Toretsk. They had taken Nelipivka, west of the city, the monitor said.",
        "Russian forces took Umanske, some 5 km west of Avdiivka, after weeks of assaults.",
    ],
)
def test_a_compass_phrase_makes_an_unknown_name_a_place(extractor: Extractor, text: str) -> None:
    found = note_sides(extractor, text)
    assert [g for g, _l in found.values()] == ["ru-forces"]
    assert set(found) & {"Nelipivka", "Umanske"}


def test_positions_west_of_a_name_are_no_place(extractor: Extractor) -> None:
    text = "Russian forces took positions west of Umanske, after weeks of assaults."
    assert note_sides(extractor, text) == {}


# --- R4 / R3: a unit's army; a speaker's office after "from" --------------------------------------------------
def test_a_units_army_and_a_speakers_office(extractor: Extractor) -> None:
    text = ("The army's 16th Infantry Division advanced north of Mosul and recaptured the villages of Tell Yabis, "
            "Qasr Hamdan and Sheikh Amir, Brigadier Saad Rasul from the Joint Operations Command said.")
    found = note_sides(extractor, text)
    assert found.get("Tell Yabis") == ("iq-gov", None)
    assert all(lose is None or not lose.startswith("x-") for _g, lose in found.values())


def test_a_units_advance_alone_is_no_change(extractor: Extractor) -> None:
    text = ("The army's 16th Infantry Division advanced towards the villages of Tell Yabis and Qasr Hamdan north of "
            "Mosul, Brigadier Saad Rasul from the Joint Operations Command said.")
    assert note_sides(extractor, text) == {}


# --- R7: a capture undone in its own sentence --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "On 12 May, resistance forces did capture Myingyan, but upon the junta's counterattack, they retreated, local sources said.",
        "PDF fighters captured Myingyan on Sunday but withdrew from the town hours later.",
    ],
)
def test_a_capture_undone_in_its_own_sentence_is_a_raid(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "On 12 May, resistance forces captured Myingyan after junta troops retreated, local sources said.",
        "PDF fighters captured Myingyan on Sunday, and the junta's troops withdrew to Meiktila.",
    ],
)
def test_a_capture_after_the_other_side_retreated_stays(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text).get("Myingyan", (None,))[0] == "pdf"


# --- R4b: a small namesake abroad gives way to the country of the city named beside ----------------------------
def test_a_small_namesake_abroad_gives_way_to_the_city_beside(extractor: Extractor) -> None:
    text = ("The army's 16th Infantry Division recaptured the villages of Tell Yabis, al-Mansour and Sheikh Amir, "
            "some 30 km west of Mosul, the command said.")
    found = {e.place.name: e for e in extractor.extract(make_article(text, published=NOTE_WEEK)) if e.kind == "change"}
    assert found["al-Mansour"].place.country_code == "IQ"
    assert found["al-Mansour"].gaining is not None and found["al-Mansour"].gaining.id == "iq-gov"


def test_a_city_named_as_the_country_keeps_its_namesake(extractor: Extractor) -> None:
    text = "Government forces recaptured al-Mansour in Algeria's south, some 30 km west of Mosul road, the command said."
    found = {e.place.name: e for e in extractor.extract(make_article(text, published=NOTE_WEEK)) if e.kind == "change"}
    assert all(e.place.country_code != "IQ" for e in found.values())


# --- R8: an army's "operational control" ------------------------------------------------------------------------
def test_an_armys_operational_control_is_control(extractor: Extractor) -> None:
    text = "The Israeli army said its troops had established full operational control over Beit Hanoun after weeks of fighting."
    assert note_sides(extractor, text).get("Beit Hanoun", (None,))[0] == "idf"


@pytest.mark.parametrize(
    "text",
    [
        "The airline said it had established full operational control over the Beit Hanoun terminal after weeks of talks.",
        "The Israeli army said its troops were in the final stages of operational control in Beit Hanoun after weeks of fighting.",
    ],
)
def test_a_companys_operational_control_or_a_stage_is_no_change(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}
