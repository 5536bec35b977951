"""A name GeoNames lacks that the report itself anchors as a settlement, and the country the anchor puts it in.

The tagger reads many small villages as people or peoples ("took full control of Imam Hamdan", "took Rybatske in the
Zaporizhzhia region"), so a weak verb's object it tags so resolves to nothing. The report often says what the name is:
right after it, a known town of a war it lies near or a bearing away from ("X, near Aleppo", "X, 10 km south of
Mosul") or a province of a war ("X in the Zaporizhzhia region"); or anywhere in the text, a settlement noun set with it
("Imam Hamdan, a village south of Mosul", "the village of X", "X village"). Such a name is a place as written there.
Looked for only when a frame's place resolved to nothing (no cost on other articles).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from townwatch_extract.lexicon import TOPONYM_HEADS
from townwatch_extract.located import located_country, near_country
from townwatch_extract.named_place import is_terrain
from townwatch_extract.non_site import names_building
from townwatch_gazetteer import Gazetteer

__all__ = ["Anchor", "name_anchor", "settlement_anchor"]

# a settlement noun that is no compound's first word: "a town official", "X town council" name a person or a body
_KINDS = (
    r"(?:village|town|township|settlement|hamlet|locality)\b(?!\s+(?:officials?|elders?|council(?:lor|or)?s?|mayors?|chiefs?|"
    r"leaders?|residents?|hall|square|natives?|man|men|woman|women|guards?|police|administrators?|governors?)\b)"
)
# "X, a village south of Mosul", "X, a small farming village", "X, the last town held by ..."
_APPOSED = r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}" + _KINDS
# "the village of X", "the frontline town of X"
_OF = r"\b(?:village|town|township|settlement|hamlet|locality)s?\s+of\s+"
# "X is the first township to come under ...", "X was a small farming village" (Myanmar's townships are named for their
# towns: "Paletwa township")
_IS = r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}" + _KINDS
# "X village", "X town" (lower case: "Adigrat Town" is the name written in full)
_AFTER = r"\s+" + _KINDS
_REACH = 160
# what the tagger may call a village it does not know (a man, a people, a body): never a date, a number or a work
_NEVER_PLACE_ENTS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY EVENT LAW WORK_OF_ART PRODUCT LANGUAGE".split())
_ACRONYM = re.compile(r"[A-Z0-9]{2,6}$")


# "the army took Brigadier X", "took X prisoner": a man, not a village
_RANKS = frozenset(
    "brigadier general gen colonel col major maj captain capt lieutenant lt commander cmdr sergeant sgt private president "
    "minister governor mayor mr mrs ms dr emir prince king chief".split()
)
_PERSON_TAKEN = re.compile(r"^[^.;:]{0,40}?\b(?:prisoners?|hostages?|captives?|into custody|in custody)\b", re.I)


def name_anchor(tok: Token, span: Span, name: str, text: str, gazetteer: Gazetteer, war: Collection[str]) -> Anchor | None:
    """How the report anchors the unresolved place ``tok`` (written ``name`` over ``span``; ``text`` the whole report)
    as a settlement, or None: none when it may be no village's name at all (``anchorable_token``), a building, or a man
    the tagger says it is that only a near town or a province places (``person_tag_says_little``)."""
    misread = _misread_opening(tok)
    if len(name) < 3 or names_building(name) or is_terrain(name) or not (anchorable_token(tok) or misread):
        return None  # "took X Hospital near Aleppo": a building, not a village ("the X Forest in Borno": ground)
    anchor = settlement_anchor(name, tok.doc.text[span.end_char : tok.sent.end_char], text, gazetteer, war)
    if misread and (anchor is None or not anchor.called):
        return None  # a sentence's first word read as a common noun is a name only where the text calls it a settlement
    if anchor is not None and not anchor.called and any(t.ent_type_ == "PERSON" for t in span) and not person_tag_says_little(name):
        return None  # "rebels seized Abu Hamza in Idlib province": only a settlement noun outweighs the tagger's man
    return anchor


def _misread_opening(tok: Token) -> bool:
    """A one-word name opening its sentence that the tagger read as a plural common noun ("Paletwa is the first
    township to come under the control of Z": NNS), which only a settlement noun set with it makes a place."""
    return (
        tok.i == tok.sent.start and tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.text[1:].islower()
        and not any(c.dep_ == "compound" for c in tok.children)
    )


def anchorable_token(tok: Token) -> bool:
    """Whether a frame's unresolved place may be a village's name at all: a singular proper noun, every word of it
    capitalised (after an "al-"), no acronym ("took the SNA"), no date, number, vehicle or work ("took Bradleys"), no
    rank before a man's name ("took Brigadier X") and no man taken prisoner ("took X prisoner")."""
    words = [t for t in tok.subtree if t.dep_ == "compound" or t == tok]
    first = min(words, key=lambda t: t.i)
    if first.i > 0 and tok.doc[first.i - 1].lower_.rstrip(".") in _RANKS:
        return False
    if first.lower_.rstrip(".") in _RANKS or _PERSON_TAKEN.match(tok.doc.text[tok.idx + len(tok.text) : tok.sent.end_char]):
        return False
    return tok.pos_ == "PROPN" and tok.tag_ != "NNPS" and all(
        t.ent_type_ not in _NEVER_PLACE_ENTS and not _ACRONYM.match(t.text) and _capitalised(t.text) for t in words
    )


_DOUBLE_GIVEN = re.compile(r"[A-Z][a-z]+-[A-Z]")  # "Jean-Marc"
_KUNYA = frozenset({"abu", "abou", "umm", "um", "ibn", "bin", "bint"})


def person_tag_says_little(name: str) -> bool:
    """Whether the tagger's "person" on a name placed only near a town or in a province says little: the small model
    calls most villages it does not know people ("took Rybatske in the Zaporizhzhia region", "took Tal Hadid near
    Aleppo"). One plain word, or a name a settlement word opens ("Tal", "Kafr", "Deir"), is likelier a village; two
    words otherwise ("Jean-Marc Kouro"), a hyphenated first name, or a kunya ("Abu Hamza") are a man's."""
    words = name.split()
    first = words[0].lower()
    if first in _KUNYA:
        return False
    if first in TOPONYM_HEADS:
        return True
    return len(words) == 1 and not _DOUBLE_GIVEN.match(name)  # ("al-Zahraa" is a village's article)


def _capitalised(word: str) -> bool:
    bare = re.sub(r"^(?:al|el|ad|as|ash|ar|an|at|az|ez|ed)-", "", word)
    return bare[:1].isupper()


@dataclass(frozen=True)
class Anchor:
    """What anchors the name: the country it puts the name in (None: the story's own), and whether the text calls the
    name a settlement outright (a noun), not only places it near a town or in a province."""

    country: str | None
    called: bool


def settlement_anchor(name: str, after: str, text: str, gazetteer: Gazetteer, war: Collection[str]) -> Anchor | None:
    """How the report anchors ``name`` (written in a frame's place, ``after`` the rest of its sentence; ``text`` the
    whole report): a town of a war it is near or a bearing from, a war's province it lies in, or a settlement noun the
    text sets it with anywhere; None when nothing anchors it."""
    cc = near_country(after, gazetteer, war) or _war_country(located_country(after, gazetteer, war), war)
    called = _called(name, text, gazetteer, war)
    if called is not None:
        return Anchor(cc or called[0], True)
    return Anchor(cc, False) if cc is not None else None


def _called(name: str, text: str, gazetteer: Gazetteer, war: Collection[str]) -> tuple[str | None] | None:
    """Whether the text sets ``name`` with a settlement noun, and the war country that mention puts it in."""
    quoted = re.escape(name)
    for m in re.finditer(rf"(?<![\w'’-]){quoted}(?:{_APPOSED}|{_AFTER}|{_IS})|{_OF}{quoted}(?![\w'’-])", text):
        rest = text[m.end() : m.end() + _REACH].split("\n")[0]
        return (near_country(rest, gazetteer, war) or _war_country(located_country(rest, gazetteer, war), war),)
    return None


def _war_country(cc: str | None, war: Collection[str]) -> str | None:
    return cc if cc is not None and cc in war else None
