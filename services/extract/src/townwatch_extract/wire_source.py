"""The source a lower-case wire line names last with its colon dropped: "us forces secure karbala report".

A wire's headline index (an all-lower-case line, punctuation stripped: "kirkuk falls to kurds report", "iraq to pay for
own rebuilding white house") keeps the source its title ended on after a colon, as a bare last word. The parser joins
that word to the town ("karbala report") and the town is lost. Only a few words are a source there, and only on a
line with no punctuation at all (its capitals may have been restored by then: "Kurds take Kirkuk report"); the line
keeps its length (blanks at the end), as ``headline.headline_text`` does for a source after a colon.
"""

from __future__ import annotations

import re

__all__ = ["without_wire_source"]

# the last words a lower-case wire line names its source by ("...: report", "...: witnesses", "...: pentagon")
_SOURCE_LAST = re.compile(r"(?<=[A-Za-z0-9])\s+(?:report|reports|witnesses|officials|pentagon|residents|sources)\s*$")
_PUNCTUATION = re.compile(r"[:;,.!?'\"’‘“”()\[\]|–—-]")
_WORDS_BEFORE = 3  # "troops enter basra report": a clause of three words at least before the source


def without_wire_source(text: str) -> str:
    """``text`` with the source word that ends a line with no punctuation blanked; any other line comes back unchanged."""
    if _PUNCTUATION.search(text):
        return text
    m = _SOURCE_LAST.search(text)
    if m is None or len(text[: m.start()].split()) < _WORDS_BEFORE:
        return text
    return text[: m.start()] + " " * (len(text) - m.start())
