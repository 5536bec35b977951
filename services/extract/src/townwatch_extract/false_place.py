"""False places: words a capture frame lists as its place that name no place (a cited source, a seized machine, a
people before its armed group, a noun repeated "village after village")."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.syntax import MONTH_WORDS

__all__ = ["false_place"]

# what a side seizes that is no place: "Suspected U.S. UAV captured by al Shabaab", "rebels seize army tanks";
# labelling.md: weapons, vehicles and craft taken are no change of control
_MACHINES = frozenset(
    "uav uavs drone drones tank tanks helicopter helicopters aircraft jet jets plane planes warplane vehicle vehicles"
    " truck trucks weapon weapons ammunition arms rifle rifles missile missiles vessel vessels ship ships boat boats"
    " tanker tankers cargo shipment shipments radar".split()
)

# the armed group a people's or a region's name describes: "overruns Kokang armed group's hill base" (the base of a
# group named for a people, not the people's town)
_GROUP_NOUNS = frozenset(
    "group groups rebels rebel militia militias army insurgents insurgent fighters faction factions militants"
    " guerrillas guerrilla movement alliance organization organisation".split()
)

# "liberates village after village", "one town after another": each place in turn, none named
_DISTRIBUTIVE = frozenset({"after", "by"})


def _cited(tok: Token) -> bool:
    """Whether ``tok`` stands inside a bracket that cites a source with a date ("(The Outlet, 12 May 2022)")."""
    sent = tok.sent
    opening = next((t for t in reversed(sent[: tok.i - sent.start]) if t.text in "()"), None)
    if opening is None or opening.text != "(":
        return False
    closing = next((t for t in sent[tok.i - sent.start + 1:] if t.text in "()"), None)
    if closing is None or closing.text != ")":
        return False
    inside = tok.doc[opening.i + 1: closing.i]
    # a monitor's line closes with its source in brackets: "... including Kupiansk and Izium (The Outlet, 12 May 2022)";
    # a bracket holding a month or a year beside a comma cites, it does not list a place
    dated = any(t.lower_.rstrip(".") in MONTH_WORDS or (t.like_num and len(t.text) == 4 and t.text.isdigit()) for t in inside)
    return dated and any(t.text == "," for t in inside)


def _machine(tok: Token) -> bool:
    """Whether ``tok`` heads a seized machine or load ("Suspected U.S. UAV", "the army's tanks")."""
    return tok.lower_ in _MACHINES


def _group_named(tok: Token) -> bool:
    """Whether ``tok`` names the people or region an armed group is called after, the group owning the site
    ("Kokang armed group's hill base", "the Hama rebels' camp"), read from the words, however parsed."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and j - tok.i <= 3 and (doc[j].tag_ == "JJ" or doc[j].lower_ in ("armed", "rebel", "ethnic")) \
            and doc[j].lower_ not in _GROUP_NOUNS:
        j += 1
    return j + 1 < len(doc) and doc[j].lower_ in _GROUP_NOUNS and doc[j + 1].tag_ == "POS"


def _distributive(tok: Token) -> bool:
    """Whether an anaphor is a noun repeated in turn ("village after village", "town by town"), however parsed."""
    doc, lemma = tok.doc, tok.lemma_.lower()
    after = tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in _DISTRIBUTIVE and doc[tok.i + 2].lemma_.lower() == lemma
    before = tok.i >= 2 and doc[tok.i - 1].lower_ in _DISTRIBUTIVE and doc[tok.i - 2].lemma_.lower() == lemma
    return after or before


def false_place(tok: Token, anaphor: bool) -> str | None:
    """The reason the place a frame lists at ``tok`` is no place, or None (the guard named in ``explain``)."""
    if anaphor:
        return "distributive-anaphor" if _distributive(tok) else None
    if _cited(tok):
        return "cited-source"
    if _machine(tok):
        return "seized-machine"
    if _group_named(tok):
        return "group-named"
    return None
