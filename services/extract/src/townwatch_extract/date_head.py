"""Date heads: the date a timeline item or a monitor's line opens with, set off from its clause by a dash or a colon.

Chronologies and sitreps write one event a line under its day: "March 30 - Rebels enter X ...", "10: The insurgents
seize X", "August 8 - A, B and C fall under Z control", "2015 December - ...", "June 2022. Z raised a flag over X",
"5 December - X captured.", "- Jan. 14: ...". The small model reads such a head as the subject or the root of the
line ("March 30 - The Taliban" a noun phrase), and finds no clause. The head is blanked to spaces of the same length
(offsets stay valid), and its day is the line's own date: a timeline line records the event of its head. That day
read against the page's decides whether the line is news: items of a chronology a month or more before the page
(``chronology.py``) and a lone line headed more than a week before it (``timeline_line.py``) are background.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DateHead", "blank_date_heads", "date_heads", "date_lines", "opening_date_line"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_M = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS = _D + r"(?:\s*(?:-|–|,|and|to)\s*" + _D + r")*"
_Y = r"(?:19|20)\d\d"
# the head's date, one of: "March 30", "Aug. 12", "NOV 29, 30", "March 30-April 1", "September 28, 2012",
# "5 December", "12-13 July", "26 November 2024", "2015 December", "June 2022", a month alone ("January —"), a day alone
# ("10:") or a year alone ("2013:")
_DATE = (
    r"(?P<md>(?P<m1>" + _M + r")\.?\s+(?P<d1>" + _DAYS + r")(?:\s*[-–]\s*" + _M + r"\.?\s+" + _D + r")?(?:,?\s+(?P<y1>" + _Y + r"))?)"
    r"|(?P<dm>(?P<d2>" + _DAYS + r")\s+(?:of\s+)?(?P<m2>" + _M + r")\.?(?:\s*[-–]\s*" + _D + r"\s+" + _M + r"\.?)?(?:,?\s+(?P<y2>" + _Y + r"))?)"
    r"|(?P<ym>(?P<y3>" + _Y + r")\s+(?P<m3>" + _M + r")\.?)"
    r"|(?P<my>(?P<m4>" + _M + r")\.?,?\s+(?P<y4>" + _Y + r"))"
    r"|(?P<mo>(?P<m5>" + _M + r")\.?)"
    r"|(?P<da>(?P<d6>\d{1,2}))"
    r"|(?P<ye>(?P<y7>" + _Y + r"))"
)
# a bullet, the date, then a dash, a colon or (after a whole date) a full stop, and the clause's first word in capitals
_HEAD = re.compile(
    r"^[ \t]*(?:[-–—*•]+[ \t]*)?(?:" + _DATE + r")(?P<sep>[ \t]*(?:[-–—]+|_|:)|\.)[ \t]+(?=[\"'“‘(]?[A-Z0-9])",
    re.I | re.M,
)
# "August 6 – Zaranj: The Taliban take over the city": a place label between the head and the clause, the clause's
# "the city" meaning it; the label becomes a sentence of its own ("Zaranj. The Taliban ...")
_LABEL = re.compile(r"(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3})(?P<colon>:)[ \t]+(?=[A-Z])")


@dataclass(frozen=True)
class DateHead:
    """A blanked head: where it was, and the day it names (None when it names no whole date)."""

    start: int
    end: int
    date: dt.date | None
    until: dt.date | None = None
    """The last day the head can mean: its day, the end of its month ("June 2022 -") or of its year ("2014:"); None
    when it names neither a day of a known year nor a month or a year."""


def _head_date(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The day a head names: its year, or the page's (the last such day on or before the page)."""
    month_word = m.group("m1") or m.group("m2")
    if month_word is None:
        return None
    day = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group(0))  # type: ignore[union-attr]
    month = _MONTHS[month_word.lower().rstrip(".")]
    year_word = m.group("y1") or m.group("y2")
    if year_word is not None:
        year = int(year_word)
    elif published is not None:
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    else:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if published is not None and date > published + dt.timedelta(days=1):
        return None
    return date


