"""Headline handling: Title Case headlines are brought to sentence case so the parser reads their verbs."""

from __future__ import annotations

import re

from townwatch_extract.lexicon import PARTIAL_NOUNS, PLACE_NOUNS, STRONG_FORMS, WEAK_FORMS

__all__ = ["sentence_case"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_FUNCTION = frozenset(
    """a an the of to from in on at by for with after as and or but into over out back near amid says say said
    is are was were has have had be been its their his her it they after before against under forces troops army
    militants rebels fighters soldiers control key strategic last government military militia militias border
    full regain retake retakes recapture recaptures captures capture seize seizes falls fall take takes claim claims
    claim says pull pulls withdraw withdraws drive drives oust ousts""".split()
)
_LOWER = _FUNCTION | PLACE_NOUNS | PARTIAL_NOUNS | {f for f in STRONG_FORMS if " " not in f} | set(WEAK_FORMS)


def sentence_case(text: str) -> str:
    """Lower-case known common words of a Title Case line; other lines come back unchanged (same length)."""
    words = _WORD.findall(text)
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 3 or sum(w[0].isupper() for w in long_words) / len(long_words) < 0.75:
        return text
    first = True

    def repl(m: re.Match[str]) -> str:
        nonlocal first
        word = m.group(0)
        keep = first
        first = False
        low = word.lower()
        if not keep and low in _LOWER and not word.isupper():
            return low
        return word

    return _WORD.sub(repl, text)
