"""Time expressions: finds them in a sentence and resolves them against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from townwatch_extract.inline_date import INLINE_DATE_HORIZON_DAYS, inline_date_spans
from townwatch_extract.month_spelling import MISSPELT_MONTHS
from townwatch_schemas import DatePrecision

__all__ = ["TimeRef", "find_time_refs", "is_background_date", "is_day_of_month"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    **MISSPELT_MONTHS,  # "On Januray 1": a long month's name typed with two letters swapped (month_spelling.py)
}
_WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH_RE = r"(" + "|".join(sorted(MISSPELT_MONTHS)) + r"|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}

_DAY_AFTER = re.compile(r"\.?,?\s+\d{1,2}(?:st|nd|rd|th)?\b")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")


def is_day_of_month(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a month's name with a day beside it ("Aug. 20", "20 Aug"), not a place of that name."""
    return text[start:end].lower().rstrip(".") in _MONTHS and bool(
        _DAY_AFTER.match(text, end) or _DAY_BEFORE.search(text, max(0, start - 8), start)
    )


# the nouns of a campaign a date can name ("the June 2014 onslaught")
_CAMPAIGN = r"offensive|onslaught|advance|assault|sweep|blitz|push|campaign|invasion|conquest|surge|takeover|rampage"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "Earlier this month, X was recaptured", "Earlier in July, troops withdrew from X" (in a July story): a recap of
    # the month's earlier days, told after the news (background: "days before the story")
    ("earlier_month", re.compile(rf"\bearlier\s+(?:this|in\s+the)\s+month\b|\bearlier\s+in\s+{_MONTH_RE}(?![\w-])(?!\s*\d)")),
    ("since_year", re.compile(r"\bsince\s+(?:mid-|early\s+|late\s+)?((?:19|20)\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+((?:19|20)\d\d))?\b")),
    # "was captured by the militants last June": the month's last passing before publication, a month back or more
    ("last_named_month", re.compile(rf"\blast\s+{_MONTH_RE}(?![\w-])(?!\s*\d)")),
    ("month", re.compile(rf"\b(?:in|during|by|since|of|early|late|mid-|mid)\s+(?:early\s+|late\s+|mid-)?{_MONTH_RE}(?:\s+((?:19|20)\d\d))?\b")),
    # ("in the fall of 2022", and a campaign's "in the fall 2022 counteroffensive": the season's year)
    ("year", re.compile(r"\b(?:in|during|of|by|mid-|early|late)\s+(?:the\s+)?(?:(?:summer|spring|autumn|winter|fall)\s+(?:of\s+)?|early\s+|late\s+|mid-)?((?:19|20)\d\d)\b")),
    # "fell during the militants' June 2014 onslaught", "ahead of a 2014 offensive": the dated campaign a change was part of
    ("month", re.compile(rf"\b(?:the|an?|its|their|[a-z]+['’]s?|[a-z]+s['’])\s+{_MONTH_RE}\s+((?:19|20)\d\d)(?=\s+(?:{_CAMPAIGN})\b)")),
    ("year", re.compile(rf"\b(?:the|an?|its|their|[a-z]+['’]s?|[a-z]+s['’])\s+((?:19|20)\d\d)(?=\s+(?:{_CAMPAIGN})\b)")),
    ("weekday", re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b")),
    ("today", re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b")),
    ("yesterday", re.compile(r"\b(yesterday|overnight|last night)\b")),
    ("this_week", re.compile(r"\b(?:earlier\s+)?this\s+week\b")),
    ("last_week", re.compile(r"\b(?:last|past|previous)\s+week(?:end)?\b|\bthe\s+weekend\b")),
    ("this_month", re.compile(r"\bthis\s+month\b")),
    ("last_month", re.compile(r"\blast\s+month\b")),
    ("this_year", re.compile(r"\bearlier\s+this\s+year\b")),
    ("last_year", re.compile(r"\blast\s+year\b")),
    # "took over the capital last summer": a season before this one (not "the last fall of the city", nor "its biggest
    # gain since last summer", which measures the news)
    ("last_season", re.compile(r"(?<!the )(?<!since )\b(?:last|past)\s+(spring|summer|autumn|fall|winter)\b(?!\s+of\b)")),
    # ("M23 gained notoriety a decade ago when its fighters took X": a decade is ten years back)
    ("ago", re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)\s+(day|week|month|year|decade)s?\s+ago\b")),
    # counted back from a moment the story already told: at least that long before publication
    ("earlier", re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|several|few)\s+(day|week|month|year|decade)s?\s+earlier\b")),
]
# "in late March last year", "on June 3 last year": the month of the year before publication
_LAST_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?last\s+year\b")
_EARLIER_HORIZON_DAYS = 14


@dataclass(frozen=True)
class TimeRef:
    """A time expression at ``[start, end)`` of a sentence, resolved when the publication date allows."""

    start: int
    end: int
    kind: str
    date: dt.date | None
    precision: DatePrecision
    background: bool  # the expression itself places the event well before publication
    inline: bool = False  # a monitor's day between subject and verb ("RSF 31 Oct captured X"): the line's own period

    @property
    def since(self) -> bool:
        return self.kind == "since_year"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None) -> tuple[dt.date | None, DatePrecision, bool]:
    D, W, M, Y, U = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.UNKNOWN
    if kind == "since_year":
        return _safe_date(int(m.group(1)), 1, 1), Y, True
    if kind in ("mdy", "dmy"):
        month_s, day_s = (m.group(1), m.group(2)) if kind == "mdy" else (m.group(2), m.group(1))
        month, day = _MONTHS[month_s.rstrip(".")], int(day_s)
        year_s = m.group(3)
        if year_s:
            return _safe_date(int(year_s), month, day), D, False
        if pub is None:
            return None, U, False
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
        return _safe_date(year, month, day), D, False
    if kind == "month":
        month = _MONTHS[m.group(1).rstrip(".")]
        if m.group(2):
            return _safe_date(int(m.group(2)), month, 1), M, False
        if pub is None:
            return None, M, True  # a bare month in an undated article is background
        year = pub.year if month <= pub.month else pub.year - 1
        return _safe_date(year, month, 1), M, False
    if kind == "last_named_month":
        month = _MONTHS[m.group(1).rstrip(".")]
        if pub is None:
            return None, U, True
        return _safe_date(pub.year if month < pub.month else pub.year - 1, month, 1), M, True
    if kind == "year":
        return _safe_date(int(m.group(1)), 1, 1), Y, pub is None or int(m.group(1)) < pub.year
    if kind == "weekday":
        if pub is None:
            return None, U, False
        back = (pub.weekday() - _WEEKDAYS[m.group(1)]) % 7
        return pub - dt.timedelta(days=back), D, False
    if kind == "today":
        return pub, (D if pub else U), False
    if kind == "yesterday":
        return (pub - dt.timedelta(days=1) if pub else None), (D if pub else U), False
    if kind == "this_week":
        return pub, (W if pub else U), False
    if kind == "last_week":
        return (pub - dt.timedelta(days=7) if pub else None), (W if pub else U), False
    if kind == "this_month":
        return (pub.replace(day=1) if pub else None), (M if pub else U), False
    if kind == "earlier_month":
        if pub is None or m.group(1) is None:
            return (pub.replace(day=1) if pub else None), (M if pub else U), True
        month = _MONTHS[m.group(1).rstrip(".")]
        return _safe_date(pub.year if month <= pub.month else pub.year - 1, month, 1), M, True
    if kind == "last_month":
        if pub is None:
            return None, U, True
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), M, True
    if kind == "this_year":
        return (pub.replace(month=1, day=1) if pub else None), (Y if pub else U), True
    if kind == "last_season":
        if pub is None:
            return None, U, True
        start = _SEASON_START[m.group(1)]
        year = pub.year if start + 3 <= pub.month else pub.year - 1
        return _safe_date(year, start, 1), M, True
    if kind == "last_year":
        return (pub.replace(year=pub.year - 1, month=1, day=1) if pub else None), (Y if pub else U), True
    if kind in ("ago", "earlier"):
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
        unit = m.group(2)
        days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652}[unit] * n
        precision = {"day": D, "week": W, "month": M, "year": Y, "decade": Y}[unit]
        horizon = 20 if kind == "ago" else _EARLIER_HORIZON_DAYS - 1
        return (pub - dt.timedelta(days=days) if pub else None), (precision if pub else U), days > horizon
    return None, U, False


