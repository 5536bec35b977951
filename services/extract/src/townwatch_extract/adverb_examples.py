"""Places named as examples after an adverb: "captures a range of towns in northern Iraq, notably A, B and C".

A day entry tells a side taking several towns and names some of them set off by "notably", "namely", "particularly"
or "especially". The small model hangs the first name on the verb (as an adverbial noun or an apposition) with the
adverb on it, and the rest as its conjuncts. The names are the places taken when the verb's object is a plural
settlement noun ("towns", "a range of cities", "several villages"), read here (session 32).

Not this: an object that is no settlement ("captured weapons, notably rifles"), a name that is no example ("captured
towns in Nineveh, notably near Mosul": a preposition before it), a plural the names do not follow.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLEMENT_NOUNS

__all__ = ["adverb_examples"]

_EXAMPLE_ADVERBS = frozenset("notably namely particularly especially chiefly mainly".split())
_QUANTITY_NOUNS = frozenset("range number series string handful host cluster group".split())


def _plural_settlement(obj: Token) -> bool:
    """"towns", "several villages", "a range of cities": a plural settlement noun, itself or after a quantity's "of"."""
    if obj.tag_ == "NNS" and obj.lemma_.lower() in SETTLEMENT_NOUNS:
        return True
    return obj.lemma_.lower() in _QUANTITY_NOUNS and any(
        o.tag_ == "NNS" and o.lemma_.lower() in SETTLEMENT_NOUNS for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"
    )


def adverb_examples(verb: Token, obj: Token) -> list[Token]:
    """The names set off as examples of ``obj`` (a plural settlement the ``verb`` took) by an adverb after a comma
    (hung anywhere under the object or on the verb): the first name and its conjuncts, in order; empty when none."""
    if not _plural_settlement(obj):
        return []
    under = {t.i for t in obj.subtree} | {c.i for c in verb.children}
    doc = verb.doc
    for a in doc[obj.i + 1 : verb.sent.end]:
        name = a.head
        if a.lower_ not in _EXAMPLE_ADVERBS or a.dep_ != "advmod" or doc[a.i - 1].text != "," or name.pos_ != "PROPN":
            continue
        if name.i <= a.i or name.i not in under or any(t.pos_ != "PROPN" for t in doc[a.i + 1 : name.i]):
            continue
        names, todo = [name], [name]
        while todo:
            for g in todo.pop().children:
                if g.dep_ == "conj" and g.pos_ == "PROPN":
                    names.append(g)
                    todo.append(g)
        return sorted(names, key=lambda t: t.i)
    return []
