"""Dated aliases: a region's forces whose side changed on a known day ("Amhara forces": the state's ally, then its foe)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

__all__ = ["dated_side"]

# (the region's word, the side its forces are from that day on (or None: read as before), the day): "Amhara forces"
# fought beside the federal army in Tigray (2020-22: the state's forces, as the corpora label them); from the order of
# 6 April 2023 that dissolved the regional special forces, the Amhara forces that fight are the Fano insurgency's
_DATED: tuple[tuple[str, str, dt.date], ...] = (
    ("amhara", "fano", dt.date(2023, 4, 6)),
)
# the force nouns such a region's word is written with ("Amhara forces", "Amhara special forces", "Amhara fighters")
_FORCES = frozenset("forces force fighters militiamen militias militia troops".split())
_BETWEEN = frozenset("special regional".split())


def dated_side(tok: Token, when: dt.date | None) -> str | None:
    """The actor id a region's forces stand for on ``when`` ("Amhara forces" in 2024: the Fano), or None where no
    dated alias is written or the day is before the change (undated: None, read as before)."""
    if when is None or tok.lower_ not in _FORCES:
        return None
    words = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    for region, side, day in _DATED:
        if region in words and all(w == region or w in _BETWEEN for w in words) and when >= day:
            return side
    return None
