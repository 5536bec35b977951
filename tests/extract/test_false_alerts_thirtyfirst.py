"""Session 31 (helper precision31, issue 10): false events, history read as news and wrong sides, from the spent sets'
FALSE, HISTORICAL-AS-NEWS and DIRECTION lines. Own words, with the grammar of real wire copy and monitors' notes.

C1 (false_place.py): a monitor's line that closes with its source in brackets ("(The Outlet, 9 September 2022)") names
no place there. Twin: a bracket giving the region ("(Kharkiv oblast)").
C2 (false_place.py): a seized drone or vehicle ("Suspected U.S. UAV captured by al Shabaab in Gedo region") is no place.
Twin: the same side seizing a town.
C3 (false_place.py): the people an armed group is named for ("overruns Kokang armed group's jungle camp") is no town.
Twin: the group's named stronghold taken.
C4 (false_place.py): "liberates village after village" names no village (never one from the next sentence). Twin: a
village named.
B1 (backstory.py): "pushed into P, having seized A and B" tells A and B as background. Twins: the same participle with
its own day, the capture told as the sentence's news.
B2 (backstory.py): "X is the biggest of the factions that drove the army out of Y" describes X. Twins: a cleft ("It was
X who drove the army out of Y on Monday"), the plain news.
S1 (actors.yaml local names, coreference.py): "Russian and separatist forces ... They also captured X" in Ukraine are
Russia's, never Yemen's STC; "Ansar al Sharia" in Yemen is AQAP; "Saiqa forces" in Libya the LNA. Twin: Yemen's
separatist forces.
S2 (extractor._named_by_war): "opposition fighters" in the war whose common words name its sides (Syria, 27 November to
8 December 2024) are HTS's, as "rebels" are. Twin: the same words in 2016.
D1 (headline_disputed.py): "Army says it recaptured X, rebels deny": the body's telling of that claim, and a quote
restating it, are no change. Twins: the same story with no denial.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, news_rows, sides

# --- no change: each read a change on main --------------------------------------------------------------------------
_NO_CHANGE = [
    # C1
    (None, "Ukrainian forces regained the towns of Balakliia and Shevchenkove (Guardian, 9 September 2022).", dt.date(2022, 9, 12),
     {"Balakliia", "Shevchenkove"}),
    (None, "The Ukrainian counteroffensive went on in the Kharkiv region, with Ukrainian forces regaining most occupied ground, "
     "including the rail hubs of Balakliia and Shevchenkove (Kyiv Independent, 9 September 2022).", dt.date(2022, 9, 12),
     {"Balakliia", "Shevchenkove"}),
    # C2
    (None, "Suspected U.S. UAV seized by al Shabaab in Gedo region.", dt.date(2015, 6, 2), set()),
    (None, "Kenyan Army UAV captured by al Shabaab in Gedo region.", dt.date(2015, 6, 2), set()),
    # C4
    (None, "As the Iraqi army liberates village after village on its way to Falluja, it is greeted by farmers relieved to be "
     "freed from ISIS rule. If Baghdad handles it well, it could regain the trust of Anbar's tribes.", dt.date(2016, 5, 20), set()),
    (None, "As the Iraqi army liberates town after town on its way to Falluja, it is cheered by farmers relieved to be freed "
     "from ISIS rule. If Baghdad handles it well, it could regain the trust of Anbar's tribes.", dt.date(2016, 5, 20), set()),
    # B1
    (None, "The militants pushed into Diyala province on Tuesday, having seized Tikrit and Baiji to the north.", dt.date(2014, 7, 2), set()),
    # B2
    (None, "HTS is the biggest of the factions that drove the army out of Idlib.", dt.date(2024, 12, 3), set()),
    # D1
    ("S. Sudan army says captured Malakal, rebels deny", "The South Sudanese army announced on Sunday recapturing Malakal, the "
     "capital of Upper Nile State. \"We have freed Malakal from the hands of the rebels,\" army spokesman John Deng told "
     "reporters. But a spokesman for the rebels said their fighters had driven the government troops out in a dawn "
     "counter-attack.", dt.date(2014, 5, 5), set()),
]


@pytest.mark.parametrize(("title", "text", "page", "kept"), _NO_CHANGE)
def test_no_false_place_or_background_news(extractor: Extractor, title: str | None, text: str, page: dt.date, kept: set[str]) -> None:
    assert {p for p, _g, _lo in news_rows(extractor, text, page, title)} == kept


def test_the_group_named_for_a_people_is_no_town(extractor: Extractor) -> None:
    assert sides(headline_changes(extractor, "Army overruns Kokang armed group's jungle camp", published=dt.date(2016, 2, 10))) == []


# --- twins: the same words with a change stay news --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "page", "expected"),
    [
        # C1
        (None, "Ukrainian troops retook Balakliia and Shevchenkove (Kharkiv oblast) on 9 September.", dt.date(2022, 9, 12),
         {("Balakliia", "ua-forces", "ru-forces"), ("Shevchenkove", "ua-forces", "ru-forces")}),
        # C2
        (None, "Al Shabaab fighters seized Baardheere on Monday after the army withdrew.", dt.date(2015, 6, 2),
         {("Baardheere", "al-shabaab", "so-gov")}),
        # C3
        (None, "Troops overran Laukkai, the Kokang rebels' stronghold, on Tuesday.", dt.date(2016, 2, 10),
         {("Laukkai", "mm-junta", "mndaa")}),
        # C4
        (None, "As the Iraqi army liberates the village of Albu Ajil on its way to Falluja, it is greeted by farmers relieved "
         "to be freed from ISIS rule.", dt.date(2016, 5, 20), {("Albu Ajil", "iq-gov", "isis")}),
        # B1
        (None, "The militants pushed into Diyala province on Tuesday, having seized Baiji on Monday.", dt.date(2014, 7, 2),
         {("Baiji", "isis", "iq-gov")}),
        (None, "The militants seized Baiji on Monday and pushed into Diyala province.", dt.date(2014, 7, 2),
         {("Baiji", "isis", "iq-gov")}),
        # B2
        (None, "It was HTS fighters who drove the army out of Saraqib on Monday.", dt.date(2024, 12, 3),
         {("Saraqib", "hts", "sy-gov")}),
        # S1
        (None, "Separatist forces shelled the port district of Aden on Saturday. They also captured Zinjibar.", dt.date(2019, 8, 12),
         {("Zinjibar", "stc", "ye-gov")}),
        # D1
        ("S. Sudan army says captured Malakal", "The South Sudanese army announced on Sunday recapturing Malakal, the capital "
         "of Upper Nile State. \"We have freed Malakal from the hands of the rebels,\" army spokesman John Deng told reporters.",
         dt.date(2014, 5, 5), {("Malakal", "ss-gov", "splm-io")}),
    ],
)
def test_twins_stay_news(extractor: Extractor, title: str | None, text: str, page: dt.date, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert set(news_rows(extractor, text, page, title)) == expected


# --- sides: each read another side (or none) on main ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "page", "expected"),
    [
        # S1
        ("Russian and separatist forces shelled Zolote and Hirske over the weekend, trying to encircle Lysychansk. They also "
         "captured Toshkivka.", dt.date(2022, 6, 10), {("Toshkivka", "ru-forces", "ua-forces")}),
        ("Ansar al Sharia militants seized Azzan in Shabwah on Thursday.", dt.date(2015, 3, 20), {("Azzan", "aqap", None)}),
        # S2
        ("Opposition fighters captured Homs on Friday.", dt.date(2024, 12, 6), {("Homs", "hts", "sy-gov")}),
        ("Syrian opposition fighters have entered and taken control of large parts of Homs.", dt.date(2024, 12, 6),
         {("Homs", "hts", "sy-gov")}),
    ],
)
def test_sides_named_by_local_and_war_words(extractor: Extractor, text: str, page: dt.date, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert set(news_rows(extractor, text, page)) == expected


def test_saiqa_forces_are_haftar_s(extractor: Extractor) -> None:
    rows = news_rows(extractor, "Saiqa forces said they had seized the Bu Atni district of Benghazi on Tuesday.", dt.date(2016, 5, 4))
    assert [(p, g) for p, g, _lo in rows] == [("Benghazi", "lna")]


def test_opposition_fighters_outside_the_war_window_stay_unnamed(extractor: Extractor) -> None:
    rows = news_rows(extractor, "Opposition fighters captured Tal Rifaat on Friday.", dt.date(2016, 2, 6))
    assert [g for _p, g, _lo in rows] != ["hts"]



@pytest.mark.parametrize(
    ("text", "page", "place"),
    [
        # B2 twins: a ranked fall in a copula is the news, not a description
        ("Faizabad is the ninth provincial capital to fall to the Taliban in a week, a council member said.", dt.date(2021, 8, 11), "Faizabad"),
        ("The town of Kunduz was the third to come under the control of the Taliban.", dt.date(2021, 8, 8), "Kunduz"),
    ],
)
def test_a_ranked_fall_in_a_copula_stays_news(extractor: Extractor, text: str, page: dt.date, place: str) -> None:
    assert place in {p for p, _g, _lo in news_rows(extractor, text, page)}
