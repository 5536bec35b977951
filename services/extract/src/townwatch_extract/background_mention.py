"""A place named as background in the words just before it: "since capturing the town of X", "the newly liberated X".

A headline's unnamed place ("ISIS seizes central Syrian town", "Troops nab leader after recapturing village") stands
for the place the story's lead tells taken, not one the lead names only as the setting of that news: "in the
militants' biggest advance since capturing the historic town of X in May", "on the outskirts of the newly liberated
X". The story's own capture ("seized the town of Y on Thursday") is unaffected: only the choice of what the headline's
noun stands for skips these mentions.
"""

from __future__ import annotations

import re

__all__ = ["named_as_background"]

_TAKING = r"(?:capturing|seizing|taking|overrunning|recapturing|retaking|liberating|freeing|storming)"
_NOUN = r"(?:capture|seizure|fall|loss|takeover|recapture|liberation)"
# "since capturing the historic town of", "since the fall of", "since its capture of"
_SINCE = re.compile(
    rf"\bsince\s+(?:{_TAKING}\b|(?:the|its|their|his)\s+{_NOUN}\s+of\b)(?:\s+[\w'-]+){{0,5}}\s+$", re.I,
)
# "the newly liberated", "the recently captured town of", "the already retaken city of"
_DESCRIBED = re.compile(
    r"\b(?:newly|recently|freshly|already|previously)[- ](?:liberated|captured|seized|retaken|recaptured|taken|freed|"
    r"conquered|occupied)\s+(?:(?:town|city|village|district|area)\s+of\s+)?$", re.I,
)


def named_as_background(text: str, at: int, lo: int = 0) -> bool:
    """Whether the name at ``at`` in ``text`` is told as background by the words before it (from ``lo``, its
    sentence's start)."""
    before = text[max(lo, at - 70) : at]
    return bool(_SINCE.search(before) or _DESCRIBED.search(before))
