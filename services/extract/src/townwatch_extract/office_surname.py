"""The state a person's office names, kept for the surname all through the article: a story that introduces "Iraqi
Prime Minister Haider al-Abadi" or "Sudan's army chief Abdel Fattah al-Burhan" calls him "Abadi" / "Burhan" after, and
in its headline ("Abadi declares Tikrit liberated", "Duterte says Marawi liberated"): the state he heads speaks."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["office_surnames"]

# a country or its demonym (checked by the gazetteer), then a head of state's, a government's or an army's office, then
# the name: one to three capitalised words ("al-Burhan", "Rodrigo Duterte", "Abdel Fattah al-Burhan")
_OFFICE = re.compile(
    r"(?<![\w-])([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s)? (?:acting |interim )?"
    r"(?:[Pp]resident|[Pp]rime [Mm]inister|PM|[Pp]remier|[Cc]hancellor|[Dd]efen[cs]e [Mm]inister|"
    r"(?:[Aa]rmy|[Mm]ilitary) (?:[Cc]hief|[Cc]ommander|[Ll]eader))"
    r",? ((?:(?:[A-Z][\w'’]*|al|el)[-‐ ]){0,3}[A-Z][\w'’]+)"
)
# an office the man no longer holds or never held for the state: "former President X", "opposition leader"
_NOT_HELD = re.compile(r"(?:\b(?:former|ex|exiled|ousted|deposed|rebel|opposition|self-declared|self-styled)[- ]?)$", re.I)


def office_surnames(text: str, country_code: Callable[[str], str | None]) -> dict[str, str]:
    """Each surname (the name's last word, and its part after "al-" / "el-") the article gives an office of a
    country's state, with that country's code; a surname two countries' offices share is dropped."""
    found: dict[str, set[str]] = {}
    for m in _OFFICE.finditer(text):
        words = m.group(1).split()
        if _NOT_HELD.search(text, max(0, m.start() - 12), m.start()) or _NOT_HELD.search(words[0] + " "):
            continue  # ("Former Iraqi Prime Minister ...": the regex may take "Former" as the country's first word)
        cc = country_code(m.group(1)) or country_code(words[-1])
        if cc is None:
            continue
        last = re.split(r"[ ]", m.group(2))[-1]
        for key in {last, re.sub(r"^(?:al|el)[-‐]", "", last)}:
            if len(key) > 2:
                found.setdefault(key, set()).add(cc)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}
