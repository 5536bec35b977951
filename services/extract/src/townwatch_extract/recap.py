"""Recaps: the earlier changes a news story retells after its lead, dated back from the news.

The constructions, read from real wire copy (never copied here):

- a dated tally after the lead: "On August 9, they seized X" in a story of August 13 whose lead is another capture;
  "X was seized on Sunday by the rebels" in Saturday's story, after a lead about an attack on X;
- a sentence dated by the one before it: "The next day, Z took control of X", "At the same time, Z-backed factions
  launched an assault, capturing A and B" after a sentence dated weeks back;
- a statement told before the news: "Earlier, the army said its forces had retaken X" (a pluperfect under a sentence
  opening with a bare "Earlier,");
- a change told after the lead with a coarse, older time: "when they retook the town of X on the border last week",
  "was in X two weeks ago when fighters liberated it" (a span counted back, "three days ago" and more),
  "X was captured this month from Y by Z", "which had been seized by the militants earlier in the month".

Only a story's sentences after its first are read so: a lead dated last week is still the story's news. A monitor's note
that opens with its date (``monitor_note.py``), or a timeline under date heads (``date_head.py``), is dated at its
events, where a later line's day is its own news.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.dates import TimeRef, find_time_refs, is_background_date
from townwatch_schemas import DatePrecision

__all__ = [
    "RECAP_MIN_DAYS",
    "RECAP_WEEKDAY_DAYS",
    "TALLY_MIN",
    "coarse_ref",
    "held_in_lead",
    "inherited_ref",
    "is_recap_date",
    "later_ref",
    "opens_campaign",
    "same_day_opening",
    "told_earlier",
]

RECAP_WEEKDAY_DAYS = 5
"""A weekday after the lead that falls this many days or more before publication ("was seized on Sunday" in Saturday's
story) is last week's, told as what led to the news; a roundup of the last days ("on Friday" on Monday) stays news."""
RECAP_MIN_DAYS = 3
"""A calendar day this many days before publication, written in a sentence after the lead, dates a recap: wire copy
names the days of the last week by weekday ("on Tuesday"), and a calendar date after the lead retells."""

# a sentence dated by the one before it: the day after it, or the same moment
_NEXT_DAY = r"(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)"
_SAME_TIME = (
    r"(?:at\s+the\s+same\s+time|on\s+the\s+same\s+day|that\s+(?:same\s+)?day|the\s+same\s+day"
    # a part of that day: "By noon the same day,", "By nightfall that day,", "By the end of the day," (a day's entry)
    r"|by\s+(?:the\s+)?(?:end\s+of\s+(?:the|that|the\s+same)\s+day|(?:(?:nightfall|dusk|evening|morning|midday|noon|"
    r"(?:early\s+|late\s+)?afternoon|night|sunset|dawn)\s+(?:on\s+|of\s+)?(?:the\s+same|that(?:\s+same)?)\s+day)))"
)
# "Shortly thereafter, government forces recaptured X" after "In March, they retook Y": the time of the one before
_SOON_AFTER = r"(?:(?:shortly|soon|immediately)\s+(?:thereafter|afterwards?|after\s+that))"
_OPENING = re.compile(rf"^\W*(?:({_NEXT_DAY})|{_SAME_TIME}|({_SOON_AFTER}))\s*,", re.I)
_CALENDAR = frozenset({"mdy", "dmy", "inherited"})
_COARSE = frozenset({"last_week", "this_month"})


def same_day_opening(sentence: str) -> bool:
    """A sentence opening "On the same day," or "By noon the same day,": dated by the one before it in any text (a
    monitor's dated entry too, not only a story's recap)."""
    return re.match(rf"^\W*{_SAME_TIME}\s*,", sentence, re.I) is not None


