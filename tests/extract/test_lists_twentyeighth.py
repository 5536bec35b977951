"""Session 28 (helper lists28, issue 10): several places, and places named in a later sentence.

L (coreference._LIST_OPENING, _SOME_OF, _OTHER_SET): a capture of a counted or unnamed plural whose names a later
sentence gives: "The villages include A in the X region and both B and C in the Y region", "Among them were A and B",
"Among the liberated settlements were A and B", "The liberated villages: A, B, C". Twins: the same lists after
villages shelled, attacked, evacuated, visited or only vowed; "Among them were" two people; an opening naming another
set ("The shelled villages: A, B").
O (news_nominal.outcome_verb, frames OUTCOME, outcome.outcome_taker): "The operations resulted in regaining control
over the town of A and the villages of B and C": the gerund's side is who led the operation or the side that took
places in the sentence before (never the side it fought). Twins: a modal or a negation on the outcome verb, an outcome
that is people or deaths.
H (place_list._headline_run): a headline's comma run of three names or more with no "and" ("Ukrainian forces liberate
A, B, C"). Twins: the same run shelled, visited, advanced on.
K (Extractor._listed_with_known, ArticleContext.plain_listed_name): a name GeoNames lacks listed with towns it knows
in the war ("the Southern group took A and B", the tagger reading A as a person) is one more town of the list. Twins:
a bank, a university, a unit's headquarters listed with the town.
S (entry_grounds.entered_seat_taken, seat_of_entered): "entered Kabul and took control of the presidential palace" is
Kabul (labelling.md, Sites: the seat of a town whose capture the sentence tells is part of that one event). Twins: the
seat attacked, surrounded, tried for; a named palace ("the Republican Palace") stays a site of its own.
P (place_list._in_hierarchy): "the villages of A, B and C (al-Bab, Aleppo)": the parenthesis says where they lie.
R (frames._listed_with_verb, _installation_towns): "seized positions and villages in the X area, including A" is A,
not the area. Twins: positions and weapons, no "including", shelled.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _read(extractor: Extractor, text: str, published: str) -> dict[str, str | None]:
    article = Article(
        id="ls28", text=text, published=dt.date.fromisoformat(published), received=dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
    )
    return {
        e.place.name: (e.gaining.id if e.gaining else None)
        for e in extractor.extract(article) if e.kind == "change" and not e.historical
    }


LATER_LISTS = [
    # (published, text, places, gaining)
    ("2025-03-01", "Russian forces have taken control of three more Ukrainian villages, the defence ministry said on "
     "Saturday. The villages include Bohuslavka in the northeastern Kharkiv region and both Pishchane and Zelenyi Hai in "
     "the eastern Donetsk region.", {"Bohuslavka", "Pishchane", "Zelenyi Hai"}, "ru-forces"),
    ("2025-03-01", "Russian forces captured three villages in the Donetsk region on Saturday, the ministry said. Among "
     "them were Pishchane and Zelenyi Hai.", {"Pishchane", "Zelenyi Hai"}, "ru-forces"),
    ("2022-09-12", "Ukrainian forces liberated more than 20 settlements in the Kharkiv region on Sunday, the general staff "
     "said. The liberated villages: Balakliia, Shevchenkove, Kupiansk.", {"Balakliia", "Shevchenkove", "Kupiansk"}, "ua-forces"),
    ("2022-09-12", "Ukrainian forces liberated several villages in the Kharkiv region on Sunday. Among the liberated "
     "settlements were Shevchenkove and Hrakove.", {"Shevchenkove", "Hrakove"}, "ua-forces"),
]

LATER_TWINS = [
    ("2025-03-01", "Russian forces shelled three villages in the Donetsk region on Saturday, the governor said. The "
     "villages are Pishchane, Bohuslavka and Zelenyi Hai."),
    ("2025-03-01", "Russian forces attacked three villages in the Donetsk region on Saturday, the governor said. They "
     "include Pishchane and Zelenyi Hai."),
    ("2025-03-01", "Russian forces tried to capture three villages in the Donetsk region on Saturday, but were repelled. "
     "Among them were Pishchane and Zelenyi Hai."),
    ("2025-03-01", "Ukrainian authorities evacuated three villages in the Donetsk region on Saturday. Among them were "
     "Pishchane and Zelenyi Hai."),
    ("2025-03-01", "Russian forces captured three villages in the Donetsk region on Saturday, killing four civilians. "
     "Among them were Olena Kovalenko and Ivan Marchenko."),
    ("2025-03-01", "Russian forces vowed to take three more villages this week. The villages include Pishchane, "
     "Bohuslavka and Zelenyi Hai."),
    ("2022-09-12", "Ukrainian forces liberated several villages in the Kharkiv region on Sunday. The shelled villages: "
     "Balakliia, Shevchenkove."),
    ("2025-03-01", "The president visited three villages in the Donetsk region on Saturday. Among them were Pishchane "
     "and Zelenyi Hai."),
]


@pytest.mark.parametrize(("published", "text", "places", "gaining"), LATER_LISTS)
def test_a_later_sentence_names_the_places_taken(extractor: Extractor, published: str, text: str, places: set[str], gaining: str) -> None:
    read = _read(extractor, text, published)
    assert set(read) == places
    assert set(read.values()) == {gaining}


@pytest.mark.parametrize(("published", "text"), LATER_TWINS)
def test_a_later_list_of_places_not_taken_is_no_event(extractor: Extractor, published: str, text: str) -> None:
    assert _read(extractor, text, published) == {}


OUTCOMES = [
    ("2016-10-20", "Units of the Syrian army on Sunday regained a number of villages in Ghouta after fighting Jaish "
     "al-Islam. The operations resulted in regaining control over the town of Harasta and the villages of Otaya and "
     "Hazeh.", {"Harasta", "Otaya", "Hazeh"}, "sy-gov"),
    ("2016-10-20", "Syrian troops on Sunday regained control over a number of towns in Ghouta after eradicating Nusra "
     "Front fighters. The operations resulted in regaining control over the town of Harasta.", {"Harasta"}, "sy-gov"),
]

OUTCOME_TWINS = [
    ("2016-10-20", "Syrian troops attacked rebel positions in Ghouta on Sunday. The operations resulted in the capture of "
     "dozens of fighters and the seizure of weapons."),
    ("2016-10-20", "Syrian troops launched an operation in Ghouta on Sunday. The operations could result in regaining "
     "control over the town of Harasta."),
    ("2016-10-20", "Syrian troops launched an operation in Ghouta on Sunday. The operations did not result in regaining "
     "control over the town of Harasta."),
    ("2016-10-20", "Syrian troops attacked Harasta on Sunday. The fighting resulted in the deaths of 20 people in Harasta "
     "and Douma."),
]


@pytest.mark.parametrize(("published", "text", "places", "gaining"), OUTCOMES)
def test_an_operation_resulted_in_regaining_places(extractor: Extractor, published: str, text: str, places: set[str], gaining: str) -> None:
    read = _read(extractor, text, published)
    assert set(read) == places
    assert set(read.values()) == {gaining}


@pytest.mark.parametrize(("published", "text"), OUTCOME_TWINS)
def test_an_outcome_that_is_no_capture_is_no_event(extractor: Extractor, published: str, text: str) -> None:
    assert _read(extractor, text, published) == {}


HEADLINE_RUNS = [
    ("2022-09-10", "Ukrainian forces liberate Shevchenkove, Hrakove, Volokhiv Yar", {"Shevchenkove", "Hrakove", "Volokhiv Yar"}, "ua-forces"),
    ("2017-03-02", "Iraqi forces take Tal Kaif, Bashiqa, Bartella in Nineveh push", {"Tal Kaif", "Bashiqa", "Bartella"}, "iq-gov"),
]

HEADLINE_TWINS = [
    ("2017-03-02", "Iraqi forces shell Tal Kaif, Bashiqa, Bartella in Nineveh push"),
    ("2022-09-10", "Ukrainian officials visit Balakliia, Shevchenkove, Hrakove"),
    ("2022-09-10", "Ukrainian forces advance on Balakliia, Shevchenkove, Hrakove"),
]


@pytest.mark.parametrize(("published", "text", "places", "gaining"), HEADLINE_RUNS)
def test_a_headlines_comma_run_is_a_list(extractor: Extractor, published: str, text: str, places: set[str], gaining: str) -> None:
    read = _read(extractor, text, published)
    assert set(read) == places
    assert set(read.values()) == {gaining}


@pytest.mark.parametrize(("published", "text"), HEADLINE_TWINS)
def test_a_headlines_run_of_places_not_taken_is_no_event(extractor: Extractor, published: str, text: str) -> None:
    assert _read(extractor, text, published) == {}


def test_a_name_geonames_lacks_listed_with_a_known_town(extractor: Extractor) -> None:
    read = _read(extractor, "The Southern group took Pishchane and Katerynivka.", "2025-08-01")
    assert {"Pishchane", "Katerynivka"} <= set(read)
    assert read["Pishchane"] == "ru-forces"


@pytest.mark.parametrize("text", [
    "Iraqi forces take Tal Kaif, Mosul University, Bartella in Nineveh push",
    "Russian forces took Katerynivka and Pishchane Bank on Saturday.",
    "Iraqi forces took Bartella and the 9th Brigade headquarters on Monday.",
])
def test_a_body_listed_with_a_town_is_no_town(extractor: Extractor, text: str) -> None:
    read = _read(extractor, text, "2017-03-02")
    assert not {p for p in read if p.endswith(("University", "Bank", "headquarters"))}
    assert read  # the known town itself stays


@pytest.mark.parametrize(("text", "place"), [
    ("Taliban fighters entered Kabul on Sunday and took control of the presidential palace, officials said.", "Kabul"),
    ("Taliban fighters entered Kandahar on Sunday and seized the governor's compound, officials said.", "Kandahar"),
])
def test_the_seat_of_a_town_entered_is_the_town(extractor: Extractor, text: str, place: str) -> None:
    assert _read(extractor, text, "2021-08-15") == {place: "taliban"}


@pytest.mark.parametrize("text", [
    "Taliban fighters entered Kandahar on Sunday and attacked the governor's compound, officials said.",
    "Taliban fighters entered Kandahar on Sunday and tried to seize the governor's compound, officials said.",
    "Taliban fighters entered Kandahar on Sunday and surrounded the governor's compound, officials said.",
])
def test_a_seat_attacked_after_an_entry_is_no_event(extractor: Extractor, text: str) -> None:
    assert _read(extractor, text, "2021-08-15") == {}


def test_a_named_palace_stays_a_site(extractor: Extractor) -> None:
    read = _read(extractor, "RSF fighters entered Khartoum on Saturday and took control of the Republican Palace, the "
                 "group said.", "2023-04-16")
    assert "Republican Palace" in read


def test_a_monitors_parenthesis_is_where_the_list_lies(extractor: Extractor) -> None:
    read = _read(extractor, "On 2 March, Syrian regime forces recaptured the villages of Ghazal, Umm Jerin and Tal Shayeb "
                 "(al-Bab, Aleppo) from IS.", "2017-03-02")
    assert set(read) == {"Ghazal", "Umm Jerin", "Tal Shayeb"}


def test_villages_in_an_area_including_a_name_are_the_name(extractor: Extractor) -> None:
    # R (frames._listed_with_verb, _installation_towns): "positions and villages in the X area, including A" is A, never
    # the area the positions lie in
    read = _read(extractor, "Syrian government forces seized positions and villages in the Jabal al-Akrad area, "
                 "including Kinsabba, on Sunday.", "2016-08-12")
    assert set(read) == {"Kinsabba"}


@pytest.mark.parametrize("text", [
    "Syrian government forces seized positions and weapons in the Jabal al-Akrad area, including tanks, on Sunday.",
    "Syrian government forces seized positions and villages in the Jabal al-Akrad area on Sunday.",
    "Syrian government forces shelled positions and villages in the Jabal al-Akrad area, including Kinsabba, on Sunday.",
])
def test_positions_in_an_area_are_no_town(extractor: Extractor, text: str) -> None:
    assert _read(extractor, text, "2016-08-12") == {}
