"""Headline idioms: a headline's turns of phrase the small parser cannot read, reworded into the plain form it reads.

Each rewording keeps the meaning and the names: "regained control on X" -> "regained control of X", "confirms pull-out
of X" -> "confirms withdrawal from X", "withdraws without a fight from X" -> "withdraws from X", "overtakes X" ->
"captures X", "confirm entering X" -> "enter X", "say they are in control of X" -> "say they control X", "Have retaken X, say Z" -> "Z say they have retaken X", "over IS" -> "over ISIS", "X retaken: army" -> "X retaken, army says",
"Sudan's RSF claims ..." -> "RSF claims ...". The frames still decide whether a side took a
known town: a business line's "overtakes" names no side and no town. A line shorter than before is padded with blanks
at its end, so what follows the rewording moves but the length holds (as ``headline.headline_text`` does).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from townwatch_extract.headline_expulsion import expulsion_reworded
from townwatch_extract.presupposed_nominal import asked_reworded
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
# "Nigerian Troops Over-run Gwoza", "re-take": a capture verb written with a hyphen after its prefix
_HYPHENATED = re.compile(r"\b(over|re)-(run|runs|ran|running|take|takes|took|taken|taking|capture|captures|captured|capturing)\b", re.I)
# "Bentiu falls to rebel assault": the attack's noun for the side that made it ("falls to rebel forces")
_FALLS_TO_ATTACK = re.compile(
    r"\b(falls|fell|fallen|fall)\s+to\s+((?:(?!an?\b|the\b)[\w'’-]+\s+){1,2}?)(?:assault|offensive|onslaught|advance|attack|push)\b", re.I
)
# "Sangin Almost Entirely In Taliban Hands": most of the town held, said with an adverb the state reader cannot take
_MOSTLY_IN_HANDS = re.compile(
    r"((?:al-|el-)?[A-Z][\w'’-]*)\s+(?:almost|nearly|largely|mostly)\s+(?:entirely\s+|completely\s+|fully\s+|wholly\s+)?in\s+"
    r"((?:[\w'’-]+\s+){1,2}?)hands\b",
    re.I,
)
# "Somali forces claim Shabaab stronghold of Barawe": "claim" for taking a town named by its kind (never "claim attack
# on town of X", "claim responsibility", "claim victory in")
# ("claims capture of the city of X", "claimed control of the town of X": a capture noun with its "of" is read by the
# frames of nouns; the filler never crosses an "of" or a capture noun, which made "claims captures capture of ...")
_FILLER = (
    r"(?:(?!(?:on|in|at|for|near|over|of|attacks?|responsibility|credit|victory|win|bombing|raids?|strikes?|killing"
    r"|capture|recapture|seizure|takeover|control|liberation|retaking|fall)\b)[\w'’-]+\s+)"
)
_CLAIM_TOWN = re.compile(r"\b(claim)(s|ed|)\s+(" + _FILLER + r"{0,3}?(?:stronghold|bastion|town|city|port|capital)\s+of\s+[A-Z])", re.I)
_CAPTURE = {"s": "captures", "ed": "captured", "": "capture"}
# "Rebels Declare Damascus Free of al-Assad": a town declared free of a side (an actor the catalogue knows, never
# "declares Nairobi free of cholera"), the liberation said
_DECLARED_FREE = re.compile(
    r"\b(?:declare|declares|declared)\s+((?:al-|el-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+(?:free|liberated)\s+(?:of|from)\s+(?=(.+))", re.I
)
# "Iraqi PM declares victory over IS in Mosul": the small model reads the group's two capitals after "over" as the verb
# "is"; in a line not written in capitals, its longer name (the catalogue's alias too). Only there: elsewhere the
# parse of "IS" stands ("Iraqi army pounds IS, retakes Baiji" keeps its army as the subject of "retakes")
_IS_GROUP = re.compile(r"\b((?:[Oo]ver|[Aa]gainst) )IS(?![\w'’-])")
# "IS ousted from Manbij", "IS driven out of X": the group opening a line on a participle of being driven out
_IS_OPENING = re.compile(r"^(\s*)IS(?=\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:from|out)\b)")
_LOWER = re.compile(r"[a-z]")
# "Syrian rebels declare Damascus 'free'": a town declared free with nothing after it (no "free of cholera", "free
# trade zone"), the liberation said as the frames read it ("declare X liberated": an armed side and a known town)
_DECLARED_FREE_ALONE = re.compile(
    r"\b(declare|declares|declared)\s+((?:al-|el-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+['‘\"“]?free['’\"”]?"
    r"(?=\s*(?:$|[,;:.!?]|[-—–]\s|(?:as|after|amid|following|and)\b))"
)
# "Palmyra recaptured: Syrian army", "Ninety percent of Fallujah retaken: Iraqi commander": a bare participle whose
# source the colon sets off, said as the comma's "..., Syrian army says" that names the side (headline._said_participles)
_COLON_SOURCE = re.compile(
    r"^(.+?\b(?:retaken|recaptured|liberated|regained|freed)(?:\s+from\s+[\w'’ -]{2,30}?)?)\s*:\s+"
    r"((?:[\w'’-]+\s+){0,3}?(?:army|military|commander|general|officer|officials?|minister|ministry|pm|premier|president"
    r"|spokesman|governor|forces|troops))\s*$",
    re.I,
)
# "Sudan's RSF claims capture of X", "Syria's Kurds claim control of X": the small model reads the side and "claims" as
# nouns before the capture noun, whose possessor (the country) then reads as the side that took it; the line read
# without the country, when a side the catalogue knows follows it (only before a capture noun: "Russia's Wagner claims
# to control X" parses as written, and the blanks that pad a shorter line would change that parse)
_COUNTRY_OWNER = re.compile(
    r"^(\s*)[A-Z][\w-]+['’]s\s+(?=\S+(?:\s+\S+)?\s+(?:claims?|announces?|declares?)\s+(?:full\s+|complete\s+)?"
    r"(?:capture|control|seizure|takeover|recapture|liberation)\s+of\b)"
)
_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}")
_ARTICLE_NAME = re.compile(r"(?:al|el)-[A-Z]")


def _side_named(rest: str, line: str, names_side: Callable[[str], bool] | None) -> bool:
    """Whether ``rest`` opens with a side: a catalogue alias, a name with the Arabic article ("al-Assad"), or in a line
    not written in Title Case a capitalised name ("free of Assad", never "free of cholera")."""
    if names_side is not None and names_side(rest):
        return True
    if _ARTICLE_NAME.match(rest):
        return True
    words = _LONG_WORD.findall(line)
    title_cased = bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)
    return rest[:1].isupper() and not title_cased


_ARMED_WORD = re.compile(r"\b(?:rebels?|forces|troops|army|fighters|militants|insurgents|militias?|soldiers|jihadists)\b", re.I)


def _armed_before(head: str, names_side: Callable[[str], bool] | None) -> bool:
    """Whether the words before a headline's verb name an armed side: a fighters' noun or a catalogue alias opening them
    ("Syrian rebels declare X free"; never "Mayor declares X free")."""
    return bool(_ARMED_WORD.search(head)) or (names_side is not None and bool(head.strip()) and names_side(head.strip()))


def _padded(new: str, length: int) -> str:
    return new + " " * (length - len(new)) if len(new) <= length else new


def _confirmed(m: re.Match[str]) -> str:
    tense, stem = m.group(1).lower(), _STEMS[m.group(2).lower()]
    return _PAST[m.group(2).lower()] if tense == "ed" else stem + "s" if tense == "s" else stem


def reworded_headline(text: str, names_side: Callable[[str], bool] | None = None) -> str:
    """``text`` with its headline idioms reworded (see the module); a line with none comes back unchanged.

    ``names_side`` tells whether a text opens with a side's name (the catalogue's aliases); without it a town "declared
    free of" something is left as written."""
    new = _CONTROL_ON.sub(r"\1 of", expulsion_reworded(without_wire_source(text)))
    if names_side is not None and (owner := _COUNTRY_OWNER.match(new)) is not None and names_side(new[owner.end():]):
        new = owner.group(1) + new[owner.end():]
    new = _IS_OPENING.sub(r"\1ISIS", _IS_GROUP.sub(r"\1ISIS", new)) if _LOWER.search(new) else new
    new = _HYPHENATED.sub(r"\1\2", new)
    new = _FALLS_TO_ATTACK.sub(r"\1 to \2forces", new)
    new = _MOSTLY_IN_HANDS.sub(r"most of \1 in \2hands", new)
    new = _CLAIM_TOWN.sub(lambda m: _CAPTURE[m.group(2).lower()] + " " + m.group(3), new)
    new = _DECLARED_FREE.sub(lambda m: f"say they have liberated {m.group(1)} from " if _side_named(m.group(2), text, names_side) else m.group(0), new)
    new = _DECLARED_FREE_ALONE.sub(lambda m: f"{m.group(1)} {m.group(2)} liberated" if _armed_before(new[: m.start()], names_side) else m.group(0), new)
    new = _COLON_SOURCE.sub(lambda m: f"{m.group(1)}, {m.group(2)} {'say' if m.group(2).lower().endswith('s') else 'says'}", new)
    new = _PULL_OUT.sub(r"\1 withdrawal from", new)
    new = _NO_FIGHT.sub(r"\1", new)
    new = _OVERTAKES.sub(lambda m: "captures" if m.group(1) == "es" else "capture", new)
    new = _CONFIRMED_GERUND.sub(_confirmed, new)
    new = asked_reworded(new)  # "What does the fall of X mean for Y?" (presupposed_nominal.py)
    new = _SAID_IN_CONTROL.sub(lambda m: f"{m.group(1)} {m.group(2)} {'controls' if m.group(2).lower() == 'it' else 'control'}", new)
    quote = _QUOTE_FIRST.match(new)
    if quote is not None:
        verb, place, speaker = quote.groups()
        new = f"{speaker} say they have {verb.lower()} {place}"
    return text if new == text else _padded(new, len(text))
