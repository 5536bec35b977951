"""The province a lede's unnamed town lies in: "captured a town in Idlib province ... Meanwhile in Aleppo, ..." is no
capture of Aleppo; the town the noun stands for is one the gazetteer puts in the province its own phrase names."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import REGION_CORE
from townwatch_gazetteer import Gazetteer, GeoPlace

__all__ = ["outside_named_province"]


def outside_named_province(noun: Token, found: GeoPlace | None, gazetteer: Gazetteer) -> bool:
    """Whether ``found`` (the place a generic "a town" was read as) lies outside the province the noun's own "in ...
    province" phrase names ("a town in Idlib province"); a name GeoNames lacks, or a province it does not know,
    is not judged."""
    if found is None:
        return False
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() not in REGION_CORE:
                continue
            name = " ".join(t.text for t in obj.subtree if t.pos_ == "PROPN")
            divisions = gazetteer.divisions(name) if name else ()
            if divisions and (found.country_code, found.admin1_code or "") not in divisions:
                return True
    return False
