"""How a town is named to a desk: the common English name it reads in the news first, the GeoNames form second.

The extractor keeps both: ``Place.name`` as the article wrote it ("Hawija") and ``Place.canonical_name`` from
GeoNames ("Al Ḩawījah"). Desks search their copy for the first; the second disambiguates. The page's script
applies the same rule to alerts arriving live (static/names.js).
"""

from __future__ import annotations

from townwatch_schemas import Place

__all__ = ["common_name", "place_label", "second_name"]


def common_name(place: Place) -> str:
    """The name as the news writes it (the reported name; the GeoNames name when none was reported)."""
    return (place.name or "").strip() or place.canonical_name


def second_name(place: Place) -> str | None:
    """The GeoNames form when it is not just another spelling of the common name."""
    canonical = (place.canonical_name or "").strip()
    if not canonical or canonical.casefold() == common_name(place).casefold():
        return None
    return canonical


def place_label(place: Place) -> str:
    """``Hawija (Al Ḩawījah)``: the common name, then the GeoNames form in brackets when it differs."""
    second = second_name(place)
    return f"{common_name(place)} ({second})" if second else common_name(place)
