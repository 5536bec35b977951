"""GeoNames place resolution for townwatch: any spelling of a place to one GeoNames id."""

from townwatch_gazetteer.gazetteer import Gazetteer
from townwatch_gazetteer.geo import haversine_km
from townwatch_gazetteer.names import name_key, normalise_name, variant_key
from townwatch_gazetteer.place import GeoPlace

__all__ = ["Gazetteer", "GeoPlace", "haversine_km", "name_key", "normalise_name", "variant_key"]
