"""Demonyms: the words that name a people or a country's adjective ("Syrian", "Afghan", "Iraqi"), never a place."""

from __future__ import annotations

import re

from townwatch_gazetteer.countries import country_codes

__all__ = ["PEOPLES", "describes_people", "names_people", "owner_people", "wide_people"]

# A town's name and a people's word have one shape: both capitalised, and the small model reads an unknown name as an
# adjective ("Konekyan town") as readily as it reads "Syrian town" right. Every reader that asks "is this capitalised
# modifier a place's name?" asks it here. The answer is a list and an ending. The list holds the words whose ending says
# nothing (countries' demonyms in "-an" or "-i": "Afghan", "Thai"; the peoples of the wars we follow: "Tigrayan",
# "Kokang", "Oromo"). The endings are graded, because a reader that risks a false name wants a wider net than one that
# risks dropping a real name: "-ian/-ean/-ese/-ish" is almost never a town's; "-i" and "-ic" are demonyms more often
# than names ("Iraqi", "Islamic"), though a village may end so ("Kuchi"); a bare "-an" is common in names ("Paryan",
# "Konekyan") and so only counts where a missed name costs less than a false one. No library lists demonyms with the
# peoples of these conflicts, hence the hand list.
PEOPLES = frozenset(
    "afghan kenyan german tibetan cuban korean kokang thai tigrayan amharan oromo african american european asian "
    "arabian iranian sudanese".split()
)
_DESCRIBING = re.compile(r"(?:ian|ean|ese|ish)$")
_OWNER = re.compile(r"(?:ian|ean|ese|ish|ic|i)$")
_NAMING = re.compile(r"(?:ian|ean|ese|ish|ic|can|dan|lan|i|ch|ss)$")
# "-i" demonyms are few (Iraqi, Somali, Pakistani, Yemeni, Saudi, Israeli, Emirati, Bangladeshi, Thai...); a village
# name ending in "-i" ("Kuchi village") is still a name, so only their own endings count here
_WIDE = re.compile(r"(?:an|ean|ese|ish|aqi|ali|ani|eni|iti|ari|udi|eli|ini|ati|shi|hai|ic|ch|ss)$")


def describes_people(low: str) -> bool:
    """A people's word written before a settlement noun ("a key Northern Malian city"): listed or "-ian/-ean/-ese/-ish"."""
    return low in PEOPLES or _DESCRIBING.search(low) is not None


def owner_people(low: str) -> bool:
    """A people's word that owns a unit or a site ("Iraqi Army Headquarters", "the Syrian border post"): listed, the
    describing endings, "-i" or "-ic"."""
    return low in PEOPLES or _OWNER.search(low) is not None


def names_people(low: str) -> bool:
    """A people's or country's word a name read as an adjective must not be ("Syrian town", "Afghan village",
    "Turkish town" stay out of "Konekyan town"): listed, a country, or a demonym's ending, a bare "-an" excepted."""
    return low in PEOPLES or low in country_codes() or _NAMING.search(low) is not None


def wide_people(low: str) -> bool:
    """The widest net, for a reader that must not take a people's word for a name: any demonym's ending, "-an" too."""
    return low in PEOPLES or _WIDE.search(low) is not None
