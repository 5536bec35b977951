"""Quarters: "the Sheikh Maqsoud district of Aleppo", a named district of a city written without "city", is the city
held in part; "the Warduj district of Badakhshan" and "the Afrin district of Aleppo" stay districts of a province."""

from __future__ import annotations

from townwatch_gazetteer import Gazetteer, GeoPlace
from townwatch_gazetteer.geo import haversine_km

__all__ = ["is_city_quarter"]

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