def _last_year(kind: str, m: re.Match[str], low: str, date: dt.date | None, pub: dt.date | None) -> tuple[int, dt.date | None] | None:
    """A month or day without its year followed by "last year": the end of the expression and its date a year back."""
    if kind not in ("mdy", "dmy", "month") or m.group(3 if kind != "month" else 2):
        return None
    after = _LAST_YEAR_AFTER.match(low, m.end())
    if after is None:
        return None
    moved = None if date is None or pub is None else _safe_date(pub.year - 1, date.month, date.day)
    return after.end(), moved


# a group named after a day: "March 23 Movement", "17 February Brigade", "the 6 April Youth Movement"
_NAMED_AFTER_DATE = re.compile(r"\s+(?:youth\s+)?(?:movement|brigade|brigades|alliance|coalition)\b")


# an event named by its year after "of" ("the cradle of 2011 revolt", "anniversary of 2014 uprising")
_YEAR_OF_EVENT = re.compile(r"\s+(?:revolt|revolution|uprising|protests?|coup|war|invasion)\b")


# a rank before "since <year>" measures the news against the years since, it does not date it back
_RANKED_SINCE = re.compile(r"\b(?:first|biggest|largest|worst|greatest|heaviest|deadliest|most\s+\w+|only)\b[^.;:]{0,50}$")
# a count before "since <day or month>" says how many fell in that span, the news the last of them: "X base is the
# second base to fall to the militants since last week", "the fourth village the rebels have taken since Friday" (the
# time dates the count, never this capture)
_COUNTED = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+[^.;:]{0,70}\bsince\s+$"
)


