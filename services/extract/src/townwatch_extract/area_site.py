"""Area sites: an army's unnamed camps or outposts placed only by the township or district around them ("captured
three army camps in Tidim Township"): a site of its own, named by the area, anchored at the area's namesake town.

A camp, base or outpost "in X town" is X's garrison (frames.place_refs); one placed only by the area around it
("a camp in X township", "outposts in Y district") did not take that area with it, and was dropped until session 35.
Issue 10 reports a site under its written name with its precision: "Tidim army camps", anchored (``near``) at the
township's seat town of the same name where the gazetteer knows it in the story's country, else ``site_only``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from townwatch_extract.actors import packaged_catalogue
from townwatch_extract.syntax import prep_objects

__all__ = ["AREA_SITE_NOUNS", "area_site_name", "site_area"]

# an army's installations, by the noun and what kind of site each is (never "positions" or "posts": labelling.md)
_KINDS = {
    "camp": "military camp", "camps": "military camp", "base": "military base", "bases": "military base",
    "outpost": "outpost", "outposts": "outpost", "garrison": "military base", "garrisons": "military base",
    "headquarters": "headquarters",
}
# oil and gas fields, placed by the province they lie in ("took control of all oil fields in Kirkuk province")
_FIELD_KINDS = {"field": "oil field", "fields": "oil field", "oilfield": "oil field", "oilfields": "oil field"}
_FUELS = frozenset({"oil", "gas"})
AREA_SITE_NOUNS = frozenset(_KINDS) | frozenset(_FIELD_KINDS)
# the areas around a site: Myanmar's townships, a district, a county, a Nigerian LGA
_AREAS = frozenset("township district county lga".split())
# a monitor's named village a camp or outpost stands in or near ("an outpost in Au Lan Pa Village", "a camp near
# Nga Bat village"): Myanmar's notes place most small junta posts so, by a village the gazetteer rarely knows
_VILLAGES = frozenset({"village"})
# and, for fields, which spread over a whole province, its province
_PROVINCES = frozenset("province governorate region state".split())
# what a camp, base or outpost is as no army's site ("a training camp" is one): a shelter, a protest, a holiday, a
# customer base, a party's or a camp of opinion
_NOT_ARMY = frozenset(
    """idp idps displaced displacement refugee refugees evacuee evacuees protest protesters sit-in summer holiday
    tourist tourists customer customers fan fans voter voters support power tax industrial home operations
    operation pro-war anti-war peace labour labor""".split()
)
# the common owners of a camp, written in capitals in a Title Case line or a monitor's note ("three Army camps")
_OWNERS = frozenset({"army", "military", "junta", "militia", "regime", "government", "tatmadaw"})
# the participles that place a camp ("established at", "located in", "based in", "stationed in")
_PLACING_VERBS = frozenset({"establish", "locate", "base", "station", "set", "build", "situate"})
# the words before the noun that only praise or count it ("three strategic hilltop outposts": "hilltop" kept)
_DROPPED = frozenset("strategic key important main major large small several some few many more other remaining last".split())


def _field(tok: Token) -> bool:
    """Whether ``tok`` is an oil or gas field noun ("oil fields", "the gas field", "oilfields")."""
    return tok.lower_ in ("oilfield", "oilfields") or (
        tok.lower_ in _FIELD_KINDS and any(c.dep_ in ("compound", "amod") and c.lower_ in _FUELS for c in tok.children)
    )


def _area_name(obj: Token, areas: frozenset[str] = _AREAS) -> list[Token] | None:
    """The name of the one area an "in" object names ("Tidim Township", "Muse District", "the township of X"), as
    its words; None for a town, a province (unless ``areas`` has it), or two areas."""
    if obj.lower_ not in areas:
        return None
    if obj.tag_ == "NNS" or any(c.dep_ == "conj" for c in obj.children):
        return None  # "in Hseni and Namkham townships": two areas
    names = [c for c in obj.children if c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and c.i < obj.i]
    if not names:
        names = [o for o in prep_objects(obj, ("of",)) if o.pos_ == "PROPN"]
        if not names:
            return None
        head = names[0]
        return [c for c in head.subtree if c.pos_ == "PROPN" and c.i <= head.i]
    first = min(n.left_edge.i for n in names)
    words = [t for t in obj.doc[first : obj.i] if t.pos_ == "PROPN"]
    if not words:
        return None
    # (a hyphenated name keeps its words, whatever their tags: "the Deir ez-Zor province")
    start = min(first, obj.left_edge.i)  # ("Deir" tagged an adjective)
    while start < words[0].i and (obj.doc[start].pos_ == "DET" or not obj.doc[start].text[:1].isupper()):
        start += 1
    return list(obj.doc[start : words[-1].i + 1])


def _own_name(mod: Token) -> bool:
    """Whether a word before a camp or base is (the last word of) the site's own name: "Hpalu" in "the Hpalu camp";
    also a name the tagger takes for an organisation's ("the Hsa Law Kyo camp") or for an adjective ("the Traunaing
    army base"), when no word of it is an owner's ("the Arakan Army camp", "the KIA camp" are a side's, not named)."""
    if mod.dep_ not in ("compound", "nmod", "amod") or mod.pos_ != "PROPN" or mod.text.isupper() or not mod.text[:1].isupper():
        return False
    if mod.lower_ in _OWNERS or mod.ent_type_ == "NORP":
        return False
    if mod.ent_type_ == "ORG" or mod.dep_ == "amod":
        # (session 40: the name of a camp "in X Township" was lost to the township's: "Lu Thaw camp"); a side's name
        # is its owner's ("the al-Shabaab camp in Jamame district")
        words = list(mod.subtree)
        if any(t.lower_ in _OWNERS or t.text.isupper() for t in words):
            return False
        name = mod.doc[words[0].i : words[-1].i + 1].text
        return not packaged_catalogue().find(name)
    return True


