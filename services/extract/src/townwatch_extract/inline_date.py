"""Inline dates: the day a monitor's telegraphic line writes between a subject and its verb ("RSF 31 Oct captured X")."""

from __future__ import annotations

import re

__all__ = ["INLINE_DATE_HORIZON_DAYS", "blank_inline_dates", "inline_date_spans"]

INLINE_DATE_HORIZON_DAYS = 31
"""A monitor's monthly line dates each event of the month it covers this way ("rebels 23 Oct captured X" in the
November issue): such a day is the line's news within a month of publication, not background after two weeks."""

_MONTH = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DAYS = r"\d{1,2}(?:(?:-|–| - | and |, )\d{1,2})*"
# after the subject's last word (a name, a noun, a closing bracket), a day (or days) and a month, or "early/mid/late"
# and a month, then the verb, or an adverb on it, in lower case ("RSF 4 Nov seized", "rebels 23 Oct captured",
# "IS mid-May seized", "Fano 24 Feb briefly took"), or opening the next clause of a chain that shares the subject
# ("Seleka 11 Dec captured X; 18 Dec seized Y, 29 Dec seized Z"); not before a conjunction or a preposition ("Ariha 28
# May and")
_INLINE = re.compile(
    r"(?<=[A-Za-z0-9)’';,])( (?:" + _DAYS + r" |(?:early|mid|late)[- ])" + _MONTH + r"(?:[-–]" + _DAYS + r" " + _MONTH + r")?)"
    r"(?= (?!(?:and|or|but|in|at|on|to|of|near|from|after|before|with|while|as|when|amid|by|for|under|into|since|until|"
    r"between|against|this|that|last|next|the|a|an)\b)[a-z]{3,}\b)"
)
# the word before such a date must not govern it: "on 12 March captured", "until 3 May when"
_GOVERNED = re.compile(r"\b(?:on|by|since|until|till|from|to|between|before|after|around|through|of|in|early|late|mid)$", re.I)


def inline_date_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of ``text`` that are inline dates (without the space before them)."""
    if not any(c.isdigit() for c in text) and "early" not in text and "mid" not in text and "late" not in text:
        return []
    return [(m.start(1) + 1, m.end(1)) for m in _INLINE.finditer(text) if not _GOVERNED.search(text, 0, m.start(1))]


def blank_inline_dates(text: str) -> str:
    """``text`` with its inline dates blanked to spaces (same length): the small model then reads the verb as the
    verb of the subject before it, where the date made it an adjective or a noun ("31 Oct captured 21st Division")."""
    for start, end in inline_date_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
