"""Abbreviations an article spells out: after "the Syrian National Army (SNA)" its "SNA" is that army, not the
catalogue's other owner of the letters (the Somali National Army)."""

from __future__ import annotations

import re
from dataclasses import replace

from townwatch_extract.actors import ActorCatalogue, ActorEntry, AliasMatch

__all__ = ["respelt", "spelt_out"]

# "Syrian National Army (SNA)", "the Syrian National Army, or SNA,"
_BRACKET = re.compile(r"\s*(?:\(([A-Z][A-Za-z]{1,5})\)|,\s+or\s+([A-Z][A-Z]{1,5})\b)")


def spelt_out(text: str, catalogue: ActorCatalogue, found: list[AliasMatch] | None = None) -> dict[str, ActorEntry]:
    """Each abbreviation written in brackets right after an alias of one actor ("Syrian National Army (SNA)") that
    the catalogue gives to another: the letters -> the actor the article spells them out as (``found``: the aliases
    ``catalogue.find`` gives in ``text``, when the caller has them)."""
    out: dict[str, ActorEntry] = {}
    for m in catalogue.find(text) if found is None else found:
        bracket = _BRACKET.match(text, m.end)
        if bracket is None:
            continue
        letters = bracket.group(1) or bracket.group(2)
        owners = {a.actor.id for a in catalogue.find(letters) if a.start == 0 and a.end == len(letters)}
        if owners and m.actor.id not in owners:
            out[letters] = m.actor
    return out


def respelt(matches: list[AliasMatch], text: str, spelt: dict[str, ActorEntry]) -> list[AliasMatch]:
    """``matches`` (found in ``text``) with the abbreviations the article spells out given to their actor."""
    if not spelt:
        return matches
    return [replace(m, actor=actor) if (actor := spelt.get(text[m.start:m.end])) is not None else m for m in matches]
