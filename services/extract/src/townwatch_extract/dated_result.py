"""Dated result: a monitor's "advanced from A to retake X on <date>", an infinitive of result told as done."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["dated_result"]

# the movements a side makes "to retake X" (never "plan", "vow", "try": those are intentions, modality's)
_MOVES = frozenset({"advance", "push", "press"})
_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)
# what turns the move into an attempt or leaves it open ("but were repelled", "in an attempt to")
_UNDONE = frozenset({"but", "attempt", "bid", "effort", "repel", "fail", "halt", "stall", "stop", "beat", "repulse"})


def _dated(verb: Token) -> bool:
    """The verb's clause carries its own day: "on November 7", "on Monday" (also after an appositive the parser hangs
    it on: "to retake X, north of Y, on November 7"), never a day inside a clause of its own."""
    return any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.dep_ == "pobj" and o.lower_ in _DAY_WORDS for o in p.children)
        and not any(a.pos_ in ("VERB", "AUX") for a in p.ancestors if a.i != verb.i and verb in a.ancestors)
        for p in verb.subtree
    )


def dated_result(tok: Token) -> bool:
    """"The Peshmerga advanced from the mountain to retake X on November 7": a monitor's infinitive of result under a
    past movement, dated on the infinitive itself, is the retaking done that day; never a movement still told as an
    attempt ("advanced to retake X but were repelled"), nor one without its day, nor "plan to advance to retake X"."""
    head = tok.head
    if tok.dep_ not in ("advcl", "xcomp") or head == tok or head.lemma_.lower() not in _MOVES or head.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in head.children) or head.dep_ in ("xcomp", "ccomp", "advcl", "pcomp"):
        return False  # "plan to advance / have not advanced / were pushed": the movement itself is not told as done
    sentence = tok.sent
    if any(t.lemma_.lower() in _UNDONE for t in sentence):
        return False
    # the day on the infinitive, or hung on the movement after it ("to retake X, north of Y, on November 7")
    return _dated(tok) or any(
        p.dep_ == "prep" and p.lower_ == "on" and p.i > tok.i and any(o.dep_ == "pobj" and o.lower_ in _DAY_WORDS for o in p.children)
        for p in head.children
    )
