"""Quarters: "the Sheikh Maqsoud district of Aleppo", a named district of a city written without "city", is the city
held in part; "the Warduj district of Badakhshan" and "the Afrin district of Aleppo" stay districts of a province;
a headline's "Faryab district", "west Mosul district" or "Benghazi district" names no district of its own, and "the
south Benghazi district of Ganfuda" is Ganfuda."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_gazetteer import Gazetteer, GeoPlace
from townwatch_gazetteer.geo import haversine_km

__all__ = ["is_city_quarter", "province_district", "unnamed_district"]

# a city large enough to be written in quarters ("the Jobar district of Damascus"); a province's name a town carries
# too ("Badakhshan") is no such city
_CITY = 100_000
# a quarter the gazetteer knows lies inside its city; a province's district is named after its own seat, a town
# tens of kilometres out ("the Afrin district of Aleppo", "the Khanabad district of Kunduz")
_INSIDE_KM = 12.0


def is_city_quarter(gazetteer: Gazetteer, quarter: str, city: GeoPlace | None) -> bool:
    """Whether "the <quarter> district of <city>" names a part of the city: the city is a large one, and no town of
    the city's country by the district's name lies outside it (the nearest namesake is taken)."""
    if city is None or city.population < _CITY:
        return False
    own = gazetteer.resolve(quarter, [city.country_code], near=(city.lat, city.lon))
    if own is None or own.country_code != city.country_code:
        return True
    return haversine_km(own.lat, own.lon, city.lat, city.lon) <= _INSIDE_KM


# a compass word before a city's name and "district": "key west Mosul district", "eastern Aleppo district"
_COMPASS = frozenset(
    """east west north south central eastern western northern southern northeast northwest southeast southwest north-east
    north-west south-east south-west northeastern northwestern southeastern southwestern""".split()
)


def unnamed_district(name_tok: Token, name: str, gazetteer: Gazetteer) -> bool:
    """Whether "<name> district" (or "district of <name>") leaves its district unnamed: the name is a province's
    ("Taliban overrun Faryab district", "capture key district of Baghlan": one of its districts) or a city's with a compass word before it ("recapture west Mosul district":
    a part of Mosul). A district named after its own seat ("Khanabad district", "Bayhan district") is named."""
    noun = name_tok.head
    if name_tok.dep_ == "pobj" and noun.lower_ == "of" and noun.head.lower_ == "district" and noun.head.tag_ == "NN" and not any(
        c.pos_ == "PROPN" for c in noun.head.children if c.dep_ in ("compound", "amod", "nmod")
    ):
        # "Taliban capture key district of Baghlan": one of a province's districts (a big city's is a part of it)
        return bool(gazetteer.provinces(name)) and not _big_city(gazetteer, name)
    if name_tok.dep_ != "compound" or noun.lower_ != "district" or noun.tag_ != "NN":
        return False
    if any(c.lower_ in _COMPASS and c.i < name_tok.i for c in (*noun.children, *name_tok.children)):
        return True
    return bool(gazetteer.provinces(name)) or _big_city(gazetteer, name)


# a city so large that "<city> district" is one of its own quarters ("Islamists lose Benghazi district", "retake a
# Benghazi district"), never a district named after a town (Afghan and Yemeni districts carry a small seat's name)
_BIG_CITY = 300_000


def _big_city(gazetteer: Gazetteer, name: str) -> bool:
    place = gazetteer.resolve(name)
    return place is not None and place.population >= _BIG_CITY


def province_district(gazetteer: Gazetteer, named: str, of_name: str) -> bool:
    """Whether "the <named> district of <of_name>" writes the province first: "the Helmand district of Musa Qala" is
    Musa Qala, a district of Helmand (never "the Warduj district of Badakhshan", whose "of" is the province)."""
    if _big_city(gazetteer, named) and not _big_city(gazetteer, of_name) and not gazetteer.provinces(of_name):
        return True  # "the south Benghazi district of Ganfuda": the city names where the quarter lies, Ganfuda is taken
    return bool(gazetteer.provinces(named)) and not gazetteer.provinces(of_name)