def site_area(tok: Token) -> list[Token] | None:
    """The name words of the township or district an unnamed army installation is placed in only by the area ("the
    army camp in Paletwa Township", "several outposts in Muse District", "captured three camps in Tidim Township" with
    "in" on the verb), or of the province an oil or gas field lies in ("all oil fields in Kirkuk province"), or None: a named site ("the Hpalu camp"), a shelter or no army's camp, a town's installation."""
    field = _field(tok)
    if (tok.lower_ not in _KINDS and not field) or tok.pos_ == "PROPN":
        return None
    mods = [c for c in tok.children if c.i < tok.i]
    if any(_own_name(c) for c in mods):
        return None  # "the Hpalu camp in X Township": a name of its own (sites.py)
    if field and any(t.text[:1].isupper() for c in mods for t in c.subtree):
        return None  # "the al-Omar oil field in Deir ez-Zor province": a field with a name of its own (sites.py)
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his") for c in mods):
        return None  # "their camps in X Township": the side's own
    if any(w.lower_ in _NOT_ARMY for c in tok.children for w in c.subtree):
        return None
    # "the three army camps established at Tidim Township": placed through the participle that sets them there
    holders = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _PLACING_VERBS)]
    objs = [o for h in holders for o in prep_objects(h, ("in", "at"))]
    # "seized three outposts from the army in Mansi Township": the parse hangs the area on the side they were taken from
    objs += [o for side in prep_objects(tok, ("from",)) for o in prep_objects(side, ("in",))]
    verb = tok.head if tok.dep_ == "dobj" else None
    if not objs and verb is not None:
        objs = [o for o in prep_objects(verb, ("in",)) if o.i > tok.i]  # "captured three camps in Tidim Township"
    # a village places only a post the verb takes ("seized an outpost in X Village", "an outpost near X village was
    # overrun"), never one a side left ("withdrew from an outpost near X village after it was attacked")
    taken = tok.dep_ in ("dobj", "nsubjpass")
    if not objs and not field and taken:
        objs = [o for o in prep_objects(tok, ("near",)) if o.lower_ in _VILLAGES]  # "an outpost near X Village"
    objs.sort(key=lambda o: o.i)
    # the first place named is the area ("in Muse District in northern Shan State": the state only holds it)
    areas = _AREAS | _PROVINCES if field else _AREAS | _VILLAGES if taken else _AREAS
    return _area_name(objs[0], areas) if objs else None


def area_site_name(tok: Token, area: Sequence[Token]) -> tuple[str, str, str]:
    """The site's written name ("Tidim army camps"), its kind, and the area's name its namesake town is looked up by
    (sites.SiteResolver anchors it near that town when the gazetteer knows one in the story's country)."""
    name = area[0].doc[area[0].i : area[-1].i + 1].text if area else ""
    mods = [c.text.lower() for c in tok.children
            if c.i < tok.i and c.dep_ in ("amod", "compound") and (c.pos_ != "PROPN" or c.lower_ in _OWNERS) and not c.like_num
            and c.lower_ not in _DROPPED and c.lower_.isalpha()]
    return " ".join([name, *mods, tok.text.lower()]), _KINDS.get(tok.lower_) or _FIELD_KINDS[tok.lower_], name
