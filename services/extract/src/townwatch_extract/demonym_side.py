"""Demonym side: a country's word before an armed side's common noun ("Syrian rebels") names its rebels, not its state."""

from __future__ import annotations

import re

__all__ = ["UnnamedSide", "unnamed_after"]

# the common nouns of an armed side the text does not name, after a country's word: "Syrian rebels", "Libyan rebel
# forces", "Somali militants", "Afghan insurgents" (the plural's singular is the word an unnamed side is filed under)
_NOUNS = {
    "rebels": "rebel",
    "rebel": "rebel",
    "insurgents": "insurgent",
    "militants": "militant",
    "jihadists": "jihadist",
    "separatists": "separatist",
    "islamists": "islamist",
    "gunmen": "gunman",
    "extremists": "extremist",
    # "Syrian opposition groups said they took control of X": the country's armed opposition, its rebels
    "opposition": "rebel",
}
# (not a militia: "Iraqi militias", "Syrian militiamen" fight for their state as often as against it)
_AFTER = re.compile(r"\s+(?:hard-line\s+|hardline\s+|islamist\s+)?([a-z]+)\b", re.IGNORECASE)


class UnnamedSide(str):
    """A side "they" stands for that the text names only by a country's word and a common noun: its country code,
    with the noun's singular as ``word`` ("Syrian rebels" -> "SY", word "rebel")."""

    word: str

    def __new__(cls, cc: str, word: str) -> UnnamedSide:
        side = super().__new__(cls, cc)
        side.word = word
        return side


def unnamed_after(text: str, end: int) -> str | None:
    """The singular of the armed side's common noun right after a country's word ending at ``end`` ("Syrian
    rebels took X": "rebel"), or None ("Syrian troops", "Syrian officials", "Syrian territory")."""
    found = _AFTER.match(text, end)
    return _NOUNS.get(found.group(1).lower()) if found is not None else None
