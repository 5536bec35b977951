"""Quotes: the side that speaks a quote whose attribution comes only after its last sentence."""

from __future__ import annotations

import re

from townwatch_extract.actors import ActorCatalogue, ActorEntry

__all__ = ["official_speaker", "quote_attribution", "quote_side", "trailing_speaker"]

# '... peacefully today. The town is now under our control," said Sheikh X, al Shabaab's military spokesman.'
# (or with the speaker first: '... Andriivka is ours. We are consolidating," Deputy Defence Minister X said')
_ATTRIBUTION = re.compile(
    r"[,.!?]?[\"”]\s+(?:(?:said|says|told\s+\w+|added)\s+(?P<after>[^.\"“”]{3,160})"
    r"|(?P<before>[^.\"“”]{3,120}?)\s+(?:said|says|told|added|wrote|posted)\b)"
)
_CLOSE = re.compile(r"[\"”]")
# a first-person line whose quote marks a monitor dropped: "We now control A and B, an official with the MNLA said by
# telephone", "We lost control over A and B, said the regional governor"
_SAID_AFTER = re.compile(
    r",\s+(?:(?:said|says|added)\s+(?P<after>[^,.;\"“”]{3,120})|(?P<before>(?:an?|the)\s[^,;\"“”]{3,120}?)\s+"
    r"(?:said|says|added|told\s+\w+|admitted|conceded))\b[^;\"“”]*$"
)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us)\b", re.I)
# a speaker who speaks for the state of the place ("the president of the transition", "the regional governor", "a
# spokesman for the governor of Anbar"): "our forces" are its forces
_OFFICE = re.compile(
    r"\b(?:president|prime\s+minister|minister|ministry|governor|governorate|mayor|army|military|defen[cs]e|"
    r"presidency|government|general\s+staff|chief\s+of\s+staff|commander)\b",
    re.I,
)
_NOT_STATE = re.compile(r"\b(?:rebels?|militants?|insurgents?|group|movement|front|faction|separatists?|jihadists?)\b", re.I)


def quote_attribution(text: str, start: int, end: int) -> str | None:
    """The attribution of the quote the sentence ``start:end`` opens (after the quote's last sentence), or None."""
    if not text[start:end].lstrip().startswith(("\"", "“")) or _CLOSE.search(text, start + 1, end):
        return None  # not an opening quote, or a quote closed in its own sentence (its own attribution is parsed)
    close = _ATTRIBUTION.search(text, end, end + 400)
    if close is None or _CLOSE.search(text, end, close.start()):
        return None
    return close.group("after") or close.group("before")


def quote_side(text: str, start: int, end: int, catalogue: ActorCatalogue) -> ActorEntry | None:
    """The armed side named in the attribution that closes the quote the sentence ``start:end`` opens ("We have taken
    X town," said the group's spokesman), within the next 400 characters; None when the sentence is no quote's start
    or the attribution names no side."""
    said = quote_attribution(text, start, end)
    found = catalogue.find(said) if said is not None else []
    return found[0].actor if found else None


def trailing_speaker(text: str, start: int, end: int, following: str = "") -> str | None:
    """Who speaks a first-person line told without quote marks: the attribution closing its own sentence ("We now
    control A and B, an official with the MNLA said"), or the next sentence's when that one is first person too
    ("Our forces have seized X. Our mission is not over, the president said"); None when neither closes on one."""
    own = text[start:end].strip().strip("\"“”")
    if _CLOSE.search(text, start, end) is None and (found := _SAID_AFTER.search(own)) is not None:
        return found.group("after") or found.group("before")
    nxt = following.strip()
    if len(nxt) < 200 and _FIRST_PERSON.match(nxt) and (found := _SAID_AFTER.search(nxt)) is not None:
        return found.group("after") or found.group("before")
    return None


def official_speaker(said: str | None) -> bool:
    """Whether an attribution names an office of a state ("the Lugansk regional governor", "the president of the
    transition"), whose "we" and "our forces" are the state's forces, rather than a group's official."""
    return said is not None and _OFFICE.search(said) is not None and _NOT_STATE.search(said) is None
