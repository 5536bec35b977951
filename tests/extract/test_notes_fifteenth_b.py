"""Session 15 (helper notes15b): conflict monitors' notes outside Africa. Each family is written in our own words
with the grammar of real monitor lines (ISW/DeepState-style front-line notes, observatory and security-source lines),
and each has negative twins built from the same words.

N1: a side named by its country or its people alone ("Russians occupied X", "Russia captured X", "the Ukrainians
retook X"): the prefilter found no side word in the line and dropped it before the parse.
N2: an unknown village placed only by a smaller town a bearing points at ("some 25 km north of Tikrit"): a unique
town of a country at war says the country, so "security forces" are that country's.
N3: a district's seat named with the district ("took control of the Washir district center in Helmand"): the place
is the district, not the province after "in".
N4: a counted plural set off by a comma with as many names as it counts ("out of three villages, A, al-B and C"),
the parse hanging the names on the verb.
N5: a side's own withdrawal told by a possessive ("the army declared its withdrawal from X"): the side is the verb's
subject, when the verb tells it done.
N6: a side raised to the subject of a passive ("ISIL was reported to have captured X", "the army was forced to
withdraw from X"): it is the doer of the complement."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 8, 20)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("On 14 August, Russians occupied Novomykhailivka (Pokrovsk raion, Donetsk oblast), according to geolocated footage.",
         ("Novomykhailivka", "ru-forces")),
        ("Russia captured Krasnohorivka on 9 August, the defence ministry said.", ("Krasnohorivka", "ru-forces")),
        ("On 3 August, the Ukrainians retook Robotyne after a week of assaults.", ("Robotyne", "ua-forces")),
        ("On 3 August, the Israelis took control of Beit Hanoun.", ("Beit Hanoun", "idf")),
        ("In the Kupiansk direction, the think tank reported that Russians seized Pishchane on 12 August.",
         ("Pishchane", "ru-forces")),
    ],
)
def test_a_side_named_by_its_country_or_people_takes_the_town(extractor: Extractor, note: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, note, DAY)] == [want]


@pytest.mark.parametrize(
    "note",
    [
        "On 14 July, Russians shelled Novomykhailivka (Pokrovsk raion, Donetsk oblast), wounding two civilians.",
        "On 14 July, Russians attempted to capture Novomykhailivka (Pokrovsk raion, Donetsk oblast) but were repelled.",
        "On 14 July, thousands of Ukrainians fled Novomykhailivka (Pokrovsk raion, Donetsk oblast).",
        "On 14 July, Russians advanced towards Novomykhailivka (Pokrovsk raion, Donetsk oblast).",
        "On 3 August, Russia took over the presidency of the council in Krasnohorivka.",
        "On 3 August, the Ukrainians failed to retake Robotyne after a week of assaults.",
    ],
)
def test_a_country_or_people_without_a_town_taken_is_no_change(extractor: Extractor, note: str) -> None:
    # twins: shelling, a failed attempt, civilians fleeing, an advance towards, an office taken
    assert _news(extractor, note, DAY) == []


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("On 12 January, security forces retook the village of Albu Hayat, about 25 km north of Tikrit, after clashes.",
         ("Albu Hayat", "iq-gov")),
        ("On 12 January, troops regained control of Albu Hayat near Tikrit.", ("Albu Hayat", "iq-gov")),
        ("Government troops retook the villages of Albu Hayat and Tal Suwaib, some 20 km east of the provincial capital city of Tikrit.",
         ("Albu Hayat", "iq-gov")),
    ],
)
def test_a_small_town_at_war_places_an_unknown_village(extractor: Extractor, note: str, want: tuple[str, str]) -> None:
    assert want in [(p, g) for p, g, _lo in _news(extractor, note, dt.date(2015, 1, 15))]


@pytest.mark.parametrize(
    "note",
    [
        "On 12 January, security forces repelled an attack on the village of Albu Hayat, about 25 km north of Tikrit.",
        "On 12 January, security forces advanced towards Albu Hayat, about 25 km north of Tikrit.",
        "On 12 January, security forces besieged the village of Albu Hayat, about 25 km north of Tikrit.",
    ],
)
def test_a_small_town_placing_a_village_not_taken_is_no_change(extractor: Extractor, note: str) -> None:
    # twins: an attack repelled, an advance towards, a siege
    assert _news(extractor, note, dt.date(2015, 1, 15)) == []


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("On 9 June, the Taliban took control of the Shah Wali Kot district center in Kandahar.", "Shah Wali Kot"),
        ("On 9 June, the Taliban took control of the Nawzad district centre in Helmand after police withdrew.", "Nawzad"),
        ("While the Taliban took control of the Nawzad district center in Helmand, the army still holds the nearby base.",
         "Nawzad"),
    ],
)
def test_a_district_seat_is_the_district_not_its_province(extractor: Extractor, note: str, want: str) -> None:
    assert [p for p, _g, _lo in _news(extractor, note, dt.date(2021, 6, 12))] == [want]


@pytest.mark.parametrize(
    "note",
    [
        "On 9 June, the Taliban attacked the Garmsir district center in Helmand but were repelled.",
        "On 9 June, the Taliban besieged the Garmsir district center in Helmand.",
        "On 9 June, the Taliban took control of the road to the Garmsir district center in Helmand.",
    ],
)
def test_a_district_seat_not_taken_is_no_change(extractor: Extractor, note: str) -> None:
    # twins: an attack repelled, a siege, the road to the seat
    assert _news(extractor, note, dt.date(2021, 6, 12)) == []


def test_a_counted_plural_with_its_names_after_a_comma_takes_each(extractor: Extractor) -> None:
    note = "Peshmerga fighters drove the militants out of three villages, Tal Aswad, al-Sharqiya and Umm Khabb."
    assert [(p, g) for p, g, _lo in _news(extractor, note, dt.date(2014, 10, 22))] == [
        ("Tal Aswad", "peshmerga"), ("al-Sharqiya", "peshmerga"), ("Umm Khabb", "peshmerga")
    ]


@pytest.mark.parametrize(
    "note",
    [
        # as many names as counted, or none: two names for three villages is no list of them
        "Peshmerga fighters drove the militants out of three villages, Tal Aswad and al-Sharqiya, after clashes.",
        "Peshmerga fighters shelled three villages, Tal Aswad, al-Sharqiya and Umm Khabb.",
        "Peshmerga fighters attacked three villages, Tal Aswad, al-Sharqiya and Umm Khabb, but were repelled.",
        "Peshmerga fighters evacuated civilians from three villages, Tal Aswad, al-Sharqiya and Umm Khabb.",
    ],
)
def test_a_counted_plural_not_taken_or_miscounted_is_no_change(extractor: Extractor, note: str) -> None:
    assert _news(extractor, note, dt.date(2014, 10, 22)) == []


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("The Syrian army formally declared its withdrawal from Aleppo on Saturday.", ("Aleppo", None, "sy-gov")),
        ("On 2 July, the Ukrainian army announced its withdrawal from Vuhledar.", ("Vuhledar", "ru-forces", "ua-forces")),
    ],
)
def test_a_side_declaring_its_own_withdrawal_loses_the_town(extractor: Extractor, note: str, want: tuple) -> None:
    assert want in _news(extractor, note, dt.date(2024, 7, 6))


@pytest.mark.parametrize(
    "note",
    [
        "The Syrian army postponed its withdrawal from Aleppo on Saturday.",
        "The Syrian army halted its withdrawal from Aleppo on Saturday.",
        "The Syrian army announced its planned withdrawal from Aleppo.",
        "The Syrian army denied its withdrawal from Aleppo on Saturday.",
    ],
)
def test_a_withdrawal_not_done_is_no_change(extractor: Extractor, note: str) -> None:
    # twins: postponed, halted, planned, denied
    assert _news(extractor, note, dt.date(2024, 7, 6)) == []


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("ISIL was reported to have captured the nearby village of Tal Hamis on 1 November.", ("Tal Hamis", "isis")),
        ("The Houthis were said to have seized Harib district on Tuesday.", ("Harib", "houthis")),
    ],
)
def test_a_side_raised_to_a_passive_subject_takes_the_town(extractor: Extractor, note: str, want: tuple[str, str]) -> None:
    assert want in [(p, g) for p, g, _lo in _news(extractor, note, dt.date(2015, 11, 5))]


@pytest.mark.parametrize(
    "note",
    [
        "ISIL was reported to be preparing to capture the nearby village of Tal Hamis.",
        "ISIL was ordered to capture the nearby village of Tal Hamis.",
        "ISIL was reported to have attacked the nearby village of Tal Hamis on 1 November.",
        "The Houthis were believed to have failed to seize Harib district on Tuesday.",
    ],
)
def test_a_raised_side_that_took_nothing_is_no_change(extractor: Extractor, note: str) -> None:
    # twins: preparing, ordered, an attack, a failure
    assert _news(extractor, note, dt.date(2015, 11, 5)) == []
