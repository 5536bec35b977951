"""Session 28 (helper history29, issue 10): captures told as background next to fresh ones. Own words, with the
grammar of real factboxes, "key dates" boxes, wire recaps and Ukrainian outlets' "Background:" paragraphs.

T1: a lone line cut from a timeline, under a date head more than a week before the page ("January 11: Islamists seize
Konna", "Jan. 10 _ ...", "- 21: ...", "Aug. — ...", "May 11" alone over its line, "JUNE 2016: ...", "May 8, 2022 -
..."), retells its head's day: historical (``timeline_line.py``). Twins: the same lines on a page of the head's week
(a sitrep's lines), a coder note opening "On 3 February 2017," (dated at its event), the line's fresh capture in the
headline of a story.
B1: a paragraph under a "Background:" label (and the bulleted list under a label alone on its line), and a sentence
opening "Recall that", "As X reported earlier," or "It will be recalled that", tell older news
(``background_label.py``). Twins: the story's own news above and below the label's paragraph, the same sentence with
no call back, "recalled" as a reporting verb of the day's news.
S1: "Shortly thereafter, Z took Y" takes the time of the sentence before it: background after "In March, ..."
(``recap.inherited_ref``), news after "on Sunday".
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows
from .conftest import news_rows as _news


def _history(extractor: Extractor, text: str, page: dt.date) -> list[str]:
    """The places the text tells changing hands as background."""
    return sorted(p for p, _g, _lo, hist in change_rows(extractor, text, page) if hist)


@pytest.mark.parametrize(
    ("text", "page", "place"),
    [
        ("January 11: Jihadist fighters seize the central town of Konna and vow to march south.", dt.date(2013, 11, 20), "Konna"),
        ("Jan. 10 _ The Islamists push south and take the town of Konna.", dt.date(2013, 1, 25), "Konna"),
        ("- 21: French and Malian soldiers recapture Diabaly.", dt.date(2013, 3, 11), "Diabaly"),
        ("Aug. — The militants capture the town of Sinjar and drive out its people.", dt.date(2017, 7, 10), "Sinjar"),
        ("May 11\nThe Taliban capture Nerkh district just outside the capital as violence spreads.", dt.date(2021, 8, 16), "Nerkh"),
        ("JUNE 2016: Iraqi troops retake Fallujah after two and a half years.", dt.date(2017, 11, 19), "Fallujah"),
        ("May 8, 2022 - Kyiv confirms its troops have withdrawn from Popasna after weeks of shelling.", dt.date(2023, 5, 20), "Popasna"),
        ("February 24: Iraqi forces seize full control of Mosul airport.", dt.date(2017, 6, 18), "Mosul Airport"),
    ],
)
def test_a_lone_timeline_line_under_an_old_head_is_history(extractor: Extractor, text: str, page: dt.date, place: str) -> None:
    assert _history(extractor, text, page) == [place]
    assert _news(extractor, text, page) == []


@pytest.mark.parametrize(
    ("text", "page", "place"),
    [
        ("January 11: Jihadist fighters seize the central town of Konna and vow to march south.", dt.date(2013, 1, 12), "Konna"),
        ("- 8: French and Malian soldiers recapture Diabaly.", dt.date(2013, 3, 11), "Diabaly"),
        ("Aug. — The militants capture the town of Sinjar and drive out its people.", dt.date(2014, 8, 20), "Sinjar"),
        ("May 11\nThe Taliban capture Nerkh district just outside the capital as violence spreads.", dt.date(2021, 5, 13), "Nerkh"),
        ("On 3 February 2017, the Taliban captured Nerkh district.", dt.date(2017, 6, 18), "Nerkh"),
    ],
)
def test_the_same_line_in_the_heads_week_or_a_coder_note_is_news(extractor: Extractor, text: str, page: dt.date, place: str) -> None:
    assert [p for p, _g, _lo in _news(extractor, text, page)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "January 11: Jihadist fighters shell the central town of Konna and vow to march south.",
        "Aug. — The militants attack the town of Sinjar but are pushed back.",
    ],
)
def test_an_old_line_with_no_change_is_nothing(extractor: Extractor, text: str) -> None:
    assert change_rows(extractor, text, dt.date(2017, 7, 10)) == []


PAGE = dt.date(2023, 9, 10)


@pytest.mark.parametrize(
    ("text", "news", "history"),
    [
        ("Ukrainian forces liberated the village of Opytne on Saturday, the General Staff said.\n\nBackground:\n"
         "- On 28 August, the deputy minister confirmed that Ukrainian units had liberated Robotyne.\n"
         "- Earlier, Russian troops captured Klishchiivka.", ["Opytne"], ["Klishchiivka", "Robotyne"]),
        ("Background: On 28 August, the deputy minister confirmed that Ukrainian units had liberated Robotyne.", [], ["Robotyne"]),
        ("Background:\n- On 28 August, Ukrainian units liberated Robotyne.\n\nOn Saturday, Ukrainian forces liberated Opytne.",
         ["Opytne"], ["Robotyne"]),
        ("Recall that on 3 September Ukrainian troops liberated Robotyne.", [], ["Robotyne"]),
        ("As Ukrinform reported earlier, Ukrainian defenders liberated Robotyne.", [], ["Robotyne"]),
        ("It will be recalled that Ukrainian troops liberated Robotyne.", [], ["Robotyne"]),
    ],
)
def test_a_background_label_or_a_call_back_is_history(extractor: Extractor, text: str, news: list[str], history: list[str]) -> None:
    assert sorted(p for p, _g, _lo in _news(extractor, text, PAGE)) == news
    assert _history(extractor, text, PAGE) == history


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops liberated Robotyne on Saturday, the deputy minister said.",
        "The deputy minister recalled on Saturday that Ukrainian troops had liberated Robotyne that morning.",
    ],
)
def test_the_same_sentence_with_no_call_back_is_news(extractor: Extractor, text: str) -> None:
    assert [p for p, _g, _lo in _news(extractor, text, PAGE)] == ["Robotyne"]


def test_shortly_thereafter_after_an_old_month_is_history(extractor: Extractor) -> None:
    text = ("The militants retook al-Rai on Monday.\n\nIn March, Syrian troops recaptured the old city of Palmyra, which the "
            "militants had held since August 2015.\n\nShortly thereafter, government forces recaptured nearby al-Qaraytain, "
            "another town held by the militants.")
    page = dt.date(2016, 4, 11)
    assert [p for p, _g, _lo in _news(extractor, text, page)] == ["al-Rai"]
    assert _history(extractor, text, page) == ["Palmyra", "al-Qaraytain"]


def test_shortly_thereafter_after_the_days_news_is_news(extractor: Extractor) -> None:
    text = "Syrian troops recaptured Palmyra on Sunday. Shortly thereafter, government forces recaptured nearby al-Qaraytain."
    assert sorted(p for p, _g, _lo in _news(extractor, text, dt.date(2016, 3, 28))) == ["Palmyra", "al-Qaraytain"]
