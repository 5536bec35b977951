"""Note lines: a monitor's one- or two-sentence line dated weeks before its page tells that page's news."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.dates import TimeRef
from townwatch_schemas import DatePrecision

__all__ = ["NOTE_LINE_HORIZON_DAYS", "NOTE_LINE_MAX_CHARS", "is_note_line", "note_line_news", "page_year", "perfect_by_day"]

NOTE_LINE_MAX_CHARS = 400
NOTE_LINE_HORIZON_DAYS = 62
"""A sitrep covering three weeks, a monthly digest filed a week into the next month, a tally of the towns taken in
the last two months ("On Nov. 21, the KIA seized X" on a January page): each line dates its own change, up to two
months back, and that change is what the line is there to record. A story tells older changes as its background."""

# clauses whose change is the setting of another verb, never the line's own record
_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "pcomp", "pobj", "csubj", "amod", "nsubj", "nsubjpass", "dobj", "appos"})
_EXPLICIT_DAY = frozenset({"mdy", "dmy"})


def is_note_line(text: str, sentences: int, title: str) -> bool:
    """Whether an article is a monitor's line: at most two sentences, no headline over them, short."""
    return not title and sentences <= 2 and len(text.strip()) <= NOTE_LINE_MAX_CHARS


def _main_clause(trigger: Token) -> bool:
    """The trigger is the line's own statement: the root, or a verb joined, complemented or reported up to it."""
    tok = trigger
    for _ in range(6):
        if tok.dep_ == "ROOT":
            return True
        if _elaborating(tok):
            tok = tok.head
            continue
        if tok.dep_ in _SUBORDINATE or tok.dep_ not in ("conj", "xcomp", "ccomp"):
            return False
        tok = tok.head
    return False


def _elaborating(tok: Token) -> bool:
    """A participle after its clause that says what the clause's gains were ("the RSF made gains across Darfur,
    claiming control of X"): the line's own record, not a setting ("After taking X, ..." comes first and is marked)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i and not any(c.dep_ == "mark" for c in tok.children)


def note_line_news(trigger: Token, ref: TimeRef, published: dt.date | None) -> bool:
    """Whether a change a note line dates by its day ("On 3 October, ...", "... on 10 February 2023") is that line's
    news although the day lies more than two weeks before the page (dates.is_background_date's news cycle); or by the
    month before the page's ("In July, X was retaken from Z" on a 1 August page: a monthly digest's own record)."""
    if published is None or ref.date is None or ref.background or ref.inline or _chronicle_entry(trigger):
        return False
    if ref.precision == DatePrecision.MONTH and ref.kind == "month" and not ref.since:
        # (two months back or more is the record of an older digest: "Slaviansk was seized in April" on a July page)
        months = (published.year * 12 + published.month) - (ref.date.year * 12 + ref.date.month)
        return months == 1 and _main_clause(trigger)
    if ref.precision != DatePrecision.DAY or ref.kind not in _EXPLICIT_DAY:
        return False
    return 0 <= (published - ref.date).days <= NOTE_LINE_HORIZON_DAYS and _main_clause(trigger)


# a factfile's heading in capitals before its entry ("SINJAR: Kurdish forces retook Sinjar on November 13"); the
# labels a wire puts over its own news are no place's heading
_HEADING = re.compile(r"\s*(?:[-\u2022*]\s*)?([A-Z][A-Z'\u2019.-]*(?:\s+[A-Z][A-Z'\u2019.-]*){0,3})\s*:\s")
_WIRE_LABELS = frozenset({"BREAKING", "UPDATE", "UPDATED", "URGENT", "EXCLUSIVE", "FLASH", "ALERT", "WATCH", "VIDEO", "LIVE", "NEW"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _chronicle_entry(trigger: Token) -> bool:
    """A line that is a chronicle's entry, not a monitor's record: one told in the historical present ("On May 21,
    IS drives the army out of X"; "The Taliban take control of X on 22 June") or one under a place's heading in
    capitals ("AL-MAYADIN: On October 14, regime forces retook X"). Its day weeks before the page is background."""
    verb = trigger
    for _ in range(3):  # "drive the army out of X on May 21, seizing control of it": the clause the participle elaborates
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
    present = verb.tag_ in _PRESENT and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    heading = next((m for m in (_HEADING.match(trigger.sent.text), _HEADING.match(trigger.doc.text)) if m is not None), None)
    return present or (heading is not None and len(heading.group(1)) >= 3 and heading.group(1).split()[0].strip(".") not in _WIRE_LABELS)


_YEAR = re.compile(r"(?:19|20)\d\d")


def page_year(refs: list[TimeRef], sentence: str, opening: dt.date, published: dt.date | None) -> list[TimeRef]:
    """A dated note's later days read in the page's year: "On 10 November, M23 captured X. On 18 November, FARDC
    retook X" on a 20 November page is one November, not 18 November of the year before the note's opening day."""
    if published is None:
        return refs
    out = []
    for ref in refs:
        if ref.kind in _EXPLICIT_DAY and ref.date is not None and ref.date < opening and not _YEAR.search(sentence, ref.start, ref.end):
            try:
                later = ref.date.replace(year=ref.date.year + 1)
            except ValueError:  # 29 February
                later = None
            if later is not None and opening <= later <= published + dt.timedelta(days=1):
                ref = replace(ref, date=later)
        out.append(ref)
    return out


# the end of a span a pluperfect is measured to: "By 4 August, ...", "From July to 4 August, ...", "... until 3 May"
_SPAN_END = re.compile(r"\b(?:by|to|until|till|through)\s+(?:the\s+end\s+of\s+|early\s+|mid-?\s*|late\s+)?$", re.I)


# a pluperfect measured to a part of the story's own day: "By the end of the day, the army had captured A and B", "By
# nightfall on the same day, ...", "By morning, ..." (a day-by-day account's line, or a report's own evening)
_DAY_PART_END = re.compile(
    r"\s*(?:(?:and|but|then|finally),?\s+)?by\s+(?:the\s+)?(?:end\s+of\s+(?:the|that|the\s+same)\s+day|nightfall|dusk|evening|"
    r"morning|midday|noon|(?:early\s+|late\s+)?afternoon|night|sunset|sunrise|dawn)\b",
    re.I,
)


def perfect_by_day(ref: TimeRef | None, sentence: str, published: dt.date | None, note_line: bool, opening: bool = False) -> bool:
    """"By 4 August, Mozambican forces had captured X", "From July to 4 August, they had captured A, B and C", "By the
    end of the day, the army had captured A": a pluperfect measured up to a recent day (or, in the text's opening
    sentence with no date, to a part of the story's own day) states what was taken by then (a monitor's progress
    line), not a change older than the news (the pluperfect of "the group had seized X" told behind a recapture). A
    later undated "By nightfall, ISIS had captured X" may close a paragraph of history, and stays background."""
    if _DAY_PART_END.match(sentence) and ((ref is None and opening) or (ref is not None and ref.date is not None and
        not ref.background and published is not None and 0 <= (published - ref.date).days <= 14
    )):
        return True
    if ref is None or published is None or ref.date is None or ref.background or ref.precision != DatePrecision.DAY:
        return False
    if _SPAN_END.search(sentence[: ref.start]) is None:
        return False
    return 0 <= (published - ref.date).days <= (NOTE_LINE_HORIZON_DAYS if note_line else 14)
