"""Sites that change hands on their own (airports, air bases, dams, oil and gas fields, hills, schools, compounds,
palaces): resolved to the populated place named with them, an airport to its own coordinates through airportsdata."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cached_property
from typing import Any

from spacy.tokens import Span, Token

from townwatch_extract.area_site import area_site_name, site_area
from townwatch_extract.context import ArticleContext
from townwatch_extract.demonym import owner_people
from townwatch_extract.height_names import height_noun_of
from townwatch_extract.located import located_country
from townwatch_extract.mountain_site import mount_name
from townwatch_extract.site_town import site_town
from townwatch_extract.syntax import prep_objects
from townwatch_extract.unit_site import unit_designation, unit_name
from townwatch_gazetteer import GeoPlace, name_key
from townwatch_gazetteer.countries import country_codes
from townwatch_schemas import LocationPrecision, Place

__all__ = ["SITE_KINDS", "SiteResolver", "height_of", "named_heights", "site_before", "site_kind"]

# Head noun -> what the site is. "field" and "terminal" count only with "oil"/"gas" ("the Omar oil field").
SITE_KINDS = {
    "airport": "airport", "airfield": "airport", "airstrip": "airport", "airbase": "air base", "dam": "dam",
    "oilfield": "oil field", "field": "oil field", "fields": "oil field", "hill": "hill", "hilltop": "hill", "mount": "hill", "mountain": "hill",
    "aerodrome": "airport", "school": "school",
    "compound": "compound", "palace": "palace", "refinery": "refinery", "citadel": "citadel", "castle": "citadel",
    "barracks": "barracks", "prison": "prison", "jail": "prison", "plant": "plant", "factory": "plant",
    "steelworks": "plant", "crossing": "border crossing", "post": "border crossing", "point": "border crossing",
    "gate": "border crossing", "building": "building", "buildings": "building", "office": "building",
    "offices": "building", "base": "air base", "complex": "compound",
    "terminal": "oil terminal", "terminals": "oil terminal",
}
# a base is a site of its own only as an air or naval base, outside the town named with it ("a military air base in
# Lahj", "the naval base near Baga"); any other base is a town's garrison (frames.py: INSTALLATION_NOUNS)
_BASE_WORDS = {"air": "air base", "naval": "naval base", "airforce": "air base"}
_FIELD_WORDS = frozenset({"oil", "gas", "oilfield"})
_RULERS = frozenset({"president", "king", "emir", "sultan", "prime"})
_ONE_PER_COUNTRY = frozenset({"presidential", "republican", "royal"})
# a post, a point or a gate is a site only at a border ("the Torkham border post", "the Islam Qala crossing point",
# "the Bab al-Hawa gate"); a building only a public one ("the Kobani municipality building")
_BORDER_WORDS = frozenset({"border", "crossing", "frontier"})
_PUBLIC_WORDS = frozenset(
    "municipality municipal government governorate governor council parliament police security intelligence court "
    "administrative district "
    "radio television tv administration".split()
)
_NEAR = ("near", "outside")
# a base of an army with a name of its own ("the Al-Anad military base", frames.place_refs): what kind of site it is
_BASE_KINDS = {"base": "military base", "camp": "military camp", "headquarters": "headquarters", "hq": "headquarters"}
# the kinds a side's name before them owns, never names: "the Wagner base in Kidal", "an Abu Sayyaf camp in X town"
# (a rebels' camp is a "camp", an army's a "military camp"; news43)
_OWNED_KINDS = frozenset({*_BASE_KINDS.values(), "camp"})
_IN = ("in", "of", "at")
# the words that make a named camp an army's ("the Al Ameri military camp", "the Hpalu army camp")
_ARMY_CAMP = frozenset({"military", "army", "militia", "brigade", "battalion", "junta", "training", "tatmadaw"})
# lands wider than a country, whose possessive ranks a site among many ("Europe's biggest nuclear plant", "Africa's
# largest dam"): no town to place it at, like a country's ("Syria's largest oil field")
_ABOVE_COUNTRIES = frozenset({
    "europe", "africa", "asia", "oceania", "eurasia", "scandinavia", "the balkans", "balkans", "the caucasus", "caucasus",
    "the sahel", "sahel", "the levant", "levant", "the middle east", "middle east", "east africa", "west africa",
    "north africa", "southern africa", "central africa", "the horn of africa", "central asia", "south asia",
    "southeast asia", "east asia", "latin america", "south america", "north america", "central america",
})



# Words that praise or place a site rather than name it: "the strategic al-Watiya airbase", "the nearby hill of Raqim"
_DESCRIPTIVE = frozenset(
    "strategic key nearby adjacent important main major vital crucial large largest big huge small sprawling former "
    "besieged embattled heavily fortified".split()
)

# kinds named by the words written before them, whose name is that run of words as written ("the Torkham border post",
# "Mariupol's Ilyich steel and iron plant", "Homs central prison")
WRITTEN_KINDS = frozenset({"barracks", "prison", "plant", "border crossing", "building"})
_NAME_DEPS = ("compound", "nmod", "amod")
_NAME_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})


def _name_word(t: Token, head: Token) -> bool:
    """A word of a site's own name: a proper noun, or a capitalised word the tagger made a noun or an adjective that
    the entity tagger calls a name ("the Bakhmut metalworking factory") or that stands before a head written in lower
    case ("Mariupol's Azovstal iron and steel plant"; a Title Case headline's "Largest Military Prison" is no name), never
    a country's word or a demonym ("a key Afghan border crossing", "the Syrian border post")."""
    if t.lower_ in country_codes() or (t.ent_type_ == "NORP" and t.pos_ != "PROPN"):
        return False
    if t.lower_.endswith(("largest", "biggest")):
        return False  # a Title Case line's "Europe's Largest Nuclear Power Plant": a rank, never a name's word
    if t.pos_ == "PROPN":
        return True
    return (t.i > t.sent.start and t.text[:1].isupper() and not t.text.isupper() and t.pos_ in ("NOUN", "ADJ")
            and (t.ent_type_ in _NAME_ENTS or (head.text.islower() and not owner_people(t.lower_))))


def site_names(tok: Token) -> list[Token]:
    """The name words written before a site's head, down one noun: "Torkham" in "the Torkham border post", "Ilyich"
    in "Ilyich steel and iron plant", "Islam Qala" in "the Islam Qala crossing point"."""
    mods = [c for c in tok.children if c.dep_ in _NAME_DEPS and c.i < tok.i]
    mods += [g for c in mods if c.pos_ != "PROPN" or c.dep_ == "nmod" for g in c.children if g.dep_ in _NAME_DEPS and g.i < c.i]
    return sorted((m for m in mods if _name_word(m, tok)), key=lambda m: m.i)


# plural heights whose "of" names each of them ("the hills of A and B")
_HEIGHT_NOUNS = frozenset({"hill", "height", "ridge"})


def named_heights(hills: Token) -> list[Token]:
    """The names "the hills of A and B" gives its hills, each a height of its own (never a settlement noun: "the hills
    of the town")."""
    names = [o for o in prep_objects(hills, ("of",)) if o.pos_ == "PROPN"]
    names += [c for o in names for c in o.conjuncts if c.i > o.i and c.pos_ == "PROPN"]
    return sorted(set(names), key=lambda t: t.i)


def height_of(name: Token) -> Token | None:
    """The plural heights noun a name is one of ("Numba" in "the hills of Numba and Kiluku"), or None."""
    first = name
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "of":
        return None
    noun = first.head.head
    return noun if noun.lemma_.lower() in _HEIGHT_NOUNS and noun.tag_ == "NNS" and noun.pos_ != "PROPN" else None


def site_kind(tok: Token) -> str | None:
    """The kind of site ``tok`` heads ("airport", "dam", "oil field"...), or None."""
    low = tok.lower_
    kind = SITE_KINDS.get(low)
    if kind in ("oil field", "oil terminal") and low != "oilfield" and not any(c.lower_ in _FIELD_WORDS for c in tok.children):
        return None  # ("the Omar oil field", "the oil terminals in Ras Lanuf"; never a bus terminal or a football field)
    if low == "base":
        return next((_BASE_WORDS[c.lower_] for c in tok.children if c.lower_ in _BASE_WORDS and c.i < tok.i), None)
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    if low in ("post", "point", "gate") and not any(c.lower_ in _BORDER_WORDS for c in mods) and not (
        low == "gate" and any(c.pos_ == "PROPN" for c in mods)
    ):
        return None
    owners = [c for c in tok.children if c.dep_ == "poss" and c.i < tok.i] if low in ("office", "offices") else []
    if low in ("building", "buildings", "office", "offices", "complex") and not any(c.lower_ in _PUBLIC_WORDS for c in mods + owners):
        # (a public building, office or complex only: "the government complex", "key government buildings in X", "the
        # governor's office"; never "a residential complex" or "his office")
        return None
    return kind


# buildings no rule takes as a change of hands, that "it" may still stand for ("the hospital ... the flag over it")
_BUILDINGS = frozenset("hospital hospitals clinic school university stadium mosque church hotel".split())


def site_before(it: Token) -> bool:
    """Whether "it" stands for the site or building its sentence has just named: "cleared the Qaraqosh hospital and
    raised the flag over it" (the hospital, never the town named with it)."""
    if it.lower_ != "it":
        return False
    verb = next((h for h in it.ancestors if h.pos_ in ("VERB", "AUX")), it)  # what was done to it: "raised the flag"
    heads = [t for t in it.sent if t.i < verb.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj")]
    return bool(heads) and (site_kind(heads[-1]) is not None or heads[-1].lower_ in _BUILDINGS)


def _propn(tokens: Sequence[Token]) -> Token | None:
    return next((t for t in tokens if t.pos_ == "PROPN"), None)


# the settlement nouns that name a town after them: "the city of Aden", "the port city of Aden", "the capital Tripoli"
_TOWN_NOUNS = frozenset({"city", "town", "capital", "port"})


def _town(tokens: Sequence[Token]) -> Token | None:
    """The proper noun of a site's "in"/"near" object, or the town such an object names as a settlement noun ("the
    international airport in the city of Aden", "the main airport in the capital, Tripoli")."""
    if (name := _propn(tokens)) is not None:
        return name
    for t in tokens:
        if t.lower_ in _TOWN_NOUNS:
            named = _propn(prep_objects(t, ("of",))) or _propn([c for c in t.children if c.dep_ in ("appos", "compound")])
            if named is not None:
                return named
        elif (named := site_town(t)) is not None:
            return named  # "the government complex in the center of X" (site_town.py)
    return None


class SiteResolver:
    """Resolves a site head token to a :class:`Place` that keeps the site's name and says how precise it is."""

    @cached_property
    def _airports(self) -> dict[str, list[Any]]:
        """airportsdata's ICAO table keyed by folded airport name and by folded city (loaded on first use)."""
        import airportsdata  # a 2 MB table: loaded only when an article names an airport

        index: dict[str, list[Any]] = {}
        for rec in airportsdata.load("ICAO").values():
            for key in {name_key(rec["name"]), "city:" + name_key(rec["city"]), "country:" + rec["country"]}:
                index.setdefault(key, []).append(rec)
        return index

    def _nearest(self, geo: GeoPlace) -> dict | None:
        """The airport of the country nearest to a town, within about 30 km ("Konduz Airport" for Kunduz)."""
        best = min(
            self._airports.get("country:" + geo.country_code, []),
            key=lambda r: (r["lat"] - geo.lat) ** 2 + ((r["lon"] - geo.lon) * math.cos(math.radians(geo.lat))) ** 2,
            default=None,
        )
        if best is None:
            return None
        dist_deg = math.hypot(best["lat"] - geo.lat, (best["lon"] - geo.lon) * math.cos(math.radians(geo.lat)))
        return best if dist_deg < 0.27 else None  # 0.27 degrees of latitude is about 30 km

    def airport(self, written: str, town: str | None, country: str | None, geo: GeoPlace | None = None) -> dict | None:
        """The airportsdata record of an airport named ``written`` (or serving ``town``), in ``country`` if known."""
        found = self._airports.get(name_key(written), [])
        if not found and town:
            found = self._airports.get("city:" + name_key(town), [])
            # a city with several airfields: the one named after it ("Tripoli International", not "Mitiga")
            named = [r for r in found if name_key(town) in name_key(r["name"])]
            found = named or found
        if country:
            found = [r for r in found if r["country"] == country]
        if not found and geo is not None:
            return self._nearest(geo)
        return found[0] if found else None

    def resolve(self, tok: Token, ctx: ArticleContext, hints_extra: list[str | None]) -> tuple[Place, GeoPlace | None] | None:
        """"Aden's international airport", "the Baath Dam near Tabqa", "the Tabqa dam", "the presidential palace"."""
        if (unit := unit_name(tok)) is not None:
            return self._unit(unit, unit_designation(tok), tok, ctx, hints_extra)
        if (area := site_area(tok)) is not None:
            # "three army camps in Tidim Township": named by the area, anchored near its namesake town (area_site.py)
            written, area_kind, area_name = area_site_name(tok, area)
            hints = ctx.country_hints(hints_extra)
            return _placed(written, area_kind, ctx.gazetteer.resolve(area_name, hints), hints, LocationPrecision.NEAR)
        if (hills := height_of(tok) or height_noun_of(tok)) is not None:
            # "the hills of Numba and Kiluku": each name a hill of its own, placed at no town
            hints = ctx.country_hints(hints_extra)
            name = f"{ctx.place_span(tok).text.strip(' -')} {'Ridge' if hills.lemma_.lower() == 'ridge' else 'Hill'}"
            return Place(name=name, canonical_name=name, country_code=hints[0] if hints else None, site_kind="hill",
                         location_precision=LocationPrecision.SITE_ONLY), None
        kind = "hill" if mount_name(tok) else site_kind(tok) or _BASE_KINDS.get(tok.lower_, tok.lower_)  # "Mount Hermon"
        if kind == "military camp" and not any(c.lower_ in _ARMY_CAMP for c in tok.children if c.i < tok.i):
            kind = "camp"  # "Zamzam camp in Darfur", "the Abu Naga camp": a camp, an army's only when the text says so
        hints = ctx.country_hints(hints_extra)
        # "the al-Omar oil field in Deir ez-Zor province": the province (or country) the site is said to lie in places
        # it, whatever country a side's patron names ("US-backed fighters") or the story writes most
        if (located := located_country(tok.doc.text[tok.idx + len(tok) : tok.sent.end_char], ctx.gazetteer, ctx.catalogue.war_countries)) is not None:
            hints = [located, *(h for h in hints if h != located)]
        near = _town(prep_objects(tok, _NEAR)) or (
            _town(prep_objects(tok.head, _NEAR)) if tok.head.pos_ == "VERB" else None
        )
        anchor = near or next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) or _town(
            prep_objects(tok, _IN)
        )
        # "seized President Hadi's palace": a head of state's palace is the presidential palace, not a town's
        ruler = kind == "palace" and anchor is not None and anchor.dep_ == "poss" and (
            anchor.ent_type_ == "PERSON" or any(t.lower_ in _RULERS for t in anchor.subtree)
        )
        if ruler:
            anchor = None
        up = tok
        while anchor is None and up.dep_ in ("pobj", "prep", "dobj") and up.head != up and up.pos_ != "VERB":
            up = up.head  # "took control of the oil field in Deir ez-Zor": the town hangs on the verb
            anchor = _town(prep_objects(up, ("in",))) if up.lemma_.lower() in ("control", "take", "seize", "capture") else None
        owner_name = ctx.place_span(anchor).text.strip(" -'") if anchor is not None else ""
        in_country = anchor is not None and (bool(ctx.gazetteer.country_code(owner_name)) or owner_name.lower() in _ABOVE_COUNTRIES)
        if in_country:
            # "Syria's largest oil field", "Europe's biggest nuclear plant": a country or a continent is no town to put
            # the site in (labelling.md: "seized Yemen's largest air base" is nothing a desk can place)
            anchor = None
        # "the Kunduz airport"; a headline's "seize Aden presidential palace" hangs the town on the site as a modifier
        compounds = [c for c in tok.children if (c.dep_ == "compound" or (c.dep_ == "nmod" and _next_is_site(c, tok))) and c.pos_ == "PROPN"]
        written_site = ""
        if tok.pos_ == "PROPN" or tok.text[:1].isupper():
            written_site = ctx.place_span(tok).text.strip(" -'")  # "Baath Dam", "Tripoli International Airport"
        elif kind in WRITTEN_KINDS and (names := site_names(tok)):
            # "the nearby Torkham border post", "Mariupol's Ilyich steel and iron plant": named as written, placed at
            # the town its first word names when the gazetteer knows one
            start = min(n.left_edge.i for n in names)  # "Islam Qala", "Al-Waleed": the whole of the first name
            while start < names[0].i and (tok.doc[start].is_punct or tok.doc[start].pos_ == "DET"):
                start += 1
            written_site = tok.doc[start : tok.i + 1].text
            compounds = [names[0]]
        geo: GeoPlace | None = None
        own = ""
        if compounds:
            # "the Kunduz airport": the compound is the town when the gazetteer knows it; else the site's own name
            span = ctx.place_span(compounds[-1]).text.strip(" -'")
            first = min((c.left_edge for c in compounds), key=lambda t: t.i)
            if kind in _BASE_KINDS.values() and first.i < compounds[-1].i and first.pos_ == "PROPN":
                span = tok.doc[first.i : compounds[-1].i + 1].text  # "the Western Command headquarters": the whole name
            cand = ctx.gazetteer.resolve(span, hints)
            war = ctx.catalogue.war_countries
            if anchor is None and hints and (cand is None or cand.country_code not in hints[:3]) and not set(hints[:2]) & war:
                # "French troops took control of Timbuktu airport", "Saudi-led forces seized Aden airport": a foreign
                # army's home at peace is no place of its war's sites; the town of the name in a country at war is
                cand = next((p for p in ctx.gazetteer.candidates(span) if p.country_code in war), cand)
            if anchor is None and cand is not None and (not hints or cand.country_code in hints[:3] or (
                cand.country_code in war and not set(hints[:2]) & war
            )):
                anchor, geo = compounds[-1], cand
            elif kind in _OWNED_KINDS and (_owner(span, ctx) or _owner(tok.doc[first.i : compounds[-1].i + 1].text, ctx)):
                # "the Wagner base in Kidal", "an African Union base in X", "an Abu Sayyaf camp in Sulu" (session 43): a
                # base or camp named after the side or body that holds it has no name of its own; it is the garrison
                # of the town it is in (none without a town)
                return ctx.resolve_place(anchor, tok.lower_, hints_extra) if anchor is not None else None
            else:
                own = span  # "the Al Barik hill", "the Omar oil field"
        town_name = ctx.place_span(anchor).text.strip(" -'") if anchor is not None else None
        if anchor is not None and geo is None:
            geo = ctx.gazetteer.resolve(town_name or "", hints)
            if geo is not None and hints and geo.country_code not in hints[:3]:
                geo = None
        # (never the tail of a hyphened adjective: "famine-hit Zamzam camp" is no "Hit Camp")
        mods = [c.text.lower() for c in tok.children
                if c.dep_ in ("amod", "compound") and c.pos_ != "PROPN" and c.lower_ not in _DESCRIPTIVE
                and not (c.i > 1 and c.doc[c.i - 1].text == "-" and not c.doc[c.i - 2].whitespace_)]
        if ruler and "presidential" not in mods:
            mods.insert(0, "presidential")
        words = " ".join([*mods, tok.text.lower()])
        # a country has one presidential palace ("Yemen's presidential palace"); an unnamed airport or base it has many
        one_in_country = kind == "palace" and any(w in _ONE_PER_COUNTRY for w in mods)
        if written_site:
            name = written_site
        elif own:
            name = f"{own} {' '.join(w for w in words.split() if w.lower() != own.lower()).title()}"
        elif town_name:
            name = f"{town_name} {words.title()}"
        else:
            name = words
        cc = geo.country_code if geo else (hints[0] if hints else None)
        precision = LocationPrecision.NEAR if near is not None else LocationPrecision.SITE
        if geo is None:
            precision = LocationPrecision.SITE_ONLY  # "the hill of Sheikh Jurdi": a name GeoNames lacks anchors nothing
        if kind == "airport":
            rec = self.airport(name, town_name, cc, geo)
            if rec is not None:
                return Place(
                    name=name, canonical_name=rec["name"], country_code=rec["country"],
                    admin1_code=geo.admin1_code if geo else None, lat=rec["lat"], lon=rec["lon"], site_kind=kind,
                    location_precision=LocationPrecision.SITE, anchor_geonames_id=geo.geonames_id if geo else None,
                ), None
        if geo is None and town_name is None:
            if not written_site and not own and not one_in_country and (in_country or _unnamed_owner(tok)):
                return None  # an unnamed site in a country: "Syria's largest oil field"; "the city's international airport"
            return Place(name=name, canonical_name=name, country_code=cc, site_kind=kind,
                         location_precision=LocationPrecision.SITE_ONLY), None
        return Place(
            name=name, canonical_name=name, country_code=cc, admin1_code=geo.admin1_code if geo else None,
            lat=geo.lat if geo else None, lon=geo.lon if geo else None, site_kind=kind, location_precision=precision,
            anchor_geonames_id=geo.geonames_id if geo else None,
        ), None

    def written(self, written: str, name: str, kind: str, ctx: ArticleContext, hints_extra: list[str | None]) -> tuple[Place, GeoPlace | None]:
        """A site a text names only in words ("the Al-Jirah military airport", "the Heglig field"; later_base.py) under
        that name, anchored at the town its proper name is when the gazetteer knows one in the story's countries
        ("Taftanaz airport" at Taftanaz), an airport at its airportsdata record."""
        hints = ctx.country_hints(hints_extra)
        geo = ctx.gazetteer.resolve(name, hints)
        if geo is not None and hints and geo.country_code not in hints[:3]:
            geo = None
        cc = geo.country_code if geo else (hints[0] if hints else None)
        if kind in ("airport", "air base") and (rec := self.airport(written, name if geo else None, cc, geo)) is not None:
            return Place(
                name=written, canonical_name=rec["name"], country_code=rec["country"], admin1_code=geo.admin1_code if geo else None,
                lat=rec["lat"], lon=rec["lon"], site_kind=kind, location_precision=LocationPrecision.SITE,
                anchor_geonames_id=geo.geonames_id if geo else None,
            ), None
        return _placed(written, kind, geo, hints, LocationPrecision.SITE)

    @staticmethod
    def _unit(
        name: str, unit: Span | None, tok: Token, ctx: ArticleContext, hints_extra: list[str | None]
    ) -> tuple[Place, GeoPlace | None]:
        """A numbered unit or post under its written designation, placed at the town named with it when there is
        one ("Light Infantry Battalion 552 in Buthidaung", "the 540th battalion based in Mrauk-U")."""
        hints = ctx.country_hints(hints_extra)
        words = list(unit) if unit is not None else []
        kind = "border post" if any(w.lower() in ("post", "posts", "outpost", "outposts") for w in name.split()) else "military unit"
        holders = [tok, *words, *(c for t in (tok, *words) for c in t.children if c.dep_ == "acl" and c.lemma_ == "base")]
        if tok.dep_ in ("dobj", "nsubjpass", "nsubj") and tok.head.pos_ in ("VERB", "AUX"):
            holders.append(tok.head)  # "seized LIB 318 near Kyauktaw": the town hangs on the verb
        near = next((o for t in holders for o in prep_objects(t, _NEAR) if o.pos_ == "PROPN"), None)
        anchor = near or next((o for t in holders for o in prep_objects(t, ("in",)) if o.pos_ == "PROPN"), None)
        geo = ctx.gazetteer.resolve(ctx.place_span(anchor).text.strip(" -'"), hints) if anchor is not None else None
        return _placed(name, kind, geo, hints, LocationPrecision.NEAR if near is not None else LocationPrecision.SITE)


def _placed(
    name: str, kind: str, geo: GeoPlace | None, hints: Sequence[str], precision: LocationPrecision,
) -> tuple[Place, GeoPlace | None]:
    """A site under its written name, anchored at ``geo`` with ``precision`` when that town is in one of the story's
    first three countries; else named only (``site_only``) in the story's country."""
    if geo is not None and hints and geo.country_code not in hints[:3]:
        geo = None
    if geo is None:
        return Place(name=name, canonical_name=name, country_code=hints[0] if hints else None, site_kind=kind,
                     location_precision=LocationPrecision.SITE_ONLY), None
    return Place(
        name=name, canonical_name=name, country_code=geo.country_code, admin1_code=geo.admin1_code, lat=geo.lat,
        lon=geo.lon, site_kind=kind, location_precision=precision, anchor_geonames_id=geo.geonames_id,
    ), None


# the last word of an organisation's name ("African Union", "United Nations", "the Arakan Army", "the Polisario Front")
_ORGANISATION_HEADS = frozenset(
    {"union", "nations", "coalition", "mission", "force", "forces", "state", "army", "alliance", "movement", "front"}
)


def _owner(name: str, ctx: ArticleContext) -> bool:
    """Whether a base's written name is its owner's, not its own: a side of the catalogue ("Hezbollah", "Wagner") or
    an organisation ("an African Union base", "a United Nations camp")."""
    words = name.lower().split()
    if len(words) > 1 and words[-1] in _ORGANISATION_HEADS:
        return True
    return any(m.start == 0 and m.end == len(name) for m in ctx.catalogue.find(name))


def _unnamed_owner(site: Token) -> bool:
    """"the city's international airport", "the town's barracks": a site owned by a common noun, which names no place."""
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in site.children)


def _next_is_site(name: Token, site: Token) -> bool:
    """Whether the word after a name is the site or one of its modifiers ("Aden presidential palace"), not the rest of
    a longer name ("Deir ez-Zor's airport")."""
    nxt = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return nxt is not None and name.i < site.i and (nxt.i == site.i or (nxt.head.i == site.i and nxt.dep_ in ("amod", "compound")))
