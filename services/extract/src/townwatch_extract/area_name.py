"""Area names: a name that stands for an area, not for the town a gazetteer lists under it.

"Eastern Ghouta falls to the regime": the Ghouta is the farmland belt around Damascus, a region with many towns (the
town of a change is Douma, Harasta...), whatever a namesake village GeoNames lists. "Regime seizes strategic Latakia
town": a province's name before "town" with a word of its own before it ("strategic", "key", "a") says in which province
the unnamed town lies; the province's capital was not taken ("Baga town", with nothing before, is the town itself).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["names_area"]

# regions written with a town's grammar ("falls to", "captured"), named by no country
_REGIONS = frozenset({"ghouta", "eastern ghouta", "western ghouta", "qalamoun", "eastern qalamoun"})
_SETTLEMENT_HEADS = frozenset({"town", "village", "district", "area"})  # ("key Idlib city" may be the city)
# a word before the province's name that makes it the town's qualifier, not its name
_QUALIFIERS = frozenset("strategic key a another one major important rebel-held government-held regime-held main".split())


def names_area(tok: Token, name: str, is_province: Callable[[str], bool]) -> bool:
    """Whether ``name`` (the place head ``tok``) names an area rather than a town: a region of ``_REGIONS``, or a
    province (``is_province``) written as the qualifier of a settlement noun after a word of its own."""
    if name.casefold() in _REGIONS:
        return True
    doc, head = tok.doc, tok.head
    if tok.dep_ == "compound" and head.lemma_.lower() in _SETTLEMENT_HEADS and head.i > tok.i:
        before = [c for c in head.children if c.i < tok.i and c.dep_ in ("amod", "det", "compound", "nummod")]
        return any(c.lower_ in _QUALIFIERS for c in before) and is_province(name)
    # the words as written, where the parse hung the name elsewhere ("key Idlib town near the border")
    first = tok.i - len(name.split()) + 1
    return (
        0 < first and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _SETTLEMENT_HEADS
        and doc[first - 1].lower_ in _QUALIFIERS and is_province(name)
    )
