"""Session 32 (helper precision32, issue 10): false events and history read as news, from the spent sets' FALSE and
HISTORICAL-AS-NEWS lines and from real reports that use capture words with no change. Own words, with the grammar of
real wire copy and monitors' notes.

U1 (undone.py): "captured X on the 2nd before it withdrew on the 7th" is undone in its own sentence. Twins: "before it
advanced on Y", "before the army withdrew from Y".
E1 (entry_purpose.py): "forces enter X in push to retake city": the side went in to take the town, not yet holding it.
Twins: the entry alone, a push to retake another place, an entry after retaking it.
T1 (dates.py): "took over X and set up a government last summer": a season back is background. Twin: "its biggest
gain since last summer" measures the news.
T2 (recency.py): "has made gains in recent weeks, seizing A and B" sums up gains made before the story. Twins: the same
participle after "on Wednesday" or "over the past two days".
P1 (quarter.py): a headline's "capture key district of <province>" names no district. Twin: "of Mosul", a big city's.
P2 (context.py): "overruns military base in <province>" with no town of that name places no base. Twin: a town's base.
V1 (coreference.py): "the village" never stands for a city named earlier (Kyiv, Mogadishu). Twin: "the village of X".
C1 (contested.py): a claim the defender answers "holding back enemy forces in X" in a later sentence, or a claim taken
back in its own sentence ("backtracked on an announcement that ... had retaken X"), is no change. Twins: the defender
holding elsewhere; the announcement not taken back.
A1 (context.py): "Popular Resistance fighters" (another group's capitalised name ending in the PDF's alias) are no
Myanmar PDF and never pull a Yemeni town to Myanmar. Twin: "Resistance fighters" in Myanmar.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, headline_changes, news_rows, sides

# --- no change told as news: each read one on main ---------------------------------------------------------------------
_NO_NEWS = [
    # U1
    (None, "M23 captured Kibirizi on May 4 before it withdrew on May 9 and headed toward Mweso, a market town.",
     dt.date(2025, 5, 12)),
    # T1
    (None, "Libya Dawn took over the capital Tripoli and set up a government last summer.", dt.date(2015, 7, 2)),
    # T2
    (None, "Jets struck rebel positions near Ariha on Thursday. The Nusra Front has made gains in the northwest alongside "
     "other factions in recent weeks, seizing the town of Jisr al-Shughour and the city of Idlib.", dt.date(2015, 6, 12)),
    # V1
    (None, "Russian drones struck Kyiv overnight. Ukraine's General Staff said the village was back under Ukrainian control.",
     dt.date(2023, 9, 18)),
    # C1
    (None, "Russia said on Thursday its forces had taken control of Novomykhailivka, a village south of Marinka in east "
     "Ukraine. The capture, if confirmed, would mark another step west for Moscow, which last week took over Avdiivka. "
     "\"Units of the Southern group liberated the village of Novomykhailivka,\" the ministry said. Ukraine said in a briefing "
     "minutes later that it was \"holding back enemy forces\" in Novomykhailivka.", dt.date(2024, 3, 7)),
    (None, "Ukraine's deputy defence minister backtracked on an announcement made on Monday that Kyiv had retaken "
     "Klishchiivka.", dt.date(2023, 8, 23)),
]


@pytest.mark.parametrize(("title", "text", "page"), _NO_NEWS)
def test_no_change_told_as_news(extractor: Extractor, title: str | None, text: str, page: dt.date) -> None:
    assert news_rows(extractor, text, page, title) == []


@pytest.mark.parametrize(
    ("title", "page"),
    [
        # E1
        ("Sudan army says its forces enter Sennar in push to retake city from RSF", dt.date(2025, 1, 20)),
        ("Troops enter Sennar in bid to recapture it from RSF", dt.date(2025, 1, 20)),
        # P1
        ("Taliban capture key district of Baghlan after week of fighting", dt.date(2017, 5, 2)),
        # P2
        ("Taliban overruns army base in Zabul", dt.date(2017, 5, 2)),
    ],
)
def test_headline_no_change(extractor: Extractor, title: str, page: dt.date) -> None:
    assert sides(headline_changes(extractor, title, published=page)) == []


def test_popular_resistance_fighters_are_no_pdf(extractor: Extractor) -> None:
    rows = news_rows(extractor, "Popular Resistance fighters took the town of Lawdar from the Houthis on Sunday, residents said.",
                     dt.date(2015, 8, 10))
    assert [p for p, _g, _lo in rows] == ["Lawdar"]
    assert all(g != "pdf" and lo != "mm-junta" for _p, g, lo in rows)


# --- twins: the same words with a change told as news stay news --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "page", "place"),
    [
        # U1
        ("M23 captured Kibirizi on May 4 before it advanced on Mweso.", dt.date(2025, 5, 12), "Kibirizi"),
        ("M23 captured Kibirizi on May 4 before the army withdrew from Mweso.", dt.date(2025, 5, 12), "Kibirizi"),
        # T1
        ("Rebels seized Jisr al-Shughour on Sunday, their biggest gain since last summer.", dt.date(2015, 6, 9), "Jisr al-Shughour"),
        # T2
        ("Jets struck rebel positions near Ariha on Thursday. The rebels advanced on Wednesday, capturing Kafr Nabl and Maarat "
         "al-Numan.", dt.date(2015, 6, 12), "Kafr Nabl"),
        ("Jets struck rebel positions near Ariha on Thursday. The rebels have advanced over the past two days, capturing Kafr "
         "Nabl and Maarat al-Numan.", dt.date(2015, 6, 12), "Kafr Nabl"),
        # V1
        ("Al-Shabaab fighters stormed the village of Qayib on Friday. The group said it had captured the village, killing seven "
         "soldiers.", dt.date(2022, 12, 20), "Qayib"),
        # C1
        ("Russia said on Thursday its forces had taken control of Novomykhailivka, a village south of Marinka in east "
         "Ukraine. The capture, if confirmed, would mark another step west for Moscow, which last week took over Avdiivka. "
         "\"Units of the Southern group liberated the village of Novomykhailivka,\" the ministry said. Ukraine said in a "
         "briefing minutes later that it was \"holding back enemy forces\" near Kurakhove.", dt.date(2024, 3, 7), "Novomykhailivka"),
        ("Ukraine's deputy defence minister said on Monday that Kyiv had retaken Klishchiivka.", dt.date(2023, 8, 23),
         "Klishchiivka"),
    ],
)
def test_twins_stay_news(extractor: Extractor, text: str, page: dt.date, place: str) -> None:
    assert place in {p for p, _g, _lo in news_rows(extractor, text, page)}


@pytest.mark.parametrize(
    ("title", "page", "place"),
    [
        # E1
        ("Sudan army forces enter Sennar", dt.date(2025, 1, 20), "Sennar"),
        ("Sudanese troops enter Sennar in push to retake Gezira state", dt.date(2025, 1, 20), "Sennar"),
        ("Sudan army enters Sennar after retaking city from RSF", dt.date(2025, 1, 20), "Sennar"),
        # P1
        ("Iraqi forces retake key district of Mosul", dt.date(2017, 5, 2), "Mosul"),
        # P2
        ("Taliban overruns army base in Qalat", dt.date(2017, 5, 2), "Qalat"),
    ],
)
def test_headline_twins_stay_news(extractor: Extractor, title: str, page: dt.date, place: str) -> None:
    assert place in {p for p, _g, _lo in sides(headline_changes(extractor, title, published=page))}


def test_a_season_back_is_history_not_dropped(extractor: Extractor) -> None:
    rows = change_rows(extractor, "The army retook Palmyra last summer.", dt.date(2017, 2, 1))
    assert [(p, h) for p, _g, _lo, h in rows] == [("Palmyra", True)]


def test_resistance_fighters_in_myanmar_stay_pdf(extractor: Extractor) -> None:
    assert news_rows(extractor, "Resistance fighters captured Kawlin on Sunday.", dt.date(2023, 11, 7)) == [("Kawlin", "pdf", "mm-junta")]