def inherited_ref(sentence: str, before: str, published: dt.date | None) -> TimeRef | None:
    """The date a sentence opening "The next day," or "At the same time," takes from the sentence before it (the last
    day that one names, a day later for "the next day"); None when it opens otherwise or the one before names none.
    Background outright: a sentence counted months or years on from the one before ("Six months later, it was
    retaken"), and a hold told right after an "It can be recalled that ..." (``later_ref``)."""
    if (later := later_ref(sentence, before, published)) is not None:
        return later
    if (coarse := coarse_ref(sentence, before, published)) is not None:
        return coarse
    m = _OPENING.match(sentence)
    if m is None or not before:
        return None
    refs = find_time_refs(before, published)
    days = [r for r in refs if r.date is not None and r.precision == DatePrecision.DAY]
    if not days and m.group(2):  # "Shortly thereafter," after a month or a year: that time, background when it is
        dated = [r for r in refs if r.date is not None]
        if dated and (dated[-1].background or is_background_date(dated[-1], published)):
            return TimeRef(0, m.end() - 1, "inherited", dated[-1].date, dated[-1].precision, True)
    if not days:
        return None
    last = days[-1]
    date = last.date + dt.timedelta(days=1) if m.group(1) and last.date is not None else last.date
    background = last.background or is_background_date(replace(last, date=date), published)
    return TimeRef(0, m.end() - 1, "inherited", date, DatePrecision.DAY, background)


# a sentence counted on from the one before by months or years: "Six months later, however, it was retaken",
# "Two years later, the army recaptured it", "Later that year, ..." (weeks or days later may still be this week's news)
_NUMBER = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+couple\s+of|\d+)"
_LATER = re.compile(
    rf"^\W*(?:(?:but|and|yet|however,?)\s+)?(?:(?:some|about|around|nearly|almost|just|only|barely|less\s+than|more\s+than)\s+)?"
    rf"(?:{_NUMBER}\s+(?P<unit>months?|years?)\s+later|(?P<bare>months|years)\s+later|later\s+that\s+(?:year|month|summer|winter|spring|autumn)"
    rf"|the\s+(?:following|next)\s+(?:year|month|spring|summer|autumn|winter))\b",
    re.I,
)
# what keeps a hold after a recap in the recap: "It can be recalled that Z seized a town on Friday ... They now control
# X" (a state told by the recap's own pronoun, not a new change: "They have since been driven out" is one)
_RECAP_HOLD = re.compile(
    r"^\W*(?:they|it|the\s+(?:group|militants|insurgents|terrorists|rebels|jihadists|fighters|sect))\s+(?:now\s+|still\s+|currently\s+)?"
    r"(?:control|controls|hold|holds|occupy|occupies|(?:are|is)\s+(?:now\s+|still\s+)?in\s+(?:full\s+)?control\s+of)\b",
    re.I,
)
_WORD_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "few": 2, "couple": 2, "several": 3}


def later_ref(sentence: str, before: str, published: dt.date | None) -> TimeRef | None:
    """A background time for a sentence after the lead that the one before it dates: counted on from it by months or
    years ("Six months later, however, it was recaptured by Ukraine": the day the sentence before names, moved on, or
    background outright when that one names no day), or a hold told right after "It can be recalled that ..." ("They
    now control X"). None otherwise."""
    if _RECALLED.match(before) and (hold := _RECAP_HOLD.match(sentence)) is not None:
        return TimeRef(0, hold.end(), "later", None, DatePrecision.YEAR, True)
    m = _LATER.match(sentence)
    if m is None or find_time_refs(sentence[m.end() :], published):
        return None  # ("Three months later, on Sunday, troops retook it": the sentence's own day says whether it is news)
    days = [r for r in find_time_refs(before, published) if r.date is not None] if before else []
    count = m.group(0).split()
    unit = (m.group("unit") or "").lower()
    if not days or not unit or published is None:
        return TimeRef(0, m.end(), "later", None, DatePrecision.MONTH, True)
    n = max((_WORD_NUMBERS.get(w.lower(), int(w) if w.isdigit() else 0) for w in count), default=0)
    months = n * (12 if unit.startswith("year") else 1)
    source = days[-1]
    start = source.date
    assert start is not None
    total = start.year * 12 + start.month - 1 + months
    date = dt.date(total // 12, total % 12 + 1, 1)
    # (counted on from a year, "in 2023 ... Two years later": a year, not a month)
    precision = DatePrecision.YEAR if source.precision == DatePrecision.YEAR else DatePrecision.MONTH
    ref = TimeRef(0, m.end(), "later", date, precision, False)
    return replace(ref, background=is_background_date(ref, published))


def is_recap_date(ref: TimeRef | None, trigger: Token, published: dt.date | None) -> bool:
    """Whether a change dated by ``ref`` in a story's sentence after its lead is one the story retells: a calendar day
    at least :data:`RECAP_MIN_DAYS` before publication, or "last week" / "this month" in the change's own clause (not
    a noun's "last week's coup")."""
    if ref is None or ref.date is None or published is None or ref.inline:
        return False
    if (ref.kind in _CALENDAR and ref.precision == DatePrecision.DAY) or ref.kind == "ago":
        # ("CCTV's reporter was in X two weeks ago when fighters liberated it": a span counted back, as a calendar day)
        return (published - ref.date).days >= RECAP_MIN_DAYS
    if ref.kind == "weekday":
        return (published - ref.date).days >= RECAP_WEEKDAY_DAYS
    if ref.kind not in _COARSE:
        return False
    sent = trigger.sent
    if sent.doc.text[sent.start_char + ref.end : sent.start_char + ref.end + 2] in ("'s", "’s"):
        return False
    verb = trigger.head if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX") else trigger
    if verb.pos_ == "NOUN" and verb.head.pos_ in ("VERB", "AUX") and verb.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verb = verb.head  # "Last week, the military confirmed the withdrawal of its troops from X": the verb's week
    lo = verb.left_edge.idx - sent.start_char
    hi = verb.right_edge.idx + len(verb.right_edge.text) - sent.start_char
    return lo <= ref.start and ref.end <= hi


_EARLIER = re.compile(r"^\W*earlier\s*,", re.I)


# a Nigerian paper's recap marker: "It can be recalled that ...", "It will be recalled that ..."
_RECALLED = re.compile(r"^\W*(?:it\s+(?:can|could|will|would|should|may|must)\s+be\s+recalled|as\s+(?:will|would|may|can)\s+be\s+recalled)\b", re.I)
# what keeps an "already" inside the news: "have already retaken three villages since dawn"
_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|since (?:dawn|morning)|overnight|in the (?:past|last) (?:24|48) hours)\b", re.I)


