"""Site town: the town a site's "in" names through a settlement noun or the town's centre ("the compound in the centre of X")."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.syntax import prep_objects

__all__ = ["SITE_TOWN_PREPS", "site_town"]

# the prepositions that place a site in or by a town ("in", "near", "outside")
SITE_TOWN_PREPS = ("in", "near", "outside")
# a settlement noun naming its town after "of": "Iraq's western city of X", "the port town of X"
_SETTLEMENTS = frozenset({"city", "town", "village", "capital"})
# the heart of a town: "in the center of X", "in the heart of the city of X"
_MIDDLES = frozenset({"centre", "center", "heart", "middle", "downtown"})


def _named(tok: Token) -> Token | None:
    """The proper noun ``tok`` is, or the one its settlement noun names after "of" ("the western city of X")."""
    if tok.pos_ == "PROPN":
        return tok
    if tok.lower_ in _SETTLEMENTS:
        return next((o for o in prep_objects(tok, ("of",)) if o.pos_ == "PROPN"), None)
    return None


def site_town(obj: Token) -> Token | None:
    """The town a site's locative object names, written as a settlement noun or as its centre: "the compound in the
    northern city of X", "the complex in the centre of X", "the airport in the heart of the city of X". None for a bare proper noun (read where it was read before), a province's or a country's middle
    ("in the centre of the country"), or any other noun."""
    if obj.pos_ == "PROPN":
        return None
    if obj.lower_ in _SETTLEMENTS:
        return _named(obj)
    if obj.lower_ in _MIDDLES:
        return next(
            (town for o in prep_objects(obj, ("of",)) if (town := _named(o)) is not None), None
        )
    return None
