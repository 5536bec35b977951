"""Headline expulsion: a headline telling a side driven out of a town in the turns the parser misses, reworded into the
plain "Z drive Y out of X" or "after retaking X from Y" it reads.

"Kurdish fighters force IS out of Kobane" (the sense "force out" has only with its "out of"/"from"), "army routs
militants from Benghazi" and "troops flush al-Shabaab out of Kismayo" (the present "routs" and "flush"), "Kurdish
fighters 'force IS out' of Kobane" (a quote closing inside the phrasal verb), "Kurds expand offensive after driving IS
from Kobani" (the gerund after "after"/"following", whose place the parser loses) and "IS nearly pushed out of Kobane"
(most of the town taken, not an attempt: "pushed out of most of Kobane"). The frames still decide: the reworded line
needs a known side and a known town, and a wording that is an attempt ("try to force IS out of X", "vow to drive ...")
keeps its intention word, which the modality reads.
"""

from __future__ import annotations

import re

__all__ = ["expulsion_reworded"]

# the side driven out: a name ("IS", "al-Shabaab", "the Taliban") or a fighters' noun, never a verb ("Russian forces
# withdraw from X", "army forced to withdraw from X": the noun "forces" and the passive "forced to" are no expulsion)
_SIDE_NOUNS = "militants|rebels|insurgents|jihadists|fighters|islamists|extremists|terrorists|troops|soldiers|forces|gunmen|separatists|militia|militias|army"
_NOT_SIDE = r"(?!(?i:withdraw|withdraws|retreat|retreats|pull|pulls|flee|flees|leave|leaves|quit|quits|move|moves|march|marches|head|heads|return|returns|evacuate|evacuates|advance|advances|enter|enters|to|are|were|have|had|will|push|pushes|regroup|regroups)\b)"
_DRIVEN = (
    _NOT_SIDE + r"(?:the\s+)?(?:(?:al-|el-)?[A-Z][\w'’-]*\s+){0,2}(?:" + _SIDE_NOUNS + r"|(?:al-|el-)?[A-Z][\w'’-]*)"
)
# "force(s/d) Y out of" / "force(s/d) Y from": the sense of driving out only with a side and its place preposition
_FORCE = re.compile(r"\b([Ff]orc)(es|ed|e)(?=\s+" + _DRIVEN + r"\s+(?:out\s+of|from)\s+[A-Z])")
_DRIVE = {"es": "drives", "ed": "drove", "e": "drive"}
# "routs militants from": the present and plain forms (the past "routed" is read already)
_ROUT = re.compile(r"\b([Rr]out)(s?)(?=\s+" + _DRIVEN + r"\s+(?:out\s+of|from)\s+[A-Z])")
# "troops flush al-Shabaab out of Kismayo": the present "flush", whose object the parser splits at its hyphen
_FLUSH = re.compile(r"\b([Ff]lush)(es)?(?=\s+" + _DRIVEN + r"\s+(?:out\s+of|from)\s+[A-Z])")
# "'force IS out' of Kobane": a quote that closes between the verb's particle and its "of"
_QUOTED_OUT = re.compile(r"['‘’\"“”]((?:[\w'’-]+\s+){1,4}out)['‘’\"“”]\s+(of|from)\b")
# "after driving IS from Kobani": the gerund's object and place, the place a name of one to three capitalised words
_EXPEL_GERUND = re.compile(
    r"\b([Aa]fter|[Ff]ollowing|[Ss]ince)\s+(?:[Dd]riving|[Ff]orcing|[Pp]ushing|[Cc]hasing|[Rr]outing|[Oo]usting|[Ee]xpelling|[Ff]lushing|[Kk]icking)\s+"
    r"(" + _DRIVEN + r")\s+(?:out\s+of|from)\s+((?:al-|el-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)"
    r"(?=\s*(?:[,;:|]|$|\s(?i:as|in|and|after|with|by|on|for|to|amid|while)\b))",
)
# "IS nearly pushed out of Kobane": the town mostly taken
_NEARLY_OUT = re.compile(
    r"\b(?:nearly|almost|all\s+but)\s+((?:pushed|driven|forced|chased|kicked|flushed|routed)\s+out\s+of)\s+(?!most\b|all\b|parts?\b)",
    re.I,
)


def _gerund(m: re.Match[str]) -> str:
    link, loser, place = m.group(1), m.group(2), m.group(3)
    return f"{link} retaking {place} from {loser}"


def expulsion_reworded(text: str) -> str:
    """``text`` with an expulsion headline reworded (see the module); a line with none comes back as it was."""
    new = _QUOTED_OUT.sub(r"\1 \2", text)
    new = _FORCE.sub(lambda m: _DRIVE[m.group(2).lower()].capitalize() if m.group(1)[0].isupper() else _DRIVE[m.group(2).lower()], new)
    new = _ROUT.sub(lambda m: ("Drive" if m.group(1)[0].isupper() else "drive") + m.group(2), new)
    new = _FLUSH.sub(lambda m: ("Drive" if m.group(1)[0].isupper() else "drive") + ("s" if m.group(2) else ""), new)
    new = _EXPEL_GERUND.sub(_gerund, new)
    return _NEARLY_OUT.sub(r"\1 most of ", new)
