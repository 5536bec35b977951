"""The names the parse joins to a place name by "and" or a comma: the other towns of its list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

__all__ = ["listed_with", "sayers_follow", "written_list"]

# what stands between two items of a written list: ", ", " and ", ", and ", " & "
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)")
# what may stand between a list of sources and its saying verb ("Reuters and AFP news agency have reported")
_SOURCE_WORDS = frozenset("and & the news agency agencies media outlets channel television tv have has had".split())
_SAYING = frozenset("reported report reports said say says told quoted cited confirmed".split())


def sayers_follow(doc: Doc, i: int) -> bool:
    """Whether the names from token ``i`` on run, with no comma, into a saying verb: "(took Lalibela,) Reuters and AFP
    news agency have reported", "(Kawlin,) Reuters and the BBC reported". Such names are the report's sources, not
    more places of a list; "took A and B, the army said" keeps its comma and its list."""
    while i < len(doc) and (doc[i].lower_ in _SOURCE_WORDS or doc[i].pos_ == "PROPN"):
        i += 1
    return i < len(doc) and doc[i].lower_ in _SAYING and doc[i - 1].text != ","


def listed_with(tok: Token) -> list[Token]:
    """The proper names coordinated with ``tok`` in its sentence ("Bikorazi and Rutshuru", "Kibumba, Bikorazi and
    Rutshuru"), in text order, ``tok`` left out: where a frame holds one place each, the list's other names are there
    to say which country an unknown name lies in. Only capitalised proper nouns: "Rutshuru and its surroundings" joins
    no town."""
    return [t for t in tok.conjuncts if t.i != tok.i and t.pos_ == "PROPN" and t.text[:1].isupper()]


def written_list(doc: Doc, spans: Sequence[tuple[int, int]], at: int) -> list[tuple[int, int]]:
    """The name spans (token ``(start, end)``) written in one list with the name holding token ``at``, itself left out:
    the names before and after it that only commas and "and" part ("Maarat al-Numan, A and B"), whatever tree the
    parse hung them on (it often makes the second an apposition, or a conjunct of the verb). "The X neighbourhood in
    Y" is no list."""
    ordered = sorted(spans)
    k = next((n for n, (lo, hi) in enumerate(ordered) if lo <= at < hi), None)
    if k is None:
        return []

    def joined(a: tuple[int, int], b: tuple[int, int]) -> bool:
        gap = doc.text[doc[a[1] - 1].idx + len(doc[a[1] - 1]) : doc[b[0]].idx] if b[0] > a[1] - 1 else ""
        return _LIST_GAP.fullmatch(gap) is not None

    lo = k
    while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
        lo -= 1
    hi = k
    while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
        hi += 1
    return [ordered[n] for n in range(lo, hi + 1) if n != k]
