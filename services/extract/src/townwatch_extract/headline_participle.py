"""A headline's clause of a town's name and a participle alone: "Toretsk captured: what it means", "Ukraine: Avdiivka taken".

A wire or blog headline often says only that a town was taken, in a clause of its own between the kicker's colon and a
second clause after a colon or a dash ("Bakhmut captured — a turning point?"). The small model misreads such a line: the
name as an adverb ("Bakhmut/ADV"), the words after the colon as the participle's object ("captured ... point/dobj"), so
the reduced passive of headline.py, which wants the participle to end its line and the name tagged a noun, finds none.
Here the clause is read by its words: one to four capitalised words, then the participle, then the clause's end. No side
is named (``BARE_PARTICIPLE``): only a known town of a country at war counts (extractor, "sideless"), so "Suspect
captured", "Ship seized" or "Berlin captured: 1945" give nothing. "seized" and "freed" stay out (drugs, ships,
hostages); a longer clause ("captured by Z", "taken to court") is the parse's own to read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from townwatch_extract.frames import Frame, PlaceRef, place_refs
from townwatch_extract.headline import BARE_PARTICIPLE
from townwatch_extract.lexicon import TriggerClass

__all__ = ["headline_participles", "looking_back"]

# the participles that tell a town taken (a headline's "X seized" is a cargo or a ship as often as a town)
_TAKEN = frozenset("captured taken retaken recaptured liberated regained reclaimed overrun".split())
# what ends a headline's clause: the kicker's colon, a dash, a bar ("Toretsk captured: ...", "Kupiansk retaken — ...")
_BREAKS = frozenset({":", "—", "–", "|", "-"})
_WORD = re.compile(r"[a-z0-9]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# a capitalised word that opens a clause but names nothing ("The town captured", "It taken", "What captured")
_NO_NAME = frozenset("the a an it this that what who how why when where is was has have his her their its our".split())
# a line that looks back ("Kherson liberated: one year on", "Berlin captured: 1945 remembered") tells a memory, not news
_LOOKING_BACK = frozenset(
    "anniversary year years decade decades ago since remember remembered remembering recalled memories history "
    "documentary film book review legacy revisited".split()
)


def looking_back(title: str) -> bool:
    """Whether a headline looks back ("one year on", "remembered", a year written out): no bare participle in it is news
    (the whole line: its parse has lost what follows a closing colon, read as the source)."""
    return any(w in _LOOKING_BACK or _YEAR.fullmatch(w) is not None for w in _WORD.findall(title.lower()))


def _named(words: list[Token]) -> bool:
    """One to four capitalised words (a hyphen or "al-" inside a name), none a function word: the town's name."""
    return 1 <= len(words) <= 4 and words[0].lower_ not in _NO_NAME and all(
        (t.text[:1].isupper() and t.lower_ not in _NO_NAME) or t.text == "-" or t.lower_.startswith(("al-", "el-"))
        for t in words
    )


# the verbs of a source set off after the clause ("Bakhmut taken, Wagner chief says", "Kupiansk retaken - army says")
_SAYS = frozenset("says say said claims claim".split())


def _sayer_after(doc: Doc, i: int) -> bool:
    """Whether the headline ends, from token ``i``, with a comma and a source: ", Wagner chief says", ", says army"
    (the source's words are the claim's, read by the extractor's speaker; at most five words and the verb)."""
    if doc[i].text != ",":
        return False
    rest = [t for t in doc[i + 1 :] if not t.is_punct]
    return 1 < len(rest) <= 6 and (rest[-1].lower_ in _SAYS or rest[0].lower_ in _SAYS)


def headline_participles(doc: Doc) -> list[Frame]:
    """"Toretsk captured: a turning point", "Ukraine war: Bakhmut taken": the named town taken, nobody named taking it."""
    out: list[Frame] = []
    if looking_back(doc.text):
        return out
    for part in doc:
        if part.lower_ not in _TAKEN or part.i == 0:
            continue
        if part.i + 1 < len(doc) and doc[part.i + 1].text not in _BREAKS and not _sayer_after(doc, part.i + 1):
            continue  # "captured by Z", "taken to court": more than the bare clause
        start = max((t.i + 1 for t in doc[: part.i] if t.text in _BREAKS and t.text != "-"), default=0)
        words = [t for t in doc[start : part.i] if not t.is_space]
        if not _named(words):
            continue
        root = words[-1]
        # a one-name line is often misread ("Bakhmut" an adverb): the capitalised words before the participle are the place
        refs = place_refs(root) if root.pos_ in ("PROPN", "NOUN") and root.dep_ != "ROOT" else []
        places = [r for r in refs if not r.anaphor] or [PlaceRef(root)]
        out.append(Frame(part, TriggerClass.GAIN, BARE_PARTICIPLE, places=places))
    return out
