"""Chronologies inside news stories (session 27, helper history27): an item dated a month or more before the page is
the story's background, and a change dated by the campaign it was part of ("fell during the June 2014 onslaught").

Wire copy closes with "Here are the key dates: ... June 10, 2014 - IS seizes X", "JANUARY 2014: Z conquers X",
"October 14" on a line of its own over the item under it. The dated line's head was read as the line's own day (a
sitrep's news), so every item of a years-long chronology came out as the day's news.

Twins: the chronology's last item in the story's week; a sitrep listing the days of its own week; a monthly digest;
a lone coder note dated at its event and filed later; the lead's fresh capture above an old chronology.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.chronology import chronology_items, told_long_before
from townwatch_extract.date_head import blank_date_heads, date_lines
from townwatch_extract.dates import find_time_refs
from townwatch_extract.extractor import Extractor

from .conftest import change_rows


def _rows(extractor: Extractor, text: str, published: dt.date) -> set[tuple[str, bool]]:
    return {(p, h) for p, _g, _lo, h in change_rows(extractor, text, published)}


# --- the module ---------------------------------------------------------------------------------------------------------

def test_a_chronology_needs_two_dated_items() -> None:
    one = "On 12 May 2023, JNIM took control of Boulkessi."
    clean, heads = blank_date_heads(one, dt.date(2024, 6, 3))
    assert chronology_items(clean, heads, dt.date(2024, 6, 3)) == []
    two = "March 4, 2013 - Rebels overrun Raqqa.\nJune 10, 2014 - Militants take over Mosul."
    clean, heads = blank_date_heads(two, dt.date(2015, 7, 2))
    items = chronology_items(clean, heads, dt.date(2015, 7, 2))
    assert [i.until for i in items] == [dt.date(2013, 3, 4), dt.date(2014, 6, 10)]
    assert told_long_before(items, two.index("Militants"), dt.date(2015, 7, 2))
    assert not told_long_before(items, two.index("Militants"), dt.date(2014, 6, 14))


def test_a_month_head_lasts_to_the_end_of_its_month() -> None:
    text = "JUNE 2014: Militants seize Mosul.\nFEBRUARY 2016: Troops recapture Ramadi."
    _clean, heads = blank_date_heads(text, dt.date(2016, 3, 1))
    assert [h.until for h in heads] == [dt.date(2014, 6, 30), dt.date(2016, 2, 29)]


def test_a_date_alone_on_its_line_heads_the_lines_under_it() -> None:
    text = "Key dates:\nSeptember 21\nRebels seize the capital.\nOctober 14\nRebels seize the port."
    lines = date_lines(text, dt.date(2015, 3, 26))
    assert [h.until for h in lines] == [dt.date(2014, 9, 21), dt.date(2014, 10, 14)]
    items = chronology_items(text, [], dt.date(2015, 3, 26))
    assert told_long_before(items, text.index("Rebels seize the port"), dt.date(2015, 3, 26))
    assert not told_long_before(items, text.index("Key dates"), dt.date(2015, 3, 26))


@pytest.mark.parametrize("text", ["fell during the militants' June 2014 onslaught", "overrun in the group's 2014 blitz",
                                  "lost during the June 2014 offensive", "fell ahead of a 2014 offensive"])
def test_a_dated_campaign_dates_its_change(text: str) -> None:
    refs = find_time_refs(text, dt.date(2016, 5, 25))
    assert refs and refs[0].date is not None and refs[0].date.year == 2014


@pytest.mark.parametrize("text", ["the 2014 world cup final", "the army's June offensive", "its 2030 plan"])
def test_other_years_and_months_date_nothing(text: str) -> None:
    assert find_time_refs(text, dt.date(2016, 5, 25)) == []


# --- the extractor: background ------------------------------------------------------------------------------------------

_BACKGROUND = [
    ("March 4, 2013 — Rebel brigades overrun Raqqa, the first provincial capital lost by the government.\n"
     "June 10, 2014 — The Islamic State's fighters take over Mosul, and the next day they push deeper into Nineveh.",
     dt.date(2015, 7, 2), "Mosul"),
    ("Here are the main events in Mali since the uprising in the north.\n"
     "- January 11: French jets begin strikes on the Islamists' columns.\n"
     "- January 26-28: French and Malian troops retake Gao and Timbuktu.", dt.date(2013, 7, 25), "Gao"),
    ("Key dates since the rebels marched on the capital:\nSeptember 21\nThe Houthis seize ministries and army bases in "
     "Sanaa after days of fighting.\nOctober 14\nThe Houthis seize the Red Sea port of Hodeidah.", dt.date(2015, 3, 26), "Hodeidah"),
    ("JUNE 2014: The militants seize Mosul and sweep south.\nFEBRUARY 2016: Iraqi forces recapture Ramadi, capital of "
     "Anbar province.", dt.date(2017, 11, 20), "Ramadi"),
    ("KYIV, May 21 - The fight for the city has lasted a year. Here is how it unfolded:\n"
     "May 7, 2022 - Ukraine says its troops have pulled out of Popasna, a town east of the city.\n"
     "Jan. 26, 2023 - Ukraine's army says it has withdrawn from Soledar, north of the city.", dt.date(2023, 5, 21), "Soledar"),
    ("A senior officer was killed by a sniper south of the city. Mosul fell to the militants during the group's June 2014 "
     "onslaught across the north.", dt.date(2016, 5, 26), "Mosul"),
    ("Families came back to the town this weekend. Fallujah was the first big city to fall to the Islamic State ahead of "
     "a 2014 offensive by the group.", dt.date(2016, 9, 19), "Fallujah"),
]


@pytest.mark.parametrize(("text", "published", "place"), _BACKGROUND)
def test_an_old_chronology_item_is_history(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    rows = _rows(extractor, text, published)
    assert (place, True) in rows
    assert (place, False) not in rows


# --- the extractor: twins that stay news --------------------------------------------------------------------------------

_NEWS = [
    # the chronology's last item in the story's own week
    ("March 4, 2013 — Rebel brigades overrun Raqqa, the first provincial capital lost by the government.\n"
     "June 10, 2014 — The Islamic State's fighters take over Mosul, and the next day they push deeper into Nineveh.",
     dt.date(2014, 6, 14), "Mosul"),
    # a sitrep listing the days of its week
    ("5 December - Hama captured by the rebels after the army pulls out.\n"
     "7 December - Rebels take control of Homs, the army withdrawing to the coast.", dt.date(2024, 12, 8), "Homs"),
    # a monthly digest
    ("Events of the past month:\n- August 3: Eastern forces take the town of Houn after local fighters leave.\n"
     "- August 25: Eastern forces seize Soukna, south of the air base.", dt.date(2017, 9, 1), "Houn"),
    # a lone coder note dated at its event, filed a year later
    ("On 12 May 2023, JNIM militants took control of Boulkessi after the army left its camp.", dt.date(2024, 6, 3), "Boulkessi"),
    # the lead's fresh capture above an old chronology
    ("M23 rebels took control of Bukavu on Sunday, residents said. The group's earlier advances:\n"
     "- November 20, 2012: M23 takes Goma, then withdraws under regional pressure.\n"
     "- June 13, 2022: The rebels seize the border town of Bunagana.", dt.date(2025, 2, 20), "Bukavu"),
    # a fall on the story's day during a new onslaught
    ("The army lost Mosul to the militants on Tuesday during the group's lightning onslaught across the north.",
     dt.date(2014, 6, 11), "Mosul"),
]


@pytest.mark.parametrize(("text", "published", "place"), _NEWS)
def test_a_fresh_item_stays_news(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    assert (place, False) in _rows(extractor, text, published)


def test_the_lead_stays_news_while_its_old_chronology_is_history(extractor: Extractor) -> None:
    text = _NEWS[4][0]
    rows = _rows(extractor, text, dt.date(2025, 2, 20))
    assert ("Bukavu", False) in rows
    assert ("Goma", False) not in rows and ("Bunagana", False) not in rows
