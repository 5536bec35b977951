"""Arabic names: a name written with an Arabic article lies where Arabic names places, never at a namesake abroad."""

from __future__ import annotations

import re

from townwatch_gazetteer import GeoPlace

__all__ = ["arabic_namesake"]

# "al-Jubah", "Al Abdiyah", "ash-Shaddadi", "el-Fasher": the article as the wires write it (a Spanish "El " with a space,
# "El Paso", is no Arabic article)
_ARTICLE = re.compile(r"^(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee][dsz])-|Al )")

# where places bear Arabic names: the Arab League's members, and their neighbours with Arabic-named towns (Chad, Eritrea,
# Israel, Iran's Khuzestan, Turkey's Hatay, the Sahel's north)
_ARABIC_NAMING = frozenset(
    "AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE TD ER IL IR TR ML NE".split()
)


def arabic_namesake(name: str, place: GeoPlace) -> bool:
    """Whether ``place`` may be the place a written ``name`` stands for, as far as its article goes: False for a name
    written with an Arabic article ("al-Jubah", "Al Abdiyah") that the gazetteer's folding matched to a town of a
    country that does not name places in Arabic, whose own name carries no article (Juba, in South Sudan)."""
    if _ARTICLE.match(name) is None or place.country_code in _ARABIC_NAMING:
        return True
    return _ARTICLE.match(place.name) is not None
