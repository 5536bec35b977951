"""The country a sentence itself puts a place in: "Starytsia in Ukraine's Kharkiv region", "the towns of A and B in
Kharkiv". It outranks the article's most-written country, which in a ministry's claim is often the claimant's own."""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLEMENT_NOUNS
from townwatch_gazetteer import Gazetteer, GeoPlace, haversine_km
from townwatch_schemas import Place

__all__ = ["apposed_country", "fronted_area", "fronted_country", "kind_country", "located_area", "located_country", "near_anchor", "near_country", "relocate"]

# the first "in ..." after the place, within a short reach and before the sentence turns ("A, B and C in Kharkiv",
# "X in Ukraine's Kharkiv region", "X in the eastern Donetsk region", "X, in Kharkiv, Ukraine")
_IN = re.compile(
    r"^[^.;:!?\"“”]{0,80}?\bin (?:the )?(?:(?:north|south|east|west|central)\w*\s+)?"
    r"([A-Z][\w'’-]+(?: (?:[a-z]{1,3}-)?[A-Z][\w'’-]+)?)(?![\w'’-])(?!\s+(?:control|hands|occupation)\b)"  # "X in Russian hands": a holder, no country
)
_REACH = 160
_RIGHT_AFTER = 12  # ", in the " and no more: where a district's name must start to place the name before it


# the province written right after a place without "in": a wire's apposition ("Staritsa, Kharkiv Oblast", "X, Marib
# governorate") or a monitor's brackets ("X (Vovchansk district, Kharkiv oblast)", "X (Hama province)"): its last
# capitalised name before an administrative noun
_APPOSED = re.compile(
    r"^(?:,\s*|\s*\((?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* (?:district|raion|hromada|county|municipality),\s*)?)"
    r"(?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:[Oo]blast|region|[Pp]rovince|[Gg]overnorate|[Ss]tate)\b"
)


def apposed_country(after: str, gazetteer: Gazetteer) -> str | None:
    """The country of the province written right after a place by apposition or in brackets ("Staritsa, Kharkiv
    Oblast", "X (Vovchansk district, Kharkiv oblast)"), or None."""
    m = _APPOSED.match(after[:_REACH])
    if m is None:
        return None
    area = gazetteer.find_admin1(m.group(1))
    return area[0] if area is not None else None


def located_country(after: str, gazetteer: Gazetteer, war: Collection[str] = ()) -> str | None:
    """The country of the first country or province named by an "in ..." phrase right after a place (or by a province
    in apposition or brackets, ``apposed_country``), or None; given the countries at war (``war``), also of a district
    GeoNames lists in one of them only, named right after the place."""
    m = _IN.match(after[:_REACH])
    if m is None:
        return apposed_country(after, gazetteer)
    words = m.group(1).split()
    for cand in (" ".join(words), words[0]):
        bare = cand.removesuffix("'s").removesuffix("’s")
        if (cc := gazetteer.country_code(bare)) is not None:
            return cc
    for cand in (" ".join(words), words[0]):
        if cand[-2:] in ("'s", "’s"):
            continue
        if (area := gazetteer.find_admin1(cand)) is not None:
            return area[0]
    if m.start(1) > _RIGHT_AFTER or not war:
        return None  # ("Kherson's capture comes as talks resume in Istanbul": a city further on says nothing)
    # a district GeoNames lists in one country only ("X in North Waziristan"), or a one-word province ("X in the
    # Mudug region"), of a country at war: never a one-word district, which towns abroad are often named after
    name = " ".join(words)
    countries = {cc for cc, _admin1 in gazetteer.divisions(name)} if len(words) > 1 else set(gazetteer.provinces(name))
    return countries.pop() if len(countries) == 1 and countries <= set(war) else None


# "X in the northeastern countryside of Hama", "X in Hama's countryside": a province's land named by its part
_AREA_PART = re.compile(
    r"^[^.;:!?\"“”]{0,40}?\bin (?:the )?(?:(?:north|south|east|west|central)\w*\s+)?(?:countryside|outskirts|suburbs|province|"
    r"governorate|region) of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-])"
    r"|^[^.;:!?\"“”]{0,40}?\bin ([A-Z][\w'’-]+)['’]s (?:(?:north|south|east|west|central)\w*\s+)?(?:countryside|outskirts|suburbs)\b"
)