def _period_end(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The last day a head can mean: its day, the last day of its month ("January 2014 -"), of its year ("2014:"), or
    the last such day of a day alone ("- 21:", ``_day_alone_until``) or the end of the last such month of a month alone
    ("Aug. — ...")."""
    if (day := _head_date(m, published)) is not None:
        return day
    if m.group("d6") is not None and published is not None:
        return _day_alone_until(int(m.group("d6")), published)
    if m.group("m5") is not None and published is not None:  # "Aug. — ...": the end of the last such month
        month = _MONTHS[m.group("m5").lower().rstrip(".")]
        year = published.year if month <= published.month else published.year - 1
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    year_word = m.group("y3") or m.group("y4") or m.group("y7")
    if year_word is None:
        return None
    month_word = m.group("m3") or m.group("m4")
    if month_word is None:
        return dt.date(int(year_word), 12, 31)
    month = _MONTHS[month_word.lower().rstrip(".")]
    return dt.date(int(year_word) + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _day_alone_until(day: int, published: dt.date) -> dt.date | None:
    """The last day a head of a day alone ("- 21: ...") can mean: that day of the page's month, or, past the page's
    day, of the month before (its last day when that month is shorter)."""
    if not 1 <= day <= 31:
        return None
    if day <= published.day:
        return published.replace(day=day)
    last = published.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=min(day, last.day))


def _whole(m: re.Match[str]) -> bool:
    """A head that names a whole date (may end at a full stop: "June 2022. ..."); a month, day or year alone may not."""
    return bool(m.group("md") or m.group("dm") or m.group("ym") or m.group("my"))


def _head_matches(text: str) -> list[re.Match[str]]:
    """The date heads of ``text``'s lines (a month, day or year alone only before a dash or a colon)."""
    found = []
    for m in _HEAD.finditer(text):
        sep = m.group("sep").strip()
        if sep == "." and not _whole(m):
            continue  # "Aug. The ...", "10. The ...": an abbreviation or a numbered item, not a date head
        if (m.group("da") or m.group("ye") or m.group("mo")) and sep == "":
            continue
        if m.group("mo") and sep == ":":
            continue  # "March: ..." is a label
        found.append(m)
    return found


def blank_date_heads(text: str, published: dt.date | None) -> tuple[str, list[DateHead]]:
    """``text`` with the date head of each line blanked to spaces (same length), and the heads found."""
    if not any(c.isdigit() for c in text[:40]) and not re.match(r"\s*[-–—*•]?\s*" + _M, text, re.I):
        return text, []
    heads: list[DateHead] = []
    out = text
    for m in _head_matches(text):
        end = m.end()
        label = _LABEL.match(text, end)
        if label is not None and "." not in text[end : label.start("colon")]:
            out = out[: label.start("colon")] + "." + out[label.end("colon"):]
        out = out[: m.start()] + " " * (end - m.start()) + out[end:]
        heads.append(DateHead(m.start(), end, _head_date(m, published), _period_end(m, published)))
    return out, heads


def date_heads(text: str, published: dt.date | None) -> list[DateHead]:
    """The date heads of ``text``'s lines anywhere in it (a chronology after a story's lead), none blanked."""
    return [DateHead(m.start(), m.end(), _head_date(m, published), _period_end(m, published)) for m in _head_matches(text)]

# a date alone on its line ("October 14", "- May 11 -", "February 24, 2022"): the heading of the lines under it
_DATE_LINE = re.compile(r"^[ \t]*(?:[-–—*•]+[ \t]*)?(?:" + _DATE + r")[ \t]*(?:[-–—:]+[ \t]*)?$", re.I | re.M)


def _line_head(m: re.Match[str] | None, published: dt.date | None) -> DateHead | None:
    """A matched date line as a head, or None for a blank match or a day or a month alone (no ``until``)."""
    if m is None or not m.group(0).strip() or (until := _period_end(m, published)) is None:
        return None
    return DateHead(m.start(), m.end(), _head_date(m, published), until)


def opening_date_line(text: str, published: dt.date | None) -> list[DateHead]:
    """:func:`date_lines` of the text's first non-blank line only (a timeline item cut from a page opens with its
    date): one anchored match, not a scan of every line of a long story."""
    body = text.lstrip()
    if not body:
        return []
    head = _line_head(_DATE_LINE.match(text, text.rfind("\n", 0, len(text) - len(body)) + 1), published)
    return [] if head is None else [head]


def date_lines(text: str, published: dt.date | None) -> list[DateHead]:
    """The lines of ``text`` that are a date alone (a chronology's day heading the item under it), as heads whose
    ``until`` is the last day the date can mean; a day or a month alone, with no year or month, is left out."""
    return [head for m in _DATE_LINE.finditer(text) if (head := _line_head(m, published)) is not None]
