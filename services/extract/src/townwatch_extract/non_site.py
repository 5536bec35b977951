"""Non-sites: the buildings and works a capture verb's capitalised object may name that are no place of a change."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["names_building", "person_may_fall"]

# labelling.md, "Not sites": hospitals, hotels, mosques, markets, bridges, roads and checkpoints ("Troops retake the
# town's Grand Mosque", "Forces Retake Checkpoint South of X"): a name GeoNames lacks that ends in one of these words is
# a building or a work in a town, never a village read as written (a town GeoNames knows is resolved before this).
_BUILDING_WORDS = frozenset(
    "mosque mosques church churches cathedral hospital hospitals clinic hotel market bazaar checkpoint checkpoints"
    " bridge stadium".split()
    # a named street, road or farm ("took complete control of the Hijaz Street", "seized the X Farm in the Y District"):
    # labelling.md lists roads among the non-sites and no farm among the sites (a farm is land in a district, not a place
    # a desk can map as taken); a village GeoNames knows by such a name is resolved before this
    + " street streets road roads avenue boulevard highway farm farms".split()
)

# "Syrians celebrate Bashar al-Assad's fall", "after the fall of the president": a nominal fall whose owner the tagger
# reads as a person is a ruler's fall, not a town's (a town GeoNames knows is resolved whatever the tagger guessed)
_FALL_NOUNS = frozenset({"fall", "downfall", "ouster", "overthrow", "collapse"})


def names_building(name: str) -> bool:
    """Whether a name GeoNames lacks is a building or a work by its last word ("Grand Mosque", "Checkpoint")."""
    words = name.lower().replace("’", "'").split()
    return bool(words) and words[-1] in _BUILDING_WORDS


def person_may_fall(trigger: Token, nominal: bool) -> bool:
    """Whether the place of this trigger may be a name the tagger reads as a person (never for a nominal fall)."""
    return not (nominal and trigger.lemma_.lower() in _FALL_NOUNS)
