"""A country named only as the patron whose arms back a side ("Backed by Russian airstrikes, regime forces took X")."""

from __future__ import annotations

import re

__all__ = ["air_power_after", "backer_before"]

# "Enabled by intense Russian airstrikes, regime forces captured X", "regime forces supported by Russian airstrikes",
# "Supported by French air strikes, troops retook X", "with the help of Turkish artillery": the country word is whose
# arms help, not where the place lies (nor whose the forces are); up to two words between ("intense", "the", "US-led")
_BACKER_BEFORE = re.compile(
    r"\b(?:backed|supported|enabled|aided|helped|assisted|covered|escorted)\s+by\s+(?:[\w-]+\s+){0,2}$"
    r"|\bwith\s+(?:the\s+)?(?:help|support|backing|cover)\s+of\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# "fighters withdrew rather than take heavy losses from the Russian strikes": a country's air power over the place
# (and each country of a list before the noun: "Russian and Syrian jets bomb Aleppo" counts neither)
_AIR_POWER_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w-]+)*\s+(?:air[\s-]?strikes?|strikes|warplanes|war\s+planes|jets|fighter\s+jets|aircraft|bombers|air\s+(?:force|support|cover|power|raids?))\b",
    re.IGNORECASE,
)


def backer_before(text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` follows a patron's "backed by", "enabled by", "with the support of"."""
    return _BACKER_BEFORE.search(text, max(0, start - 60), start) is not None


def air_power_after(text: str, end: int) -> bool:
    """Whether the country word ending at ``end`` of ``text`` names air power ("Russian airstrikes", "Turkish jets")."""
    return _AIR_POWER_AFTER.match(text, end) is not None
