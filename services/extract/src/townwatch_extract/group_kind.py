"""Group kinds: the words that say what kind of armed group "the group" is, not which one it is."""

from __future__ import annotations

__all__ = ["GROUP_KINDS"]

# "Around that same time the terror group seized X", "the jihadist group later took Y": a word of kind before "group"
# leaves it the group the text named before, as a bare "the group" is (extractor._is_group_side); a name ("the Wagner
# group"), a place ("the Kokang group") or an appositive name ("the militant group Al Shabaab") still blocks it.
GROUP_KINDS = frozenset({
    "terror", "terrorist", "militant", "jihadist", "jihadi", "extremist", "islamist", "insurgent", "rebel", "armed",
    "radical", "hardline", "separatist", "ultraconservative",
})
