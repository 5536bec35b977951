"""The lead's fixes of session 38 (issue 10): the issue's own named families, probed in our words before the fresh set.

- A leader named alone is his side ("Abiy Ahmed hailed the capture of Mekelle", "Assad hailed the fall of Aleppo",
  "Aliyev hailed the capture of Shusha"); a leader who flees is still a man, never his army ("Bashar al-Assad flees
  Damascus"), and a town named like a leader keeps its own name ("Baghdadi" is a town in Anbar).
- A war town the tagger reads as a man or a people lies where a side of the frame fights, though that side's home
  comes first ("Russian forces captured Palmyra" in 2016 is Syria's Palmyra, never a Ukrainian one as written); and
  where a foreign army at peace at home goes ("French troops marched into Gao").
- A deed celebrated on a visit is done ("arrived in Mosul to congratulate the troops on the liberation of the city");
  a celebration vowed or planned is not.
- A town's old city or centre written in lower case is the town, in part ("Mosul's old city", "Raqqa's city centre");
  "Mosul's Old City" stays the quarter's own name (labelling.md).
- A side's last pocket, enclave, stronghold or bastion in a town is the town ("the last pocket of Islamic State
  territory in Baghouz fell to the SDF"); a pocket not called the last, or one in a province or a country, is not.
- A flag raised over a town's landmark is raised over the town ("over the stadium in Raqqa", "in Raqqa's main square").
- Oil fields placed only by their province are a site named by it ("all oil fields in Kirkuk province").
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _changes(extractor: Extractor, text: str, day: dt.date, title: str | None = None):
    article = make_article(text, published=day, title=title)
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


@pytest.mark.parametrize(
    ("day", "text", "place", "country", "gaining"),
    [
        (dt.date(2020, 11, 28), "Abiy Ahmed hailed the capture of Mekelle on Saturday.", "Mekelle", "ET", "et-gov"),
        (dt.date(2016, 12, 13), "Assad hailed the fall of Aleppo as a turning point.", "Aleppo", "SY", "sy-gov"),
        (dt.date(2016, 12, 22), "Bashar al-Assad hailed the recapture of Aleppo.", "Aleppo", "SY", "sy-gov"),
        (dt.date(2020, 11, 10), "Aliyev hailed the capture of Shusha.", "Shusha", "AZ", "az-forces"),
        (dt.date(2024, 11, 30), "Abu Mohammed al-Jolani hailed the capture of Aleppo.", "Aleppo", "SY", "hts"),
        (dt.date(2017, 10, 20), "Duterte hailed the liberation of Marawi on Tuesday.", "Marawi", "PH", "ph-gov"),
        (dt.date(2016, 3, 27), "Russian forces captured Palmyra on Sunday.", "Palmyra", "SY", "ru-forces"),
        (dt.date(2016, 3, 27), "Putin hailed the recapture of Palmyra.", "Palmyra", "SY", "ru-forces"),
        (dt.date(2016, 12, 13), "Russia hailed the fall of Aleppo as a turning point.", "Aleppo", "SY", "ru-forces"),
        (dt.date(2013, 1, 26), "French troops marched into Gao and said they now controlled the town.", "Gao", "ML", None),
        (dt.date(2017, 7, 10), "Abadi arrived in Mosul to congratulate the armed forces on the liberation of the city.",
         "Mosul", "IQ", "iq-gov"),
        (dt.date(2017, 7, 10), "Abadi arrived in Mosul on Sunday to celebrate the liberation of the city from Islamic State.",
         "Mosul", "IQ", "iq-gov"),
        (dt.date(2017, 10, 1), "The SDF captured Raqqa's city centre on Friday.", "Raqqa", "SY", "sdf"),
        (dt.date(2017, 7, 1), "Iraqi forces have retaken 90 percent of Mosul's old city, a general said.", "Mosul", "IQ", "iq-gov"),
        (dt.date(2019, 3, 23), "The last pocket of Islamic State territory in Baghouz fell to the SDF on Saturday.",
         "Baghouz", "SY", "sdf"),
        (dt.date(2019, 3, 23), "The SDF captured the last Islamic State enclave in Baghouz on Saturday.", "Baghouz", "SY", "sdf"),
        (dt.date(2019, 3, 23), "The last pocket of IS territory in Baghouz fell to the SDF.", "Baghouz", "SY", "sdf"),
        (dt.date(2017, 10, 17), "The militants' last bastion in Marawi fell to government troops.", "Marawi", "PH", "ph-gov"),
        (dt.date(2017, 10, 17), "SDF fighters raised their flag over the stadium in Raqqa after the last militants surrendered.",
         "Raqqa", "SY", "sdf"),
        (dt.date(2017, 10, 17), "SDF fighters raised their flag in Raqqa's main square.", "Raqqa", "SY", "sdf"),
        (dt.date(2022, 11, 11), "Ukrainian soldiers raised the national flag over the administration building in Kherson.",
         "Kherson", "UA", "ua-forces"),
        (dt.date(2017, 10, 17), "Iraqi forces took control of all oil fields in Kirkuk province on Tuesday.",
         "Kirkuk oil fields", "IQ", "iq-gov"),
        (dt.date(2014, 7, 3), "Militants took control of all oil fields in the Deir ez-Zor province.",
         "Deir ez-Zor oil fields", "SY", None),
    ],
)
def test_the_issues_named_families_are_read(
    extractor: Extractor, day: dt.date, text: str, place: str, country: str, gaining: str | None
) -> None:
    found = [e for e in _changes(extractor, text, day) if e.place.name == place]
    assert found, f"no event at {place}: {[(e.place.name, e.place.country_code) for e in _changes(extractor, text, day)]}"
    assert found[0].place.country_code == country
    if gaining is not None:
        assert found[0].gaining is not None and found[0].gaining.id == gaining


def test_the_last_pocket_in_a_town_is_the_whole_town(extractor: Extractor) -> None:
    article = make_article("", published=dt.date(2019, 3, 23), title="Last pocket of IS territory in Baghouz falls to SDF")
    found = [e for e in extractor.extract(article) if e.place.name == "Baghouz"]
    assert found and not found[0].partial and found[0].gaining is not None and found[0].gaining.id == "sdf"


@pytest.mark.parametrize(
    ("day", "title"),
    [
        (dt.date(2017, 7, 1), "Ninety percent of Mosul's old city retaken"),
        (dt.date(2017, 7, 1), "Half of Mosul's old city retaken"),
    ],
)
def test_a_share_of_a_towns_old_city_is_the_town_in_part(extractor: Extractor, day: dt.date, title: str) -> None:
    article = make_article("", published=day, title=title)
    found = [e for e in extractor.extract(article) if e.place.name == "Mosul"]
    assert found and found[0].partial


@pytest.mark.parametrize(
    ("day", "text", "title"),
    [
        (dt.date(2024, 12, 8), "", "Bashar al-Assad flees Damascus"),
        (dt.date(2024, 12, 8), "", "Assad flees Damascus"),
        (dt.date(2017, 7, 10), "Abadi vowed to celebrate the liberation of Mosul soon.", None),
        (dt.date(2017, 7, 10), "Abadi plans to celebrate the liberation of Mosul next week.", None),
        (dt.date(2019, 3, 10), "The SDF captured an Islamic State pocket in Baghouz on Saturday.", None),
        (dt.date(2019, 3, 10), "The SDF advanced on the last Islamic State pocket in Baghouz.", None),
        (dt.date(2019, 3, 10), "The SDF is preparing to storm the last Islamic State pocket in Baghouz.", None),
        (dt.date(2018, 3, 10), "The army captured the last rebel enclave in Daraa province.", None),
        (dt.date(2018, 3, 10), "The army captured the last rebel stronghold in Syria.", None),
        (dt.date(2017, 10, 17), "Troops shelled the militants' last bastion in Marawi.", None),
        (dt.date(2022, 8, 24), "Residents raised the Ukrainian flag in the main square of Kyiv for Independence Day.", None),
        (dt.date(2017, 10, 17), "Protesters raised a flag over the town hall in Raqqa.", None),
        (dt.date(2017, 10, 17), "The company took control of all oil fields in Kirkuk province.", None),
        (dt.date(2017, 10, 17), "Iraqi forces are advancing on the oil fields in Kirkuk province.", None),
        (dt.date(2017, 7, 1), "Iraqi forces shelled Mosul's old city on Monday.", None),
        (dt.date(2017, 10, 1), "Tourists returned to Aleppo's old city.", None),
    ],
)
def test_twins_stay_silent(extractor: Extractor, day: dt.date, text: str, title: str | None) -> None:
    assert _changes(extractor, text, day, title) == []


def test_a_town_named_like_a_leader_keeps_its_name(extractor: Extractor) -> None:
    text = "Iraqi forces have driven Islamic State militants out of the town of Baghdadi in Anbar province."
    found = [e for e in _changes(extractor, text, dt.date(2016, 3, 5)) if e.place.name == "Baghdadi"]
    assert found and found[0].gaining is not None and found[0].gaining.id == "iq-gov"


def test_a_named_quarter_keeps_its_own_name(extractor: Extractor) -> None:
    article = make_article("", published=dt.date(2017, 6, 29), title="Ninety per cent of Mosul's Old City retaken, Iraqi general says")
    assert [e.place.name for e in extractor.extract(article)] == ["Old City"]


# after reading the fresh set lab38: sentences written for these tests after the grammar of its monitor notes and wires
@pytest.mark.parametrize(
    ("day", "text", "place", "country", "gaining"),
    [
        (dt.date(2024, 12, 15), "Russian troops on Saturday raised the flag of the Russian Federation on the administration"
         " building in Kurakhove, a city in the Donetsk region.", "Kurakhove", "UA", "ru-forces"),
        (dt.date(2020, 1, 30), "GoS made further advances against HTS areas in Idleb this week. GoS captured Maarat al-Numan"
         " before moving north along the highway.", "Maarat al-Numan", "SY", "sy-gov"),
        (dt.date(2023, 6, 1), "GoS forces captured the town of Bara from the RSF on Thursday.", "Bara", "SD", "saf"),
        (dt.date(2017, 3, 2), "SARG forces retook Palmyra from ISIS on Thursday.", "Palmyra", "SY", "sy-gov"),
        (dt.date(2025, 12, 20), "As the National Shield Forces took control of the city of Seiyun, the forces of the Southern"
         " Transitional Council fled.", "Seiyun", "YE", "ye-gov"),
        (dt.date(2020, 3, 1), "HTS and other opposition groups launched a counter-offensive in southern Idlib. Backed by"
         " Turkish shelling, these groups captured Saraqib and Afes.", "Afes", "SY", "hts"),
    ],
)
def test_the_fresh_sets_notes_are_read(
    extractor: Extractor, day: dt.date, text: str, place: str, country: str, gaining: str
) -> None:
    found = [e for e in _changes(extractor, text, day) if e.place.name == place]
    assert found, f"no event at {place}: {[(e.place.name, e.place.country_code) for e in _changes(extractor, text, day)]}"
    assert found[0].place.country_code == country
    assert found[0].gaining is not None and found[0].gaining.id == gaining


def test_a_village_never_stands_for_the_township_named_before_it(extractor: Extractor) -> None:
    text = ("Junta forces attacked Nyaung Pin Gyi in Katha Township on Tuesday. The junta forces also reportedly occupied"
            " the village.")
    assert not [e for e in _changes(extractor, text, dt.date(2022, 9, 7)) if "Township" in e.place.name]


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2024, 12, 14), "Russian troops raised their flag on Monday to mark the holiday."),
        (dt.date(2020, 3, 1), "HTS and other opposition groups shelled Saraqib. These groups said they would capture Afes soon."),
    ],
)
def test_fresh_set_twins_stay_silent(extractor: Extractor, day: dt.date, text: str) -> None:
    assert _changes(extractor, text, day) == []


# a coder note's "On <date>, <side> <verb> <town>": the small model reads the three as one name (notes38 found
# "overran" in the spent sets; the lead's probes of twenty verbs found "liberated" too)
@pytest.mark.parametrize(
    ("day", "text", "place", "gaining"),
    [
        (dt.date(2020, 4, 15), "On 14 April 2020, ISWAP overran Damasak after clashes with the army.", "Damasak", "iswap"),
        (dt.date(2020, 4, 15), "On 14 April, ISWAP overran Damasak.", "Damasak", "iswap"),
        (dt.date(2023, 6, 10), "On 9 June 2023, the RSF overran Kutum.", "Kutum", "rsf"),
        (dt.date(2021, 7, 10), "On 9 July 2021, the TPLF liberated Alamata after clashes.", "Alamata", "tplf"),
    ],
)
def test_a_dated_note_with_the_side_and_town_read_as_one_name(
    extractor: Extractor, day: dt.date, text: str, place: str, gaining: str
) -> None:
    found = [e for e in _changes(extractor, text, day) if e.place.name == place]
    assert found and found[0].gaining is not None and found[0].gaining.id == gaining


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Militiamen overran Ndele after a short battle.", "Ndele", None),  # a common noun, read as written
        ("Fans overran Wembley after the final whistle.", None, None),
    ],
)
def test_overran_after_a_common_noun_is_read_as_written(extractor: Extractor, text: str, place: str | None, gaining: str | None) -> None:
    events = _changes(extractor, text, dt.date(2015, 1, 1))
    assert [e.place.name for e in events] == ([place] if place else [])


@pytest.mark.parametrize(
    ("title", "events"),
    [
        ("RSF claims seizing el-Fasher", [("el-Fasher", "rsf", True)]),
        ("Houthis claim seizing Marib", [("Marib", "houthis", True)]),
        ("Police claim seizing drugs in Mosul raid", []),
        ("RSF claims seizing the initiative in Darfur", []),
    ],
)
def test_a_headlines_claimed_gerund_names_the_claimer(extractor: Extractor, title: str, events: list[tuple[str, str, bool]]) -> None:
    found = [(e.place.name, e.gaining.id if e.gaining else None, e.claimed) for e in _changes(extractor, "", dt.date(2025, 10, 26), title)]
    assert found == events


@pytest.mark.parametrize(
    ("day", "text", "title", "place"),
    [
        (dt.date(2021, 8, 8), "After fierce fighting, the Taliban took the capital of Kunduz province today.", None, "Kunduz"),
        (dt.date(2021, 8, 8), "The Taliban captured the capital of Jowzjan province on Saturday.", None, "Shibirghān"),
        (dt.date(2021, 8, 13), "", "Taliban take capital of Helmand province", "Lashkar Gāh"),
        (dt.date(2015, 5, 17), "Islamic State fighters took the capital of Anbar province on Sunday.", None, "Ramadi"),
    ],
)
def test_a_provinces_capital_is_its_capital_city(extractor: Extractor, day: dt.date, text: str, title: str | None, place: str) -> None:
    assert place in [e.place.name for e in _changes(extractor, text, day, title)]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban vowed to take the capital of Helmand province.",
        "The Taliban took the capital of the province.",
        "The governor took the capital of Helmand province by surprise with his speech.",
    ],
)
def test_a_provinces_capital_twins(extractor: Extractor, text: str) -> None:
    assert _changes(extractor, text, dt.date(2021, 8, 8)) == []
