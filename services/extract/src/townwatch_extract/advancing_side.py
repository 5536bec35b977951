"""Advancing side: the other side a headline's "as Z advance" / "as Z withdraws" clause names for a one-sided move."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.frames import Frame
from townwatch_extract.lexicon import TriggerClass

__all__ = ["with_advancing_side"]

# "Syrian troops withdraw from Aleppo as rebels advance", "Afghan forces leave X as Taliban close in": the side whose
# advance the withdrawal is set against took the town (spent headline sets lab35 three lines; wire copy 2012-2016).
# "Z seize A as Kurdish SDF withdraws", "Z advances into A after SDF withdrawal": the side that withdrew lost it
# (lab36 three lines). A generic noun ("rebels") is named here only: the story's other named side is the adversary's.
# (an arrival, "as Iraqi troops move in", is ``extractor._arriving_side``'s, which leaves an ally's own force alone)
_ADVANCING = frozenset({"advance", "close", "push", "press", "sweep", "approach", "storm"})
_WITHDRAWING = frozenset({"withdraw", "retreat", "pull", "flee", "leave", "withdrawal", "pullout", "pull-out"})
_MARKS = frozenset({"as", "after", "following", "while"})
# what may follow the clause's verb: another phrase of the line ("as SDF withdraws amid clashes", "in", "on")
_AFTER_MOVE = frozenset({"amid", "in", "on", "from", "to", "into", "toward", "towards", ",", ":", "-"})
# the words of a side's noun phrase in a broken parse ("U.S.-Backed Kurds", "Kurdish SDF", "Syrian rebels")
_PHRASE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VBN", "HYPH", "_SP", "DT", "."})
_GENERIC = frozenset({"troops", "forces", "fighters", "army", "military", "soldiers", "rebels", "militants", "insurgents", "jihadists"})


def _clause_side(head: Token) -> Token | None:
    """The side of a clause or noun: a verb's subject ("rebels advance"), a noun's capitalised modifier ("SDF
    withdrawal", "Kurdish SDF withdraws" read as a noun)."""
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is not None:
        return subject
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.tag_ in ("NNS", "NNP", "NNPS") and before.dep_ in ("dep", "pobj", "compound", "nsubj"):
        return before  # (the flat parse: "as rebels advance", "as U.S.-Backed Kurds Withdraw")
    if head.pos_ in ("NOUN", "PROPN"):
        return next(
            (c for c in reversed(list(head.lefts)) if c.dep_ in ("compound", "poss", "amod") and c.text[:1].isupper() and c.tag_ != "JJ"), None
        )
    return None


def _other_move(trigger: Token, lemmas: frozenset[str]) -> Token | None:
    """The clause or noun after "as" / "after" on ``trigger`` whose verb or noun is one of ``lemmas``."""
    for c in trigger.children:
        if c.dep_ == "advcl" and c.lemma_.lower() in lemmas and any(m.dep_ == "mark" and m.lower_ in _MARKS for m in c.children):
            if not any(m.dep_ in ("neg", "aux", "dobj") for m in c.children):  # (never "as Russia advances a plan")
                return c
        if c.dep_ == "prep" and c.lower_ in _MARKS:
            obj = next((o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in lemmas), None)
            if obj is not None:
                return obj
    return _flat_move(trigger, lemmas)


def _flat_move(trigger: Token, lemmas: frozenset[str]) -> Token | None:
    """The same clause where the parse left it flat or broke it ("as rebels advance" as three ``dep`` words, "as
    U.S.-Backed Kurds Withdraw" as two objects of "as"): a mark, a noun phrase, the verb, then the line's end or
    another phrase."""
    words = [t for t in trigger.doc[trigger.i + 1 :] if not t.is_punct or t.text in ("-", ".")]
    for k, mark in enumerate(words):
        if mark.lower_ not in _MARKS:
            continue
        for n in range(k + 2, min(k + 6, len(words))):
            verb = words[n]
            if verb.lemma_.lower() not in lemmas and verb.lower_ not in lemmas:
                continue
            phrase = words[k + 1 : n]
            after = words[n + 1] if n + 1 < len(words) else None
            if phrase[-1].tag_ in ("NNS", "NNP", "NNPS") and (after is None or after.lower_ in _MARKS | _AFTER_MOVE) and all(
                t.tag_ in _PHRASE_TAGS for t in phrase
            ):
                return verb
    return None


def with_advancing_side(frame: Frame) -> Frame:
    """``frame`` with the side its trigger's "as"-clause names where the frame names none on that side."""
    trigger = frame.trigger
    if frame.cls == TriggerClass.LOSE and frame.gaining is None and frame.losing is not None:
        move = _other_move(trigger, _ADVANCING)
        side = _clause_side(move) if move is not None else None
        if side is not None and side.i != frame.losing.i:
            return replace(frame, gaining=side)
    elif frame.cls in (TriggerClass.GAIN, TriggerClass.EXPEL) and frame.gaining is not None and frame.losing is None:
        move = _other_move(trigger, _WITHDRAWING)
        side = _clause_side(move) if move is not None else None
        if side is not None and side.i != frame.gaining.i and side.lower_ not in _GENERIC:
            return replace(frame, losing=side)
    return frame
