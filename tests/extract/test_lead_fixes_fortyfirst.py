"""The lead's fixes of session 41 (issue 10).

- A clock time's "a.m." / "p.m." ends no sentence before a lower-case word, a digit or a bracket: "attacked the camp
  around 5:00 a.m. on 31 August and captured it at 5:30 p.m." is one sentence, whose "it" is the camp; a capitalised
  word or a line break after it still opens a new one.
- An armed body named by its kind ("their allied Border Guard Force", "a People's Militia") is no place GeoNames lacks.
- A list's known towns of one country at war place the names GeoNames lacks beside them, and lend them the sides read
  at them ("liberated the towns of Maarat al-Numan, A and B", "Rebels captured Talbiseh, Ar-Rastan and C").
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.sentences import split_sentences

from .conftest import news_rows


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("They stormed the post at 5:00 a.m. on Sunday and held it by 6 p.m. The army fled.", 2),
        ("They stormed the post at 5 a.m. (local time) and held it.", 1),
        ("They stormed the post before 4 a.m. and held it.", 1),
        ("They stormed the post at 5 a.m. 20 soldiers died.", 1),
        ("They stormed the post at 5 a.m. Troops then left.", 2),
        ("They stormed the post at 5 a.m.\nTroops then left.", 2),
        ("Talks end at 9 p.m. Delegates then fly home.", 2),
    ],
)
def test_a_clock_time_ends_a_sentence_only_before_a_capital_or_a_break(text: str, pieces: int) -> None:
    assert len(split_sentences(text)) == pieces


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("The resistance forces launched an attack on the Thit Cha Seik camp around 5:00 a.m. on 31 August and captured it "
         "at 5:30 p.m. after heavy fighting, a spokesman said.", "Thit Cha Seik", "pdf"),
        ("PDF fighters attacked the police station in Kani town at 4 a.m. on Monday and seized it by noon.", "Kani", "pdf"),
    ],
)
def test_a_capture_after_a_clock_time_keeps_its_subject_and_its_it(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert (place, gaining) in [(p, g) for p, g, _lo in news_rows(extractor, text, dt.date(2023, 9, 1))]


@pytest.mark.parametrize(
    "text",
    [
        "Karen fighters captured a junta camp and their allied Border Guard Force (BGF) in Hpapun on Monday.",
        "Rebels overran an army post and the local People's Militia near Lashio on Monday.",
    ],
)
def test_an_armed_body_named_by_its_kind_is_no_place(extractor: Extractor, text: str) -> None:
    names = {p for p, _g, _lo in news_rows(extractor, text, dt.date(2022, 3, 1))}
    assert not any(w in n for n in names for w in ("Force", "Militia")), names


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        ("The army liberated the towns of Maarat al-Numan, Khan Sabl and Kafr Ruma during the week.", dt.date(2020, 2, 6),
         [("Maarat al-Numan", "sy-gov", "hts"), ("Khan Sabl", "sy-gov", "hts"), ("Kafr Ruma", "sy-gov", "hts")]),
        ("Rebels captured several towns, including Talbiseh, Ar-Rastan and Al-Dar al-Kabirah.", dt.date(2024, 12, 6),
         [("Talbiseh", "hts", "sy-gov"), ("Ar-Rastan", "hts", "sy-gov"), ("Al-Dar al-Kabirah", "hts", "sy-gov")]),
        ("Talbiseh, Ar-Rastan and Al-Dar al-Kabirah are now under rebel control.", dt.date(2024, 12, 6),
         [("Talbiseh", "hts", "sy-gov"), ("Ar-Rastan", "hts", "sy-gov"), ("Al-Dar al-Kabirah", "hts", "sy-gov")]),
        # twins: a list shelled or vowed; a man in a list; a list of a country at peace
        ("The army shelled the towns of Maarat al-Numan, Khan Sabl and Kafr Ruma.", dt.date(2020, 2, 6), []),
        ("The army vowed to retake Maarat al-Numan, Khan Sabl and Kafr Ruma.", dt.date(2020, 2, 6), []),
        ("Rebels captured Talbiseh, Ar-Rastan and Colonel Ahmed Hassan on Friday.", dt.date(2024, 12, 6),
         [("Talbiseh", "hts", "sy-gov"), ("Ar-Rastan", "hts", "sy-gov")]),
        ("The team beat Madrid, Sobolton and Karoma in the cup.", dt.date(2024, 12, 6), []),
        # a place and the town it lies in are no list ("the X neighbourhood in Y")
        ("In Khartoum, the army took over the Hillat Kuku neighbourhood in Al-Haj Yousif Gharb.", dt.date(2021, 3, 9),
         [("Khartoum", "saf", None)]),
    ],
)
def test_a_lists_known_towns_place_the_names_beside_them_and_lend_their_sides(
    extractor: Extractor, text: str, day: dt.date, rows: list[tuple[str, str, str]],
) -> None:
    assert sorted(news_rows(extractor, text, day)) == sorted(rows)
