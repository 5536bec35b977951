"""A capture noun as its sentence's subject, dated a week or more back in its own phrase: the setting of the news.

"The capture of X last week opened the road to Y", "Russia's seizure of X earlier this month was a blow to Kyiv",
"With the capture of X last week, Z now controls ten districts" (session 43): the sentence tells what the change brought about, and the change's own date puts it before the day's news
(labelling.md: a capture told as background, "last week", is historical). Twins: the noun with no date of its own
("The capture of X opened the road", which may be the day's news), a date of the last days ("on Tuesday" in
Thursday's story, any weekday), a noun that is not the subject ("Analysts discussed the capture of X last week"), the change told
by a verb ("Russian forces captured X last week").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from townwatch_extract.dates import TimeRef

__all__ = ["dated_subject_nominal", "year_before_noun"]

# a week back or more: "last week", "earlier this month"
_COARSE = frozenset({"last_week", "this_month"})
# a calendar day at least this many days before publication (a weekday is left alone: "The fall of X on Thursday cuts
# off the highway" is the week's news, whichever Thursday the date reader picks)
_MIN_DAYS = 7


_YEAR = re.compile(r"(?:19|20)\d\d")


def year_before_noun(noun: Token, published: dt.date | None) -> bool:
    """Whether a year is written before the capture noun, in its own phrase: "the 2014 fall of Mosul", "M23's 2012
    capture of Goma", "the March 2022 capture of Kherson", "began with the 2014 takeover of Sanaa". A change its report
    dates by the year is background, whatever the noun does in its sentence (a year after ``published`` is none)."""
    return any(
        t.i < noun.i and _YEAR.fullmatch(t.text) and (published is None or int(t.text) <= published.year)
        for t in noun.subtree
    )


# the opening phrase that sets a capture as the ground of its sentence: "With the capture of X last week, Z now controls"
_SETTING_PREPS = frozenset({"with", "after", "following"})


def _opening_phrase(noun: Token) -> tuple[int, Token] | None:
    """The start of the phrase "With / After / Following the capture of X ..." that opens a clause before its verb, and
    that verb, for the noun it governs; None for any other place of the noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _SETTING_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < prep.i:
        return None
    return prep.idx, verb


def dated_subject_nominal(noun: Token, refs: list[TimeRef], published: dt.date | None) -> bool:
    """Whether the capture noun ``noun`` is the subject of its clause, or the noun of the phrase that opens it ("With
    the capture of X last week, Z now controls ten districts"), and a time in its own phrase dates it a week or more
    before ``published``."""
    sent = noun.sent
    opening = _opening_phrase(noun)
    if opening is not None:
        start, verb = opening
        lo = start - sent.start_char
    elif noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        lo = noun.left_edge.idx - sent.start_char
        verb = noun.head
    else:
        return False
    # (the parser hangs "last week" on the verb: the words between the noun and its verb are the noun's phrase)
    hi = (verb.idx if verb.i > noun.i else noun.right_edge.idx + len(noun.right_edge.text)) - sent.start_char
    for ref in refs:
        if not (lo <= ref.start and ref.end <= hi) or ref.inline:
            continue
        if ref.kind in _COARSE:
            return True
        if ref.kind != "weekday" and ref.date is not None and published is not None and (published - ref.date).days >= _MIN_DAYS:
            return True
    return False
