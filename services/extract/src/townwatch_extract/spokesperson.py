"""The side a "he" or "she" speaks for: the spokesperson, official or commander of a side the sentences before name.

'"We seized total control of X today," she told the agency' after "TNLA spokesman Y said ...": the "we" is the side
whose man or woman the text named one or two sentences back. Only a role word next to a side's name counts ("a
spokesman for Z", "Z spokeswoman Y", "a Z commander"); a side named in passing (the town's holder, the foe) does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from townwatch_extract.actors import ActorCatalogue, ActorEntry

__all__ = ["PRONOUN_SPEAKERS", "spokesperson_side"]

PRONOUN_SPEAKERS = frozenset({"he", "she"})
"""The personal pronouns a first-person quote's attribution may name its speaker by."""

_ROLE = re.compile(r"\b(?:spokes(?:man|woman|person)|official|commander|leader|representative|chief)\b", re.I)
_BACK = 400  # characters before the quote's sentence read for the role (about two sentences of wire copy)
_NEAR = 60  # characters either side of the role word a side's name may stand in


def spokesperson_side(text: str, start: int, catalogue: ActorCatalogue) -> ActorEntry | None:
    """The side whose spokesperson (official, commander) the text names last before ``start``, within about two
    sentences; None when no role word has a side's name beside it."""
    window = text[max(0, start - _BACK) : start]
    for role in reversed(list(_ROLE.finditer(window))):
        before = window[max(0, role.start() - _NEAR) : role.start()]
        after = window[role.end() : role.end() + _NEAR]
        # "TNLA spokesman Y": the name right before the role; "a spokesman for the TNLA": the name after "for"/"of"
        found = catalogue.find(before)
        if found and not before[found[-1].end :].strip(" '’s").count(" ") > 2:
            return found[-1].actor
        tail = re.match(r"\s+(?:for|of|with)\s+", after)
        if tail is not None and (found := catalogue.find(after[tail.end() :])) and found[0].start < 30:
            return found[0].actor
    return None
