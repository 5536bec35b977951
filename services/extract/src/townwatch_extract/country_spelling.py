"""A side's alias under the country's other written name: "Türkiye-backed factions" for "Turkey-backed factions".

Since 2022 Turkey's own spelling, Türkiye (and Turkiye without the diacritic), is the house style of Anadolu, TRT,
Daily Sabah and others that report northern Syria; the catalogue lists the sponsored sides as "Turkey-backed" and
"Turkish-backed". Without the variant "Turkiye-backed forces" is read by its bare noun ("forces" in Syria: the army),
the opposite side. Explicit aliases win over these variants.
"""

from __future__ import annotations

import re

__all__ = ["country_spelling_variants"]

# the country written as an adjective-forming prefix of a sponsor compound ("Turkish-backed", "pro-Turkey")
_PREFIX = re.compile(r"\b(?:Turkey|Turkish)(?=-)|(?<=pro-)(?:Turkey|Turkish)\b")
_OWN_NAMES = ("Türkiye", "Turkiye")


def country_spelling_variants(alias: str) -> list[str]:
    """The alias with the country's own spellings ("Turkish-backed rebels" -> "Türkiye-backed rebels", "Turkiye-backed
    rebels"); nothing for an alias that does not name the country in a compound."""
    if _PREFIX.search(alias) is None:
        return []
    return [_PREFIX.sub(name, alias) for name in _OWN_NAMES]
