"""The town a headline's own "city" stands for: the one town of a war the same headline names.

A headline has no sentence before it, so its "city" finds no antecedent in the story: "Russian and Syrian jets bomb
Aleppo as rebels capture half of city", "Rebels capture second major city as army withdraws from Hama", "Sudan army
withdraws from El-Fasher as RSF seizes the city". When the headline names exactly one known town of a country at war
besides the sides and the names the noun is placed by ("a city near X"), its "city" / "town" is that town. Never an indefinite or other one ("a town", "another city",
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
    # the sides, and the names the noun or the verb is placed by ("a city near X", "retake the city from Z")
    side = {t.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "agent", "prep") for t in c.subtree}
    # (but the noun's own name is the town: "retake Gharyan city", a name the parse left as the noun's compound)
    own = {c.i for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and c.i < tok.i}
    side |= {t.i for t in tok.subtree if t.i not in own}
    found: dict[int, tuple[Token, GeoPlace]] = {}
    for name in tok.doc:
        if name.pos_ != "PROPN" or (name.dep_ == "compound" and name.i not in own) or name.i in side or name.i == tok.i:
            continue
        geo = resolve(name)
        if geo is not None:
            found.setdefault(geo.geonames_id, (name, geo))
    return next(iter(found.values())) if len(found) == 1 else None
