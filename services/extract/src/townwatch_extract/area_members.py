"""Enclosure members: "the Hama pocket, composed of the towns of A, B and C" names the places a pocket takes with it."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["ENCLOSURE_NOUNS", "member_places"]

# a stretch of ground a side takes whole, cut off around its towns ("the northern Hama pocket", "the rebel enclave")
ENCLOSURE_NOUNS = frozenset("pocket pockets enclave enclaves salient bulge cauldron".split())
# what the enclosure is made of: "composed of", "consisting of", "made up of" (an "of" object) or "comprising",
# "including", "which includes / contains" (a direct object)
_OF_VERBS = frozenset({"compose", "consist", "make"})
_OBJECT_VERBS = frozenset({"comprise", "include", "contain", "encompass"})


def _objects(verb: Token) -> list[Token]:
    lemma = verb.lemma_.lower()
    if lemma in _OF_VERBS and (lemma != "make" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
        return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if lemma in _OBJECT_VERBS and not any(c.dep_ == "neg" for c in verb.children):
        return [o for o in verb.children if o.dep_ == "dobj"]
    return []


def member_places(noun: Token) -> list[Token]:
    """The places an enclosure noun is said to be made of, set off right after it ("the pocket, composed of the towns
    of A and B", "the enclave comprising A and B", "the pocket, which includes A", "the pocket, including A"): each
    object and the names conjoined to it. Nothing for another noun, nor for a member clause of the verb's other words."""
    if noun.lemma_.lower() not in ENCLOSURE_NOUNS and noun.lower_ not in ENCLOSURE_NOUNS:
        return []
    found: list[Token] = []
    for c in noun.children:
        if c.i <= noun.i:
            continue
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            found += _objects(c)
        elif c.dep_ == "prep" and c.lower_ == "including":
            found += [o for o in c.children if o.dep_ == "pobj"]
    # "captured the pocket, consisting of A and B": the parse hangs the participle on the verb, right after a comma
    verb = noun.head
    if noun.dep_ == "dobj" and noun.right_edge.i + 1 < len(noun.doc) and noun.doc[noun.right_edge.i + 1].text == ",":
        found += [o for c in verb.children if c.dep_ == "advcl" and c.i == noun.right_edge.i + 2 and c.tag_ in ("VBG", "VBN")
                  for o in _objects(c)]
    out = [t for o in found for t in (o, *(c for c in o.children if c.dep_ == "conj" and c.pos_ == "PROPN"))]
    return sorted({t.i: t for t in out}.values(), key=lambda t: t.i)
