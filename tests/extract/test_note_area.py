"""A coder note's own "(district, region)" places its village: country, province and namesake come from it, never from
the gaining side or from how often the note names another country."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.monitor_note import hierarchy_division, note_area

from .conftest import make_article

FILED = dt.date(2024, 5, 20)


def _one_change(extractor: Extractor, text: str):
    (event,) = [e for e in extractor.extract(make_article(text, published=FILED)) if not e.historical and e.kind == "change"]
    return event


def test_unresolved_village_takes_its_hierarchy_country_not_the_gainer(extractor: Extractor) -> None:
    """"Russian" four times outweighed the note's Donetsk: the village was Russian and anchored to Pokrovsk in Yakutia."""
    text = ("On 12 May 2024, Russian forces captured Novoselivka Persha (Pokrovsk, Donetsk). The Russian defence ministry "
            "said Russian units advanced; Russian bloggers agreed.")
    place = _one_change(extractor, text).place
    pokrovsk = extractor.gazetteer.resolve("Pokrovsk", ["UA"])
    assert pokrovsk is not None and pokrovsk.country_code == "UA"
    assert (place.name, place.geonames_id, place.country_code, place.admin1_code) == ("Novoselivka Persha", None, "UA", "05")
    assert place.key == "name:UA:novoselivka persha"
    assert place.anchor_geonames_id == pokrovsk.geonames_id and place.location_precision == "near"


def test_village_without_a_hierarchy_still_takes_the_article_country(extractor: Extractor) -> None:
    """Negative twin: with no hierarchy nothing overrides the article's countries (the old order is kept)."""
    place = _one_change(extractor, "On 12 May 2024, Ukrainian troops recaptured the village of Novoselivka Persha in Ukraine.").place
    assert place.country_code == "UA" and place.anchor_geonames_id is None


@pytest.mark.parametrize(
    ("hierarchy", "admin1"),
    [
        ("(Pokrovsk, Donetsk)", "05"),  # a dozen Novoselivkas: the Donetsk one, not Odesa's most populous
        ("(Izmail, Odesa)", "17"),  # twin: the same name under another oblast is that oblast's
    ],
)
def test_namesakes_in_one_country_are_told_apart_by_the_province(extractor: Extractor, hierarchy: str, admin1: str) -> None:
    place = _one_change(extractor, f"On 2 May 2024, Russian forces took control of Novoselivka {hierarchy}.").place
    assert place.geonames_id is not None and (place.country_code, place.admin1_code) == ("UA", admin1)


def test_namesake_abroad_does_not_steal_a_noted_village(extractor: Extractor) -> None:
    """GeoNames has Al-Hamra in Jordan, Syria and the Emirates, none in Mali: a Malian note's Al-Hamra stays Malian,
    unresolved, near Kidal."""
    place = _one_change(extractor, "On 2 May 2024, JNIM took control of Al-Hamra (Kidal, Kidal).").place
    kidal = extractor.gazetteer.resolve("Kidal", ["ML"])
    assert kidal is not None
    assert (place.geonames_id, place.country_code, place.anchor_geonames_id) == (None, "ML", kidal.geonames_id)


def test_namesake_in_the_noted_country_resolves(extractor: Extractor) -> None:
    """Twin: under a Syrian hierarchy the Syrian Al-Hamra (population 0 in GeoNames) is the place, not Jordan's larger one."""
    place = _one_change(extractor, "On 2 May 2024, HTS took control of Al-Hamra (Hama, Hama) after regime forces withdrew.").place
    syrian = [p for p in extractor.gazetteer.candidates("Al-Hamra") if p.country_code == "SY"]
    assert [place.geonames_id] == [p.geonames_id for p in syrian]


def test_note_area_reads_the_hierarchy_alone(extractor: Extractor) -> None:
    gz = extractor.gazetteer
    area = note_area(["Pokrovsk", "Donetsk"], gz, fallback_cc="RU")
    assert (area.country_code, area.admin1_code) == ("UA", "05")
    assert area.anchor is not None and area.anchor.country_code == "UA"
    # no chunk names a country or a known province: the article's country is the fallback
    assert note_area(["Nowhereville"], gz, fallback_cc="ML").country_code == "ML"
    assert note_area(["Nowhereville"], gz).country_code is None


