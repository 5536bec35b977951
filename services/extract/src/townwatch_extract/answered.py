"""A capture answered in its own sentence: one side takes a place and another side takes it back in the next clause.

The constructions, read from conflict monitors' coder notes (never copied here):

- "Z overtook the area, and later, Y regained control over the area";
- "Z seized the town, but the army later retook it";
- "Z captured X on Monday and troops recaptured it hours later".

The place ends the report where it began, so neither reading is a change (labelling.md, "Reversals"). Left as they
were: the second clause on another place ("took A, and later the army regained control of B"), the same side going on
("took A and later they seized B", "... and then it took the town"), an attempt ("... and troops later tried to retake
it"), and a second clause with no side of its own ("seized X and later withdrew": ``undone.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass

__all__ = ["answered"]

# the second clause told as what came next ("and later, Y regained control", "but the army later retook it")
_THEN = frozenset("then later afterwards afterward subsequently eventually".split())
# the words a second clause names the same place by: a pronoun or a definite place noun
_SAME_PLACE = frozenset("it area town village city locality district neighbourhood neighborhood settlement".split())
_PRONOUN_SIDES = frozenset({"they", "it", "we", "he", "she", "who"})
_CONTROL = frozenset({"control"})


def _gains(verb: Token) -> bool:
    return verb.pos_ == "VERB" and VERB_CLASSES.get(verb.lemma_.lower()) == TriggerClass.GAIN and not any(
        c.dep_ in ("neg", "auxpass") for c in verb.children
    )


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _objects(verb: Token) -> list[Token]:
    """What a gaining verb takes: its object, or the object of "control of/over" ("regained control over the area")."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _CONTROL:
            out += [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "over") for o in p.children if o.dep_ == "pobj"]
        else:
            out.append(obj)
    out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "over") for o in p.children if o.dep_ == "pobj"]
    return out


def _names(objs: list[Token]) -> set[str]:
    return {t.text for o in objs for t in o.subtree if t.pos_ == "PROPN"}


def _same_place(first: Token, second: Token) -> bool:
    """Whether the second clause takes what the first took: the same name, or a pronoun or definite place noun."""
    taken, back = _objects(first), _objects(second)
    if not taken or not back:
        return False
    if _names(back):
        return bool(_names(back) & _names(taken))
    return any(o.lower_ == "it" or (
        o.lemma_.lower() in _SAME_PLACE and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in o.children)
    ) for o in back)


def _answer(first: Token, second: Token) -> bool:
    """Whether ``second``, a clause after ``first`` joined to it, is another side taking back what ``first`` took."""
    if not (_gains(first) and _gains(second)) or second.i <= first.i:
        return False
    own, taker = _subject(second), _subject(first)
    if own is None or own.lower_ in _PRONOUN_SIDES or (taker is not None and own.lemma_.lower() == taker.lemma_.lower()):
        return False  # no side of its own, or the first taker going on
    # told as what came next ("later", "then"): "but rebels have since taken back the town" tells a later report's
    # news, left as the corpus labels it (the first capture)
    turned = any(c.dep_ == "advmod" and c.lower_ in _THEN for c in second.children)
    return turned and _same_place(first, second)


def answered(trigger: Token) -> bool:
    """Whether the capture ``trigger`` tells is answered by another side's retake in its own sentence, or is that
    retake of a capture told just before it: either way the place ends where it began."""
    if trigger.pos_ != "VERB":
        return False
    if any(_answer(trigger, conj) for conj in trigger.conjuncts if conj.i > trigger.i):
        return True
    return any(_answer(conj, trigger) for conj in trigger.conjuncts if conj.i < trigger.i)
