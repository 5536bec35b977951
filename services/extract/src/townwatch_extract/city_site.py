"""A base, camp or headquarters the text places in a city, or names only by its own words: a site event under the site's
name, anchored at the town (labelling.md "Sites": "an army base in Kas" is `Kas army base`, never Kas itself)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from townwatch_gazetteer import GeoPlace
from townwatch_schemas import LocationPrecision, Place

__all__ = ["base_of_town", "inside_taken_town", "named_base_site"]

# the installation nouns a city's site is written with, and the kind of site each is (the last word is what
# evaluation._site_anchor compares with a label's head: "Kas army base" -> "base")
_KINDS = {
    "base": "military base", "bases": "military base", "camp": "military camp", "camps": "military camp",
    "headquarters": "headquarters", "hq": "headquarters", "compound": "compound", "airbase": "air base",
    "barracks": "barracks", "garrison": "military base",
    # a state's works named by no kind of their own (facility.py): "a military installation in Aden"
    "installation": "installation", "installations": "installation", "facility": "facility", "facilities": "facility",
    "infrastructure": "infrastructure",
}
# words that praise or count a site rather than name it ("a key IS base", "the strategic airbase")
_PRAISE = frozenset(
    "strategic key nearby important main major vital crucial large largest big huge small sprawling former besieged "
    "embattled heavily fortified a an the its their one two several some another".split()
)
_MOD_DEPS = ("compound", "amod", "nmod")
# the owners whose building is no site: police stations and headquarters, a broadcaster's or a party's office
_NOT_SITES = frozenset({"police", "gendarmerie", "party", "media", "television", "radio"})


def _installation(town: Token) -> Token | None:
    """The base, camp or headquarters ``town`` places ("IS headquarters in Sirte", "a base in the city of Raqqa")."""
    for up in town.ancestors:
        if up.lower_ in _KINDS:
            return up
        if up.pos_ in ("VERB", "AUX"):
            break
    # "Key IS base captured by forces in Sirte": the town hangs on the verb; the installation is the verb's subject
    # or object, written before the town
    verb = next((a for a in town.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    return next((c for c in verb.children if c.lower_ in _KINDS and c.dep_ in ("nsubjpass", "nsubj", "dobj") and c.i < town.i), None)


def _words(inst: Token) -> list[str]:
    """The words written before the installation that say whose or what kind it is ("IS", "Islamic State group",
    "army"), without those that praise or count it, nor a possessive's "'s"."""
    mods = [c for c in inst.children if (c.dep_ in _MOD_DEPS or (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))) and c.i < inst.i]
    words = {t for m in mods for t in m.subtree if t.i < inst.i}
    return [t.text for t in sorted(words, key=lambda t: t.i)
            if t.lower_ not in _PRAISE and not t.is_punct and t.dep_ != "case" and t.pos_ not in ("DET", "PRON")]


# the words of a site's kind kept in its ledger name; an owner's name is not ("Sirte IS headquarters" and "Sirte
# Islamic State group headquarters" are one site: `Sirte headquarters`)
_KIND_WORDS = frozenset("military army air naval command government governorate presidential republican police".split())


def base_of_town(town: Token, kind_noun: str | None, written: str, geo: GeoPlace) -> Place | None:
    """The site event of a base or headquarters placed in ``town`` (a city ``geo`` resolves): "seize IS headquarters in
    Sirte" is `Sirte IS headquarters`, keyed apart from Sirte (no GeoNames id: the city's ledger entry never moves)."""
    inst = _installation(town)
    head = inst.lower_ if inst is not None else (kind_noun or "").lower()
    kind = _KINDS.get(head)
    if kind is None:
        return None
    words = _words(inst) if inst is not None else []
    if any(w.lower() in _NOT_SITES for w in words):
        return None  # "seize police headquarters in Kramatorsk": a police building is no site (labelling.md "Sites")
    noun = "headquarters" if head == "hq" else head.rstrip("s") if head in ("bases", "camps") else head
    name = " ".join([written, *words, noun])
    canonical = " ".join([written, *(w.lower() for w in words if w.lower() in _KIND_WORDS), noun])
    return Place(
        name=name, canonical_name=canonical, country_code=geo.country_code, admin1_code=geo.admin1_code, lat=geo.lat,
        lon=geo.lon, site_kind=kind, location_precision=LocationPrecision.SITE, anchor_geonames_id=geo.geonames_id,
    )


def named_base_site(name_tok: Token, written: str, town: GeoPlace | None, country_code: str | None = None) -> Place | None:
    """A base named by its own words ("the Se Zin military camp", "the strategic Naqlia base": placed at no town,
    ``site_only``) or by the town of a war written before it ("Seizes Mukalla Army Base": anchored at Mukalla)."""
    inst = name_tok.head
    kind = _KINDS.get(inst.lower_)
    if kind is None:
        return None
    mods = [c.text.lower() for c in inst.children if c.dep_ in ("amod", "compound") and c.i < inst.i and c.pos_ != "PROPN"
            and c.lower_ not in _PRAISE and c.i != name_tok.i]
    name = " ".join([written, *mods, inst.lower_])
    if town is None:
        return Place(name=name, canonical_name=name, country_code=country_code, site_kind=kind,
                     location_precision=LocationPrecision.SITE_ONLY)
    return Place(
        name=name, canonical_name=name, country_code=town.country_code, admin1_code=town.admin1_code, lat=town.lat,
        lon=town.lon, site_kind=kind, location_precision=LocationPrecision.SITE, anchor_geonames_id=town.geonames_id,
    )


class _Told(Protocol):
    place: Place
    partial: bool
    historical: bool


def inside_taken_town(site: _Told, told: Sequence[_Told]) -> bool:
    """Whether ``site`` is a base, camp or headquarters of a town whose whole capture the same report tells ("seized
    the army's headquarters in X and took control of the whole city"): part of that event, not a second one."""
    anchor = site.place.anchor_geonames_id
    if anchor is None or site.place.site_kind not in _KINDS.values():
        return False
    return any(t.place.geonames_id == anchor and not t.partial and t.historical == site.historical for t in told)
