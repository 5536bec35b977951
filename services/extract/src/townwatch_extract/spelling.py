"""Other spellings: a report that writes a place in one side's spelling and then gives its own name ("..., the
ministry said, using the Russian name for the village of X"): the event is the place under the name the report gives
it, so that it meets the same place told in its own spelling elsewhere in the report."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from townwatch_gazetteer import Gazetteer, name_key
from townwatch_schemas import Place

__all__ = ["own_name", "respelled", "respellings"]

# "using the Russian name for the village of X", "using the Russian spelling of the Ukrainian village X", "using the
# Soviet-era name of X": the name after it is the place's own
_OWN_NAME = re.compile(
    r"\busing\s+(?:the\s+|its\s+|an?\s+)?(?:[A-Z][\w-]*\s+|old\s+|former\s+|official\s+|local\s+)?(?:name|spelling|transliteration)\s+"
    r"(?:for|of)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|small|frontline|nearby)\s+)?(?:(?:village|town|city|settlement|locality|hamlet)\s+(?:of\s+)?)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def own_name(sentence: str, written: str) -> str | None:
    """The place's own name when ``sentence`` writes ``written`` in another spelling and then gives it ("liberated X,
    the ministry said, using the Russian name for the village of Y" -> Y); None when it gives none, or names the same
    spelling again."""
    m = _OWN_NAME.search(sentence)
    if m is None:
        return None
    at = sentence.find(written)
    name = m.group("name")
    if at < 0 or at >= m.start() or name_key(name) == name_key(written):
        return None
    return name


def respellings(written: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Name key of each spelling a report gives the own name of -> that own name, from (place name, its sentence)
    pairs: the report's other mentions of the spelling ("captured a new village ... X") are the place too."""
    return {name_key(place): own for place, sentence in written if (own := own_name(sentence, place)) is not None}


def respelled(place: Place, names: Mapping[str, str], gazetteer: Gazetteer) -> Place:
    """``place`` under the own name the report gives its spelling (``respellings``), resolved in the place's country
    when the gazetteer knows it there; ``place`` unchanged otherwise."""
    name = names.get(name_key(place.name))
    if name is None:
        return place
    hints = [place.country_code] if place.country_code else []
    geo = gazetteer.resolve(name, hints)
    if geo is not None and (not hints or geo.country_code in hints):
        return Place(name=name, canonical_name=geo.name, geonames_id=geo.geonames_id, country_code=geo.country_code,
                     admin1_code=geo.admin1_code, lat=geo.lat, lon=geo.lon)
    return Place(name=name, canonical_name=name, country_code=place.country_code)
