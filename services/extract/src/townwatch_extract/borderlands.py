"""Borderlands: which countries of the wars border which, so a town written beside a border lies across it."""

from __future__ import annotations

from collections.abc import Iterable

from townwatch_gazetteer import GeoPlace

__all__ = ["across_border", "borders"]

# a small curated table of land borders, only around the countries the catalogue's wars are fought in: "Ras al-Ain
# near the Turkish border" is Syria's town (Syria borders Turkey), not a larger namesake in Israel
_PAIRS = (
    # the Middle East
    "TR-SY TR-IQ TR-IR TR-GE TR-AM TR-AZ SY-IQ SY-JO SY-IL SY-LB IL-LB IL-EG IL-JO IL-PS PS-EG IQ-IR IQ-JO IQ-SA IQ-KW "
    "YE-SA YE-OM "
    # Ukraine and the Caucasus
    "UA-RU UA-BY UA-PL UA-MD UA-RO UA-HU UA-SK RU-GE RU-AZ AM-AZ AM-GE AM-IR AZ-IR AZ-GE "
    # North and East Africa
    "LY-TN LY-DZ LY-EG LY-SD LY-TD LY-NE SD-EG SD-TD SD-CF SD-SS SD-ET SD-ER SS-ET SS-KE SS-UG SS-CD SS-CF ET-ER ET-DJ "
    "ET-SO ET-KE SO-KE SO-DJ "
    # the Sahel, West and Central Africa
    "ML-BF ML-NE ML-DZ ML-MR ML-SN ML-GN ML-CI BF-NE BF-CI BF-GH BF-TG BF-BJ NE-NG NE-TD NE-DZ NE-BJ NG-CM NG-TD NG-BJ "
    "CM-TD CM-CF TD-CF CD-RW CD-UG CD-BI CD-TZ CD-ZM CD-AO CD-CF CD-CG MZ-TZ MZ-MW MZ-ZW MZ-ZA MZ-ZM "
    # South Asia and Myanmar
    "AF-PK AF-IR AF-TJ AF-UZ AF-TM PK-IN PK-IR MM-TH MM-CN MM-IN MM-BD MM-LA IN-CN IN-BD "
    # the Americas
    "CO-VE HT-DO"
).split()
_BORDERS: dict[str, frozenset[str]] = {}
for _pair in _PAIRS:
    _a, _b = _pair.split("-")
    _BORDERS[_a] = _BORDERS.get(_a, frozenset()) | {_b}
    _BORDERS[_b] = _BORDERS.get(_b, frozenset()) | {_a}


def borders(cc: str) -> frozenset[str]:
    """The countries ``cc`` borders, as far as the table knows."""
    return _BORDERS.get(cc, frozenset())


def across_border(candidates: Iterable[GeoPlace], neighbours: Iterable[str], war_countries: frozenset[str]) -> GeoPlace | None:
    """The most populous namesake in a country at war that borders a country the text writes only as a border ("near
    the Turkish border", "on the border with Chad"), never one in that neighbour itself; None when there is none."""
    beside = {cc for n in neighbours for cc in borders(n)} - set(neighbours)
    return next((p for p in candidates if p.country_code in beside and p.country_code in war_countries), None)
