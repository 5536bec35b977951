"""Present tense: a coder note's bare present of a capture verb after its side, parsed as the past it reports."""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["present_as_past", "retaken"]

# An older coder note (and a wire brief) tells the day's change in the bare present: "Z capture X once the army pulls
# out", "Troops attack Z positions, capture X", "AU troops clash with Z, retake X". The small model reads the rarer
# present as a noun or an adjective before the place ("retake X" a compound, "capture X" a noun), and the event is
# lost; the past of the same length is read as the verb it is. Same length, so every offset holds ("capture" ->
# "seized ", "captures" -> "captured").
_PAST = {
    "retake": "seized", "retakes": "seized ",
    "capture": "seized ", "captures": "captured",
    "recapture": "seized   ", "recaptures": "recaptured",
    "seizes": "seized",
    "regains": "seized ",
    "occupies": "occupied",
    "liberates": "liberated",
}

# the side before the verb: a common word for armed men, or a name or acronym ("Al Shabaab", "AMISOM", "ISWAP")
_SIDE_WORD = (
    r"(?:forces|troops|soldiers|army|militants|fighters|insurgents|rebels|militia|militias|militiamen|elements|"
    r"jihadists|gunmen|Shabaab|Shabab|Haram|Taliban|Houthis|Houthi|Peshmerga|Kurds|loyalists|separatists|Islamists|[A-Z]{2,6})"
)
# "X forces clash with Z, retake Y": a present clash or attack before the comma, its side the subject of both
_CLASH_CLAUSE = r"(?:clash|clashes|engage|engages|attack|attacks|fight|fights|battle|battles|ambush|ambushes)\b[^.;:!?]{1,80},"

# (or on with "control": "Houthis retake control of the Rahabah district", whose "retake" is read as a noun)
_PRESENT = re.compile(r"\b(?P<verb>" + "|".join(sorted(_PAST, key=len, reverse=True)) + r")\b(?= [A-Z0-9]| (?:full |complete |total )?control\b)")
_WORD = re.compile(r"\w+")
_BEFORE_SIDE = re.compile(rf"\b{_SIDE_WORD}\s$")
_BEFORE_CLASH = re.compile(rf"\b{_CLASH_CLAUSE}\s$")


def present_as_past(text: str, headline: bool = False) -> str:
    """``text`` with a capture verb's bare present after its side (or after "clash with Z,") swapped for a past of the
    same length; an infinitive or a modal's verb ("to retake X", "could capture X", "did not capture") is not after
    its side and stays as written. The verb must go on with a name or a number: "capture and kill" stays. In a
    headline, whose present the headline grammar reads ("Sudan's RSF captures Wad Madani"), only the verb after a
    clash clause is swapped."""
    if not any(v in text for v in ("take", "captur", "seize", "regain", "occup", "liberat")):
        return text

    def repl(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 100) : m.start()]
        if not ((_BEFORE_SIDE.search(before) and not headline) or _BEFORE_CLASH.search(before)):
            return m.group(0)
        word = m.group("verb")
        new = _PAST[word.lower()]
        return new.capitalize() if word[0].isupper() else new

    return _PRESENT.sub(repl, text)


def retaken(trigger: Token, written: str, is_title: bool) -> bool:
    """Whether the verb as written at ``trigger`` is a form of "retake" that the parser was given as "seized"
    (``lexicon.PARSE_SWAPS``, ``present_as_past``): ground is retaken, never a man, whatever the tagger guessed of an
    unknown name ("AMISOM forces retook Garas Guduud"). ``written``: the sentence as the text writes it."""
    if is_title or len(trigger.doc.text) != len(written):
        return False
    word = _WORD.match(written, trigger.idx)
    return word is not None and word.group(0).lower() in ("retook", "retake", "retakes", "retaken", "recapture")
