"""Bracket areas: an editor's "[Luhansk oblast]" after a town's name, read like a monitor's "(Luhansk oblast)"."""

from __future__ import annotations

import re

__all__ = ["bracketed_areas"]

# A translated day report places a town by an editor's square brackets: "took control over three towns: A [Luhansk
# oblast], B and C". The monitors' round brackets after a name are read as where it lies (monitor_note); the square
# ones broke the list after its first name. Only a bracket right after a capitalised name, holding one to four
# capitalised words closed by an administrative noun, becomes a round one (same length): an editor's other brackets
# ("[Russian forces] took X", "[the town]") keep theirs.
_BRACKET_AREA = re.compile(
    r"(?<=[A-Za-z’'-]) \[((?:[A-Z][\w'’.-]*[ -]){1,4}(?:oblast|region|province|governorate|district|raion|state))\]"
)


def bracketed_areas(text: str) -> str:
    """``text`` with each "<Name> [<Area> <admin noun>]" written with round brackets (same length)."""
    if "[" not in text:
        return text
    return _BRACKET_AREA.sub(lambda m: " (" + m.group(1) + ")", text)
