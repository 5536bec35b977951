"""Session 21 (helper gaz21, issue 10): Russian and Ukrainian romanisations of one village (``variant_key``), and
Russia's border oblasts as provinces a sentence can place a village in."""

from __future__ import annotations

import pytest

from townwatch_gazetteer import Gazetteer, variant_key


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("russian", "ukrainian"),
    [
        ("Novomikhailovka", "Novomykhailivka"),  # -ovka / -ivka, i / y
        ("Bogdanovka", "Bohdanivka"),  # g / h
        ("Semyonovka", "Semenivka"),  # yo / e
        ("Zhelannoye", "Zhelanne"),  # -oye / -e, doubled n
        ("Pervomaiskoye", "Pervomaiske"),
        ("Belogorovka", "Bilohorivka"),  # e / i
        ("Slavyansk", "Sloviansk"),
        ("Sverdlikovo", "Sverdlikove"),
        ("Staromayorskoye", "Staromaiorske"),
    ],
)
def test_variant_key_folds_russian_and_ukrainian_spellings(russian: str, ukrainian: str) -> None:
    assert variant_key(russian) == variant_key(ukrainian) != ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelene", "Zhelanne"),  # zh stays: two villages of Donetsk oblast
        ("Mykolaivka", "Novomykolaivka"),
        ("Berdychi", "Berdychiv"),  # the village is not the city
        ("Pokrovske", "Pokrovsk"),
    ],
)
def test_variant_key_keeps_other_names_apart(a: str, b: str) -> None:
    assert variant_key(a) != variant_key(b)


@pytest.mark.parametrize("name", ["Marja", "Gao", "Kidal", "", "al-Bab"])
def test_variant_key_is_empty_for_short_names(name: str) -> None:
    assert variant_key(name) == ""


@pytest.mark.parametrize(("province", "city"), [("Kursk", "Kursk"), ("Belgorod region", "Belgorod"), ("Bryansk oblast", "Bryansk")])
def test_russian_border_oblasts_are_provinces(gz: Gazetteer, province: str, city: str) -> None:
    capital = gz.resolve(city, ["RU"])
    assert capital is not None
    assert gz.find_admin1(province) == ("RU", capital.admin1_code)
    assert gz.find_admin1("Donetsk") == ("UA", gz.resolve("Kramatorsk", ["UA"]).admin1_code)  # the table's others unchanged
