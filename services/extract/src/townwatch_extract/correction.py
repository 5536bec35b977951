"""Correction lines: an outlet's note that an earlier version of its story said something it no longer says.

"An earlier version of this story said ...", "This article has been corrected to ...", "Correction: ...",
"Clarification: ...". Such a line is never evidence of a change (what it repeats is what is withdrawn); the
extract agent lists it on the article's revision so the alert service can quote it in the WITHDRAWN follow-up.
"""

from __future__ import annotations

import re

from townwatch_extract.sentences import split_sentences

__all__ = ["corrections", "is_correction"]

_CORRECTION = re.compile(
    r"^\W*(?:(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+th(?:is|e)\s+(?:story|article|report|item)"
    r"|th(?:is|e)\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:corrected|updated|amended)"
    r"|(?:correction|clarification|editor'?s\s+note)\s*[:\-–—]"
    r"|(?:corrects|correcting|updates)\s+(?:an?\s+)?(?:earlier|previous)\s+version)",
    re.I,
)


def is_correction(sentence: str) -> bool:
    """True for an outlet's correction line."""
    return bool(_CORRECTION.search(sentence))


def corrections(text: str) -> list[str]:
    """The correction lines of ``text``, in order."""
    if not re.search(r"version|correct|clarif|editor", text, re.I):
        return []
    return [s.text.strip() for s in split_sentences(text) if is_correction(s.text)]
