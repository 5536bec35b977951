"""A web page's title bar: "Army retakes X | Reuters" is the headline before the bar, the rest its page's labels."""

from __future__ import annotations

import re

from townwatch_extract.lexicon import STRONG_FORMS, WEAK_FORMS

__all__ = ["without_title_bars"]

# a spaced vertical bar: what a page title sets between its headline, its section and its outlet ("... | World news |
# The Guardian", "... | Opinion — USA TODAY") or after a short label ("WATCH | ...", "Opinion | "); a blog's spaced
# tilde is one ("Ramadi is Liberated ~ Iraq", "... ~ Blog name"; lab42b, session 43)
_BAR = re.compile(r"\s+[|¦~]\s+")
_LABEL_WORDS = 2  # "WATCH |", "Live updates |": a label before the headline is one or two words
_HEADLINE_WORDS = 3  # a headline after a label has three words at least ("WATCH | Rebels seize Goma")
_BEFORE_TAIL = 2  # a headline before a tail has two at least ("X retaken | Live updates", "Rebels seize X | Reuters")
# the words of a change: a short line before the bar that holds one is the headline ("X retaken | Live updates")
_CHANGE_WORDS = frozenset(w for f in STRONG_FORMS for w in f.split()) | frozenset(WEAK_FORMS) | {"retaken", "falls", "fallen"}


def without_title_bars(text: str) -> str:
    """``text`` with a short label before its first bar (one or two words, no change told, a headline after it) and
    everything from the next bar on blanked to spaces (the length holds); a line with no spaced bar comes back
    unchanged."""
    bars = list(_BAR.finditer(text))
    if not bars:
        return text
    start = 0
    label = text[: bars[0].start()].split()
    rest = text[bars[0].end() : bars[1].start() if len(bars) > 1 else len(text)].split()
    if len(label) <= _LABEL_WORDS and len(rest) >= _HEADLINE_WORDS and not {w.lower() for w in label} & _CHANGE_WORDS:
        start = bars[0].end()  # "WATCH | Survivors tell of ... as the army secures X"
        bars = bars[1:]
    end = next((b.start() for b in bars if len(text[start : b.start()].split()) >= _BEFORE_TAIL), len(text))
    return " " * start + text[start:end] + " " * (len(text) - end)
