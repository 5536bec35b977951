"""Monitor notes, eleventh reading (precision and direction): a generic head's group after "from" ("Iraqi fighters
from the Popular Mobilization Units") is the side; "South Sudanese" split by a capitalised opener still counts as
South Sudan; an installation placed in a township or district does not take the area; a camp for displaced people
is no town; a non-state side's retreat with no taker is no change; "under X attack" names who drove the loser out;
Ansar Dine, Ambazonian separatists and Turkish-backed factions are known sides. Each with negative twins."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("On 4 May 2016, Iraqi fighters from the Popular Mobilization Units took control of Saqlawiyah (Falluja, Anbar) after clashes with IS.",
         "Saqlawiyah", "pmf"),
        ("On 4 May 2016, fighters from the Popular Mobilisation Forces took control of Saqlawiyah (Falluja, Anbar) after clashes with IS.",
         "Saqlawiyah", "pmf"),
        ("On 4 May 2022, militants from Al Shabaab took control of Bacaadweyn (Hobyo, Mudug) after SNA forces withdrew.",
         "Bacaadweyn", "al-shabaab"),
    ],
)
def test_the_group_a_generic_head_comes_from_is_the_side(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    found = note_sides(extractor, text)
    assert found.get(place, (None,))[0] == gaining


def test_the_group_after_from_is_not_the_loser(extractor: Extractor) -> None:
    text = "On 4 May 2016, Iraqi fighters from the Popular Mobilization Units took control of Saqlawiyah (Falluja, Anbar) after clashes with IS."
    assert note_sides(extractor, text).get("Saqlawiyah", (None, None))[1] != "pmf"


def test_fighters_from_a_town_are_no_group(extractor: Extractor) -> None:
    text = "On 4 May 2016, fighters from Saqlawiyah attacked IS positions near Garma (Falluja, Anbar)."
    assert note_sides(extractor, text) == {}


def test_south_sudanese_after_a_capitalised_opener_is_south_sudan(extractor: Extractor) -> None:
    text = ("Meanwhile South Sudanese rebels loyal to the former vice president announced that they had captured Morobo "
            "county in Yei River state in Equatoria region.")
    found = note_sides(extractor, text)
    assert found.get("Morobo", (None,))[0] == "splm-io"


@pytest.mark.parametrize(
    "text",
    [
        "On 9 January 2024, the KNLA and PDF took control of a junta camp in Dawei township (Tanintharyi).",
        "On 9 January 2024, the TNLA seized a militia camp and another junta position in Hsipaw and Kyaukme townships.",
        "On 9 January 2024, the Arakan Army took control of the headquarters of the junta's Light Infantry Battalion 345 in Rakhine State's Kyauktaw Township.",
        "On 9 January 2024, M23 took control of Kanyabayonga camp for displaced persons after FARDC withdrew.",
        "On 9 January 2024, RSF fighters took over the Abu Shouk IDP camp near El Fasher.",
    ],
)
def test_an_installation_in_an_area_or_a_shelter_is_no_town(extractor: Extractor, text: str) -> None:
    # a numbered unit taken is a site of its own (sites17), never the township it is in; so is an unnamed camp placed by
    # its township alone, under the township's name (session 35, area_site.py)
    sites = ("Light Infantry Battalion", "Dawei junta camp")
    assert {place for place in note_sides(extractor, text) if not place.startswith(sites)} == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the twins: an installation "in" a town still takes the town; the town itself taken still is (a numbered
        # unit's seat in a town is the unit since session 18, sites18: held-out rule 6)
        ("On 9 January 2024, the Arakan Army took control of the headquarters of Light Infantry Battalion 345 in Kyauktaw.",
         "Light Infantry Battalion 345"),
        ("On 9 January 2024, the Arakan Army took control of the military base in Kyauktaw.", "Kyauktaw"),
        ("On 9 January 2024, M23 took control of Kanyabayonga after FARDC withdrew.", "Kanyabayonga"),
    ],
)
def test_an_installation_in_a_town_still_takes_the_town(extractor: Extractor, text: str, place: str) -> None:
    assert place in note_sides(extractor, text)


def test_raiders_retreating_with_no_taker_is_no_change(extractor: Extractor) -> None:
    assert note_sides(extractor, "On 9 August 2023, Fano fighters retreated from Debre Markos (East Gojjam, Amhara).") == {}


def test_a_state_retreat_is_still_a_loss_and_under_attack_names_the_taker(extractor: Extractor) -> None:
    text = "On 1 March 2020, soldiers of the Nigerian Army retreated from Damasak (Mobbar, Borno) under ISWAP attack."
    assert note_sides(extractor, text).get("Damasak") == ("iswap", "ng-gov")


def test_raiders_retreat_with_a_taker_is_a_change(extractor: Extractor) -> None:
    text = "On 9 August 2023, Fano fighters retreated from Debre Markos after ENDF troops entered the town."
    assert note_sides(extractor, text).get("Debre Markos", (None,))[0] == "et-gov"


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("On 27 June 2015, Ansar Dine militants took control of Fakola (Kolondieba, Sikasso) after clashes with the Military Forces of Mali.",
         "Fakola", "jnim"),
        ("On 1 March 2019, Ambazonian separatists took control of Batibo (Momo, North-West) after clashes with the Military Forces of Cameroon.",
         "Batibo", "ambazonia"),
        ("Turkish-backed factions took control of Tal Abyad (Raqqa) after clashes with the SDF.", "Tal Abyad", "sna-syria"),
    ],
)
def test_known_monitor_actor_labels(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert note_sides(extractor, text).get(place, (None,))[0] == gaining


def test_a_town_measured_from_is_no_loser(extractor: Extractor) -> None:
    text = "Somali National Army liberated Bud Bud, 20 kilometres (12 miles) from Hobyo, Mudug region, in an operation against al-Shabaab."
    assert note_sides(extractor, text).get("Bud Bud") == ("so-gov", "al-shabaab")


def test_forces_loyal_to_the_shadow_government_are_the_pdf(extractor: Extractor) -> None:
    text = "After two weeks of fighting, Myanmar's military retook the Sagaing Region town of Kanbalu from forces loyal to the shadow National Unity Government (NUG)."
    assert note_sides(extractor, text).get("Kanbalu") == ("mm-junta", "pdf")


def test_a_group_named_after_a_day_is_no_date(extractor: Extractor) -> None:
    text = "On 1 February 2024, M23: March 23 Movement took control of Kiwanja (Rutshuru, North Kivu) after clashes with FARDC."
    assert note_sides(extractor, text).get("Kiwanja", (None,))[0] == "m23"


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("On 1 May 2017, SPLM/A-In Opposition (Machar Faction) took control of Kajo Keji (Kajo Keji, Central Equatoria) after clashes with SSPDF.",
         "Kajo Keji", "splm-io"),
        ("On 19 October 2024, Viv Ansanm took control of Solino (Delmas, Ouest) after clashes with Police Forces of Haiti (2021-).", "Solino", "viv-ansanm"),
    ],
)
def test_more_monitor_actor_labels(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert note_sides(extractor, text).get(place, (None,))[0] == gaining
