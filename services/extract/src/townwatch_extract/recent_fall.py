"""Recent falls: a retaken place whose fall the same report tells as days or hours old, which leaves it where it was.

The constructions, read from real wire copy (never copied here), every one a retake in one sentence:

- the fall on the place retaken, dated by a weekday or told in hours: "regained control of X, a town taken Tuesday
  by rebels", "retook a southern town held for 12 hours by militants";
- the fall in another sentence of the report, told as before the retake ("had", "since ... when"), dated by a weekday, an hour or "overnight", with the place named again
  or called "the town" / "the district centre": "The army recaptured X on Saturday evening. The militants had
  captured the town on Thursday", "... since Saturday morning when the rebels overran the district centre";
- both told at once: "the fall and recapture of X", "X changed hands twice".

The place ends the report where it began, so neither reading is a change for a desk (labelling.md, "Reversals").
Left as they were: a fall dated by a month or a year ("which rebels had seized in June"), a fall of another named
place ("rebels had captured Y on Thursday"), the retaker's own gain told again ("Rebel forces recaptured X. The rebels
seized it late Tuesday"), a partial retake (the place ends split), a fall told with no date ("which had fallen to rebels"), a capture that
is no retake, "took back X hours after it was seized" (the committed corpus labels it a change: rg-n9-12), and a
side's attack that took nothing ("rebels attacked the town on Thursday").
(Plain expressions over the sentence texts, as ``undone_in_report`` reads them: the other sentences are not parsed.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["fell_lately", "retaken_lately"]

# a verb of taking back, in the sentence that tells the retake
_RETAKE = re.compile(
    r"\b(?:re-?(?:took|take[ns]?|taking|captur(?:ed?|es|ing)|gain(?:ed|s|ing)?|conquer(?:ed|s|ing)?|occup(?:ied|y|ies))"
    r"|(?:won|win|wins|winning|took|take[ns]?|taking|got|seized?)\s+(?:\w+\s+){0,3}?back)\b",
    re.IGNORECASE,
)
# a part retaken: "recaptured nearly all of X", "regained control of parts of X"
_PART = re.compile(
    r"\s+(?:full\s+)?(?:control\s+(?:of|over)\s+)?(?:nearly\s+all|almost\s+all|most|much|parts?|some|half|large\s+parts?)\s+of\b",
    re.IGNORECASE,
)
# the fall: a verb of taking or holding, or the place's own fall
_FALL = (
    r"(?:captur(?:ed|ing)|seiz(?:ed|ing)|taken|took|overr(?:an|un|unning)|occupied|stormed|held|fell|fallen"
    r"|(?:took|taken|seized)\s+(?:full\s+|total\s+)?control\s+of)"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# a time told as days or hours old: a weekday, hours, overnight, earlier in the day, the day before
_RECENT = (
    rf"(?:(?:on\s+|since\s+|last\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|for\s+(?:about\s+|some\s+|nearly\s+|just\s+|only\s+)?(?:a\s+few|several|a\s+couple\s+of|\d+|one|two|three|four|five|six|"
    r"eight|ten|twelve|24|48)\s+hours|(?:several|a\s+few|\d+|two|three|four|six|twelve)\s+hours\s+(?:earlier|before)"
    r"|overnight|earlier\s+(?:in\s+the\s+day|that\s+day|today)|the\s+same\s+day|this\s+morning"
    # the day before the retake: "had overrun the town the day before", "the previous night", "a day earlier"
    r"|the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening)|a\s+day\s+(?:earlier|before))"
)
# in the retake's own sentence: "X, a town taken Tuesday by rebels", "a town held for 12 hours by militants"
# (not a clause on the losing side, "retook X from fighters who captured it on Monday": tests/extract/test_news_ninth.py
# keeps that retake as news)
_OWN = re.compile(rf"(?<!\bwho\s)\b{_FALL}\b(?:\s+\w+){{0,4}}?\s+{_RECENT}\b", re.IGNORECASE)
# told at once: "the fall and recapture of X" (not "changed hands several times": that is the war's history)
_BOTH = re.compile(
    r"\b(?:fall|capture|seizure|loss)\s+and\s+(?:subsequent\s+|swift\s+|quick\s+)?(?:recapture|retaking|recovery)\b",
    re.IGNORECASE,
)
# the place called by a common noun in the other sentence
_ANAPHOR = (
    r"(?:(?:the|this)\s+(?:\w+\s+){0,2}?(?:town|city|village|district(?:\s+(?:centre|center|headquarters))?|area)"
    r"(?!\s+of\s+(?-i:[A-Z]))|it)"  # "the town of Y" names another place
)


_GENERIC = frozenset("force troop unit have been with that which said also were loyal from their the".split())
_SAME = frozenset({"they", "we", "he", "she"})


def _side_words(text: str) -> set[str]:
    """The words a side is named with ("Rebel forces loyal to X" gives rebel...), plural folded, generic words left."""
    return {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4} - _GENERIC


# every reading of a fall below holds a verb of the fall and a recent time: a text without both is not searched (the
# three expressions are built for each place name, and a long report's many names would recompile them each time)
_ANY_FALL = re.compile(_FALL, re.IGNORECASE)
_ANY_RECENT = re.compile(_RECENT, re.IGNORECASE)


@lru_cache(maxsize=1024)
def _fall_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    place = rf"(?:{re.escape(name)}|{_ANAPHOR})"
    return (
        re.compile(rf"\b{_FALL}\s+{place}\b(?:\s+\w+){{0,6}}?\s+{_RECENT}\b", re.IGNORECASE),
        re.compile(rf"\b{_RECENT}\b,?\s+(?:when\s+|as\s+)?(?:\w+\s+){{0,5}}?{_FALL}\s+{place}\b", re.IGNORECASE),
        re.compile(rf"\b{place}\s+(?:had\s+|has\s+)?(?:fell|fallen)\b(?:\s+\w+){{0,4}}?\s+{_RECENT}\b", re.IGNORECASE),
    )


def _fall_at(text: str, name: str) -> re.Match[str] | None:
    """Where ``text`` tells the fall of ``name`` (or "the town") dated days or hours back."""
    if _ANY_FALL.search(text) is None or _ANY_RECENT.search(text) is None:
        return None
    for pattern in _fall_patterns(name):
        if (found := pattern.search(text)) is not None:
            return found
    return None


def _other_fall(text: str, name: str, retaker: set[str], *, earlier: bool = False) -> bool:
    """Whether ``text`` tells the fall of ``name`` days or hours back by another side than the retaker's words
    (``earlier``: the sentence stands before the retake's, so its order tells the fall as the first)."""
    if _RETAKE.search(text):
        return False  # the retake told again, not the fall
    found = _fall_at(text, name)
    if found is None:
        return False
    verb = re.search(_FALL, found.group(0), re.IGNORECASE)
    cut = found.start() + (verb.start() if verb else 0)
    before = text[:cut]
    # told as before the retake: "had captured the town on Thursday", "since Saturday morning when the rebels overran
    # it" (not "took full control of the town on Saturday evening": the retake told again with its hour)
    if not earlier and not (re.search(r"\bhad\s+(?:been\s+)?(?:\w+\s+)?$", before, re.IGNORECASE)
            or re.search(r"\bsince\b[^.;]*\bwhen\s+(?:\w+\s+){0,4}$", before, re.IGNORECASE)):
        return False
    window = re.findall(r"[A-Za-z]+", before)[-6:]  # the fall's subject: the words just before its verb
    if {w.lower() for w in window} & _SAME or _side_words(" ".join(window)) & retaker:
        return False  # "The rebels seized it late Tuesday" after "Rebel forces recaptured X": one side's own gain
    return True


def fell_lately(name: str, own: int, sentences: Sequence[str]) -> bool:
    """Whether the retake that sentence ``own`` tells of ``name`` undoes a fall the report dates days or hours back."""
    if own < 0 or own >= len(sentences) or not name:
        return False
    text = sentences[own]
    retake = _RETAKE.search(text)
    if retake is None or _intended(text, retake.start()):
        return False  # (a retake only aimed at, "vowed to retake X", undoes nothing)
    if _PART.match(text, retake.end()):
        return False  # "recaptured nearly all of X": the place ends split, not where it began
    if _OWN.search(text, retake.end()):
        return True
    retaker = _side_words(text[: retake.start()])
    low = name.lower()
    for j, other in enumerate(sentences):
        if j == own:
            continue
        if _BOTH.search(other) and (low in other.lower() or abs(j - own) <= 2):
            return True
        if abs(j - own) <= 4 and _other_fall(other, name, retaker):
            return True
    return bool(_BOTH.search(text))


# the retake told of the place just named: "Government forces recaptured it on Monday night"
_RETAKE_ANAPHOR = re.compile(rf"{_RETAKE.pattern}\s+(?:{_ANAPHOR})\b", re.IGNORECASE)
# a retake told as an aim, a plan or a fight still on, not done: "the police intend to retake the district", "promised
# an operation to recapture it", "troops were battling to recapture the town", "will retake it soon" (never
# a deed done: "managed to retake it", "were able to retake it", "went on to recapture it"; "were unable to retake it"
# is no deed)
_INTENDED = re.compile(
    r"\b(?:(?<!\bmanaged\s)(?<!\bable\s)(?<!\bsucceeded\s)(?<!\bwent\son\s)(?<!\bproceeded\s)(?<!\bhelped\s)to"
    r"|will|would|could|can|may|might|shall|must|'ll)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _intended(text: str, start: int) -> bool:
    """Whether the retake verb at ``start`` is told as an intention ("vowed to retake", "will retake"), not a deed."""
    return _INTENDED.search(text[max(0, start - 40) : start]) is not None


def _retaken_next(name: str, own: int, sentences: Sequence[str]) -> bool:
    """Whether sentence ``own`` tells the fall of ``name`` days or hours back and one of the next two retakes it by an
    anaphor ("Rebels seized the X district centre on Sunday. Troops recaptured it on Monday night")."""
    for j in (own + 1, own + 2):
        if j >= len(sentences) or (retake := _RETAKE_ANAPHOR.search(sentences[j])) is None:
            continue
        if _intended(sentences[j], retake.start()):
            continue  # "the police intend to retake the district": an aim, the fall stands
        if _other_fall(sentences[own], name, _side_words(sentences[j][: retake.start()]), earlier=True):
            return True
    return False


def retaken_lately(name: str, own: int, sentences: Sequence[str]) -> bool:
    """Whether sentence ``own`` or any sentence of the report naming ``name`` retakes it after a fall dated days or
    hours back ("retook a southern town held for 12 hours": the town named in the next sentence)."""
    low = name.lower()
    return bool(name) and (any(
        (j == own or low in text.lower()) and fell_lately(name, j, sentences) for j, text in enumerate(sentences)
    ) or (0 <= own < len(sentences) and _retaken_next(name, own, sentences)))