def located_area(after: str, gazetteer: Gazetteer, cc: str | None) -> tuple[str, str] | None:
    """The first-level region (country, code) an "in ..." phrase right after a place names, as ``located_country``
    reads it ("Kafr Nabudah in northern Hama", "Shire in Tigray", "X in the northeastern countryside of Hama"), when
    it lies in ``cc`` (or ``cc`` is unknown), or None: where a village GeoNames lacks lies, so that a war fought in
    some regions only knows it is fought there."""
    if (part := _AREA_PART.match(after[:_REACH])) is not None:
        words = (part.group(1) or part.group(2)).split()
    elif (m := _IN.match(after[:_REACH])) is not None:
        words = m.group(1).split()
    else:
        return None
    if len(words) > 1 and words[0][-2:] in ("'s", "’s") and gazetteer.country_code(words[0][:-2]) is not None:
        words = words[1:]  # "X in Syria's Hama province": the region after its country
    for cand in (" ".join(words), words[0]):
        if cand[-2:] in ("'s", "’s"):
            return None
        if (area := gazetteer.find_admin1(cand, cc)) is not None:
            return area if cc is None or area[0] == cc else None  # (a region first: "Tigray" is also a people's country)
        if gazetteer.country_code(cand) is not None:
            return None  # "X in Syria": a country, no region
    return None


# "X, located near the town of Y", "X near Y", "X, outside Y", "X, situated southwest of Y": a town the place is said
# to lie next to, or a bearing away from
_NEAR = re.compile(
    r"^,?\s*(?:(?:which is |that is )?(?:located|situated|lying) )?"
    r"(?:(near|outside|close to|next to|on the outskirts of)|(?:some |about )?(?:\d+ ?(?:km|kilomet(?:re|er)s|miles) )?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west) of) "
    r"(?:the (?:strategically \w+ |strategic |key |embattled |frontline |front-line )?(?:town|city) of )?"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-])(?!\s+(?:control|hands|occupation)\b)"  # "X in Russian hands": a holder, no country
)
_NEAR_KM = 60  # how far "near" reaches: a namesake farther from the town named is another village of the name
_BEARING_KM = 120  # and a bearing ("30 km southwest of Donetsk")
_ANCHOR_POPULATION = 5_000


def near_anchor(after: str, place: GeoPlace, name: str, gazetteer: Gazetteer) -> tuple[GeoPlace | None, str | None]:
    """The place ``name`` stands for when the text right after it says it lies near a known town ("Bogdanovka, located
    near Chasov Yar", "X, situated southwest of Donetsk"), and that town's country: ``place`` when it lies within 60 km
    of a town of that name (120 km of a bearing), else the namesake within that reach of the town (its exact-named,
    largest namesake), else None (a village GeoNames lacks, kept as written); ``place`` and no country when nothing is
    said or the town is unknown or small."""
    m = _NEAR.match(after[:_REACH])
    if m is None:
        return place, None
    words, reach = m.group(2).split(), _NEAR_KM if m.group(1) else _BEARING_KM
    towns: list[GeoPlace] = []
    for n in range(len(words), 0, -1):
        towns = [t for t in gazetteer.candidates(" ".join(words[:n])) if t.population >= _ANCHOR_POPULATION]
        if towns:
            anchor = gazetteer.resolve(" ".join(words[:n]))
            break
    if not towns or anchor is None or anchor.population < _ANCHOR_POPULATION or any(t.geonames_id == place.geonames_id for t in towns):
        return place, None
    if any(haversine_km(place.lat, place.lon, t.lat, t.lon) <= reach for t in towns):
        return place, None
    there = gazetteer.resolve(name, [anchor.country_code], near=(anchor.lat, anchor.lon))
    if there is not None and haversine_km(there.lat, there.lon, anchor.lat, anchor.lon) <= reach:
        return there, anchor.country_code
    return None, anchor.country_code


_IN_DIVISION = re.compile(
    r"^,?\s*in (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:district|sub-?district|region|area|county|raion|municipality)\b,?"
)


def near_country(after: str, gazetteer: Gazetteer, war: Collection[str]) -> str | None:
    """The country at war of the known town the text right after a place says it lies near or a bearing from ("X,
    near Aleppo", "X, 10 km south of Mosul"): the town GeoNames reads the name as, of at least 5,000 people (as
    ``near_anchor`` reads it); None otherwise (a village GeoNames lacks is then anchored by it, anchored_name.py)."""
    skip = _IN_DIVISION.match(after)  # "X in the Nimrud district southeast of Mosul": the town after the district
    m = _NEAR.match(after[skip.end() if skip else 0 :][:_REACH])
    if m is None:
        return None
    words = m.group(2).split()
    for n in range(len(words), 0, -1):
        if any(t.population >= _ANCHOR_POPULATION for t in gazetteer.candidates(" ".join(words[:n]))):
            anchor = gazetteer.resolve(" ".join(words[:n]))
            if anchor is None or anchor.population < _ANCHOR_POPULATION or anchor.country_code not in war:
                return None
            return anchor.country_code
    return None