@pytest.mark.parametrize(
    ("chunks", "prefer", "expected"),
    [
        (["Masisi", "Nord-Kivu"], None, ("CD", "11")),  # a territory and its province agree (French spelling)
        (["Pokrovsk Raion", "Donetska oblast"], None, ("UA", "05")),  # "Donetsk" is also a Russian district: the raion decides
        (["Mayo-Sava", "Extreme-Nord"], None, ("CM", "12")),
        (["Donetsk"], "UA", ("UA", "05")),  # a recurring name alone: the article's country decides
        (["Donetsk"], None, None),  # negative twins: ambiguous with nothing to decide it, or unknown
        (["Central"], None, None),
        (["Nowhereville", "Elsewhere"], None, None),
    ],
)
def test_hierarchy_division_is_where_the_chunks_agree(extractor: Extractor, chunks: list[str], prefer: str | None,
                                                      expected: tuple[str, str] | None) -> None:
    assert hierarchy_division(chunks, extractor.gazetteer, prefer) == expected


@pytest.mark.parametrize(
    ("text", "country", "gaining"),
    [
        # provinces the curated table lacks: the village was Nigerian (Boko Haram's country), and "SPLA-IO" made it
        # the British Indian Ocean Territory ("IO") with its "government" as the side that took it
        ("On 3 March 2024, Boko Haram took control of Kolofata (Mayo-Sava, Extreme-Nord) after clashes.", "CM", "boko-haram"),
        ("On 3 March 2024, troops took control of Nyirol (Nyirol, Jonglei) after SPLA-IO withdrew.", "SS", "ss-gov"),
    ],
)
def test_any_countrys_divisions_place_a_noted_village(extractor: Extractor, text: str, country: str, gaining: str) -> None:
    event = _one_change(extractor, text)
    assert (event.place.geonames_id, event.place.country_code) == (None, country)
    assert event.gaining is not None and event.gaining.id == gaining


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the village" / "the town" after a noted place is that same place: one event, not a second for a namesake
        ("On 9 September 2023, Russian forces recaptured Andriivka (Bakhmut, Donetsk). Ukrainian forces withdrew from the village.", "Andriivka"),
        ("On 4 April 2022, Military Forces of Ukraine (2019-) regained control of Trostianets (Okhtyrka, Sumy) after Russian "
         "forces retreated from the town.", "Trostianets"),
    ],
)
def test_anaphor_of_a_noted_place_is_the_same_namesake(extractor: Extractor, text: str, place: str) -> None:
    events = [e for e in extractor.extract(make_article(text, published=FILED)) if not e.historical and e.kind == "change"]
    assert [e.place.name for e in events] == [place]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a monitor's half of a province is that province: "Shan-North" is Myanmar's Shan state
        ("On 4 January 2024, the MNDAA took control of Laukkai (Kokang, Shan-North).", "MM"),
        ("On 9 March 2024, the KIA took control of Bhamo (Bhamo, Kachin).", "MM"),  # twin: a plain province, as before
        ("On 3 March 2024, separatists took control of Batibo (Momo, North-West).", "CM"),  # twin: "North-West" is a name
    ],
)
def test_a_provinces_compass_half_names_the_province(extractor: Extractor, text: str, country: str) -> None:
    assert _one_change(extractor, text).place.country_code == country


def test_a_chunk_that_names_no_country_or_province_sets_no_country() -> None:
    """"Kokang" is a populated place only in Indonesia (population 0): with no country or province in the hierarchy, a
    namesake town anywhere is no evidence of the note's country (Laukkai was put in Indonesia)."""
    from townwatch_gazetteer import Gazetteer

    assert note_area(["Kokang", "Nowhere-in-particular"], Gazetteer.default()).country_code is None
