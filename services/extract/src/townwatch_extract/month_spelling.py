"""Misspelt month names: a long month's name with two letters swapped or one dropped, as wire copy types them.

Real reports write "On Januray 1, the army retook X" in a story filed two weeks later; read as no date, the older
capture is told as the day's news. A long name (five letters or more) with two neighbouring letters swapped
("Januray", "Feburary", "Setpember") or, for the longest (seven letters or more), one inner letter dropped ("Febuary",
"Decmber") is no English word and reads as the month. Short names (May, June, July) and abbreviations are left
alone: too short for a swap to be told from another word.
"""

from __future__ import annotations

__all__ = ["MISSPELT_MONTHS"]

_FULL = ("january", "february", "march", "april", "august", "september", "october", "november", "december")


def _variants(name: str) -> set[str]:
    out: set[str] = set()
    if len(name) >= 5:
        # two neighbouring letters swapped, never the first (a name is not misspelt in its capital)
        out.update(name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, len(name) - 1))
    if len(name) >= 7:
        # one inner letter dropped
        out.update(name[:i] + name[i + 1 :] for i in range(1, len(name) - 1))
    return out - {name}


def _table() -> dict[str, int]:
    months = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"), start=1)}
    table: dict[str, int] = {}
    for name in _FULL:
        for variant in _variants(name):
            if variant not in months:
                table[variant] = months[name]
    return table


# a misspelt month's name -> its number
MISSPELT_MONTHS: dict[str, int] = _table()
