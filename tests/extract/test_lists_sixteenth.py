"""Lists of places (session 16, helper lists16): a counted "districts"/"locations" that the next sentence lists
("Nine districts fell to the Taliban. The districts are A in X, B in Y ..."), a strong verb's list whose known name
vouches for names the tagger misread, and a counted plural with its names set off after its location or between
dashes. Each form with negative twins of the same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 5, 10)


def _places(extractor: Extractor, text: str) -> list[str]:
    return [p for p, _g, _lo in _news(extractor, text, DAY)]


@pytest.mark.parametrize(
    "opening",
    ["Eleven districts have fallen to the Taliban in the past two days.",
     "The Taliban have captured 11 districts since Friday.",
     "Taliban fighters took control of eleven districts over the weekend."],
)
def test_counted_districts_stand_for_the_list_the_next_sentence_opens_with(extractor: Extractor, opening: str) -> None:
    text = f"{opening} The districts include Qarabagh, Deh Yak and Waghaz in Ghazni, Chora in Uruzgan and Shinkay in Zabul."
    assert sorted(_places(extractor, text)) == ["Chora", "Deh Yak", "Qarabagh", "Shinkay", "Waghaz"]


def test_a_copula_list_after_counted_districts_keeps_the_side(extractor: Extractor) -> None:
    text = (
        "Five districts in five provinces fell to the Taliban on Sunday, officials told local media. "
        "The districts are Khwaja Sabz Posh in Faryab, Bilchiragh in Faryab, Shirin Tagab in Faryab, Ghormach in "
        "Badghis and Muqur in Badghis province."
    )
    rows = _news(extractor, text, DAY)
    assert {g for _p, g, _lo in rows} == {"taliban"}
    assert len(rows) == 5


def test_a_semicolon_list_of_locations(extractor: Extractor) -> None:
    text = (
        "Al Shabaab militants have taken control of seven locations in Bakool and Hiraan regions of Somalia after "
        "the departure of Ethiopian troops this week. The locations include Waajid, Rabdhure and Yeed in Bakool "
        "region; Mahas, Buuqda and Halgan in Hiraan region; and Ceel Garas."
    )
    assert set(_places(extractor, text)) >= {"Waajid", "Rabdhure", "Yeed", "Mahas", "Buuqda", "Halgan"}


@pytest.mark.parametrize(
    "text",
    [
        # the districts were attacked, not taken: no change, whatever the next sentence lists
        "The Taliban attacked eleven districts in the past two days. The districts include Qarabagh, Deh Yak and "
        "Waghaz in Ghazni.",
        # the districts are contested: fighting goes on in them
        "Fighting raged in eleven districts over the weekend. The districts include Qarabagh, Deh Yak and Waghaz in Ghazni.",
        # a count of districts with no list after it names no place, and the provinces around it are not its districts
        "Eleven districts in Ghazni and Zabul provinces have fallen to the Taliban in the past two days, officials said.",
        # the Taliban intend to take them
        "The Taliban threatened to capture eleven districts. The districts include Qarabagh, Deh Yak and Waghaz in Ghazni.",
    ],
)
def test_counted_districts_twins_stay_quiet(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []


def test_a_known_name_vouches_for_its_list(extractor: Extractor) -> None:
    text = "On Saturday the Taliban also captured the districts of Khanabad, Dasht-i-Archi and Gul Tepa in Kunduz province."
    assert sorted(_places(extractor, text)) == ["Dasht-i-Archi", "Gul Tepa", "Khanabad"]


@pytest.mark.parametrize(
    "verb", ["shelled", "attacked", "advanced towards", "besieged"],
)
def test_a_vouched_list_after_a_non_capture_verb_stays_quiet(extractor: Extractor, verb: str) -> None:
    text = f"On Saturday the Taliban {verb} the districts of Khanabad, Dasht-i-Archi and Gul Tepa in Kunduz province."
    assert _places(extractor, text) == []


def test_names_set_off_after_the_villages_location(extractor: Extractor) -> None:
    text = "State media said the army recaptured two more villages in Idlib province, Kafr Sajna and Hish, on Sunday."
    assert sorted(_places(extractor, text)) == ["Hish", "Kafr Sajna"]


def test_names_between_dashes_after_a_counted_plural(extractor: Extractor) -> None:
    text = "Government troops gained control on Sunday of three villages - Kafr Sajna, Hish and Tahtaya - in Idlib province."
    assert sorted(_places(extractor, text)) == ["Hish", "Kafr Sajna", "Tahtaya"]


@pytest.mark.parametrize(
    "text",
    [
        "State media said the army shelled two more villages in Idlib province, Kafr Sajna and Hish, on Sunday.",
        "Government troops advanced on Sunday towards three villages - Kafr Sajna, Hish and Tahtaya - in Idlib province.",
        "Residents fled two more villages in Idlib province, Kafr Sajna and Hish, on Sunday as the army advanced.",
    ],
)
def test_set_off_names_twins_stay_quiet(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []


def test_a_subject_list_with_locations_fell(extractor: Extractor) -> None:
    text = (
        "Officials said Qarabagh district in Ghazni, Chora in Uruzgan, Shinkay in Zabul and Deh Rawood in Uruzgan "
        "province fell to the Taliban on Sunday."
    )
    assert sorted(_places(extractor, text)) == ["Chora", "Deh Rawood", "Qarabagh", "Shinkay"]


def test_two_districts_with_their_provinces_fell(extractor: Extractor) -> None:
    text = "Almar district in the restive Faryab province and Tulak district in Ghor province fell to the insurgents overnight."
    assert sorted(_places(extractor, text)) == ["Almar", "Tulak"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Qarabagh district in Ghazni, Chora in Uruzgan, Shinkay in Zabul and Deh Rawood in Uruzgan "
        "province came under Taliban attack on Sunday.",
        "Almar district in the restive Faryab province and Tulak district in Ghor province were shelled overnight.",
        "The Taliban besieged Qarabagh district in Ghazni, Chora in Uruzgan and Shinkay in Zabul on Sunday.",
    ],
)
def test_subject_list_twins_stay_quiet(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []


def test_including_hung_after_a_clause(extractor: Extractor) -> None:
    text = (
        "Al Shabaab fighters have retaken several areas in the Galgaduud region after government troops pulled out, "
        "including the key town of Ceel Dhaab."
    )
    assert _places(extractor, text) == ["Ceel Dhaab"]


def test_including_after_a_passive_plural(extractor: Extractor) -> None:
    text = (
        "A Kurdish official said on Sunday that several nearby villages were also recaptured from IS fighters, "
        "including Tal Ward and Kharaba Sultan."
    )
    assert sorted(_places(extractor, text)) == ["Kharaba Sultan", "Tal Ward"]


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab fighters have shelled several areas in the Galgaduud region after government troops pulled out, "
        "including the key town of Ceel Dhaab.",
        "A Kurdish official said on Sunday that several nearby villages were also attacked by IS fighters, including "
        "Tal Ward and Kharaba Sultan.",
        "Government forces recaptured several villages from the militants, killing several fighters, including "
        "commander Ali Dheere.",
    ],
)
def test_including_twins_stay_quiet(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []
