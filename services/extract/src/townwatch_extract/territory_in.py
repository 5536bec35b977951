"""Territory in: a note's "seized territory in X district", the land a side took in a named place (the place in part)."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.syntax import prep_objects

__all__ = ["land_places", "territory_places"]

# the unnamed land a note says a side took somewhere; never "land" (a government's or settlers' land seizure:
# "seized 50 dunums of land in the village") nor "ground" ("gained ground in X" is an advance, not a hold)
_TERRITORY = frozenset({"territory", "territories", "area", "areas"})
# the named places a piece of land taken lies in: a district, a town or a village written with its name
_PLACE_HEADS = frozenset({"district", "town", "village", "city"})
# a stretch of land ("a large swathe of land", "tracts of territory")
_SWATHES = frozenset({"swathe", "swath", "stretch", "tract", "chunk", "expanse"})
# verbs of a seizure (not "gained", "won", "lost", "held": advances, losses and holds are their own readings)
_SEIZING = frozenset({"seize", "take", "capture", "recapture", "retake", "regain", "reclaim", "overrun"})


def territory_places(trigger: Token, obj: Token) -> list[Token]:
    """The places unnamed territory the verb takes lies "in" ("seize territory and missiles in Nihm district", "took
    areas in Hazm district"): only a name written with its settlement noun ("X district", "X town"), never a region,
    a province or a country ("seized territory in Kursk Oblast", "areas in northern Syria"), nor territory counted,
    described or owned ("the territory they lost in X")."""
    if trigger.lemma_.lower() not in _SEIZING or obj.dep_ != "dobj":
        return []
    return land_places(obj, trigger)


def land_places(obj: Token, trigger: Token | None = None) -> list[Token]:
    """The named places unnamed land is "in" ("territory in X district", "a swathe of land in X district"), the "in"
    hung on the land or, for a verb's object, on the verb (``trigger``); a control's object too ("took control of
    several areas in X district")."""
    # "a large swathe of land in Bayhan district", "swathes of territory in X": the stretch a side took, of land too
    land = next((o for o in prep_objects(obj, ("of",)) if o.lower_ in _TERRITORY or o.lower_ in ("land", "lands")), None)
    if obj.lower_ not in _TERRITORY and not (obj.lemma_.lower() in _SWATHES and land is not None):
        return []
    if any(_owned(t) for t in (obj, land) if t is not None):
        return []
    out = []
    lying = (prep_objects(land, ("in",)) if land is not None else []) or prep_objects(obj, ("in",)) or (
        prep_objects(trigger, ("in",)) if trigger is not None else []
    )
    for o in lying:
        if land is not None and land.lower_.startswith("land") and o.lower_ != "district":
            continue  # ("settlers seized a swathe of land in Burin village": a land seizure, not a hold of the village)
        if o.lower_ in _PLACE_HEADS and o.tag_ == "NN" and any(
            c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < o.i for c in o.children
        ):
            out.append(o)
    return out


def _owned(tok: Token) -> bool:
    """Territory counted, described by a clause or owned ("the territory they lost", "its territory", "two areas")."""
    return any(c.dep_ in ("poss", "relcl", "acl", "nummod") or c.lower_ in ("its", "their", "his", "her") for c in tok.children)
