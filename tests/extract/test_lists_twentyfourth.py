"""Lists after heads that name no town themselves (session 24, helper lists24, issue 10): an "including" list of a
share, a stretch of land or a collective the verb took ("regained most of the territory, including the hubs of A and
B", "captured dozens of villages from Z, including the villages of A, B and C", "cleared the majority of the west bank
- including the towns of A and B -"), a colon list after the passive of a plural subject ("four settlements have been
liberated by Z: A, B, C and D"), a list the parser split with its frame on a middle name ("captured A and B districts
in P, C in Q, D in R"), a plural after the list that names its first name's kind too ("retake Salah and Banu
districts": Salah is no person) and a listed name placed in a possessed region ("A, B in Ukraine's P region, and C in
the Q region"). Each form with negative twins of the same words: attacks, attempts, expectations, background years,
who holds a share now ("now control most of the region, including A"), people instead of places (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, news_places

SEP22 = dt.date(2022, 9, 14)
JUN16 = dt.date(2016, 6, 2)
NOV17 = dt.date(2017, 11, 30)
MAY24 = dt.date(2024, 5, 10)
JUL21 = dt.date(2021, 7, 5)
AUG24 = dt.date(2024, 8, 30)
SEP21 = dt.date(2021, 9, 1)
NOV14 = dt.date(2014, 11, 24)


@pytest.mark.parametrize(
    ("text", "day", "want"),
    [
        # an "including" list of a share of land the clause takes
        ("Ukrainian troops regained most of the occupied territory in the region, including the rail hubs of Kupiansk "
         "and Lyman.", SEP22, {"Kupiansk", "Lyman"}),
        ("Regime forces cleared the majority of the western bank of the Euphrates in Deir ez-Zour province - including "
         "the towns of Mayadin and Quriyah - last week.", NOV17, {"Mayadin", "Quriyah"}),
        # ... of a collective, the list hung on the side it was taken from (Khan Tuman, which GeoNames lacks, placed
        # by its list's known villages since session 41)
        ("Opposition fighters seized dozens of villages from government troops on Thursday, including the villages of "
         "Khan Tuman, Zarbah and Hader, as well as an army depot.", JUN16, {"Khan Tuman", "Zarbah", "Hader"}),
        # a colon list after the passive of a plural subject (the parser ends the sentence at the colon)
        ("Four settlements of the Kharkiv region have been liberated by Ukrainian troops: Balakliia, Shevchenkove, "
         "Kupiansk and Izium.", SEP22, {"Balakliia", "Shevchenkove", "Kupiansk", "Izium"}),
        # a split list whose frame holds a middle name: the names before it and after it
        ("The Taliban captured Khinjan and Dushi districts in Baghlan province, Almar in Faryab, Kaldar in Balkh and "
         "Qaisar in Faryab.", JUL21, {"Khinjan", "Dushi", "Almar", "Kaldar", "Qaisar"}),
        # the plural after the list says what its first name is, a given name too
        ("Fighters of the National Resistance Front said that they have managed to retake Salah and Banu districts in "
         "Baghlan after heavy clashes with the Taliban.", SEP21, {"Salah", "Banu"}),
        # a listed name placed in a region a country owns
        ("Russia's Defence Ministry announced that its forces have taken control of the villages Novohrodivka, Memryk "
         "in Ukraine's Donetsk region, and Synkivka in the Kharkiv region.", AUG24, {"Novohrodivka", "Memryk", "Synkivka"}),
        # twins from the same words: the same lists shelled, bombed, attempted or expected
        ("Ukrainian troops tried to regain most of the occupied territory in the region, including the rail hubs of "
         "Kupiansk and Lyman.", SEP22, set()),
        ("Regime forces bombed the majority of the western bank of the Euphrates in Deir ez-Zour province - including "
         "the towns of Mayadin and Quriyah - last week.", NOV17, set()),
        ("Opposition fighters shelled dozens of villages held by government troops on Thursday, including the villages "
         "of Khan Tuman, Zarbah and Hader.", JUN16, set()),
        ("Four settlements of the Kharkiv region have been shelled by Russian troops: Balakliia, Shevchenkove, Kupiansk "
         "and Izium.", SEP22, set()),
        ("Four settlements of the Kharkiv region are expected to be liberated by Ukrainian troops soon: Balakliia, "
         "Shevchenkove, Kupiansk and Izium.", SEP22, set()),
        # who holds a share or a list now is no change
        ("Russian forces now control most of the Luhansk region, including the cities of Sievierodonetsk and "
         "Lysychansk.", SEP22, set()),
        ("Russian troops occupy most of the Zaporizhzhia region, including the towns of Melitopol and Berdiansk.",
         SEP22, set()),
        ("Four settlements of the Kharkiv region are still occupied by Russian troops: Balakliia, Shevchenkove, "
         "Kupiansk and Izium.", SEP22, set()),
        ("Zabihullah Mujahid says the group attacked Khinjan and Dushi districts in Baghlan province, Almar in Faryab, "
         "Kaldar in Balkh, Qaisar in Faryab.", JUL21, set()),
        ("Russia's Defence Ministry said its forces shelled the villages Novohrodivka, Memryk in Ukraine's Donetsk "
         "region, and Synkivka in the Kharkiv region.", AUG24, set()),
        ("Fighters of the National Resistance Front said that they have tried to retake Salah and Banu districts in "
         "Baghlan after heavy clashes with the Taliban.", SEP21, set()),
        # a name read back that only says where the listed towns lie is no place of the list
        ("Iraqi forces have wrested control of two towns in Diyala province, Saadiya and Jalawla, from the militant "
         "group Islamic State, officials said.", NOV14, {"Saadiya", "Jalawla"}),
        # people, not places, in the list
        ("Opposition fighters seized dozens of soldiers from government units on Thursday, including the commanders of "
         "Zarbah and Hader.", JUN16, set()),
    ],
)
def test_the_list_says_which_places_changed_hands(extractor: Extractor, text: str, day: dt.date, want: set[str]) -> None:
    assert set(news_places(extractor, text, day)) == want


def test_a_share_taken_years_ago_is_background(extractor: Extractor) -> None:
    rows = change_rows(extractor, "Ukrainian troops regained most of the occupied territory in the region in 2022, "
                       "including the rail hubs of Kupiansk and Lyman.", MAY24)
    assert {(p, h) for p, _g, _lo, h in rows} == {("Kupiansk", True), ("Lyman", True)}
