"""Recency descriptions: a capture a relative clause tells as recent ("X, which they captured recently") describes X.

A relative or participial clause that dates its change by a recent span, not a day ("the town of X, which they
captured recently", "another district recently taken by the army", "the port that was seized earlier this month",
"the rebels, who have taken three towns over the past few days, ..."), describes the place or the side the sentence
is about: the change is the setting of that sentence's news (a state, a threat, a return), told as background. The
bare "recently" or "earlier this month" in the sentence's own clause ("the army recently captured X") stays its news:
labels for those vary with the story.

A span of recent days or weeks in the sentence's own clause ("In recent days, they captured X", "Z have captured A, B
and C over the past few days", "took control of the airport in recent weeks", "has made gains in recent weeks, seizing
X and Y") sums up changes made over the days
before the story: background, as labelling.md's "days before the story" says. A counted span of days ("over the past
two days", "in the last 24 hours") is the day's news and stays it. After a story's lead, so is a campaign of months
the verb's own phrase counts its gains in ("have seized most of eastern X in a 3-month campaign"), unless the verb
names its own day (the lead's "have retaken X in a nine-month campaign" stays the news).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from townwatch_extract.identity_clause import identified_place

__all__ = ["campaign_summary", "continues_story", "recent_description", "recent_span"]

# the clause's own recency modifier, read from its words ("recently", "earlier this month", "in recent weeks",
# "over the past few days"); a named day ("on Monday", "last week") is dated by dates.py, not here
_RECENT_SPAN = re.compile(
    r"(?:recently|lately"
    r"|earlier\s+this\s+(?:week|month|year)"
    r"|in\s+recent\s+(?:days|weeks|months)"
    r"|(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:(?:few\s+|several\s+|couple\s+of\s+|\w+\s+)?(?:days|weeks|months|years)|month|year))"
)
# a span of days or weeks before the story, in the sentence's own clause (no counted days: "the past two days" is news);
# a month or a year ("over the past month", "in the past year") spans back as far as "the past few weeks" does
_SPAN = re.compile(
    r"(?:in\s+recent\s+(?:days|weeks|months)"
    r"|(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:(?:few|several|couple\s+of)\s+(?:days|weeks|months)"
    r"|(?:\w+\s+)?(?:weeks|months|years)|month|year))"
)
_DESCRIBING = frozenset({"relcl", "acl"})
_MODIFIERS = frozenset({"advmod", "npadvmod", "prep"})


def _clause(trigger: Token) -> Token | None:
    """The describing clause the change verb heads or is joined into ("which they seized and held recently")."""
    tok = trigger
    for _ in range(3):
        if tok.dep_ in _DESCRIBING:
            return tok
        if tok.dep_ != "conj":
            return None
        tok = tok.head
    return None


def _recent(verb: Token, pattern: re.Pattern[str] = _RECENT_SPAN) -> bool:
    return any(c.dep_ in _MODIFIERS and pattern.fullmatch(" ".join(t.lower_ for t in c.subtree)) for c in verb.children)


def _counts_series(trigger: Token) -> bool:
    """"Kunduz is the third of four provincial capitals the Taliban have captured in recent days": the span dates the
    series the copula counts the town in, and the copula tells the town's capture as the news (identity_clause.py)."""
    return trigger.dep_ in _DESCRIBING and identified_place(trigger.head) is not None


def recent_description(trigger: Token) -> bool:
    """Whether the change verb ``trigger`` sits in a relative or participial clause dated by a recent span."""
    if trigger.pos_ not in ("VERB", "AUX") or _counts_series(trigger):
        return False
    clause = _clause(trigger)
    return clause is not None and (_recent(trigger) or _recent(clause))


def recent_span(trigger: Token) -> bool:
    """Whether the change verb ``trigger`` (or the verb it is joined to) is dated by a span of recent days or weeks."""
    if trigger.pos_ not in ("VERB", "AUX") or _counts_series(trigger):
        return False
    tok = trigger
    for _ in range(3):
        if _recent(tok, _SPAN):
            return True
        if _own_time(tok) or not (tok.dep_ == "conj" or _gains_told(tok)):
            return False  # "attacked X over the past few weeks but captured it only on Tuesday": its own day
        tok = tok.head
    return False


_TIME_PREPS = frozenset({"on", "at", "during", "over", "within", "since", "by"})


def _gains_told(verb: Token) -> bool:
    """A participle with no subject of its own that spells out the verb it hangs on: "has made gains in recent weeks,
    seizing X and Y", "have advanced over the past few weeks, capturing X"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)



def _own_time(verb: Token) -> bool:
    return any(c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in _TIME_PREPS) for c in verb.children)


_CAMPAIGNS = frozenset("campaign offensive operation battle assault push drive fight siege war".split())
_IN_SPAN = frozenset({"in", "during", "over"})
_MONTHS_LONG = re.compile(r"(?:\w+-)?(?:month|months|year|years)(?:-long)?")


def campaign_summary(trigger: Token) -> bool:
    """"seized most of X in a 3-month campaign", "during a months-long offensive": gains summed over months (the
    caller asks it only of a sentence after the story's lead)."""
    if trigger.pos_ not in ("VERB", "AUX") or any(c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in ("on", "at")) for c in trigger.children):
        return False  # "retook X on Sunday in a three-month campaign": its own day
    verb = trigger
    return any(
        c.dep_ == "prep" and c.lower_ in _IN_SPAN and o.dep_ == "pobj" and o.lemma_.lower() in _CAMPAIGNS
        and any(t.i < o.i and _MONTHS_LONG.fullmatch(t.lower_) for t in o.subtree)
        for c in verb.children for o in c.children
    )


# a sentence that opens by presupposing what came before it ("In addition to Kaldar, ...", "Meanwhile, ...") continues
# a story: it is no monitor line's opening record
_CONTINUING = re.compile(r"\s*(?:in\s+addition\s+to|besides|apart\s+from|aside\s+from|meanwhile|elsewhere|also)\b", re.I)


def continues_story(sentence: str) -> bool:
    """Whether ``sentence`` opens by carrying on from text before it."""
    return _CONTINUING.match(sentence) is not None
