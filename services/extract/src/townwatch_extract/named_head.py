"""Named heads: the common noun ending a side's modified name ("Russia-backed rebels") names that side again alone.

A story that names a side once in full ("Russia-backed rebels in eastern Ukraine claimed ...", "pro-Russian
separatists") goes on with the bare noun ("Rebels claim to capture X", "the separatists"). Where the catalogue's
generic words name no side there (no war table, no actor of the place's country carrying the word), the one side the
story named with that noun as its head is the one meant. Two sides named with the same head ("Houthi rebels" and
"Tuareg rebels" in one digest) leave the bare noun unidentified.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from townwatch_extract.actors import ActorEntry, AliasMatch

__all__ = ["head_key", "named_heads", "side_by_head"]

# the people nouns a side's modified name ends with ("Russia-backed rebels", "Houthi fighters"); not a name's own last
# word ("Islamic State group", "Rapid Support Forces": "the group" in a faction commander's words is his own)
_PEOPLE = frozenset({
    "rebel", "separatist", "insurgent", "militant", "fighter", "jihadist", "islamist", "militia", "militiamen",
    "guerrilla", "paramilitarie", "paramilitary",
})


def head_key(word: str) -> str:
    """The comparable form of a head noun: lower case, plural and singular alike ("Rebels", "rebel")."""
    low = word.lower().strip(" .,;:'\"’")
    return low.removesuffix("s") if len(low) > 3 else low


def named_heads(text: str, matches: Iterable[AliasMatch]) -> dict[str, frozenset[str]]:
    """Head noun -> the ids of the sides the text names by an alias of two or more words ending in that noun written in
    lower case ("Russia-backed rebels", "Houthi rebels"; not "Islamic State", not "Free Syrian Army")."""
    heads: dict[str, set[str]] = {}
    for m in matches:
        words = text[m.start : m.end].split()
        if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower() or head_key(words[-1]) not in _PEOPLE:
            continue
        heads.setdefault(head_key(words[-1]), set()).add(m.actor.id)
    return {k: frozenset(v) for k, v in heads.items()}


def side_by_head(
    phrase: str, heads: Mapping[str, frozenset[str]], entries: Mapping[str, ActorEntry], place_cc: str | None
) -> ActorEntry | None:
    """The one side the story named with the bare phrase's head noun, where it fights at the place; else None."""
    words = phrase.split()
    if not words or len(words) > 2:
        return None  # "the rebels", "rebels"; a longer phrase says more than the head
    ids = heads.get(head_key(words[-1]), frozenset())
    if len(ids) != 1:
        return None
    entry = entries.get(next(iter(ids)))
    if entry is None or (place_cc and entry.countries and place_cc not in entry.countries):
        return None
    return entry
