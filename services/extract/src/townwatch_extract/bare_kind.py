"""Names listed right after a bare plural settlement noun: a note's "captured villages A, B and C"."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.syntax import DAY_WORDS, MONTH_WORDS

__all__ = ["bare_kind_names"]

# the plural kind nouns a monitor writes before its list with no "of" ("liberated villages A and B", "captured towns
# A and B"), and the kind each name then has
_PLURAL_KINDS = {
    "villages": "village", "towns": "town", "cities": "city", "settlements": "settlement", "localities": "locality",
    "hamlets": "hamlet",
}
# the dependencies a name right after the noun takes in the small model's parses: the noun's object (the noun read as
# a verb), its apposition or compound, or a second object of the verb beside it
_MODIFIER_DEPS = frozenset({"det", "nummod", "poss", "amod", "compound", "quantmod"})
_NAME_DEPS = frozenset({"dobj", "appos", "npadvmod", "nmod", "compound", "conj"})


def bare_kind_names(tok: Token) -> tuple[str, list[Token]] | None:
    """The kind and the first listed name(s) when ``tok`` is a bare plural settlement noun ("villages", no article, no
    number, no "of") followed at once by a name, or a name whose parse took such a noun as its compound; else None.
    The listed names' conjuncts come with the first name (``frames.place_refs`` reads them with the kind)."""
    low = tok.lower_
    if low in _PLURAL_KINDS:
        if any(c.dep_ in _MODIFIER_DEPS and c.i < tok.i for c in tok.children) or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "the villages of A", "two villages", "key towns A, B" are read elsewhere
        if tok.i + 1 >= len(tok.doc):
            return None
        nxt = tok.doc[tok.i + 1]
        if not nxt.text[:1].isupper() or nxt.lower_ in DAY_WORDS or nxt.lower_ in MONTH_WORDS:
            return None
        names = [
            n for n in (*tok.children, *tok.head.children)
            if n.pos_ == "PROPN" and n.dep_ in _NAME_DEPS and n.left_edge.i == tok.i + 1 and n.i != tok.i
        ]
        return (_PLURAL_KINDS[low], names[:1]) if names else None
    if tok.pos_ == "PROPN" and (kind := next((
        c for c in tok.children if c.dep_ == "compound" and c.lower_ in _PLURAL_KINDS and c.i == tok.left_edge.i and not any(c.children)
    ), None)) is not None:
        return _PLURAL_KINDS[kind.lower_], [tok]  # "captured villages Qervend, Qaraxanbeyli and Kend": the noun a compound
    return None
