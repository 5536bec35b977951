"""A country's capital named by its people's word: "Houthi rebels seize Yemeni capital" took Sanaa."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_gazetteer import Gazetteer, GeoPlace
from townwatch_gazetteer.countries import REGION_WORDS, country_capital

__all__ = ["national_capital"]


def national_capital(tok: Token, gazetteer: Gazetteer) -> GeoPlace | None:
    """The capital city of the country whose demonym or name is all that modifies ``tok`` ("Yemeni capital", "the
    Central African capital", "the Libya capital"), when the line names no town for it. Never a capital of anything
    else: a word that is not the country's ("provincial", "regional", "economic", "former", "North Kivu") or an "of"
    ("the capital of Jawf province") leaves it unnamed."""
    if tok.lower_ != "capital" or tok.tag_ != "NN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None
    words = [t for t in tok.doc[tok.left_edge.i : tok.i] if not (t.dep_ == "det" and t.head.i == tok.i)]
    if not words or any(t.is_punct or t.is_space for t in words):
        return None
    written = " ".join(t.text for t in words)
    if written.casefold() in REGION_WORDS:
        return None  # "the Tigray capital": a region's, not the country's
    cc = gazetteer.country_code(written)
    name = country_capital(cc) if cc else None
    place = gazetteer.resolve(name, [cc]) if name and cc else None
    return place if place is not None and place.country_code == cc else None
