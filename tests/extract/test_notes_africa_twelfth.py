"""Monitor notes from Africa, twelfth reading: a capture verb the small model reads as an adjective after a long
subject ("M23 rebels in Rutshuru territory on Monday captured Kiwanja"), names listed before a plural noun and its
province ("seized A, B and C towns of Borno State"), "fallen back to" / "fallen to the hands of" a side, "the
government of <country>", backers inside an army's own phrase, people driven out of a town, and monitor actor labels
(FACA, CPC, Seleka, MUJAO, Machar, CODECO, FDLR, the White Army, the anti-Balaka...); a counted plural with its
"including" list, unnamed "extremists", "the movement known as Z", government troops named before an allied militia,
an entry into a town "which had been held by Z"; each with negative twins built from the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows, note_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M23 rebels in Rutshuru territory on Monday captured Kiwanja, a town north of Goma.", {"Kiwanja": ("m23", "cd-gov")}),
        ("JNIM fighters in central Mali on Tuesday captured Dioura, a garrison town north of Mopti.", {"Dioura": ("jnim", None)}),
    ],
)
def test_a_capture_verb_read_as_an_adjective_is_still_the_verb(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the recently captured Kiwanja fled to Goma on Monday.",
        "M23 rebels in Rutshuru territory on Monday shelled Kiwanja, a town north of Goma.",
        "JNIM fighters in central Mali on Tuesday attacked Dioura, a garrison town north of Mopti.",
    ],
)
def test_an_adjective_or_an_attack_stays_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_names_listed_before_a_plural_noun_are_the_places_not_its_province(extractor: Extractor) -> None:
    text = "ISWAP fighters seized Damasak, Gajiram and Monguno towns of Borno State after two days of clashes."
    assert note_sides(extractor, text) == {"Damasak": ("iswap", "ng-gov"), "Gajiram": ("iswap", "ng-gov"), "Monguno": ("iswap", "ng-gov")}


def test_names_listed_before_a_plural_noun_attacked_stay_quiet(extractor: Extractor) -> None:
    text = "ISWAP fighters attacked Damasak, Gajiram and Monguno towns of Borno State after two days of clashes."
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dessie, Kombolcha and Haik have fallen back to federal troops, the command post said.",
         {"Dessie": ("et-gov", "fano"), "Kombolcha": ("et-gov", "fano"), "Haik": ("et-gov", "fano")}),
        ("Malakal and Renk have fallen to the hands of the government of South Sudan, officials confirmed.",
         {"Malakal": ("ss-gov", "splm-io"), "Renk": ("ss-gov", "splm-io")}),
    ],
)
def test_fallen_back_to_and_to_the_hands_of_a_side(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Federal troops fell back to Dessie after the rebels shelled Kombolcha.",
        "Grain prices in Dessie have fallen back to pre-war levels.",
        "Malakal and Renk have fallen to the hands of traders from the north.",
    ],
)
def test_troops_falling_back_and_prices_are_no_change(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_backers_inside_an_armys_own_phrase_are_not_the_side(extractor: Extractor) -> None:
    text = "Soldiers of the Central African army, FACA, backed by their Rwandan and Russian allies, have retaken Bambari and Grimari from the rebels."
    assert note_sides(extractor, text) == {"Bambari": ("cf-gov", "cpc"), "Grimari": ("cf-gov", "cpc")}


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists drove hundreds of residents out of Djibo on Sunday.",
        "Insurgents drove the families out of Mocimboa da Praia before burning the market.",
    ],
)
def test_people_driven_out_of_a_town_are_no_side_expelled(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_a_side_driven_out_still_is(extractor: Extractor) -> None:
    assert note_sides(extractor, "Government troops drove the jihadists out of Djibo on Sunday.") == {"Djibo": ("bf-gov", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CPC rebels took control of Bambari after the FACA withdrew.", {"Bambari": ("cpc", "cf-gov")}),
        ("Seleka fighters seized Sibut on Wednesday.", {"Sibut": ("seleka", None)}),
        ("MUJAO fighters seized Gao after clashes with MNLA rebels.", {"Gao": ("mujao", "fla")}),
        ("Government troops recaptured Akobo from Machar, officials said.", {"Akobo": ("ss-gov", "splm-io")}),
    ],
)
def test_monitor_actor_labels(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


def test_an_attack_repelled_by_the_faca_is_no_change(extractor: Extractor) -> None:
    assert note_sides(extractor, "CPC rebels attacked Bambari but were repelled by the FACA.") == {}


def test_a_counted_plural_with_its_list_is_taken(extractor: Extractor) -> None:
    assert note_sides(extractor, "The rebels have taken at least five towns including Kaga-Bandoro, residents said.") == {
        "Kaga-Bandoro": ("x-rebels-cf", None)
    }


def test_an_including_list_hung_on_the_date(extractor: Extractor) -> None:
    rows = news_rows(extractor, "Seleka fighters took two towns on Dec. 18, including the central town of Sibut.", dt.date(2012, 12, 20))
    assert rows == [("Sibut", "seleka", "cf-gov")]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have looted at least five towns including Kaga-Bandoro.",
        "Seleka fighters attacked two towns on Dec. 18, including the central town of Sibut.",
        "Seleka fighters took several prisoners on Dec. 18, including the mayor of Sibut.",
    ],
)
def test_lists_looted_attacked_or_of_people_stay_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, dt.date(2012, 12, 20)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islamic extremists on Friday seized the town of Niono, residents told Reuters.", {"Niono": ("x-extremists-ml", None)}),
        ("The armed movement known as MUJAO took Ansongo on Thursday.", {"Ansongo": ("mujao", None)}),
        ("Ethiopian troops entered Mekelle, which had been held by Tigrayan forces since June.", {"Mekelle": ("et-gov", "tplf")}),
        ("Boko Haram fighters took Gwoza on Sunday in their drive to create an Islamic state.", {"Gwoza": ("boko-haram", "ng-gov")}),
    ],
)
def test_unnamed_extremists_a_side_known_as_an_entry_into_the_other_sides_town(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected


def test_government_troops_named_first_with_a_militia_are_the_state(extractor: Extractor) -> None:
    sides = note_sides(extractor, "Government troops and the militias of Ahlu Sunna Wal Jama'a captured Beledweyne, officials said.")
    assert sides.get("Beledweyne", (None,))[0] == "so-gov"


@pytest.mark.parametrize(
    "text",
    [
        "Islamic extremists on Friday attacked the town of Niono, residents told Reuters.",
        "The armed movement known as MUJAO shelled Ansongo on Thursday.",
        "Government troops and the militias of Ahlu Sunna Wal Jama'a attacked Beledweyne, officials said.",
        "Tigrayan forces entered Mekelle, which had been held by the army, and looted the bank before withdrawing.",
        "Ethiopian troops entered Mekelle, which is held by Tigrayan forces.",
        "Anti-Balaka militiamen attacked Bangassou but were pushed back by UPC rebels.",
    ],
)
def test_attacks_raids_and_held_towns_stay_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CODECO militiamen took control of the village of Pimbo after FARDC soldiers withdrew.", {"Pimbo": ("codeco", "cd-gov")}),
        ("FDLR rebels took control of Kalembe after clashes with Nyatura militiamen.", {"Kalembe": ("fdlr", "nyatura")}),
        ("The White Army took control of Nasir after the SSPDF withdrew from the town.", {"Nasir": ("white-army", "ss-gov")}),
        ("Anti-Balaka militiamen seized Bangassou after UPC rebels withdrew.", {"Bangassou": ("anti-balaka", "upc")}),
    ],
)
def test_more_monitor_actor_labels(extractor: Extractor, text: str, expected: dict) -> None:
    assert note_sides(extractor, text) == expected
