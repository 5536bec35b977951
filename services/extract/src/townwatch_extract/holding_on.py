"""Holding on: the other side's word that it keeps the place a claim says it lost ("Kyiv insisted its troops were
holding their positions at the airport", "while reaffirming Moscow's control over the settlement", "although the
evidence suggests that Ukrainian forces maintain their bridgehead in the area", "Ukrainian forces say they remain in
control of parts of the airport").

The constructions, read from real wire copy and monitors' notes (never copied here): a verb of keeping (hold,
maintain, retain, keep, reaffirm) whose object is what a defender keeps (its positions, its bridgehead, its
foothold, its lines, control over the place), or "remain in control", told by the other side or against the claim
("although", "but"). It makes the claim contested (contested.py). Left as they were: the taker's own keeping in the
claim's sentence with no contrast ("captured X and are holding their positions there": consolidation, the capture
stands), a keeping said of a region or another place, and "holding talks" or "maintain order".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["keeps_against", "keeps_told"]

# a verb of keeping with what a defender keeps: "holding their positions", "maintain their limited bridgehead",
# "retained control of", "reaffirming Moscow's control over"
_KEEPS = re.compile(
    r"\b(?:(?:hold(?:s|ing)?|held|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+"
    r"(?:(?:their|its|his|our|the)\s+)?(?:[\w-]+\s+){0,2}(?:positions?|bridgeheads?|footholds?|lines|defen[cs]es|grip)\b"
    r"|(?:maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|reaffirm(?:s|ed|ing)?|reassert(?:s|ed|ing)?|kept|keep(?:s|ing)?)\s+"
    r"(?:(?:[\w'\u2019-]+\s+){0,2})?control\s+(?:of|over)\b"
    r"|remain(?:s|ed)?\s+in\s+(?:full\s+|firm\s+)?control\b)",
    re.I,
)
# who tells it: a statement verb ("Ukraine insisted", "the army says") or the evidence ("suggests", "shows")
_TOLD = re.compile(r"\b(?:say|says|said|insist(?:s|ed)?|maintain(?:s|ed)|stress(?:es|ed)|assert(?:s|ed)|suggests?|shows?|"
                   r"reaffirm\w*|told|according to)\b", re.I)
_CONTRAST = re.compile(r"\b(?:but|however|although|though|while|whereas|yet)\b", re.I)
# a name after the keeping, in its clause: "kept control of Chasiv Yar" keeps another place than the one claimed
_NAME = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*")
_CLAUSE_END = re.compile(r"[,;:.()]")


def _elsewhere(text: str, end: int, names: Sequence[str]) -> bool:
    """Whether the keeping's own clause after ``end`` names a place that is none of the claimed ``names``."""
    stop = _CLAUSE_END.search(text, end)
    tail = text[end : stop.start() if stop else len(text)]
    return any(not any(n and (n in m.group(0).lower() or m.group(0).lower() in n) for n in names) for m in _NAME.finditer(tail))


def keeps_against(rest: str, names: Sequence[str] = ()) -> bool:
    """In the rest of the claim's own sentence: the other side's keeping set against it ("..., although evidence
    suggests that Ukrainian forces maintain their bridgehead in the area"): a contrast word before the keeping, whose
    clause names no other place ("while Ukrainian troops kept control of Y" keeps Y). ``names``: the claimed places,
    lower-cased."""
    m = _KEEPS.search(rest)
    return m is not None and _CONTRAST.search(rest, 0, m.start()) is not None and not _elsewhere(rest, m.end(), names)


def keeps_told(text: str, names: Sequence[str] = ()) -> bool:
    """In a neighbouring sentence: someone tells the keeping ("Ukraine insisted its troops were holding their
    positions at the airport", "Ukrainian forces say they remain in control of parts of the airport"); the caller
    checks the sentence is about the claimed place; a keeping whose clause names another place is none."""
    m = _KEEPS.search(text)
    return m is not None and _TOLD.search(text) is not None and not _elsewhere(text, m.end(), names)