# a lead that tells an offensive launched now: "Syrian rebels have launched a major offensive in western Aleppo", "The
# army began an operation to retake X on Monday" (never one launched long ago: "had launched", "launched in June")
_OPENS = re.compile(
    r"\b(?:ha(?:ve|s)\s+)?(?:launched|initiated|begun|began|started|opened|mounted|unleashed)\s+"
    r"(?:(?:a|an|the|their|its|what|new|major|large-scale|significant|surprise|lightning|ground|\w+-\w+)\s+){0,4}"
    r"(?:offensive|counteroffensive|counter-offensive|operation|assault|push)\b",
    re.I,
)
_OPENED_LONG_AGO = re.compile(r"\bhad\s+(?:launched|initiated|begun|started|opened|mounted)\b|\b(?:in|since)\s+(?:January|February|"
                              r"March|April|May|June|July|August|September|October|November|December|\d{4})\b", re.I)


def opens_campaign(lead: str) -> bool:
    """Whether a story's lead tells an offensive launched now: the gains it counts next ("rebels have seized 13
    villages, including A and B") are that offensive's first, the day's news, not a campaign's tally."""
    return _OPENS.search(lead) is not None and _OPENED_LONG_AGO.search(lead) is None


def told_earlier(trigger: Token, sentence: str, opened: bool = False) -> bool:
    """"Earlier, the army said its forces had retaken X" after the lead: a change done before what the lead reports
    ("Earlier on Monday, ..." is the same day's news, and a simple past may be too). So is one after "It can be
    recalled that", and a perfect "have already retaken A, B and C" after a lead about something else: the gains so
    far, set against what the lead says comes next (not "already ... since dawn"); so is a perfect that adds up a
    campaign ("has occupied A, B and C towns and more than 80 junta positions", ``_tally``), unless the story's lead
    tells the campaign just launched (``opened``: its first gains are the news)."""
    if _RECALLED.match(sentence):
        return True
    if _EARLIER.match(sentence) and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children):
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in trigger.children)
    if perfect and _tally(trigger) and not _SAME_DAY.search(sentence) and not opened:
        return True
    return (
        any(c.dep_ == "advmod" and c.lower_ == "already" for c in trigger.children)
        and perfect
        and not _SAME_DAY.search(sentence)
    )


