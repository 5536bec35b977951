"""A denial in a claim's own sentence that is about another matter than the ground: no contest of the claim.

"Russia said it had captured the village of X, while dismissing Ukrainian reports that a submarine was sunk", "The
rebels seized X, but denied attacking civilians there", "M23 captured X on Monday, while Rwanda denied backing the
rebels": the denial's own complement (a "that" clause, a claim's "that" clause or a gerund) tells of a ship, a
massacre, foreign backing, not of the place or of ground won or lost, so the capture stands (contested.py read every
denial in the claim's sentence as a dispute; a neighbouring sentence's denial of another matter was already no
contest). A complement that names a claimed place, says "the town", tells ground taken, lost, left, held or fought
for ("denied that its troops had left", "denied that the rebels were in the town", "denied that the attack
succeeded"), or looks back to the claim ("denied this", "denied the claim", "denied it") still contests it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["denies_other_matter", "without_other_matters"]

# where the denial's complement ends: the sentence's end, or a conjunction that opens another clause
_END = re.compile(r"[.;:!?]|,\s+(?:but|while|whereas|although|though|as|and)\b|\s[-\u2013\u2014]\s")
# what opens a complement: "(Ukrainian) reports that", "claims that", "that"; or a gerund ("denied backing the rebels")
_OPENING = re.compile(
    r"^\s*(?:(?:the|a|an|any)\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:(?:claims?|reports?|allegations?|accusations?|rumou?rs?|"
    r"suggestions?|charges?)\s+)?that\s+|^\s*(?:any\s+)?(?=[a-z]+ing\b)",
    re.I,
)
# ground in the complement: a change of hands, a hold, a fight for a place, a settlement, a claimed outcome
_GROUND = re.compile(
    r"\b(?:(?:re)?captur\w*|(?:re)?tak(?:e|en|es|ing)|(?:re)?took|seiz\w*|occup\w*|overr(?:an|un)\w*|fall(?:en|s|ing)?|fell|"
    r"los(?:t|e|es|ing)|loss|regain\w*|liberat\w*|enter\w*|control\w*|advanc\w*|withdr\w*|abandon\w*|left|leav\w*|"
    r"retreat\w*|pull\w*|surrender\w*|hand\w*|held|hold\w*|presence|present|in\s+charge|succe\w*|victor\w*|defeat\w*|"
    r"repel\w*|repuls\w*|push\w*|driv(?:e|en|es|ing)|drove|fight(?:s|ing)?|fought|battle\w*|clash\w*|attack\w*|assault\w*|offensive|besieg\w*|encircl\w*|"
    r"town|towns|city|cities|village\w*|settlement\w*|district\w*|area|areas|territor\w*|positions?|ground|front|"
    r"it|this|there)\b",
    re.I,
)
# another matter a side denies: a massacre, killings, backing, an accusation, a ship or an aircraft hit
_OTHER_MATTER = re.compile(
    r"\b(?:civilians?|kill\w*|massacr\w*|execut\w*|atrocit\w*|abus\w*|rap\w*|loot\w*|target\w*|back(?:s|ed|ing)?|"
    r"support\w*|arm(?:s|ed|ing)|aid\w*|involvement|accus\w*|allegations?\s+of|sunk|sank|sinking|shot\s+down|downed|"
    r"hit|struck|damaged|destroyed)\b",
    re.I,
)


def denies_other_matter(tail: str, names: Sequence[str]) -> bool:
    """Whether the words after a denial verb in the claim's own sentence (``tail``) deny another matter than the claim:
    a complement opened by "(reports) that" or a gerund, naming none of the claimed places (``names``, lower case)
    and telling no ground; a gerund or "that" clause of killings, backing, a ship sunk counts though it says
    "attack" ("denied attacking civilians there" is of the civilians, never of a town)."""
    end = _END.search(tail)
    clause = tail[: end.start() if end is not None else len(tail)]
    low = clause.lower()
    if any(n and n in low for n in names):
        return False
    opening = _OPENING.match(clause)
    if opening is None:
        return False
    body = clause[opening.end() :]
    if len(body.split()) < 2:
        return False  # "denied that", "denied having": nothing said but the denial
    if _GROUND.search(body) is None:
        return True
    # ("denied attacking civilians there", "denied that its fighters had killed civilians"): the matter, not the ground
    ground = {m.group(0).lower() for m in _GROUND.finditer(body)}
    return _OTHER_MATTER.search(body) is not None and ground <= {"attack", "attacking", "attacked", "attacks", "there", "it"}


def without_other_matters(text: str, names: Sequence[str], denial: re.Pattern[str]) -> str:
    """``text`` (the rest of a claim's own sentence) with each denial of another matter cut out up to its clause's
    end, so that what that denial calls untrue ("rejected UN reports that they had massacred civilians as lies") is
    not read as said of the claim."""
    cuts = []
    for m in denial.finditer(text):
        tail = text[m.end() :]
        if denies_other_matter(tail, names):
            end = _END.search(tail)
            cuts.append((m.start(), m.end() + (end.start() if end is not None else len(tail))))
    for lo, hi in reversed(cuts):
        text = text[:lo] + " " + text[hi:]
    return text
