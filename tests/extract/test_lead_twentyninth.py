"""Session 29 (the lead, issue 10): three general faults found on the session's fresh real sets. Cyrillic look-alike
letters inside an English word ("captur\u0435" with a Cyrillic "e"), a pluperfect measured to a part of the story's own
day in a text's opening sentence ("By the end of the day, the army had captured A"), and Ukraine's names for the
invading side ("the Russian invaders", "the occupiers"). Each with twins that must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.raw_text import latin_lookalikes

from .conftest import change_rows, news_rows

_E = "\u0435"  # CYRILLIC SMALL LETTER IE, drawn like a Latin "e"


def test_lookalikes_made_latin_inside_latin_words_only() -> None:
    text = f"the army managed to captur{_E} \u0411\u0430\u0445\u043c\u0443\u0442 and \u0410leppo"
    out = latin_lookalikes(text)
    assert out == "the army managed to capture \u0411\u0430\u0445\u043c\u0443\u0442 and Aleppo"
    assert len(out) == len(text)  # evidence offsets stay valid
    assert latin_lookalikes("plain text") == "plain text"


@pytest.mark.parametrize(
    ("day", "text", "want"),
    [
        ("2019-08-07", f"On 7 August, the Syrian army managed to captur{_E} the villages of Al-Zakah and Arbain in northern Hama.", {"Al-Zakah", "Arbain"}),
        ("2016-10-20", f"Iraqi forces r{_E}took the town of Bartella from Islamic State on Thursday.", {"Bartella"}),
    ],
)
def test_a_trigger_spelled_with_a_lookalike_letter_is_read(extractor: Extractor, day: str, text: str, want: set[str]) -> None:
    assert {p for p, _g, _lo in news_rows(extractor, text, dt.date.fromisoformat(day))} == want


def test_a_lookalike_twin_with_no_change_stays_quiet(extractor: Extractor) -> None:
    text = f"The Syrian army tried to captur{_E} the villages of Al-Zakah and Arbain but was repelled."
    assert news_rows(extractor, text, dt.date(2019, 8, 7)) == []


@pytest.mark.parametrize(
    ("day", "text", "want"),
    [
        ("2019-05-14", "By the end of the day, the Syrian Army had captured the villages of al-Mujahirin and Kafr Nabudah.", {"al-Mujahirin", "Kafr Nabudah"}),
        ("2019-08-16", "By nightfall on the same day, the Syrian Army had captured the villages of Kafr Tab and Abdin north of al-Habit.", {"Kafr Tab", "Abdin"}),
        ("2016-06-03", "By the evening, Iraqi troops had retaken the town of Karma from Islamic State.", {"Karma"}),
    ],
)
def test_a_pluperfect_by_the_story_s_own_evening_is_news(extractor: Extractor, day: str, text: str, want: set[str]) -> None:
    rows = change_rows(extractor, text, dt.date.fromisoformat(day))
    assert {p for p, _g, _lo, h in rows if not h} == want


@pytest.mark.parametrize(
    ("day", "text", "place"),
    [
        # the same words closing a paragraph of history, and an old date of their own: background
        ("2019-08-16", "In 2014 the group swept across northern Iraq. By nightfall, Islamic State had captured Mosul.", "Mosul"),
        ("2019-08-16", "By nightfall on 10 June 2014, Islamic State had captured Mosul.", "Mosul"),
        # no part of a day: the plain pluperfect of a background capture
        ("2019-08-16", "Islamic State had captured the town of Karma in 2014.", "Karma"),
    ],
)
def test_twins_told_as_history_stay_background(extractor: Extractor, day: str, text: str, place: str) -> None:
    rows = change_rows(extractor, text, dt.date.fromisoformat(day))
    assert (place, True) in {(p, h) for p, _g, _lo, h in rows}
    assert place not in {p for p, _g, _lo, h in rows if not h}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Russian occupiers captured the town of Vovchansk.", [("Vovchansk", "ru-forces", "ua-forces")]),
        ("The Russian invaders seized the village of Basivka in Sumy region.", [("Basivka", "ru-forces", "ua-forces")]),
        ("Ukrainian troops pushed the Russian occupiers out of the village of Basivka.", [("Basivka", "ua-forces", "ru-forces")]),
    ],
)
def test_the_invading_side_named_as_invaders_or_occupiers(extractor: Extractor, text: str, want: list[tuple[str, str, str]]) -> None:
    assert news_rows(extractor, text, dt.date(2025, 3, 20)) == want


def test_invaders_shelling_a_town_is_no_change(extractor: Extractor) -> None:
    assert news_rows(extractor, "The Russian occupiers shelled the town of Vovchansk overnight.", dt.date(2025, 3, 20)) == []


def test_a_time_word_is_never_the_place_a_settlement_noun_stands_for(extractor: Extractor) -> None:
    quoted = 'During a call on Saturday, the general said: "Today, the last settlement in the Kursk region has been liberated."'
    assert news_rows(extractor, quoted, dt.date(2025, 4, 26)) == []
    told = "Russian troops took the village of Gornal in the Kursk region. Today the settlement has been liberated, the ministry said."
    assert [p for p, _g, _lo in news_rows(extractor, told, dt.date(2025, 4, 26))] == ["Gornal"]


@pytest.mark.parametrize(
    "text",
    [
        "Forces led by Gen. Khalifa Hifter took over the town of Brega on Sunday.",
        "Hifter's forces seized the town of Brega on Sunday.",
    ],
)
def test_the_wire_spelling_hifter_is_the_lna(extractor: Extractor, text: str) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, text, dt.date(2016, 9, 11))] == [("Brega", "lna")]


def test_pm_before_a_name_is_a_title_not_a_country(extractor: Extractor) -> None:
    text = (
        "ISIS lost control over central Tikrit after an offensive by Iraqi forces. Tikrit was announced captured by the "
        "government on April 1, and PM Abadi and local officials have toured the city centre."
    )
    rows = news_rows(extractor, text, dt.date(2015, 4, 3))
    assert {g for _p, g, _lo in rows} == {"iq-gov"}


def test_a_monitor_cited_in_brackets_is_no_place(extractor: Extractor) -> None:
    text = "Evidence indicates Ukrainian forces have liberated nearly 90% of the city (ISW, Dec 17)."
    assert "ISW" not in {p for p, _g, _lo in news_rows(extractor, text, dt.date(2025, 12, 23))}