# the places and posts a campaign's tally counts: "has occupied A, B and C towns and more than 80 junta positions"
_TALLIED = frozenset("position post outpost camp base village town settlement locality area checkpoint".split())
TALLY_MIN = 10
"""A perfect whose objects count this many places or posts or more adds up a campaign, not the day's news."""


def _tally(trigger: Token) -> bool:
    """Whether a perfect's objects add up a campaign: a counted plural of places or posts, ten or more ("and more than
    80 junta positions"), among the places it names."""
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        for t in (obj, *obj.conjuncts):
            if t.lemma_.lower() not in _TALLIED or t.tag_ != "NNS":
                continue
            for n in (c for c in t.children if c.dep_ == "nummod"):
                value = n.text.replace(",", "")
                if value.isdigit() and int(value) >= TALLY_MIN:
                    return True
    return False


# the lead calls the place held already: "the town of X, which has been under rebel control", "rebel-held X"
_HELD_AFTER = r"[^.;]{0,40}\b(?:(?:has|had|have) been|is|was|remains|remained)\s+(?:\w+\s+){0,2}(?:under\s+(?:[\w'-]+\s+){0,2}control|held\s+by)\b"
_HELD_BEFORE = r"\b[\w'-]+-(?:held|controlled)\s+(?:\w+\s+){0,3}"


def held_in_lead(lead: str, name: str) -> bool:
    """Whether a story's lead tells ``name`` as already held ("blocked army reinforcements advancing toward the town
    of X, which has been under rebel control"): a capture of it dated days back after that lead is how the hold
    began, told as background ("The rebels seized control of X on Tuesday" in Saturday's story)."""
    if not name or name not in lead:
        return False
    esc = re.escape(name)
    return bool(re.search(esc + _HELD_AFTER, lead) or re.search(_HELD_BEFORE + esc, lead))


# a narrative dated by a month, a season, a quarter or a year rather than by a day: a sentence opening "In 2016, ...",
# "At the beginning of September, ...", "In the first quarter of 2012, ...", "Early in March, ..." dates the sentences
# that go on without a time of their own ("... The insurgents rapidly took A, B and C.")
_MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_COARSE_TIME = rf"(?:{_MONTH_NAMES}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
_COARSE_OPENING = re.compile(
    rf"^\W*(?:(?:in|during|by|early\s+in|late\s+in)\s+(?:(?:early|late|mid-?)\s*)?"
    rf"|(?:at|by|towards?|in)\s+the\s+(?:beginning|start|end|middle|outset|first\s+(?:half|quarter|weeks?|days?)|"
    rf"second\s+(?:half|quarter)|third\s+quarter|fourth\s+quarter|last\s+(?:quarter|weeks?))\s+of\s+)"
    rf"(?P<time>{_COARSE_TIME})\s*,",
    re.I,
)
# a month or a year told as what it brought: "December saw important victories, with Z capturing A" (a month's review)
_REVIEW = re.compile(rf"^\W*(?:the\s+month\s+of\s+)?(?P<time>{_COARSE_TIME})\s+(?:saw|brought|witnessed|was\s+marked\s+by)\b", re.I)
# what keeps a sentence in the news after such an opening: its own present, a "now", a perfect
_NOW = re.compile(r"\b(?:now|currently|has|have|is|are|this\s+week)\b", re.I)


def coarse_ref(sentence: str, before: str, published: dt.date | None) -> TimeRef | None:
    """A background time for a sentence after the lead told as a review ("December saw important victories, with Z
    capturing X"), or going on without a time of its own from a sentence that opens with a coarse one ("In 2016, ...
    With Russia's help, the army finally seized X"): a change dated by its month, quarter or year alone, told after the
    lead, is what the story retells (a day, "on Monday", keeps the sentence's own reading). None otherwise, and for a
    sentence that says "now" or speaks in the present or the perfect."""
    m = _REVIEW.match(sentence)
    review = m is not None
    if m is None:
        if not before or find_time_refs(sentence, published) or _NOW.search(sentence):
            return None
        m = _COARSE_OPENING.match(before)
        if m is None:
            return None
    refs = [r for r in find_time_refs("in " + m.group("time"), published) if r.date is not None]
    if published is None or not refs or refs[0].precision not in (DatePrecision.MONTH, DatePrecision.YEAR):
        return None
    return TimeRef(0, m.end("time") if review else 0, "coarse", refs[0].date, refs[0].precision, True)
