"""Timeline lines: a text that opens with a date head weeks before the page is an item cut from a timeline."""

from __future__ import annotations

import datetime as dt
import re

from townwatch_extract.chronology import ChronologyItem
from townwatch_extract.date_head import DateHead, opening_date_line

__all__ = ["LINE_HORIZON_DAYS", "retold_line"]

# a place written with its admin hierarchy, "Dioura (Tenenkou, Segou)": a monitor's coder note, dated at its event
# whatever its form ("3 May 2023: JNIM took control of Dioura (Tenenkou, Segou)"), not a timeline's item
_HIERARCHY = re.compile(r"\b[A-Z][\w'’.-]*\s?\([A-Z][^()\n,]{0,40},\s*[A-Z][^()\n]{0,40}\)")

LINE_HORIZON_DAYS = 7
"""A monitor's sitrep or daily digest heads its lines with the days of its own week ("3 June - Z took X" on 5 June):
those are news. A line headed by a day more than a week before the page was cut from a timeline or a factbox."""


def retold_line(text: str, heads: list[DateHead], published: dt.date | None) -> ChronologyItem | None:
    """The line of ``text`` under its opening date head when that head names a day, a month or a year that ended more
    than ``LINE_HORIZON_DAYS`` before ``published``, else None.

    A factbox or a "key dates" list cut into one item a line ("January 11: Islamists capture the town of X", "May 8,
    2022 - Ukraine confirms it has withdrawn from X", "JUNE 2014: Z seizes X") retells its head's day to a reader of the
    page's day. A sitrep's line is headed by a day of its own week, within the horizon, and stays news; a coder
    note opens with "On 3 May 2023," (no head: ``monitor_note.note_date``) and is dated at its event."""
    if published is None:
        return None
    # "May 11\nThe Taliban capture X": a date alone over the line under it (only the text's first line can be one
    # that opens the text, as the item must)
    lines = opening_date_line(text, published)
    first = min([*heads, *lines], key=lambda h: h.start, default=None)
    if first is None or text[: first.start].strip() or first.until is None:
        return None
    if (published - first.until).days <= LINE_HORIZON_DAYS:
        return None
    nl = text.find("\n", first.end + (1 if first in lines else 0))
    end = len(text) if nl < 0 else nl
    if _HIERARCHY.search(text, first.end, end):
        return None
    return ChronologyItem(first.start, end, first.until)
