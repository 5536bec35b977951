"""The town a headline's own "city" stands for: the one town of a war the same headline names.

A headline has no sentence before it, so its "city" finds no antecedent in the story: "Russian and Syrian jets bomb
Aleppo as rebels capture half of city", "Rebels capture second major city as army withdraws from Hama", "Sudan army
withdraws from El-Fasher as RSF seizes the city". When the headline names exactly one known town of a country at war
in another clause than the capture's (never its sides nor "a town near X"), its "city" / "town" is that town. Never an indefinite or other one ("a town", "another city",
"three towns"), a village (a village taken "as Z shells X" is seldom X itself), nor a headline naming two towns.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from townwatch_extract.frames import PlaceRef
from townwatch_gazetteer import GeoPlace

__all__ = ["headline_town"]

# the anaphors a headline uses for a town it names elsewhere
_TOWN_ANAPHORS = frozenset({"city", "town"})
# determiners that make the noun another place than the one named
_OTHER = frozenset({"a", "an", "another", "every", "each", "no", "one", "some", "any"})


def headline_town(
    ref: PlaceRef, trigger: Token, resolve: Callable[[Token], GeoPlace | None],
) -> tuple[Token, GeoPlace] | None:
    """The name token and town the headline's anaphor stands for (``resolve`` gives a name's town of a war), or None."""
    tok = ref.token
    if tok.lemma_.lower() not in _TOWN_ANAPHORS or ref.count or tok.tag_ == "NNS" or any(
        c.dep_ in ("det", "nummod") and c.lower_ in _OTHER for c in tok.children
    ):
        return None
    # the town is named in another clause ("bomb Aleppo as rebels capture half of city"): a name in the capture's own
    # clause is its side or what places the noun ("seize town south of Tripoli", "retake town in Kirkuk from Daesh")
    # (but the noun's own name is the town: "retake Gharyan city", a name the parse left as the noun's compound)
    own = {c.i for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and c.i < tok.i}
    # a bare object ("troops seize town") is a headline's "a town": only "the city", a share or a nominal's "of city"
    # ("capture half of city", "claiming capture of city") or the noun's own name point back
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if not (own or definite or (tok.dep_ == "pobj" and tok.head.lower_ == "of")):
        return None
    side = {t.i for t in trigger.subtree if t.i not in own}
    found: dict[int, tuple[Token, GeoPlace]] = {}
    for name in tok.doc:
        if name.pos_ != "PROPN" or (name.dep_ == "compound" and name.i not in own) or name.i in side or name.i == tok.i:
            continue
        geo = resolve(name)
        if geo is not None:
            found.setdefault(geo.geonames_id, (name, geo))
    return next(iter(found.values())) if len(found) == 1 else None
