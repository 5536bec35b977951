"""A side's name the parse splits into pieces ("the Hayat Tahrir al-Sham (HTS) gained": "Tahrir" the subject alone)."""

from __future__ import annotations

from townwatch_extract.actors import ActorCatalogue, ActorEntry

__all__ = ["split_name"]


def split_name(text: str, start: int, head: int, catalogue: ActorCatalogue, place_cc: str | None) -> ActorEntry | None:
    """The catalogued actor whose alias, written from ``start`` (where the phrase begins in ``text``), runs over the
    head word at ``head`` and on past the words the parse gave it ("the Hayat Tahrir" of "the Hayat Tahrir al-Sham"),
    or None."""
    window = text[start : head + 60]
    for m in catalogue.find(window):
        if m.start <= head - start < m.end and catalogue.names_here(m, window, place_cc):
            return m.actor
    return None