# a sentence that opens on where it happens: "In North Kivu, the army retook X", "In Ukraine's Donetsk region, ..."
_OPENER = re.compile(r"In ([^,.;:]{2,60}),")
_OPENING_CITY = 100_000


_KIND_HEADS = SETTLEMENT_NOUNS | {"district"}


def kind_country(tok: Token, gazetteer: Gazetteer) -> str | None:
    """The country the place's own kind noun is given ("the Syrian border town of Ras al-Ayn", "the Lebanese town of
    Khiam"), or the country written with "'s" right before the name ("Syria's Ras Al-Ain"): where the name lies, before
    the taker's own country ("Turkish troops" is no Turkish town); or None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _KIND_HEADS:
        kind = tok.head.head
        for mod in kind.children:
            if mod.i < kind.i and mod.dep_ in ("amod", "compound", "nmod", "poss") and not mod.is_stop:
                # the whole name the modifier ends ("Key South Sudan town": South Sudan, never Sudan)
                word = mod.text.removesuffix("'s").removesuffix("’s")
                before = tok.doc[mod.i - 1] if mod.i > 0 else None
                if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
                    if (cc := gazetteer.country_code(f"{before.text} {word}")) is not None:
                        return cc
                    return None  # a longer name the country word is only part of
                if (cc := gazetteer.country_code(word)) is not None:
                    return cc
    first = next((t for t in tok.subtree), tok)
    if first.i >= 2 and tok.doc[first.i - 1].lower_ in ("'s", "’s") and tok.doc[first.i - 2].pos_ == "PROPN":
        if tok.dep_ == "compound" and tok.doc[first.i - 2].head.i == tok.head.i != tok.i:
            return None  # "Russia's Kherson withdrawal": the country owns the deed the name qualifies, not the town
        owner = tok.doc[first.i - 2].text
        if (cc := gazetteer.country_code(owner)) is not None:
            return cc
        # a province's "'s" ("Marib's al-Jubah district", "Hama's Kafr Zita"): the province's country
        area = gazetteer.find_admin1(owner) if owner[:1].isupper() else None
        return area[0] if area is not None else None
    return None


def fronted_country(sentence: str, at: int, gazetteer: Gazetteer) -> str | None:
    """The country of the province or country a sentence opens on ("In North Kivu, troops retook the village of X"):
    where the unknown name at offset ``at``, after that opener, lies; or None."""
    m = _OPENER.match(sentence)
    if m is None or m.end() > at:
        return None
    city = gazetteer.resolve(m.group(1).removeprefix("the "))
    if city is not None and city.population >= _OPENING_CITY:
        return None  # "In Khartoum, the army took the X neighbourhood in Y": a city's parts, never a village of the state
    return located_country("in " + m.group(1), gazetteer)


def fronted_area(sentence: str, at: int, gazetteer: Gazetteer, cc: str | None) -> str | None:
    """The first-level region of ``cc`` a sentence opens on ("In northern Hama, the army retook X"), for the unknown
    name at offset ``at`` after that opener (as ``fronted_country`` reads it), or None."""
    m = _OPENER.match(sentence)
    if m is None or m.end() > at:
        return None
    area = located_area("in " + m.group(1), gazetteer, cc)
    return area[1] if area is not None else None


def relocate(
    resolved: tuple[Place, GeoPlace | None] | None, where: str | None, gazetteer: Gazetteer, any_size: bool = False,
) -> tuple[Place, GeoPlace | None] | None:
    """An anaphor's antecedent moved into the country its sentence names ("four more towns in Kharkiv, Ukraine"):
    a small namesake elsewhere (or with ``any_size``, any namesake) gives way to one there, or to the name as written."""
    if resolved is None or where is None:
        return resolved
    place, geo = resolved
    if place.country_code == where or (geo is not None and geo.population >= 50000 and not any_size):
        return resolved
    there = gazetteer.resolve(place.name, [where])
    if there is not None and there.country_code == where:
        return Place(name=place.name, canonical_name=there.name, geonames_id=there.geonames_id, country_code=where,
                     admin1_code=there.admin1_code, lat=there.lat, lon=there.lon), there
    return Place(name=place.name, canonical_name=place.name, country_code=where), None
