"""Height names set off after their noun: "the hilltop Tal X", "hilltops A, B, C", "the strategic hill Y"."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["HEIGHT_WORDS", "appositive_heights", "height_noun_of"]

# a height a monitor's line names after its noun, with no "of" ("the hilltop Tal X" beside "the hilltop of Tal X")
HEIGHT_WORDS = frozenset({"hill", "hilltop", "height", "ridge"})


def _height_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in HEIGHT_WORDS


def appositive_heights(noun: Token) -> list[Token]:
    """The names set off after a height noun ("the hilltop Tal X in its vicinity": Tal X; "hilltops A, B, C": each),
    each a height of its own. None for a noun with no name after it ("the hill overlooking the town"), nor for the
    name of an owner or of something else the parse hangs there (a name must stand right after the noun)."""
    if not _height_noun(noun):
        return []
    first = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > noun.i), None)
    if first is None or first.left_edge.i != noun.i + 1:
        return []
    names = [first]
    for name in names:  # the list after it: "A, B, C" (conjuncts or appositions chained on the first name)
        names.extend(c for c in name.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and c.i > name.i and c not in names)
    return sorted(names, key=lambda t: t.i)


def height_noun_of(name: Token) -> Token | None:
    """The height noun a name is set off after ("hilltop" for Tal X in "the hilltop Tal X"), or None."""
    tok = name
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "appos" and _height_noun(head) and head.i < tok.i:
            return head if any(n.i == name.i for n in appositive_heights(head)) else None
        if tok.dep_ not in ("conj", "appos") or head.pos_ != "PROPN":
            return None
        tok = head
    return None
