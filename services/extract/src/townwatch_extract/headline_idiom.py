"""Headline idioms: a headline's turns of phrase the small parser cannot read, reworded into the plain form it reads.

Each rewording keeps the meaning and the names: "regained control on X" -> "regained control of X", "confirms pull-out
of X" -> "confirms withdrawal from X", "withdraws without a fight from X" -> "withdraws from X", "overtakes X" ->
"captures X", "confirm entering X" -> "enter X", "say they are in control of X" -> "say they control X", "Have retaken X, say Z" -> "Z say they have retaken X". The frames still decide whether a side took a
known town: a business line's "overtakes" names no side and no town. A line shorter than before is padded with blanks
at its end, so what follows the rewording moves but the length holds (as ``headline.headline_text`` does).
"""

from __future__ import annotations

import re

from townwatch_extract.wire_source import without_wire_source

__all__ = ["reworded_headline"]

_PAST_AND_PRESENT = r"(?:regain(?:s|ed)?|gain(?:s|ed)?|retak(?:es?|en)|retook|tak(?:es?|en)|took|seiz(?:es?|ed)|assum(?:es?|ed))"
# "Iraqi army regained control on Qayyara": "on" for "of" after a verb of taking control
_CONTROL_ON = re.compile(r"\b(" + _PAST_AND_PRESENT + r"\s+(?:full\s+|complete\s+)?control)\s+on\b", re.I)
# "Russian military confirms pull-out of Lyman": the noun the parser splits, after a verb that tells it done
_PULL_OUT = re.compile(r"\b(confirm(?:s|ed)?|announc(?:es?|ed)|complet(?:es?|ed))\s+(?:the\s+|its\s+|their\s+)?pull[- ]?out\s+(?:of|from)\b", re.I)
# "IS withdraws without a fight from Ash-Shaddadi": the adverbial between the verb and its "from"
_NO_FIGHT = re.compile(
    r"\b(withdr(?:aws?|ew|awn)|retreat(?:s|ed)?|pull(?:s|ed)?\s+out|flee(?:s)?|fled)\s+without\s+(?:a\s+)?(?:fight|battle|resistance)(?=\s+from\b)",
    re.I,
)
# "IS overtakes al-Qaryatain, Syria": the sense of taking a place, before a name (never "overtakes rivals")
_OVERTAKES = re.compile(r"\bovertak(es|e)(?=\s+(?:the\s+)?(?:al-|el-|[A-Z]))")
# "Ukrainian troops confirm entering Kupiansk": the gerund after "confirm" for the deed it confirms
# (the verb keeps the tense of "confirm": "confirm" -> "enter", "confirms" -> "enters", "confirmed" -> "entered")
_CONFIRMED_GERUND = re.compile(r"\bconfirm(s|ed|)\s+(enter|captur|tak|seiz|retak)ing\b", re.I)
_STEMS = {"enter": "enter", "captur": "capture", "tak": "take", "seiz": "seize", "retak": "retake"}
_PAST = {"enter": "entered", "captur": "captured", "tak": "took", "seiz": "seized", "retak": "retook"}
# "M23 rebels say they are in control of eastern city of Goma": the state said as the plain verb the frames read
_SAID_IN_CONTROL = re.compile(
    r"\b(say|says|said|claim|claims|claimed)\s+(they|it)\s+(?:are|is|were|was)\s+(?:now\s+)?in\s+(?:full\s+)?control\s+of\b", re.I
)
# "Have retaken Ethiopia's Axum, say Tigrayan forces": the quote before its speaker, the speaker's "we" left out
_QUOTE_FIRST = re.compile(
    r"^\W*(?:we\s+)?(?:have|has)\s+(retaken|recaptured|captured|taken|seized|liberated|entered)\s+(.+?)\s*,\s+says?\s+(.+?)\s*$",
    re.I,
)


def _padded(new: str, length: int) -> str:
    return new + " " * (length - len(new)) if len(new) <= length else new


def _confirmed(m: re.Match[str]) -> str:
    tense, stem = m.group(1).lower(), _STEMS[m.group(2).lower()]
    return _PAST[m.group(2).lower()] if tense == "ed" else stem + "s" if tense == "s" else stem


def reworded_headline(text: str) -> str:
    """``text`` with its headline idioms reworded (see the module); a line with none comes back unchanged."""
    new = _CONTROL_ON.sub(r"\1 of", without_wire_source(text))
    new = _PULL_OUT.sub(r"\1 withdrawal from", new)
    new = _NO_FIGHT.sub(r"\1", new)
    new = _OVERTAKES.sub(lambda m: "captures" if m.group(1) == "es" else "capture", new)
    new = _CONFIRMED_GERUND.sub(_confirmed, new)
    new = _SAID_IN_CONTROL.sub(lambda m: f"{m.group(1)} {m.group(2)} {'controls' if m.group(2).lower() == 'it' else 'control'}", new)
    quote = _QUOTE_FIRST.match(new)
    if quote is not None:
        verb, place, speaker = quote.groups()
        new = f"{speaker} say they have {verb.lower()} {place}"
    return text if new == text else _padded(new, len(text))
