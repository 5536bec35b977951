"""Handover headlines: a change told as one side leaving a town and another going in ("Houthis re-enter X after
government-allied forces leave", "Z control areas in X after withdrawal of Y", "ministers return to X as Z retreat").

The side going in gains the town; the side leaving loses it. A crowd going back ("residents return to X as the
militants retreat") names no gaining side, and a leaving still to come ("must leave", "to withdraw", "plan to pull
out") is no change at all. Read only in headlines: a story's sentences have their own frames.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from townwatch_extract.frames import Frame, PlaceRef, place_refs
from townwatch_extract.lexicon import TriggerClass

__all__ = ["handover_frames"]

# the going in: "re-enter X", "return to X", "control (areas in) X"
_ENTER = frozenset({"enter", "enters", "entered", "reenter", "reenters", "reentered", "return", "returns", "returned", "control", "controls"})
_RE = frozenset({"re", "re-"})
# the leaving, after "after / as / following": "forces leave", "a sudden withdrawal of Y", "Houthis retreat"
_LEAVE = frozenset(
    """leave leaves left withdraw withdraws withdrew withdrawn withdrawal retreat retreats retreated pullout
    pull-out exit exits""".split()
)
_LINKS = frozenset({"after", "as", "following", "amid"})
# a leaving still to come, or none at all
_NOT_YET = frozenset("to must will would could may might should plan plans vow vows threaten threatens refuse refuses no not".split())
# who goes back without being a side
_CROWDS = frozenset(
    """residents refugees civilians villagers families people locals displaced thousands hundreds students traders
    shoppers fishermen farmers pilgrims tourists fans""".split()
)
_AREA_WORDS = frozenset({"areas", "parts", "part", "neighbourhoods", "neighborhoods", "districts", "positions"})


def _leaving(doc: Doc, link: Token) -> tuple[Token, Token | None] | None:
    """The leaving word after ``link`` and the side that leaves (its subject, or "of Y" after "withdrawal")."""
    window = doc[link.i + 1 : link.i + 9]
    for tok in window:
        if tok.lower_ in _NOT_YET or tok.text in (",", ";", ":", "|"):
            return None
        if tok.lower_ in _LEAVE:
            if tok.lower_ in ("withdrawal", "pullout", "pull-out"):
                of = next((t for t in doc[tok.i + 1 : tok.i + 3] if t.lower_ in ("of", "by")), None)
                side = doc[of.i + 1 : of.i + 6] if of is not None else None
                leaver = next((t for t in reversed(side) if t.pos_ in ("NOUN", "PROPN")), None) if side is not None else None
                return tok, leaver
            before = [t for t in doc[link.i + 1 : tok.i] if t.pos_ in ("NOUN", "PROPN")]
            return (tok, before[-1]) if before else None
    return None


def handover_frames(doc: Doc) -> list[Frame]:
    """"Houthis re-enter Hodeidah after gov't-allied forces leave": one frame whose place is the town entered."""
    out: list[Frame] = []
    for link in doc:
        if link.lower_ not in _LINKS or link.i < 3:
            continue
        left = _leaving(doc, link)
        if left is None:
            continue
        trigger, leaver = left
        head = doc[: link.i]
        verb = next((t for t in head if t.lower_ in _ENTER), None)
        if verb is None or any(t.lower_ in _NOT_YET for t in head[: verb.i]):
            continue
        if verb.lower_.startswith("enter") and not (verb.i > 0 and doc[verb.i - 1].lower_ in _RE | {"-"}):
            continue  # a bare "enter X" is a raid as often as a capture; "re-enter" goes back to hold it
        start = verb.i + 1 + (verb.lower_.startswith("return") and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to")
        if verb.lower_.startswith("control"):
            if start < len(doc) and doc[start].lower_ in _AREA_WORDS and start + 1 < len(doc) and doc[start + 1].lower_ == "in":
                start += 2  # "control areas in X": part of the town
            partial = start > verb.i + 1
        else:
            partial = False
        names = [t for t in doc[start : link.i] if t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN")]
        if not names:
            continue
        places = place_refs(names[-1]) or [PlaceRef(names[-1])]
        subjects = [t for t in head[: verb.i] if t.is_alpha and t.lower_ not in _RE and (t.pos_ in ("NOUN", "PROPN") or t.text[:1].isupper())]
        gainer = subjects[-1] if subjects else None
        if gainer is not None and gainer.lower_ in _CROWDS:
            continue  # "refugees return to X as the militants retreat": the aftermath, told for the crowd
        if gainer is not None and gainer.lower_ in ("ministers", "minister", "officials", "government"):
            gainer = None  # who returns to govern names the side only by office
        if partial:
            places = [replace(r, partial=True) for r in places]
        kind = TriggerClass.GAIN if gainer is not None else TriggerClass.LOSE
        out.append(Frame(verb if verb.lower_.startswith("return") else trigger, kind, "active", places=places, gaining=gainer, losing=leaver, needs_known=True))
    return out