def _counted_since(low: str, m: re.Match[str]) -> bool:
    """Whether the time expression ``m`` follows "since" after an ordinal count ("the third town ... since Friday")."""
    start = m.start() + (len("since ") if m.group(0).startswith("since ") else 0)
    return _COUNTED.search(low, max(0, start - 90), start) is not None


def find_time_refs(sentence: str, published: dt.date | None) -> list[TimeRef]:
    """Time expressions in ``sentence``, left to right, without overlaps (more specific patterns win)."""
    low = sentence.lower()
    taken: list[tuple[int, int]] = []
    refs: list[TimeRef] = []
    inline_spans = inline_date_spans(sentence)
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "last_named_month" and not sentence[m.start(1)].isupper():
                continue  # "the last march on the city", "the last may be ...": no month
            if _NAMED_AFTER_DATE.match(low, m.end()):
                continue  # "M23: March 23 Movement", "the 14 March Alliance": a group named after a day, not a date
            if kind == "year" and m.group(0).startswith("of") and _YEAR_OF_EVENT.match(low, m.end()):
                continue  # "raise flag over Daraa, cradle of 2011 revolt": the year names an older event, not this one
            if kind == "since_year" and _RANKED_SINCE.search(low, max(0, m.start() - 60), m.start()):
                taken.append((m.start(), m.end()))
                continue  # "for the first time since 2001", "its biggest gain since 2014": the news measured, not dated
            if _counted_since(low, m):
                taken.append((m.start(), m.end()))
                continue  # "the second base to fall to the militants since last week": the count's span
            try:
                date, precision, background = _resolve(kind, m, published)
            except (OverflowError, ValueError):  # "last month" of 0001-01-02: no date, the rest of the article goes on
                date, precision, background = None, DatePrecision.UNKNOWN, False
            end = m.end()
            if (last := _last_year(kind, m, low, date, published)) is not None:
                end, date, background = last[0], last[1], True
            taken.append((m.start(), end))
            inline = any(s <= m.start() and m.end() <= e for s, e in inline_spans) and not m.group(0)[-4:].isdigit()
            refs.append(TimeRef(m.start(), end, kind, date, precision, background, inline))
    refs.sort(key=lambda r: r.start)
    return refs


def is_background_date(ref: TimeRef, published: dt.date | None) -> bool:
    """Whether the resolved date places the event clearly before the news cycle of ``published``."""
    if ref.background:
        return True
    if published is None or ref.date is None:
        return False
    if ref.inline and ref.precision == DatePrecision.DAY:
        return (published - ref.date).days > INLINE_DATE_HORIZON_DAYS
    if ref.inline and ref.precision == DatePrecision.MONTH:  # "IS mid-May seized X" in the June issue
        return (published.year * 12 + published.month) - (ref.date.year * 12 + ref.date.month) > 1
    if ref.precision == DatePrecision.DAY:
        return (published - ref.date).days > 14
    if ref.precision == DatePrecision.MONTH:
        return (ref.date.year, ref.date.month) < (published.year, published.month)
    if ref.precision == DatePrecision.YEAR:
        return ref.date.year < published.year
    return False
