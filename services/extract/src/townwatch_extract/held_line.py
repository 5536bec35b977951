"""Held lines: a monitor's line that names places as now held by a side ("A and B under Russian control.")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from townwatch_extract.frames import Frame
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.telegraphic_clause import by_agent, named_places, opening_names

__all__ = ["HELD_LINE", "has_held_line", "held_lines"]

# A map-keeper's or monitor's line records a change as the state it leaves: "Rubizhne under Russian control.",
# "A, B, and C under Russian control.", "Beryslav under Russian occupation.", "Mena (east of X) in Russian hands",
# "Enerhodar is in Russian control.", "Bucha & Hostomel controlled by Russia.", "confirmed Izium was under Russian
# control". Only in a line sent with no headline (a note), only with the names opening the clause, and never a hold
# ("still under", "remains in", "back under", "has been under ... since", "under Russian control for years").
HELD_LINE = re.compile(
    r"\b(?:under|in) (?:the )?(?:full |complete |total |effective )?(?:[\w'’-]+ ){1,2}(?:control|hands|occupation)\b"
    r"|\bcontrolled by\b"
)
"""What a sentence must hold for :func:`held_lines` to read anything in it (the extractor's sentence choice)."""


def has_held_line(text: str) -> bool:
    """Whether ``text`` may hold a held line. The expression tries its alternatives at every "in" and "under" of a
    text: a look for its three nouns first keeps it off most articles (it ran on every article with no headline and
    took a tenth of the extractor's CPU on the bench corpus)."""
    return ("control" in text or "hands" in text or "occupation" in text) and HELD_LINE.search(text) is not None

_PREPS = {"control": ("under", "in"), "hands": ("in",), "occupation": ("under",)}
_QUALITY = frozenset({"the", "full", "complete", "total", "effective"})
_COMMON_SIDES = frozenset("rebel rebels government regime army militant militants jihadist jihadists opposition insurgent".split())
_ADVERBS = frozenset({"now", "currently", "fully", "completely", "reportedly", "entirely", "is", "are", "was", "were", "firmly"})
_OPENERS = frozenset({"confirmed", "confirms", "assume", "says", "said", "that", "reports", "reported"})
_HOLDS = frozenset({"still", "remain", "remains", "remained", "back", "been", "stays", "stayed", "not", "no", "never", "yet"})
_AFTER = frozenset({",", ";", ".", ":", "(", "according", "as", "per", "and", "-", "—", "–"})
_DURATION = frozenset({"since", "for", "until", "till", "throughout", "before", "during"})


def _holder(word: Token) -> tuple[Token, Token] | None:
    """(the preposition, the side) of "under Russian control", "in Taliban hands", "under the control of X"."""
    doc, preps = word.doc, _PREPS[word.lower_]
    at = next((j for j in range(word.i - 1, max(-1, word.i - 5), -1) if doc[j].lower_ in preps), None)
    if at is None:
        return None
    between = [t for t in doc[at + 1 : word.i] if t.lower_ not in _QUALITY]
    if not between and word.lower_ == "control" and word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "of":
        side = next((t for t in doc[word.i + 2 : word.i + 5] if t.text[:1].isupper()), None)
        return (doc[at], side) if side is not None else None
    if not 0 < len(between) <= 2:
        return None
    side = between[-1] if between[-1].text[:1].isupper() else between[0]  # "under Arakan Army control": "Army"
    return (doc[at], side) if side.text[:1].isupper() or side.lower_ in _COMMON_SIDES else None


def _ends_clause(doc: Doc, i: int) -> bool:
    """Whether the clause ends after token ``i`` (no duration after it: "under Russian control since 2014")."""
    if any(t.lower_ in _DURATION for t in doc[i + 1 :]):
        return False
    return i + 1 >= len(doc) or doc[i + 1].lower_ in _AFTER or doc[i + 1].is_space


def held_lines(doc: Doc) -> list[Frame]:
    """The places a line names as now held by a side: a change whose taker is that side (``needs_known``: the place
    must resolve and the side be a catalogued armed one)."""
    out: list[Frame] = []
    for word in doc:
        if word.lower_ in _PREPS:
            found = _holder(word)
            if found is None or not _ends_clause(doc, word.i if found[1].i < word.i else found[1].i):
                continue
            prep, side = found
        elif word.lower_ == "controlled" and (agent := by_agent(word)) is not None:
            if not _ends_clause(doc, agent.i):
                continue
            prep, side = word, agent
        else:
            continue
        if any(t.lower_ in _HOLDS for t in doc[max(0, prep.i - 3) : prep.i]):
            continue  # "still under Russian control", "has been in rebel hands": a hold, not a change
        names = opening_names(prep, _ADVERBS, _OPENERS)
        places = named_places(names) if names else []
        if places:
            out.append(Frame(word, TriggerClass.GAIN, "active", places=places, gaining=side, needs_known=True))
    return out
