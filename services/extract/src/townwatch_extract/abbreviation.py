"""Abbreviations an article spells out: after "the Syrian National Army (SNA)" its "SNA" is that army, not the
catalogue's other owner of the letters (the Somali National Army); after "the Chin National Army (CNA)" its "CNA",
letters the catalogue gives no one, is that army too."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from townwatch_extract.actors import ActorCatalogue, ActorEntry, AliasMatch

__all__ = ["coined_letters", "respelt", "spelt_out"]

# "Syrian National Army (SNA)", "the Syrian National Army, or SNA,"
_BRACKET = re.compile(r"\s*(?:\(([A-Z][A-Za-z]{1,5})\)|,\s+or\s+([A-Z][A-Z]{1,5})\b)")
# a conflict monitor's actor label, the letters before the name: "SNA: Syrian National Army", "RSF: Rapid Support Forces"
_LABEL = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,5}):\s+$")


def _owned_elsewhere(letters: str, actor: ActorEntry, catalogue: ActorCatalogue) -> bool:
    """Whether the catalogue gives ``letters`` to an actor other than ``actor``."""
    owners = {a.actor.id for a in catalogue.find(letters) if a.start == 0 and a.end == len(letters)}
    return bool(owners) and actor.id not in owners


def spelt_out(
    text: str, catalogue: ActorCatalogue, found: list[AliasMatch] | None = None, countries: Collection[str] = (),
) -> dict[str, ActorEntry]:
    """Each abbreviation written in brackets right after an alias of one actor ("Syrian National Army (SNA)"), or
    before it in a monitor's label ("SNA: Syrian National Army"), that the catalogue gives to another: the letters ->
    the actor the article spells them out as (``found``: the aliases ``catalogue.find`` gives in ``text``, when the
    caller has them). A shared acronym the article never spells out ("SNA") is the owner whose countries the rest of
    the text names (``countries``: the countries it writes, with its other sides' own), when its first owner's are not
    among them: "SNA took Tal Rifaat after the SDF withdrew" is Syria's SNA."""
    out: dict[str, ActorEntry] = {}
    matches = catalogue.find(text) if found is None else found
    for m in matches:
        bracket = _BRACKET.match(text, m.end)
        label = _LABEL.search(text, max(0, m.start - 10), m.start)
        letters = bracket.group(1) or bracket.group(2) if bracket is not None else label.group(1) if label is not None else None
        if letters is not None and (
            _owned_elsewhere(letters, m.actor, catalogue) or (_coined(letters, catalogue) and _initials(letters, text[m.start:m.end]))
        ):
            out[letters] = m.actor
    if catalogue.shared:
        shared = {text[m.start:m.end] for m in matches} & catalogue.shared.keys()
        placed = set(countries) | {c for m in matches if text[m.start:m.end] not in shared for c in m.actor.countries}
        for letters in shared - out.keys():
            first, *others = sorted(catalogue.shared[letters], key=lambda e: e.id != catalogue.find(letters)[0].actor.id)
            here = [e for e in others if placed & set(e.countries)]
            if not placed & set(first.countries) and len(here) == 1:
                out[letters] = here[0]
    return out


def _coined(letters: str, catalogue: ActorCatalogue) -> bool:
    """Whether ``letters`` are an acronym the catalogue gives no one ("CNA" for the Chin National Army): a coder note
    or a monitor spells a group out once and writes its letters after ("By May 19, the CNA had captured X")."""
    return letters.isupper() and len(letters) >= 2 and not catalogue.find(letters)


def _initials(letters: str, name: str) -> bool:
    """Whether ``letters`` are the initials of ``name``, the whole name the alias matched ("CNA" of "Chin National
    Army"), not of a longer name the alias is the end of ("NSA" after "National Syrian Army", where "Syrian Army" was
    found)."""
    words = re.findall(r"[A-Za-z]+", name)
    return letters.upper() in ("".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[0].isupper()).upper())


# "Chin National Army (CNA)": a cheap test before the catalogue is asked (most articles spell nothing out)
_SPELT = re.compile(r"\(([A-Z]{2,6})\)")


def coined_letters(text: str, catalogue: ActorCatalogue) -> frozenset[str]:
    """The acronyms ``text`` spells out right after an alias of one actor that the catalogue gives no one (the
    prefilter's side test reads them as the side they stand for)."""
    if not any(_coined(m.group(1), catalogue) for m in _SPELT.finditer(text)):
        return frozenset()
    return frozenset(k for k in spelt_out(text, catalogue) if _coined(k, catalogue))


def respelt(matches: list[AliasMatch], text: str, spelt: dict[str, ActorEntry]) -> list[AliasMatch]:
    """``matches`` (found in ``text``) with the abbreviations the article spells out given to their actor, and the
    letters it coined for an actor ("the CNA") found as that actor's."""
    if not spelt:
        return matches
    out = [replace(m, actor=actor) if (actor := spelt.get(text[m.start:m.end])) is not None else m for m in matches]
    for letters, actor in spelt.items():
        if letters not in text:
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(letters)}(?![\w-])", text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in out):
                out.append(AliasMatch(hit.start(), hit.end(), actor))
    return sorted(out, key=lambda m: m.start) if len(out) > len(matches) else out
