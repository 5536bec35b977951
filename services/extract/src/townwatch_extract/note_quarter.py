"""Note quarters: a coder note's "the neighbourhood" and the share of it taken, standing for the quarter it codes."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLED, SHARE_WORDS

__all__ = ["NOTE_QUARTERS", "quarter_share"]

# A monitor codes a city's quarter as "City - Quarter (District, Province)" and then says what happened to it as "the
# neighbourhood" ("with SAF regaining control of the neighbourhood"); read as an anaphor only after a place the note
# names with its hierarchy (coreference.NOTE_ONLY_ANAPHORS), never in wire copy ("residents of the neighbourhood").
NOTE_QUARTERS = frozenset({"neighbourhood", "neighborhood"})
# The singular shares a note takes of the place it has named: "regaining control of a large portion of the
# neighbourhood", "took control of a large part of the village", "parts of the neighbourhood".
_SHARES = SHARE_WORDS | {"portion", "portions", "part"}


def quarter_share(share: Token, kind_noun: str | None) -> bool:
    """True when ``share`` ("portion", "part", "parts", "most") takes a share of an unnamed town, village, city or
    coded quarter just named: "a large portion of the neighborhood", "part of the village". Never "part" without "of" ("took part in")
    and never a share of a common noun the note has not named ("a portion of the budget": no place noun)."""
    return share.lower_ in _SHARES and (kind_noun in SETTLED or kind_noun in NOTE_QUARTERS)
