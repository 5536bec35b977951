"""A second settlement set after a compass point: "liberated the town of A in the west and the village of B in the north".

The parser hangs the second "the village of B" on the compass word ("west") as its conjunct, or makes it a second
object of the verb, or a conjunct of the verb itself, after "control of the town of A in the west of X and ...": the
frame read only A. The second noun
phrase, a settlement with its own name, is one more place the verb takes.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLEMENT_KINDS
from townwatch_extract.syntax import children, prep_objects

__all__ = ["compass_conjuncts"]

_COMPASS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split()
)


def compass_conjuncts(name: Token) -> list[tuple[Token, str]]:
    """The names (with their settlement nouns) set after a compass point beside the settlement ``name`` is "of" ("the
    town of A in the west and the village of B in the north": B, "village"); none when ``name`` is no settlement's name
    a verb (or its "control of") takes, or no compass point follows it."""
    if name.dep_ != "pobj" or name.head.lower_ != "of" or name.head.head.lemma_.lower() not in SETTLEMENT_KINDS:
        return []
    kind = name.head.head
    if kind.dep_ == "dobj":
        verb = kind.head
    elif kind.dep_ == "pobj" and kind.head.lower_ in ("of", "over") and kind.head.head.lemma_.lower() == "control":
        verb = kind.head.head.head
    else:
        return []
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    compasses = [o for h in (verb, kind) for o in prep_objects(h, ("in", "to")) if o.lower_ in _COMPASS and o.i > name.i]
    if not compasses:
        return []
    after = [c for w in compasses for c in w.conjuncts if c.i > w.i]
    # (or a second object of the verb, or a conjunct the parse hangs on the verb itself)
    after += [c for c in (*children(verb, ("dobj",)), *verb.conjuncts) if c.i > min(w.i for w in compasses) and c.pos_ == "NOUN"]
    out: list[tuple[Token, str]] = []
    for noun in after:
        if noun.lemma_.lower() not in SETTLEMENT_KINDS or noun.tag_ == "NNS":
            continue
        out += [(o, noun.lemma_.lower()) for o in prep_objects(noun, ("of",)) if o.pos_ == "PROPN"]
    return out
