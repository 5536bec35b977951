"""The other nouns a side's "pro-X forces" / "forces loyal to X" alias is written with: "pro-Hadi tribesmen".

The catalogue lists a leader's followers once, with "forces" ("pro-Hadi forces", "forces loyal to President Hadi");
reporting writes the same followers as fighters, tribesmen, militiamen or gunmen. Without the variant the phrase is read
by its bare noun ("fighters" in Yemen: the Houthis), the opposite side. Explicit aliases win over these variants.
"""

from __future__ import annotations

import re

__all__ = ["loyal_variants"]

# the nouns an armed following is called by besides "forces"
_FOLLOWERS = ("fighters", "troops", "militias", "militiamen", "tribesmen", "gunmen", "loyalists", "units", "soldiers", "militants")
_PRO = re.compile(r"^(pro-[^\s]+) forces$", re.I)
_LOYAL = re.compile(r"^forces (loyal to .+)$", re.I)


def loyal_variants(alias: str) -> list[str]:
    """The alias with each other follower noun ("pro-Hadi forces" -> "pro-Hadi fighters", ...; "forces loyal to
    Hadi" -> "fighters loyal to Hadi", ...); nothing for an alias of another shape."""
    if (m := _PRO.match(alias)) is not None:
        return [f"{m.group(1)} {noun}" for noun in _FOLLOWERS]
    if (m := _LOYAL.match(alias)) is not None:
        return [f"{noun} {m.group(1)}" for noun in _FOLLOWERS]
    return []
