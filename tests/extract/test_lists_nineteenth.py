"""Lists, digest lines, parts of towns and places named in another sentence (session 19, helper lists19, issue 10):
a monitor's digest line under a region head ("Horn of Africa: A; B; C", each clause its own sentence, "X village,
Lower Shabelle"), lists after "such as" hung on a later noun, "the following settlements ... - A village, B village",
a collective's list ("a string of villages including A, B"), a past permission ("allowed the rebels to take ..."),
"after controlling the A and B areas", parts of a town ("several neighbourhoods in X", "territory in X, P", "after
driving Z from most of the city"), and the town named after "one of the largest towns" or "a strategic district".
Each form with negative twins of the same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, news_partial, news_places
from .conftest import news_rows as _news

DAY = dt.date(2019, 4, 10)


def _places(extractor: Extractor, text: str) -> list[str]:
    return news_places(extractor, text, DAY)


def _partial(extractor: Extractor, text: str) -> dict[str, bool]:
    return news_partial(extractor, text, DAY)


# --- the families' cases and their twins, one table per shape (D1 digest lines, L1 "such as", L3 "after controlling",
# L4 "the following settlements", A1-A3 the town named in another clause, P1 parts of a town) ---------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # D1: a region head does not take the clause's side
        (
            "Horn of Africa: Al Shabaab seizes Qoryoley Dheere village in Bay region; al Shabaab militants "
            "detonate a car bomb near Mogadishu port; Kenyan police arrest two suspects in Garissa",
            [("Qoryoley Dheere", "al-shabaab", "so-gov")],
        ),
        # A1: the town named after "one of the largest towns"
        (
            "Syrian government forces captured one of the largest rebel-held towns in the northwest, state media "
            "said on Wednesday. The town of Khan Sheikhoun in Idlib province sits on the main highway.",
            [("Khan Sheikhoun", "sy-gov", "hts")],
        ),
        # A3: a town the next sentence says is "home to" its people
        (
            "The Malian army on Saturday regained control of a central town briefly held by jihadists, security "
            "sources said. Dioura is home to several thousand people and lies near the Mauritanian border.",
            [("Dioura", "ml-gov", None)],
        ),
    ],
)
def test_the_town_named_in_another_clause_with_its_side(
    extractor: Extractor, text: str, rows: list[tuple[str, str | None, str | None]]
) -> None:
    assert _news(extractor, text, DAY) == rows


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # D1: a country head still places the line
        (
            "Yemen: Al Houthi officials reject talks; pro-Hadi forces take control of Wadi Hamdan in northern al "
            "Jawf; clashes continue in Nihm.",
            [("Wadi Hamdan", "ye-gov")],
        ),
        # A2: the district named after "a strategic district"
        (
            "The Taliban have captured a strategic district in the northern province of Baghlan. Government troops "
            "were forced to retreat to Pul-e-Khumri city. Officials blamed a lack of supplies for the fall of "
            "Dahana-i-Ghori district.",
            [("Dahana-i-Ghori", "taliban")],
        ),
    ],
)
def test_the_place_and_its_taker(extractor: Extractor, text: str, places: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # L1: a list after "such as" hung on the plural's location
        (
            '"Our troops have cleared the coast of the LTTE by capturing their last strongholds along the '
            'northern coast such as Maruthankerny, Kudarappu and Nagarkovil after heavy fighting," a military '
            "spokesman said.",
            ["Kudarappu", "Maruthankerny", "Nagarkovil"],
        ),
        # L3: "after controlling the A and B areas"
        (
            '"ISIL militants moved from Hit city while taking the desert road and managed to encircle 300 '
            'fighters after controlling the Zuwiyya and Albu Hayat areas," a security source said.',
            ["Albu Hayat", "Zuwiyya"],
        ),
        # L4: "the following settlements ... - A village, B village"
        (
            "Azerbaijani troops liberated the following settlements of Jabrayil district – Mehdili village, "
            "Chakhirli village, Tashkasan village, and Hasanli village, the president said.",
            ["Chakhirli", "Hasanli", "Mehdili", "Tashkasan"],
        ),
        # A3: a counted plural named by what the side "now controlled"
        (
            "M23 rebels seized two major towns in eastern Congo after fierce fighting on Saturday, residents said. "
            "A civil society leader told reporters that the rebels now controlled Bambo Centre and Kitchanga.",
            ["Bambo Centre", "Kitchanga"],
        ),
    ],
)
def test_a_taken_list_names_its_places(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _places(extractor, text) == places


@pytest.mark.parametrize(
    "text",
    [
        # L1 twin: shelling the strongholds "such as" A, B
        (
            '"Our troops have pounded the coast by shelling their last strongholds along the northern coast such '
            'as Maruthankerny, Kudarappu and Nagarkovil after heavy fighting," a military spokesman said.'
        ),
        # L4 twin: the following settlements shelled
        (
            "Armenian forces shelled the following settlements of Jabrayil district – Mehdili village, Chakhirli "
            "village, Tashkasan village, and Hasanli village, the ministry said."
        ),
        # A1 twin: one of the largest towns shelled
        (
            "Syrian government forces shelled one of the largest rebel-held towns in the northwest, state media "
            "said on Wednesday. The town of Khan Sheikhoun in Idlib province sits on the main highway."
        ),
        # A2 twin: a district attacked
        (
            "The Taliban have attacked a strategic district in the northern province of Baghlan. Government troops "
            "repelled the assault on Dahana-i-Ghori district, officials said."
        ),
        # A3 twin: two towns shelled while the army still held them
        (
            "M23 rebels shelled two major towns in eastern Congo after fierce fighting on Saturday, residents "
            "said. A civil society leader told reporters that the army still controlled Bambo Centre and "
            "Kitchanga."
        ),
        # A3 twin: a town home to its people after an attempt
        (
            "The Malian army on Saturday tried to regain control of a central town held by jihadists, security "
            "sources said. Dioura is home to several thousand people and lies near the Mauritanian border."
        ),
    ],
)
def test_the_same_words_with_no_taking_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        # P1: several neighbourhoods in a city
        (
            "Syrian rebels took control of several neighbourhoods in the country's third-largest city, Homs, a "
            "monitor said.",
            {"Homs": True},
        ),
        # P1: territory in a town set off by its province
        (
            "Yemeni government forces recaptured territory in Harib, Marib from the al Houthis on Tuesday.",
            {"Harib": True},
        ),
        # P1: driven from most of the city, under a progressive
        (
            "Iraqi forces took control of the main hospital in Ramadi on Saturday and were clearing mines after "
            "driving Islamic State fighters from most of the city.",
            {"Ramadi": True},
        ),
        # P1 twin: several neighbourhoods shelled
        (
            "Syrian government forces shelled several neighbourhoods in the country's third-largest city, Homs, a "
            "monitor said.",
            {},
        ),
        # P1 twin: territory in a bare region name
        (
            "Russian forces seized more territory in Donetsk, the defence ministry said on Tuesday.",
            {},
        ),
        # P1 twin: still trying to drive them from the city
        (
            "Iraqi forces were clearing mines on Saturday after failing to drive Islamic State fighters from most "
            "of Ramadi.",
            {},
        ),
    ],
)
def test_part_of_a_town_is_the_town_held_in_part(extractor: Extractor, text: str, partial: dict[str, bool]) -> None:
    assert _partial(extractor, text) == partial


# --- D1: a digest line under a region head, each clause its own sentence ------------------------------------------


def test_each_clause_of_a_digest_line_keeps_its_own_side(extractor: Extractor) -> None:
    text = (
        "Horn of Africa: Al Shabaab attacks AMISOM bases in Halgan, Hiraan region; SNA forces capture Warmooy village, "
        "Lower Shabelle from al Shabaab; NISA arrests a bomb maker in Mogadishu"
    )
    assert _news(extractor, text, DAY) == [("Warmooy", "so-gov", "al-shabaab")]


@pytest.mark.parametrize(
    "clause",
    [
        "Al Shabaab attacks Qoryoley Dheere village in Bay region",
        "Al Shabaab militants besiege Qoryoley Dheere village in Bay region",
        "SNA officer captured by al Shabaab in Qoryoley Dheere village, Bay region",
    ],
)
def test_a_digest_clause_without_a_change_gives_none(extractor: Extractor, clause: str) -> None:
    text = f"Horn of Africa: {clause}; al Shabaab militants detonate a car bomb near Mogadishu port"
    assert _news(extractor, text, DAY) == []


# --- L2: a collective's list and a past permission ------------------------------------------------------------------


def test_a_string_of_villages_including_a_list(extractor: Extractor) -> None:
    text = (
        "Syrian rebels have seized the town of Kafr Zita in northern Hama. A collapse in army defences allowed the rebels "
        "to also take a string of villages including Maarkaba, Lahaya and Zlaqiyat."
    )
    assert set(_places(extractor, text)) >= {"Lahaya", "Maarkaba", "Zlaqiyat"}


@pytest.mark.parametrize(
    "governor",
    ["would allow the rebels to also take", "was meant to allow the rebels to take", "did not allow the rebels to take"],
)
def test_a_permission_not_given_takes_nothing(extractor: Extractor, governor: str) -> None:
    text = (
        "Syrian rebels massed in northern Hama on Monday. A collapse in army defences "
        f"{governor} a string of villages including Maarkaba, Lahaya and Zlaqiyat."
    )
    assert _places(extractor, text) == []


# --- L3: "after controlling the A and B areas" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    ["after controlling the Zuwiyya and Albu Hayat areas for two years", "after losing the Zuwiyya and Albu Hayat areas"],
)
def test_after_holding_or_losing_the_areas_is_no_capture(extractor: Extractor, tail: str) -> None:
    text = f'"ISIL militants managed to encircle 300 fighters {tail}," a security source said.'
    assert _places(extractor, text) == []


# --- A1 / A2: the town named after "one of the ... towns", the district after "a strategic district" ------------------


def test_the_district_s_town_is_not_the_city_named_between(extractor: Extractor) -> None:
    text = (
        "The Taliban have captured a strategic district in the northern province of Baghlan. Government troops were "
        "forced to retreat to Pul-e-Khumri city."
    )
    assert [p for p, _g, _lo, h in change_rows(extractor, text, DAY) if not h] == []


# --- A3: a counted plural named by what the side "now controlled", a town "home to" its people, a band of fighters ---


def test_a_large_group_of_fighters_is_the_side_named_before(extractor: Extractor) -> None:
    text = (
        "Taliban fighters attacked police posts in Farah province, officials said on Tuesday. A large group of fighters "
        "captured the center of Bakwa district on Monday night after hours of fighting."
    )
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [("Bakwa", "taliban")]


def test_a_large_group_of_fighters_with_no_group_named_takes_no_side(extractor: Extractor) -> None:
    text = (
        "Syrian troops fought rebels near Hama, officials said on Tuesday. A large group of fighters captured the "
        "town of Kafr Zita on Monday night."
    )
    assert [g for _p, g, _lo in _news(extractor, text, DAY)] in ([], [None])
