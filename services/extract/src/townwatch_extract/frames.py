"""Frames: who took which place from whom, read off the dependency parse of one trigger."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from townwatch_extract.actors import packaged_catalogue
from townwatch_extract.adverb_examples import adverb_examples
from townwatch_extract.area_members import member_places
from townwatch_extract.area_site import AREA_SITE_NOUNS, site_area
from townwatch_extract.attacked_site import attacked_site
from townwatch_extract.attributive import attributive_participle
from townwatch_extract.bare_kind import bare_kind_names
from townwatch_extract.claiming_side import claimer_of_noun, claiming_side
from townwatch_extract.cleared_debris import debris_cleared
from townwatch_extract.completed_withdrawal import completing_side
from townwatch_extract.conj_participle import conj_participle
from townwatch_extract.conjuncts import sayers_follow
from townwatch_extract.control_compound import verb_on_control
from townwatch_extract.control_in import control_in_places
from townwatch_extract.coreference import ANAPHOR_NOUNS, SINGULAR_ANAPHORS
from townwatch_extract.country_possessive import possessed_town
from townwatch_extract.demonym import (
    PEOPLES,
    describes_people,
    names_people,
    owner_people,
    wide_people,
)
from townwatch_extract.entry_claim import claims_entered_town
from townwatch_extract.entry_grounds import (
    entered_and_disarmed,
    entered_by_deal,
    entered_foes_town,
    entered_seat_taken,
    entered_site_taken,
    held_quarters_town,
    pushed_out_side,
    rest_of_town,
    seat_of_entered,
    way_into,
)
from townwatch_extract.entry_secured import secured_after_entry
from townwatch_extract.facility import FACILITY_NOUNS, state_facility
from townwatch_extract.flight import FLIGHT_VERBS, armed_flight, personal_departure
from townwatch_extract.free_town import freed_town
from townwatch_extract.height_names import appositive_heights
from townwatch_extract.identity_clause import identified_place
from townwatch_extract.initial_name import initial_name
from townwatch_extract.kind_after_list import names_before_kind
from townwatch_extract.kind_apposition import listed_kinds
from townwatch_extract.last_ground import HELD_GROUND, last_ground_towns
from townwatch_extract.later_base import LATER_BASE_NOUNS, definite_base, unnamed_base, unnamed_site
from townwatch_extract.lexicon import (
    ADMIN_NOUNS,
    BARE_OBJECT_VERBS,
    CROWD_WORDS,
    FREED_OF_THINGS,
    INSTALLATION_NOUNS,
    INTO_VERBS,
    NEEDS_CONTROL,
    NON_PLACE_WORDS,
    NOUN_CLASSES,
    PART_OF_FORCE,
    PART_WORDS,
    PARTIAL_NOUNS,
    PLACE_NOUNS,
    REGION_NAME_TAILS,
    REGION_TAILS,
    SETTLED,
    SETTLEMENT_NOUNS,
    SHARE_WORDS,
    SITE_ADJECTIVES,
    SITE_NOUNS,
    TAKEN_SITE_WORDS,
    VERB_CLASSES,
    TriggerClass,
)
from townwatch_extract.list_tails import locative_tail, sequel_tails, verb_tails
from townwatch_extract.misread_name import adverb_name
from townwatch_extract.modality import ranked
from townwatch_extract.mountain_site import height_held, mount_name, named_mountain, summit_mount
from townwatch_extract.named_camp import camp_name
from townwatch_extract.named_port import port_name
from townwatch_extract.news_nominal import (
    OUTCOME,
    is_condemned,
    is_news_subject,
    outcome_side,
    outcome_verb,
)
from townwatch_extract.note_plural import note_plural
from townwatch_extract.note_quarter import quarter_share
from townwatch_extract.positions_left import positions_town
from townwatch_extract.possessed_part import part_owner
from townwatch_extract.praise import praised_doer
from townwatch_extract.presupposed_nominal import is_presupposed, side_on_noun
from townwatch_extract.reactions import reacting_side
from townwatch_extract.relative_verb import relative_verb
from townwatch_extract.safekeeping import secured_for
from townwatch_extract.set_off import name_set_off, set_off_kind
from townwatch_extract.shabaab_acronym import acronym_after_to, acronym_object, acronym_sources
from townwatch_extract.site_list import listed_sites
from townwatch_extract.site_town import SITE_TOWN_PREPS, site_town
from townwatch_extract.sites import WRITTEN_KINDS, named_heights, site_kind, site_names
from townwatch_extract.surrender import surrendered_town
from townwatch_extract.syntax import (
    MONTH_WORDS,
    capture_verb_misread,
    children,
    control_verb_misread,
    day_number,
    has_child,
    is_passive,
    negated_or_modal,
    object_verb_misread,
    objects_of,
    participle_doer,
    prep_objects,
    stray_subject,
    subject_of,
)
from townwatch_extract.territory_in import land_places, territory_places
from townwatch_extract.title_place import is_transport_hub
from townwatch_extract.titled_plural import titled_plural
from townwatch_extract.town_centre import centre_anaphor, owned_quarter
from townwatch_extract.trade_centre import trade_centre_of
from townwatch_extract.unit_site import listed_units, unit_designation
from townwatch_extract.verdict_side import verdict_side
from townwatch_gazetteer.countries import country_codes, country_name

__all__ = [
    "RAID", "RANKED_FALL", "SIDELESS_FALL", "Frame", "PlaceRef", "arrival_frame", "frame_or_why", "frames_for", "is_foothold", "is_named_site",
    "other_settlements",
    "place_refs", "said_list_refs",
]

_DIRECTION_ADJ = frozenset({"eastern", "western", "northern", "southern", "central", "north-eastern", "northeastern",
                            "north-western", "northwestern", "south-eastern", "southeastern", "south-western",
                            "southwestern", "eastern-most", "parts"})
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night dawn weekend day".split()
)
_WHOLE_NOUNS = frozenset({"centre", "center", "rest", "whole", "entirety", "all", "remainder"})
# a side's hold named by its town ("Kidal stronghold of Tuareg rebels"): "of" names the side, not a place
_HOLD_NOUNS = frozenset({"stronghold", "bastion"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


@dataclass(frozen=True)
class PlaceRef:
    """A token heading a place name, and whether only part of the place changed hands."""

    token: Token
    partial: bool = False
    kind_noun: str | None = None  # "town", "village", "base"... when the text says what it is
    site: bool = False  # a named site written with common nouns: "the presidential palace", "Aden's airport"
    anaphor: bool = False  # "a town", "the town", "it": named elsewhere in the article (coreference.py)
    definite: bool = False  # "the town" / "it" look back first; "a town" looks ahead
    count: int = 0  # "two towns", "the three villages": a plural anaphor standing for that many named places
    province: Token | None = None  # "the provincial capital of Jawzjan province": the anaphor is a town of it
    province_name: str | None = None  # one of several: "the capital cities of Sar-e-Pul and Kunduz provinces"
    seat: bool = False  # the town an unnamed base or HQ is in ("the army's headquarters in X"): taken only if no city
    # "the Sheikh Maqsoud district of Aleppo": the bare name a named district is "of" / "in", a city whose quarter it
    # may be (then the city is held in part: quarter.py) or a province that holds it ("the Warduj district of Badakhshan")
    quarter_of: Token | None = None


@dataclass
class Frame:
    """One reading of a trigger: the places, the gaining and the losing side (tokens), and how it was said."""

    trigger: Token
    cls: TriggerClass
    construction: str
    places: list[PlaceRef] = field(default_factory=list)
    gaining: Token | None = None
    losing: Token | None = None
    nominal: bool = False
    # Read off a verb that is a trigger only with a place for object ("took Herat", "entered Kherson"): counts
    # only when the place resolves in the gazetteer and the acting side is a known armed actor.
    needs_known: bool = False
    # The token whose clause carries the mood when it is not the trigger's: "managed" in "managed to control X".
    anchor: Token | None = None
    # A progressive that reports the change itself: "X is returning to Ukrainian control".
    ongoing_ok: bool = False
    # The sentence says the other side left or put up no fight ("seized Ragi Ele after the peacekeepers withdrew",
    # "took Gambale without encountering resistance"): an unknown name taken is a place GeoNames lacks, not a person.
    corroborated: bool = False
    # Going in told alone ("Pro-government forces entered X on Wednesday"): a capture only when a sentence next to it
    # says the other side left or this side holds the town (entry.py); never in a headline.
    pending: bool = False


def _is_nounish(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X", "ADJ") or tok.tag_.startswith("NN")


# Land around a town: "the surrounding areas of X", "the nearby areas of X" (not part of X itself)
_AROUND = frozenset({"surrounding", "nearby", "adjacent", "neighbouring", "neighboring"})

# Counting words before "<name> town": the name is the region the towns are counted in ("seize fourth Sagaing town").
# a settlement noun a side may leave with the town named on it ("leaves key port city Kismayo", "leave Kherson city")
# (and a district named on it: "security forces had left Nawzad district"; and a side's hold named on it, session 43:
# "Pro-Russia rebels flee Slovyansk stronghold", "militants quit their bastion of X")
_LEFT_TOWNS = SETTLED | {"port", "district", "stronghold", "bastion"}

# a person named by role before the name ("drug trafficker Otoniel", "rebel commander X", "gang leader Y")
_PERSON_ROLES = frozenset(
    "trafficker kingpin druglord drug-lord warlord leader commander chief boss suspect cleric spokesman spokeswoman "
    "journalist activist rapper singer smuggler gangster bandit pirate fugitive mastermind ringleader".split()
)

# ground that is no settlement: "the strategic mountain of X", "the X desert area", "the X plain"
_SUMMITS = frozenset("mountain peak summit plateau massif".split())
_GROUND_AREAS = frozenset("area region zone expanse".split())
_GROUND = frozenset("desert plain plains steppe forest mountain mountainous".split())
# a name set off after a place noun that has its own role set off after it is a person's: "now control the area, X,
# the head of the provincial police, told reporters"
_SET_OFF_ROLES = frozenset(
    "head official governor minister director mayor officer general colonel administrator commissioner secretary "
    "representative spokesperson deputy president".split()
)
_TOLD = frozenset({"tell", "say"})


def _state_name(tok: Token) -> bool:
    """"Karenni State", "Chin State", "North Kordofan State": a federal state written with its word, never a town."""
    return tok.pos_ == "PROPN" and tok.text == "State" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _person_set_off(name: Token) -> bool:
    """Whether a name set off after a place noun is a person's: its own role set off after it ("X, the head of the
    police in Y"), or the subject of a "told" / "said" ("..., X told reporters")."""
    if any(a.dep_ == "appos" and a.pos_ == "NOUN" and (a.lemma_.lower() in _SET_OFF_ROLES or a.lemma_.lower() in _PERSON_ROLES)
           for a in name.children):
        return True
    return name.dep_ == "nsubj" and name.head.lemma_.lower() in _TOLD


_COUNTING = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth another latest last more".split())




def _name_before_region(tok: Token) -> Token | None:
    """"the village of Hoptivka, Kharkiv region": the name before the comma, which the parse hangs on the region noun
    as a modifier, when the region is the object of a settlement noun's "of" ("the village of", "the town of")."""
    if tok.lower_ not in REGION_TAILS or tok.head.dep_ != "prep" or tok.head.lower_ != "of" or tok.dep_ != "pobj":
        return None
    if tok.head.head.lemma_.lower() not in _SETTLED:
        return None
    doc = tok.doc
    return next((c for c in tok.children if c.dep_ in ("nmod", "appos", "compound") and c.pos_ == "PROPN" and c.i + 1 < tok.i
                 and doc[c.i + 1].text == ","), None)


def place_refs(tok: Token | None, partial: bool = False, kind_noun: str | None = None, depth: int = 0) -> list[PlaceRef]:
    """Place heads under ``tok``: through "the town of X", "the eastern side of X", "most of X", conjunctions."""
    if tok is None or depth > 5:
        return []
    if tok.lower_ in ("which", "that") and (rel := relative_verb(tok)) is not None:
        ante = _settlement_of_area(rel.head)
        return [] if _province_named(ante) else place_refs(ante, partial, kind_noun, depth + 1)
    if tok.lower_ == "it" and (site := attacked_site(tok)) is not None and (refs := place_refs(site, partial, None, depth + 1)):
        return refs  # "launched an attack on the X camp and captured it": the camp attacked (attacked_site.py)
    if tok.lower_ == "it" and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
        return [PlaceRef(tok, partial, kind_noun, anaphor=True, definite=True)]  # "took it over"
    if kind_noun is None and (kinded := bare_kind_names(tok)) is not None:
        # a note's "liberated villages A and B", "captured towns A and B" (no "of"): each name a place of that kind
        return [r for n in kinded[1] for r in place_refs(n, partial, kinded[0], depth + 1)]
    if kind_noun is None and (before_kind := names_before_kind(tok)) is not None:
        # a note's "A, B and C villages were liberated": the names before the plural, however the parse broke them
        return [PlaceRef(n, partial, before_kind[0]) for n in before_kind[1]]
    if not _is_nounish(tok) and not adverb_name(tok):  # (a name read as the verb's adverb: "captured Bakhmut.")
        return []
    if tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "amod") and c.i < tok.i and c.lemma_.lower() in _PERSON_ROLES for c in tok.children):
        return []  # "captures most wanted drug trafficker Otoniel", "rebel commander X": a person, named by role
    if tok.pos_ == "PROPN" and any(
        c.dep_ == "appos" and c.i > tok.i and c.lemma_.lower() in _PERSON_ROLES and not _speaker_role(c) for c in tok.children
    ):
        return []  # "captured al-Masri, a senior AQAP commander": the role set off after the name says a person
    if mount_name(tok):
        # "recaptured Mount Zartak": no town, a height under its own name (labelling.md: mounts are sites; session 35)
        return [PlaceRef(tok, partial, "mount", site=True)]
    if (mount := summit_mount(tok)) is not None or (
        tok.lower_ in INSTALLATION_NOUNS and (mount := height_held(tok)) is not None
    ):
        # "captured the summit of Mount Hermon", "seized a Syrian outpost on Mount Hermon", "three outposts on X Hill":
        # the named height they stand on (mountain_site.py)
        return place_refs(mount, partial, kind_noun, depth + 1)
    if tok.pos_ != "PROPN" and not named_mountain(tok) and (tok.lemma_.lower() in _SUMMITS or (
        tok.lemma_.lower() in _GROUND_AREAS and any(c.dep_ in ("compound", "amod") and c.lower_ in _GROUND for c in tok.children)
    )):
        # "the strategic mountain of Batana", "the X desert area": ground, never a settlement (the villages listed
        # after it still are: "the X mount and the villages of A and B")
        return [r for c in children(tok, ("conj",)) if not _opens_clause(c) for r in place_refs(c, partial, kind_noun, depth + 1)]
    if (titled := titled_plural(tok)) is not None:
        return [PlaceRef(n, partial, titled[1]) for n in titled[0]]  # a note's "the Laithi and Buatni Districts"
    if (town := possessed_town(tok)) is not None:
        # "captured the Democratic Republic of the Congo's eastern city of Goma": the town, never the country
        return place_refs(town, partial, kind_noun, depth + 1)
    if held := last_ground_towns(tok):
        # "the last Islamic State pocket in Baghouz fell", "overran the last holdout in Marawi": the town it lies in
        # (whole: the last of a side's ground taken is the town taken, never a part of it)
        return [replace(r, partial=False) for t in held for r in place_refs(t, False, None, depth + 1) if not r.anaphor and not r.site]
    if (owner := owned_quarter(tok)) is not None:
        return [PlaceRef(r.token, True, r.kind_noun) for r in place_refs(owner, True, None, depth + 1) if not r.anaphor and not r.site]
    if _state_name(tok):
        return []  # "the last base in Shadaw Township, Karenni State": the state the town lies in, never a town
    if (named_before := _name_before_region(tok)) is not None:
        # "took control of the village of Hoptivka, Kharkiv region": the parse hangs the village's name on the region
        # that only says where it lies; the name is the place
        return place_refs(named_before, partial, kind_noun, depth + 1)
    if (located := _before_compass(tok)) is not None:
        # "captured Mazraat al-Ali north west al-Raqqa": a note's compass point without "of", read as one name: the
        # place taken is the name before it, the town after it only says where that lies
        return place_refs(located, partial, kind_noun, depth + 1)
    if (centre := centre_anaphor(tok)) is not None:
        # "clashed with IS in Sirte and took control of the city center": the town named before, in part
        return [PlaceRef(centre, True, centre.lower_, anaphor=True, definite=True)]
    out: list[PlaceRef] = []
    low = tok.lower_
    if low == "post" and _army_post(tok):
        low = "outpost"  # "captured the Traunaing military post": an army's post with a name of its own, as an outpost is
    quarter_of: Token | None = None
    if low in _WEEKDAYS:
        # "in port city Mukalla Monday": the town the parse hangs on the weekday after it (its last word: the name's
        # own span takes the rest)
        named = [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i]
        return place_refs(named[-1], partial, kind_noun, depth + 1) if named else []
    if low in _DISTANCES or low.rstrip(".") in _MONTH_WORDS:
        # "captured the city of Jowhar 90 KMs northwest of X" (the parse hangs the town on the distance): the town
        # named before it, never the unit; "... 20 Aug.": a date, no place
        return [PlaceRef(c, partial, kind_noun) for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i]
    if low in _LABEL_NOUNS and (labelled := _label_names(tok)):
        return [PlaceRef(t, partial, "territory") for t in labelled]  # "Territory taken over by JNIM: Dioura (Tenenkou, Mopti)"
    if low in ("center", "centre") and tok.pos_ != "PROPN" and any(
        (c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _AREA_CENTRES) or _agency_letters(c) for c in tok.children
    ) and not trade_centre_of(tok):
        # "capture Sirte convention center", "the Y shopping centre", "seize CTD centre in Bannu" (an agency's
        # office): a building, not the town ("X district center" is)
        return []
    if low in ("camp", "camps", "site", "sites", "settlement", "settlements") and _shelter(tok):
        return []  # "Kanyabayonga camp for displaced persons", "the Zamzam IDP camp": a shelter, not the town it is named after
    if listed := listed_sites(tok):
        # "seized the Battalion 319 and Saiqa 39 Camps", "captured the Wadi al-Deif and Hamidiyah military bases": each
        # name a site of its own (a numbered unit's camp by its unit), never the plural read as a name
        kind = tok.lemma_.lower()
        return [r for name in listed for r in (
            # (and a numbered one, "Saiqa 39": a camp named by its unit's number, even where the unit's name is a side's)
            [PlaceRef(name, partial, "unit", site=True)] if unit_designation(name) is not None or any(c.like_num and c.i > name.i for c in name.children)
            else place_refs(name, partial, kind, depth + 1)
        )]
    of_objs = prep_objects(tok, ("of",))
    if low == "one" and len(of_objs) == 1 and (plural := of_objs[0]).tag_ == "NNS" and plural.lemma_.lower() in _SETTLED and not any(
        c.pos_ == "PROPN" or (c.dep_ == "prep" and c.lower_ in ("including", "as")) for c in plural.children
    ) and any(c.dep_ == "det" and c.lower_ == "the" for c in plural.children):
        # "captured one of the largest rebel-held towns in the northwest": one town, named in the sentences after it
        return [PlaceRef(plural, partial, plural.lemma_.lower(), anaphor=True, definite=False)]
    if tok.pos_ != "PROPN" and low in _COLLECTIVES and len(of_objs) == 1 and of_objs[0].tag_ == "NNS" and (
        of_objs[0].lemma_.lower() in PLACE_NOUNS
    ):
        # "captured a string of key northern towns, including A, B and C": the towns, listed after them ("captured
        # dozens of villages from the regime, including the villages of A ... J": the list hung further on)
        return place_refs(of_objs[0], partial, kind_noun, depth + 1) or _whole_examples(tok, partial, depth)
    if tok.pos_ != "PROPN" and low in _COMPASS_POINTS and of_objs and (named := [
        c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i
    ]):
        # "seize town of Sake west of Goma": the parse hangs the town's name on "west"; the town is Sake, Goma says where
        return [r for c in named for r in place_refs(c, partial, kind_noun, depth + 1)]
    if tok.pos_ != "PROPN" and low in _COMPASS_POINTS and of_objs and any(
        c.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod") and (c.lemma_.lower() in PLACE_NOUNS or c.lower_ in _DISTANCES)
        for c in tok.children
    ):
        return []  # "a village east of Damascus", "villages 20 km south of Mosul": the town only says where they lie
    if tok.pos_ != "PROPN" and low in PARTIAL_NOUNS and of_objs and any(c.lower_ in _AROUND for c in tok.children):
        return []  # "took control of Axum and the surrounding areas of Adigrat": land around a town, not the town
    if (called := _called_name(tok)) is not None:
        out.append(PlaceRef(called, partial, low))  # "took over a district called Wadi Jarf": the name the text gives it
    elif tok.pos_ != "PROPN" and (low in PARTIAL_NOUNS or low in _WHOLE_NOUNS) and of_objs and not (low in _SEAT_NOUNS and _district_seat(tok) is not None) and not (
        low == "majority" and any(o.lower_ in PARTIAL_NOUNS or o.lower_ in _LAND_WORDS or o.lower_ in _WHOLE_HOLDERS for o in of_objs)
    ):  # ("the majority of X airport" is a share of a place; "the majority of the west bank, including ...": its examples)
        # "captured the districts of Khanabad, Dasht-i-Archi and Imam Sahib": a list of districts, each whole (not
        # the districts of one town)
        whole = low == "districts" and any(children(o, ("conj",)) for o in of_objs)
        # a monitor's "took over the areas of A, B and C": the places listed, each whole (not "large areas of X")
        listed_areas = low == "areas" and any(children(o, ("conj",)) for o in of_objs) and all(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children if c.i < tok.i
        ) and any(c.dep_ == "det" for c in tok.children)
        whole = whole or listed_areas
        for obj in of_objs:  # "all of the city except an enclave": too vague to stand for a named town
            # "nearly all of X", "almost all of X": most of the town, not the whole of it
            nearly = low == "all" and any(c.lower_ in ("nearly", "almost") for c in tok.children)
            cut = partial or (low in PARTIAL_NOUNS and not whole) or nearly
            if obj.lower_ in _LAND_WORDS and not prep_objects(obj, ("of",)):
                # "90 percent of the land in A, B and C townships": the share is of the towns the land lies in
                for town in prep_objects(obj, ("in", "inside")):
                    out.extend(r for r in place_refs(town, True, None, depth + 1) if not r.anaphor)
                continue
            # "entered Aleppo and captured most of the city": a share of the town the line has named; "captured large
            # parts of a strategic city in the northwest. X had ...": of the one the next lines name
            out.extend(r for r in place_refs(obj, cut, "district" if whole and not listed_areas else kind_noun, depth + 1)
                       if not r.anaphor or (r.count == 0 and (
                           (low in SHARE_WORDS and r.kind_noun in _SETTLED) or quarter_share(tok, r.kind_noun)))
                       or (r.kind_noun == "capital" and r.province is not None))  # "much of the capital of Kunduz province"
    elif (owner := part_owner(tok)) is not None:
        # "took Mosul's eastern half", "captured Aleppo's western districts": the town, in part (possessed_part.py)
        out.extend(r for r in place_refs(owner, True, kind_noun, depth + 1) if not r.anaphor)
    elif (low in _PICKETS and tok.dep_ == "pobj" and (tok.head.lower_ == "from" or (tok.head.lower_ == "of" and tok.head.head.lower_ == "out"))
          and any(c.lower_ in _SOME or c.dep_ == "nummod" for c in tok.children)) or (tok.dep_ == "dobj" and _few_pickets(tok)):
        # "ousted Russian forces from some positions in Bakhmut": driven from a few of the town's positions, not from
        # the town ("retook several positions held by Houthis in the city of X" still takes X); "recaptures more
        # positions in Omdurman": a few more of its positions taken, not the town ("retook positions in X" still is)
        return []
    elif low in _SEAT_NOUNS and low != "capital" and (seat := _seat_set_off(of_objs)) is not None:
        # "seized the headquarters of Mundri East County, Kediba": the seat's own name, set off after its district
        out.extend(place_refs(seat, partial, "town", depth + 1))
    elif (low in _SEAT_NOUNS or low == "compound") and (seat := _district_seat(tok)) is not None:
        # "took control of the Washir district center in Helmand": the district's seat, named before it (the province
        # after "in" only says where the district lies)
        out.extend(place_refs(seat, partial, "district", depth + 1))
    elif low in ("centre", "center", "headquarters") and (district := _unnamed_district(tok)) is not None:
        # "overran a district centre in Badakhshan ... the battle for Kohistan district centre": the district the next
        # sentences name as one (coreference: only a name written "X district")
        out.append(PlaceRef(district, partial, "district", anaphor=True, definite=False))
    elif tok.pos_ != "PROPN" and (members := member_places(tok)):
        # "captured the entire northern Hama pocket, composed of the towns of A, B and C": the places it is made of
        # (a bare name among them is a settlement: "the enclave comprising A and B")
        out.extend(r for m in members for r in place_refs(m, partial, "town" if m.pos_ == "PROPN" else None, depth + 1) if not r.anaphor)
    elif heights := appositive_heights(tok):
        # "the hilltop Tal X in its vicinity", "hilltops A, B, C": names set off after a height noun, each a height
        out.extend(PlaceRef(h, partial, "hill", site=True) for h in heights)
    elif tok.pos_ != "PROPN" and tok.lemma_.lower() in _HEIGHTS and tok.tag_ == "NNS":
        # "retook the strategic hills of A and B": hills named after no town, each a site of its own (issue 10)
        out.extend(PlaceRef(h, partial, "hill", site=True) for h in named_heights(tok))
    elif (low in INSTALLATION_NOUNS or low in _UNITS) and _police(tok):
        pass  # "seized the police headquarters in the city of X": a police building, not the town's garrison
    elif low in _NAMED_BASES and not _own(tok) and _base_name(tok) is not None and _base_town(tok) is not None:
        # "the Al-Anad military base in Lahij", "the Western Command headquarters in the town of Ann": a base with a
        # name of its own, placed at a town, is a site (issue 10): taken under its name, the town only its anchor
        out.append(PlaceRef(tok, partial, low, site=True))
    elif camp_name(tok) is not None and not _own(tok):
        # "RSF takes control of Zamzam camp in Darfur", "the Hpalu camp in X": the camp under its own name, never the
        # town or the region it lies in (named_camp.py)
        # (read as a site, so that an owner's camp, "the Wagner camp in X", stays its town's garrison: sites.py)
        out.append(PlaceRef(tok, partial, "camp", site=True))
    elif (low in INSTALLATION_NOUNS or low in _UNITS) and not _own(tok) and not site_kind(tok) and (
        low not in FACILITY_NOUNS or state_facility(tok)  # "a military installation in X", never "a drug facility"
    ) and (towns := [t for t in _installation_towns(tok, of_objs) if not (
        low in LATER_BASE_NOUNS and t.lower_ in country_codes() and unnamed_base(tok)  # "a base in Iraq ... the base at X"
    )]):
        # "the military base in Bula Hawo", "positions in Fashir", "the division HQ in Zalingei": the town that has it
        unnamed = unnamed_seat(tok)  # "captured the army's headquarters in the city of X": a city keeps its other sites
        for town in towns:
            out.extend(replace(r, seat=unnamed) for r in place_refs(town, partial, low, depth + 1))
        if low in _SEAT_OF_UNIT and unit_designation(tok) is not None:
            # "the 22nd Infantry Division headquarters in Babanusa", "the base of the 15th Division in El Geneina": the
            # numbered unit's seat is taken under its own name too
            out.append(PlaceRef(tok, partial, "unit", site=True))
    elif low in AREA_SITE_NOUNS and (site_kind(tok) is None or site_kind(tok) == "oil field") and not _police(tok) and site_area(tok) is not None:
        # "captured three army camps in Tidim Township": placed only by the area around it, a site of its own under the
        # area's name, never the area (area_site.py)
        out.append(PlaceRef(tok, partial, low, site=True))
    elif low in LATER_BASE_NOUNS and not _own(tok) and site_kind(tok) is None and unnamed_base(tok) and all(
        t.lower_ in country_codes() for t in _installation_towns(tok, of_objs)
    ):
        # "seized a military base in western Iraq ... attacked the base at X": named beside its sentence (later_base.py)
        out.append(PlaceRef(tok, partial, "base", anaphor=True, definite=definite_base(tok), seat=True))
    elif unit_designation(tok) is not None:
        # "Light Infantry Battalion 552", "the 17th Division HQ" with no town named in it, and the units listed after it
        out.extend(PlaceRef(t, partial, "unit", site=True) for t in (tok, *listed_units(tok)))
    elif tok.pos_ != "PROPN" and low in _HARBOURS and (name := port_name(tok)) is not None:
        # "captured al Hima port in al Tuhayat district", "seizes al-Tawahi port of Aden": the port's own name is the
        # place (a town's name before its port, "Hodeidah port", is that town, as before); what follows only locates it
        out.extend(place_refs(name, partial, "port", depth + 1))
    elif tok.pos_ != "PROPN" and low in _HARBOURS and not of_objs and (towns := [
        o for o in prep_objects(tok, ("in",)) if o.pos_ == "PROPN" or _named_kind(o) or _named_settlement(o)
    ] or _verb_place(tok)):
        # "regained control of the port in Sirte": part of the town ("the port of X" names the port town itself)
        for town in towns:
            out.extend(place_refs(town, True, low, depth + 1))
    elif tok.pos_ != "PROPN" and not of_objs and (towns := _part_towns(tok)):
        # "took a neighbourhood in Aden", "captured a key area in Kobane", "seized two districts in the city of X": a
        # part of the town, the town held in part
        for town in towns:
            out.extend(place_refs(town, True, None, depth + 1))
    elif tok.pos_ != "PROPN" and (low in SITE_NOUNS or site_kind(tok) in _PLACED_KINDS) and not is_named_site(tok) and (
        towns := _verb_place(tok)
    ):
        # (and "retook the oil refinery at Baiji", "seized the dam at X": a site of a kind the verb places at a town)
        # "took control of the airport in the northern town of Kidal" (the parse hangs "in" on the verb): the town
        for town in towns:
            out.extend(place_refs(town, partial, low, depth + 1))
    elif tok.pos_ != "PROPN" and unnamed_site(tok, site_kind(tok)):
        # "seized a military airport in Aleppo province ... The capture of the Al-Jirah military airport": an airport,
        # dam or oil field taken unnamed, named in the sentences after it (later_base.py)
        out.append(PlaceRef(tok, partial, "site", anaphor=True, definite=False))
    elif tok.pos_ != "PROPN" and (low in SITE_NOUNS or site_kind(tok)) and is_named_site(tok):
        out.append(PlaceRef(tok, partial, low, site=True))
    elif tok.pos_ == "PROPN" and site_kind(tok) and tok.i > tok.sent.start and any(c.dep_ == "compound" for c in tok.children):
        out.append(PlaceRef(tok, partial, low, site=True))  # "the Baath Dam", "Kunduz Airport"
    elif tok.pos_ != "PROPN" and low in ("town", "city") and any(c.dep_ == "amod" and c.lower_ == "main" for c in tok.children):
        # "recapture main town of Swat", "Swat main town": the valley's or district's main town, left unnamed (never
        # the area itself); a name given after it still counts ("the region's main town, Gao", "the main town of the Bay
        # region, Baidoa")
        out.extend(PlaceRef(c, partial, low) for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN")
        if (seat := _seat_set_off(of_objs)) is not None:
            out.append(PlaceRef(seat, partial, low))
    elif tok.pos_ != "PROPN" and tok.tag_ == "NNS" and tok.lemma_.lower() in _LISTED_LATER and tok.lemma_.lower() not in PLACE_NOUNS and (
        _plural_count(tok) != 0
    ):
        # "took control of eight locations ... The locations include A, B": no place noun, but a counted list to come
        out.append(PlaceRef(tok, partial, tok.lemma_.lower(), anaphor=True, definite=False, count=-1))
    elif tok.pos_ != "PROPN" and low in _NAMED_QUARTERS and (towns := _quarter_towns(tok, of_objs)):
        # "freed the al-Uraybi neighbourhood of Mosul", "the Khaled and Bab al-Sijn neighbourhoods in western Mosul",
        # "the Novy district of the city of Chasiv Yar": a named part of the town, the town held in part (never the
        # quarter's name as a town of its own)
        for town in towns:
            out.extend(r for r in place_refs(town, True, None, depth + 1) if not r.anaphor)
    elif tok.pos_ != "PROPN" and low == "government" and any(c.dep_ == "amod" and c.lower_ == "local" for c in tok.children) and (
        seat_names := [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i]
    ):
        # a Nigerian headline's "seize Damasak local government": the area named after its seat town, the seat taken
        out.extend(r for c in seat_names for r in place_refs(c, partial, kind_noun, depth + 1))
    elif tok.pos_ != "PROPN" and (low in PLACE_NOUNS or tok.lemma_.lower() in PLACE_NOUNS):
        # "Sartagab village of Patu district": the village's own name, even one the tagger read as an adjective
        own_name = [c for c in tok.children if c.dep_ == "compound" and (
            c.pos_ == "PROPN" or (c.text[:1].isupper() and c.i < tok.i and not wide_people(c.lower_)))]
        if not own_name and tok.lemma_.lower() in _SUBUNITS and of_objs:
            own_name = [c for c in tok.children if _an_name(c, tok)]  # "the Paryan district of the Panjshir province"
        if tok.tag_ == "NNS":  # "seized A, B and C towns of Borno State": the names listed before the plural are its own
            own_name += [c for c in tok.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < tok.i]
        if tok.lemma_.lower() in _HOLD_NOUNS:
            # "the al Shabaab stronghold of Bardhere, Gedo region": a side's name before its hold is whose it is, no name
            own_name = [c for c in own_name if not _owner_side(c)]
        of_objs = [o for o in of_objs if not _province(o)] if own_name or low == "capital" else of_objs
        if own_name and tok.lemma_.lower() in _HOLD_NOUNS and tok.tag_ == "NN":
            # "recaptured Kidal stronghold of Tuareg rebels", "retake Mosul stronghold of the jihadists": the name before
            # a side's hold is the town, a common noun after "of" says whose hold it was, never a place ("Boko Haram
            # stronghold of Bama" keeps its town) (heads39)
            of_objs = [o for o in of_objs if o.pos_ != "NOUN"]
        # "the northern city of 270,000 people": the city's size, not its name
        of_objs = [o for o in of_objs if o.lemma_.lower() not in _POPULATION]
        if tok.tag_ == "NNS" and of_objs and (set_off := [
            c for c in tok.children
            if c.dep_ == "appos" and c.i > of_objs[-1].i and (c.pos_ == "PROPN" or c.lemma_.lower() in PLACE_NOUNS)
        ]):
            # "three more provincial capitals of Afghanistan -- the cities of A, B and C -- fell", "two towns of Idlib
            # province -- A and B -- were retaken": the country or province after "of" holds the plural, the list set
            # off after it names the places (read as without "of"); after a colon a province keeps its reading ("four
            # settlements of the X district: A, B and C" is a counted list, read by its count)
            dashed = any(c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in _SET_OFF_DASHES for c in set_off)
            of_objs = [o for o in of_objs if not (o.lower_ in country_codes() or (dashed and _province(o)))]
        if tok.tag_ == "NNS" and of_objs:
            # "three provincial capitals of Afghanistan, including the city of Kunduz": the country holds the plural,
            # never one of its places (its examples, if any, name them)
            of_objs = [o for o in of_objs if o.lower_ not in country_codes()]
        if own_name and tok.lemma_.lower() == "region":
            # "the Agdam and Kalbajar regions of Karabakh": regions, and the larger area holding them, no town; "the
            # entire Kyiv region, including A, B and C, was retaken": the towns its "including" list names (news43)
            return out or _whole_examples(tok, partial, depth)
        if own_name and tok.lemma_.lower() in _SUBUNITS:
            # "the Warduj district of Badakhshan": the named district, the province after "of" only holds it; "the
            # Jobar district of Damascus" may be a city's quarter: the extractor asks the gazetteer (quarter.py)
            quarter_of = next((o for o in [*of_objs, *prep_objects(tok, ("in",))] if o.pos_ == "PROPN" and not _province(o)), None)
            of_objs = []
        # "took control of Jaar and Abyan's provincial capital of Zinjibar": the parse hangs the first conjunct, a
        # town of its own, on the noun the second one owns (a capital named after "of" has one province)
        if of_objs:
            out.extend(PlaceRef(c, partial, None) for c in tok.children if c.dep_ in ("nmod", "poss") and c.pos_ == "PROPN"
                       and c.i < tok.i and any(k.dep_ == "conj" and any(x.dep_ == "case" for x in k.children) for k in c.children))
        if tok.tag_ == "NNS" and (_announces_list(tok) or _counted_in_area(tok, of_objs)) and (listed := _colon_names(tok, end=_line_end(tok))) and (
            _announces_list(tok) or len(listed) == _plural_count(tok)
        ):
            # "The following settlements of Fuzuli district have been liberated - A village, B village ...": the
            # settlements listed, not the district they lie in
            out.extend(PlaceRef(t, partial, tok.lemma_.lower()) for t in listed)
        elif tok.tag_ == "NNS" and (low == "capitals" or (low == "cities" and any(
            c.lower_ == "capital" and c.dep_ in ("compound", "amod") for c in tok.children
        ))) and (areas := _capital_areas(of_objs)):
            # "seized the capitals of Kunduz and Takhar provinces", "the capital cities of A and B provinces": each
            # province's capital, named elsewhere or known to the gazetteer
            out.extend(PlaceRef(tok, partial, "capital", anaphor=True, definite=True, province=o, province_name=name) for o, name in areas)
        elif of_objs:  # "the town of X"; not "Nirkh district of Wardak province", "the capital of Shabwah province"
            for obj in of_objs:
                out.extend(place_refs(obj, partial, tok.lemma_.lower(), depth + 1))
        elif low == "capital" and (area := _capital_of_area(tok)) is not None:
            # "seized the North Kivu capital": the capital of the area named before it, a town the text names elsewhere
            # (never the area itself)
            out.append(PlaceRef(tok, partial, "capital", anaphor=True, definite=True, province=area))
        elif low == "capital" and prep_objects(tok, ("of",)):
            # a province's capital left unnamed: the town is named elsewhere, not the province ("captured the provincial
            # capital of Jawzjan province ... 'Sheberghan, the capital city of the Jawzjan province, has fallen'")
            province = next((o for o in prep_objects(tok, ("of",)) if _province(o)), None)
            # "The provincial capital of Anbar province, Ramadi, falls to ISIS": the name set off after the province
            # is the capital's (the parse hangs it on the province as an apposition)
            set_off = [c for t in (tok, province) if t is not None for c in t.children
                       if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i]
            if set_off:
                out.extend(PlaceRef(c, partial, "capital") for c in set_off)
            elif province is not None and not _periphrasis(tok):
                definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this", "that") for c in tok.children)
                out.append(PlaceRef(tok, partial, "capital", anaphor=True, definite=definite, province=province))
        else:
            named = [c for c in tok.children if (c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "PROPN") or _adjective_name(c)
                     or (c.dep_ == "amod" and c.pos_ == "PROPN" and c.i > tok.sent.start and c.text[:1].isupper()
                         and not wide_people(c.lower_))  # "Ceel Dheere town": "Dheere" read as a modifier
                     or _name_as_adjective(c, tok) or initial_name(c, tok)  # "Hantunin village was liberated"
                     # "seize the Yemeni capital Sanaa": the name right after the noun, read as a common noun
                     or (c.dep_ == "appos" and c.i == tok.i + 1 and c.pos_ == "NOUN" and c.text[:1].isupper() and not c.text.isupper())
                     # "Sartagab village of Patu district": a capitalised name before a settlement noun placed in a
                     # named district is the settlement's, even read as an adjective
                     or (c in own_name and tok.lemma_.lower() not in ADMIN_NOUNS and any(_province(o) for o in prep_objects(tok, ("of",))))]
            # "a Red Sea town", "a Nile River city": the sea or river says where the town lies, not which it is;
            # a lede's "a key Afghanistan city": nor does the country (a headline's "Mali town" keeps its reading)
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            # (nor "the southern Chin State township": the state the township lies in, the township named elsewhere)
            named = [c for c in named if not ((c.lemma_.lower() in _FEATURES or c.lower_ in _STATE_WORDS) and c.i < tok.i) and not _rank(c) and not _agency(c)
                     and not (indefinite and c.dep_ == "compound" and c.i < tok.i and c.lower_ in country_codes())
                     # "the Tatmadaw camp in X": the army's own name before its camp is the owner, never the camp's name
                     and not (low in _UNNAMED_SEATS and c.i < tok.i and c.lower_ in _ARMY_NAMES)]
            if not named and tok.i + 1 < len(tok.doc) and _adverb_name(tok.doc[tok.i + 1], tok):
                named = [tok.doc[tok.i + 1]]  # "seize key city Bakhmut": the name hung on the verb, read as an adverb
            if any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in tok.children):
                # "this Turkmen city is now under control of ISIL": the town named before; the word before the noun
                # is its people's
                named = [c for c in named if c.dep_ == "appos" and c.i > tok.i]
            inner_city: list[Token] = []
            if low in _CITY_PARTS:  # "Damascus suburb", "Kabul outskirts": the name is the city the part belongs to
                named = [c for c in named if c.dep_ == "appos" and c.i > tok.i]
                if not named and low in _INNER_PARTS:
                    # "captured east Aleppo neighbourhoods": the city, held in part (labelling: "entered
                    # neighbourhoods of X" is X, partial); a suburb or the outskirts stay outside it. (The name may be
                    # read as a modifier: "east Aleppo neighborhood"; a note's bare "the neighbourhood" is no anaphor then.)
                    inner_city = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i == tok.i - 1]
                    out.extend(PlaceRef(c, True) for c in inner_city)
            if not named:  # "Baiji refinery town", "the Kirkuk oil city": the name qualifies the noun before the place noun
                # (not "a Kharkiv region village": the name is the region the village lies in)
                named = [g for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in ADMIN_NOUNS
                         for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"]
            if tok.tag_ == "NNS" and len(named) == 1 and not children(named[0], ("conj",)) and not _listed_after(tok, named[0]):
                named = []  # "the Hama villages" are villages around Hama; "Dessie and Kombolcha cities" are two
            if any(c.lower_ in _COUNTING or _rank(c) for n in (tok, *named) for c in n.children if c.dep_ in ("amod", "det", "nummod", "advmod", "compound")):
                # "fourth Sagaing town", "first Kherson village", Title Case "Ninth Afghan City" (the ordinal hung on the
                # name): a region's or a country's towns counted
                named = [c for c in named if c.dep_ == "appos"]
            if not named:  # "key towns such as A, B and C", "several villages, including A and B"
                listed = [o for p in children(tok, ("prep",)) if _opens_examples(p) for o in children(p, ("pobj",))]
                named = [o for o in listed if o.pos_ == "PROPN"]
                for o in listed:  # "at least seven towns, including the northern city of Ndele"
                    if o.pos_ != "PROPN" and _named_settlement(o):
                        out.extend(place_refs(o, partial, None, depth + 1))
            if not named and tok.tag_ == "NNS" and _plural_count(tok) != 0:
                # "two small towns in the lower Shabelle region, El Saliindi, ..." ("several towns" too: -1): the names
                # set off after the region, which the parser hangs on it as an apposition or as a conjunct
                named = [a for r in prep_objects(tok, ("in",)) if r.lemma_.lower() in ADMIN_NOUNS
                         for a in children(r, ("appos", "conj")) if a.pos_ == "PROPN" and a.i > r.i]
                named = [k for a in named for k in (a, *(_name_conjuncts(a) if a.dep_ == "conj" else ()))]
            if not named and tok.tag_ == "NNS" and (tok.dep_ in ("dobj", "nsubjpass") or (
                tok.dep_ == "conj" and tok.head.dep_ in ("dobj", "nsubjpass")  # "seized positions and villages in X, including A"
            ) or _control_verb(tok) is not None) and (listed := _listed_with_verb(tok)):
                # "recaptured villages in Lower Shabelle region, including A, B and C" (the parse hangs "including" on
                # the region or the verb); "liberated several villages, including the key district of Qataba"
                for o in listed:
                    out.extend(place_refs(o, partial, tok.lemma_.lower(), depth + 1) if o.pos_ != "PROPN" else [PlaceRef(o, partial, tok.lemma_.lower())])
                return out
            # "Sennar state capital Singa": the name after the noun is the place, the one before its province; but a name
            # set off by a comma after a noun that has its own name before it says where it lies ("Barire village,
            # Lower Shabelle", a monitor's region), unless the noun is a seat, whose name before it is the area it is
            # the seat of ("the Gezira state capital, Wad Madani")
            named = [c for c in named if not _state_name(c)]  # "the southern Chin State township": where it lies
            after = [c for c in named if c.dep_ == "appos" and c.i > tok.i]
            if after and (people := [c for c in after if _person_set_off(c)]):
                after = [c for c in after if c not in people]  # "the area, X, the head of the police, told ..."
                named = [c for c in named if c not in people]
            own = [c for c in named if c.dep_ in ("compound", "amod") and c.i < tok.i]
            comma = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "," and low not in _SEAT_NOUNS
            # ("a key Northern Malian city, Kidal": a region or a demonym before the noun is no name of the city)
            own = [c for c in own if not describes_people(c.lower_) and c.lower_ not in _DIRECTION_ADJ]
            named = own if after and own and comma else (after or named)
            for c in named:
                out.append(PlaceRef(c, partial, tok.lemma_.lower()))
                # "cities including A near the border, B, C and D": the names hung on the locative noun (list_tails.py)
                out.extend(PlaceRef(k, partial, tok.lemma_.lower()) for t in locative_tail(c, own=True) for k in (t, *_name_conjuncts(t)))
                if (tok.tag_ == "NNS" and c.dep_ == "nmod" and c.i < tok.i) or (c.dep_ == "appos" and c.i > tok.i):
                    # "Baga, Doron-Baga, ... and Kukawa towns", "the regional capital Bahir Dar, Gondar, Lalibela"
                    out.extend(PlaceRef(k, partial, tok.lemma_.lower()) for k in _name_conjuncts(c))
                if _listed_after(tok, c):
                    # a headline's "recapture of key towns Dessie, Kombolcha": the names set off one after another
                    out.extend(PlaceRef(k, partial, tok.lemma_.lower()) for k in _appos_names(c))
            if same := [c for c in tok.children if c.dep_ == "nmod" and c.lemma_.lower() == tok.lemma_.lower() and c.i < tok.i]:
                # "took control of Tessit village and Talataye village": the parser hangs the first "village" (and the
                # second name, as its conjunct) on the last one
                for c in same:
                    out.extend(place_refs(c, partial, kind_noun, depth + 1))
                named = named or same
            if not named and tok.tag_ != "NNS" and tok.lemma_.lower() in SINGULAR_ANAPHORS and (late := _trailing_name(tok) or _sibling_object(tok)) is not None:
                # "retook the second city in Daleh province, Damt", "ejecting them from the last large city, Lawdar"
                out.append(PlaceRef(late, partial, tok.lemma_.lower()))
            elif not named and (apposed := name_set_off(tok)) is not None:
                out.append(PlaceRef(apposed, partial, tok.lemma_.lower()))  # "Wad Madani, a strategic city recaptured by army"
            elif not named and not inner_city and tok.tag_ != "NNS" and tok.lemma_.lower() in SINGULAR_ANAPHORS and not _periphrasis(tok):
                definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this", "that") for c in tok.children) or (
                    # a monitor's telegraphic "attacked X town ... and later took control of town": no article at all
                    tok.dep_ == "pobj" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)
                )
                out.append(PlaceRef(tok, partial, tok.lemma_.lower(), anaphor=True, definite=definite))
            elif not named and not inner_city and _ranked_city(tok):
                # "The Taliban captured the country's second-largest city on Friday. Kandahar's fall ...": a country's
                # city by its rank, which the lede's next sentences name (as for "a major city")
                out.append(PlaceRef(tok, partial, "city", anaphor=True, definite=False))
            elif not named and tok.tag_ != "NNS" and is_transport_hub(tok):
                # "Russia retreated from the key rail hub": a town called by what it serves (title_place.py)
                out.append(PlaceRef(tok, partial, "hub", anaphor=True, definite=True))
            elif not named and low == "district" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children) and not _periphrasis(tok):
                # "the Taliban captured a strategic district in Kunduz ... the fall of Khanabad district": the district
                # a later sentence names as one (coreference: only a name written "X district")
                out.append(PlaceRef(tok, partial, "district", anaphor=True, definite=False))
            elif not named and tok.tag_ == "NNS" and tok.lemma_.lower() in ANAPHOR_NOUNS and (listed := _colon_names(tok, end=_clause_end(tok))):
                # "drove Russian troops out of the settlements: Bezruky, Slatyne, Prudianka, Dergachi district"; "captured
                # four villages on Monday: A, B, C and D" (the parser may end the sentence at the colon: the names run
                # on to the period)
                out.extend(PlaceRef(t, partial, tok.lemma_.lower()) for t in listed)
            elif not named and tok.tag_ == "NNS" and tok.lemma_.lower() in ANAPHOR_NOUNS and (count := _plural_count(tok)) != 0:
                definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "both", "these", "those") for c in tok.children)
                out.append(PlaceRef(tok, partial, tok.lemma_.lower(), anaphor=True, definite=definite, count=count))
            elif not named and tok.tag_ == "NNS" and (bare := note_plural(tok)):
                # a coder note's "engaged them in an armed clash in X village (district, region). The forces took
                # control over the villages": an uncounted definite plural standing for the places the note named
                # (the extractor keeps it only after a name the note sets in its "(district, region)")
                out.append(PlaceRef(tok, partial, bare, anaphor=True, definite=True))
            elif not named and tok.tag_ == "NNS" and tok.lemma_.lower() in _LISTED_LATER and _plural_count(tok) != 0:
                # "13 districts have fallen to the Taliban. The districts include A, B ...", "took control of eight
                # locations ... The locations include A, B": a counted district or location stands only for the list
                # the next sentence opens with (never for names found around it: provinces are named there too)
                out.append(PlaceRef(tok, partial, tok.lemma_.lower(), anaphor=True, definite=False, count=-1))
    elif tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in NON_PLACE_WORDS:
        pass  # "the Mazar-i-Sharif by-election", "the Kabul talks": a name that qualifies something else
    elif _vessel_name(tok):
        pass  # "seizes tanker Stena Impero", "the ship Galaxy Leader": a vessel's name, not a town's
    elif tok.pos_ == "PROPN" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _CITY_PARTS:
        # "seize Homs outskirts" parsed as two objects: the name is the city whose outskirts were taken; "capture Hama
        # neighbourhoods": the city, in part
        if tok.doc[tok.i + 1].lower_ in _INNER_PARTS and tok.doc[tok.i + 1].head.i in (tok.i, tok.head.i):
            out.append(PlaceRef(tok, True))
    elif tok.pos_ == "PROPN" and tok.lower_ in _BODIES and any(c.dep_ == "compound" for c in tok.children):
        pass  # "the camp of the Military Council", "the Sovereign Council": a governing body, not a town
    elif tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.tag_.startswith("NN")) or adverb_name(tok):
        is_partial = partial or any(c.dep_ == "amod" and c.lower_ in _DIRECTION_ADJ for c in tok.children)
        # "reclaimed Ali Yabal, a crucial town 18 km from X": the settlement noun or the bearing set off after the name
        out.append(PlaceRef(tok, is_partial, kind_noun or other_settlements(tok) or set_off_kind(tok)))
        # "captured southern Tigray, including the towns of A and B": the towns listed in the region taken
        for item in (o for p in children(tok, ("prep",)) if p.lower_ == "including" for o in children(p, ("pobj",))):
            out.extend(r for r in place_refs(item, partial, None, depth + 1) if not r.anaphor)
    if not out and low in _WHOLE_HOLDERS:
        # "regained most of the occupied territory, including the hubs of A and B", "cleared the majority of the west
        # bank - including the towns of A and B -": a share or a stretch of land that names no town, and its examples
        out = _whole_examples(tok, partial, depth)
    if quarter_of is not None:
        out = [replace(r, quarter_of=quarter_of) if not r.anaphor and not r.site else r for r in out]
    if tok.pos_ == "PROPN" and out:
        # "seized Tabqa, its military airport and the Euphrates Dam": the sites listed after the town's own one
        for app in children(tok, ("appos",)):
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in app.children):
                for conj in children(app, ("conj",)):
                    out.extend(r for r in place_refs(conj, partial, kind_noun, depth + 1) if r.site)
    # "took control of the Mosul Dam, the city of Sinjar, the town of Zumar": the list's items read as appositions
    seen = {r.token.i for r in out}
    for app in [a for r in out if not r.anaphor and r.token.pos_ == "PROPN" for a in listed_kinds(r.token)]:
        out.extend(r for r in place_refs(app, partial, None, depth + 1) if not r.anaphor and r.token.i not in seen)
    # "A near the Iranian border, B, C and D": the names the parse hangs on the locative noun (list_tails.py)
    out.extend(r for t in locative_tail(tok) if t.i not in seen for r in place_refs(t, partial, None, depth + 1))
    for conj in children(tok, ("conj",)):
        if _opens_clause(conj) or sayers_follow(conj.doc, conj.i):
            continue  # "seized control of Aden airport and Hadi fled the country": the subject of a new clause
        if any(r.site and r.kind_noun == "unit" for r in out) and unit_designation(conj) is not None:
            continue  # a unit listed after a unit: read by ``listed_units`` already
        out.extend(place_refs(conj, partial, kind_noun, depth + 1))
    if low == "region" and out and all(r.kind_noun == "region" for r in out) and (examples := _whole_examples(tok, partial, depth)):
        # "the entire Kyiv region, including A, B and C, was retaken": the towns it lists, never the region's namesake
        # city (read as an adjective before "region"; news43)
        return examples
    return out


def other_settlements(tok: Token) -> str | None:
    """"captures X and two other towns", "seized X and several other villages": the settlement noun a name is counted
    among, or None."""
    for conj in children(tok, ("conj",)):
        if conj.tag_ == "NNS" and conj.lemma_.lower() in _SETTLED and any(c.lower_ == "other" for c in conj.children):
            return conj.lemma_.lower()
    return None


# the seats a numbered unit is taken in ("the 22nd Division headquarters in X", "the base of the 15th Division in Y")
_SEAT_OF_UNIT = frozenset("headquarters hq base barracks garrison".split())


# International bodies and missions whose name qualifies a hub, a camp or a base they run ("the UN hub", "the AU base"):
# the owner, not the place
_AGENCIES = frozenset("UN NATO EU AU UNHCR WFP ICRC MSF UNICEF OCHA IOM AMISOM ATMIS MONUSCO MINUSMA MINUSCA UNMISS UNIFIL".split())


def _agency(tok: Token) -> bool:
    """An international body's acronym ("UN", "U.N.", "AMISOM"): never the name of a place."""
    return tok.text.replace(".", "") in _AGENCIES


# Governing bodies named like places: "the Military Council", "the Provincial Council", "the Security Committee"
_BODIES = frozenset("council councils committee commission ministry parliament assembly".split())


def _opens_clause(conj: Token) -> bool:
    """Whether a conjoined name is the subject of a verb written right after it ("... and Hadi fled by boat")."""
    nxt = conj.doc[conj.i + 1] if conj.i + 1 < len(conj.doc) else None
    # not a subject list ("Man and nearby Danane fell on Thursday"): the verb is not the first conjunct's own
    return (nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VBD", "VBZ", "VBP") and conj.pos_ == "PROPN"
            and conj.head.head != nxt)


# the seat of a district or a province: "the Washir district center", "Nirkh district headquarters"
_SEAT_NOUNS = frozenset({"center", "centre", "headquarters", "hq", "capital"})


def _district_seat(tok: Token) -> Token | None:
    """The name of the district whose seat ``tok`` is ("the Washir district center" -> Washir), or None."""
    for c in tok.children:
        if c.dep_ == "compound" and c.i < tok.i and c.lemma_.lower() in ("district", "province", "county", "township"):
            # the name hangs on the admin noun or, beside it, on the seat itself ("Washir" <- "center")
            # (the word nearest the admin noun heads the name: "Qala-e Kohna district centre" -> Kohna, whose span
            # takes in "Qala-e")
            name = next((g for g in c.children if g.dep_ == "compound" and g.pos_ == "PROPN"), None) or max(
                (g for g in tok.children if g.dep_ == "compound" and g.pos_ == "PROPN" and g.i < c.i), key=lambda g: g.i, default=None
            )
            if name is not None:
                return name
    if tok.lower_ in ("center", "centre", "headquarters", "hq") and any(c.dep_ == "compound" and c.lemma_.lower() in ("district", "county") for c in tok.children):
        # "overran the district center for Nawa", "the district headquarters of Nawa": the seat named after it (a
        # coder note's "the district HQ of Nawa" too)
        named = [o for o in prep_objects(tok, ("for", "of")) if o.pos_ == "PROPN" and o.lemma_.lower() not in ADMIN_NOUNS and not _province(o)]
        if named:
            return named[0]
    if tok.lower_ in ("center", "centre", "headquarters", "hq", "compound") and any(
        c.dep_ == "compound" and c.lemma_.lower() in ("district", "county", "government") for c in tok.children
    ) and (named_district := _seat_district_in(tok)) is not None:
        return named_district  # "the district center in Khamab district", "the government headquarters in X district"
    if tok.lower_ in ("center", "centre", "headquarters", "hq", "compound"):
        # "took the center of Ghormach District": the seat of the district named after "of" (not "the centre of Mosul");
        # an Afghan outlet's "the compound of Qaisar district" is its seat too
        for o in prep_objects(tok, ("of",)):
            if o.lemma_.lower() in ("district", "county", "township") and (
                name := max((g for g in o.children if g.dep_ == "compound" and g.pos_ == "PROPN"), key=lambda g: g.i, default=None)
            ) is not None:
                return name
    return None


def _seat_district_in(tok: Token) -> Token | None:
    """"overran the district center in Khamab district", "seized the district headquarters in the remote northern
    district of Khamab": the district the seat lies in, named after "in" with its word (a province after "in" is none).
    The parse hangs the "in" on the seat, on a noun joined to it ("the district center and nearby outposts in ...") or,
    for the verb's object, on the verb."""
    holders = [tok, *children(tok, ("conj",))]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        holders.append(tok.head)
    for o in [o for h in holders for o in prep_objects(h, ("in",)) if o.i > tok.i]:
        if o.lemma_.lower() != "district" or o.tag_ == "NNS":
            continue
        named = max((g for g in o.children if g.dep_ == "compound" and g.pos_ == "PROPN"), key=lambda g: g.i, default=None)
        if named is None:
            named = next((n for n in prep_objects(o, ("of",)) if n.pos_ == "PROPN" and not _province(n)), None)
        if named is not None:
            return named
    return None


# a town's named parts: "the al-Uraybi neighbourhood of Mosul" (a "district" only of a place written as a city:
# "the Warduj district of Badakhshan" is a district of a province, taken whole)
_NAMED_QUARTERS = frozenset("neighbourhood neighborhood neighbourhoods neighborhoods quarter quarters district districts".split())


# "a village called X", "a district named X", "an area known as X": a settlement's or district's own name given after it
_CALLED_KINDS = frozenset("town village hamlet settlement locality district area".split())


def _called_name(tok: Token) -> Token | None:
    """The proper name an unnamed settlement is given ("a district called Wadi Jarf", "a village known as X"), or None."""
    if tok.pos_ == "PROPN" or tok.lemma_.lower() not in _CALLED_KINDS or tok.tag_ == "NNS":
        return None
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.lower_ not in ("called", "named", "known"):
            continue
        names = [c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj") and c.pos_ == "PROPN"]
        if acl.lower_ == "known":
            names = [o for o in prep_objects(acl, ("as",)) if o.pos_ == "PROPN"]
        if names and not children(names[0], ("det",)):
            return names[0]  # (never "a district known as the Green Zone": a nickname)
    return None


def _quarter_towns(tok: Token, of_objs: list[Token]) -> list[Token]:
    """The town a named quarter lies in: "the X neighbourhood of / in (western) Y", "the X and Z neighbourhoods near
    Y's Old City", "the X district of the city of Y"; none when the quarter has no name of its own."""
    if not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children):
        return []
    towns = of_objs or prep_objects(tok, ("in", "inside")) or _verb_place(tok)
    if tok.lower_.startswith("district"):
        # only "of the city of Y" / "of Y city": a district "of Badakhshan" is a province's
        towns = [t for o in towns for t in ([o] if _named_town(o) else prep_objects(o, ("of",)) if o.lower_ in ("city", "town") else [])]
    elif not towns:
        # "the X and Z neighbourhoods near Mosul's Old City": the city that owns the part named after "near"
        towns = [c for o in prep_objects(tok, ("near",)) for c in o.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    # (a headline's "of Mosul" may be tagged a common noun: its capital says it is a name)
    return [t for t in towns if (t.pos_ == "PROPN" or t.text[:1].isupper() or _named_kind(t)) and t.lemma_.lower() not in ADMIN_NOUNS
            and not _province(t)]


_SEAT_AREAS = frozenset("district county township province state region zone".split())


def _seat_set_off(of_objs: list[Token]) -> Token | None:
    """The name set off after a seat's area ("the headquarters of Mundri East County, Kediba", "the main town of the
    Bay region, Baidoa"): the seat, never the area."""
    for o in of_objs:
        if o.lemma_.lower() in _SEAT_AREAS or any(c.dep_ == "compound" and c.lemma_.lower() in _SEAT_AREAS for c in o.children):
            named = [a for a in children(o, ("appos",)) if a.pos_ == "PROPN" and a.i > o.i + 1 and o.doc[o.i + 1].text == ","]
            if named:
                return named[0]
    return None


def _some_of_them(subj: Token | None) -> bool:
    """Whether a subject counts only part of a force: "some Iraqi forces", "several units", "part of the garrison",
    "half their forces"."""
    return (subj is not None and any(c.dep_ in ("det", "amod", "predet") and c.lower_ in PART_OF_FORCE for c in subj.children)) or (
        subj is not None and subj.lower_ == "part" and bool(prep_objects(subj, ("of",)))
    )


def _appos_names(tok: Token) -> list[Token]:
    """The proper names set off after ``tok`` one after another ("towns Dessie, Kombolcha, Woldia")."""
    out: list[Token] = []
    for a in children(tok, ("appos",)):
        if a.pos_ == "PROPN" and a.i > tok.i:
            out.append(a)
            out.extend(_appos_names(a))
    return out


def _listed_after(plural: Token, name: Token) -> bool:
    """Whether ``name`` opens a list of names set off after a plural place noun ("key towns Dessie, Kombolcha")."""
    return plural.tag_ == "NNS" and name.dep_ == "appos" and name.i > plural.i and bool(_appos_names(name))


def _name_conjuncts(tok: Token) -> list[Token]:
    """The proper names listed after ``tok`` by conjunction ("Baga, Doron-Baga, Kross Kawwa and Kukawa")."""
    out: list[Token] = []
    for conj in children(tok, ("conj",)):
        if conj.pos_ == "PROPN":
            # ("the town of Paletwa, Chin State, and the town of X": the parse joins the town's state to it, a region
            # the town lies in, never a second town; notes41)
            if conj.lemma_.lower() not in REGION_NAME_TAILS:
                out.append(conj)
            out.extend(_name_conjuncts(conj))
    return out



# people an armed side drives from their homes: displacement, not a side expelled from the town
# what a side is made to do to the place it leaves: "forced the militants to flee / abandon X"
_MADE_TO_LEAVE = frozenset("flee abandon evacuate vacate".split())
_DISPLACED = frozenset("civilian resident inhabitant villager people family population household farmer herder".split())
# people a state or a side sends away who never held the town: "Russia expels US diplomats from Moscow", "Taliban
# expel journalists from Kabul", "Ukraine clears Kherson of collaborators" (heads41)
_SENT_AWAY = frozenset(
    "diplomat ambassador envoy attache journalist reporter correspondent staff staffer worker employee student "
    "collaborator missionary migrant refugee".split()
)
# what police clear besides people: "cleared a protest camp", "broke up the sit-in", "cleared the encampment"
_PROTEST_SITES = frozenset({"encampment", "sit-in"})
_PROTEST_THINGS = frozenset({"camp", "tent", "barricade", "site"})
_PROTEST_WORDS = frozenset({"protest", "protester", "sit-in", "demonstration", "demonstrator"})
_PUBLIC_SPACES = frozenset("square park plaza roundabout intersection street avenue boulevard campus".split())


def _crowd(tok: Token) -> bool:
    """Protesters, squatters or a protest camp: what police clear from a square, never an armed side."""
    low = tok.lemma_.lower()
    return low in CROWD_WORDS or low in _PROTEST_SITES or (low in _PROTEST_THINGS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _PROTEST_WORDS for c in tok.children
    ))


def _crowd_cleared(trigger: Token, obj: Token | None) -> bool:
    """"Police cleared protesters from Tahrir Square", "riot police cleared the square of demonstrators", "evicted
    squatters from the building", "cleared a protest camp in X": crowd control, not a side driven out."""
    if obj is None:
        return False
    if trigger.lemma_.lower() == "clear" and obj.lemma_.lower() in _PUBLIC_SPACES:
        return True  # "Egyptian riot police clear Tahrir Square", "police cleared Zuccotti Park": a square, no town
    cleared_of = [*prep_objects(obj, ("of",)), *prep_objects(trigger, ("of",))]
    if trigger.lemma_.lower() == "clear" and any(debris_cleared(o) for o in cleared_of):
        return True  # "cleared Bulagana of mines": demining, no side driven out (cleared_debris.py)
    return _crowd(obj) or any(_crowd(o) for o in cleared_of) or any(_crowd(c) for c in obj.conjuncts)


# positions counted out of a town's many ("some positions in X", "two posts in X"): the town itself did not change hands
def _agency_letters(tok: Token) -> bool:
    """An agency's initials before a centre, a compound of two to five capitals ("CTD centre", "the NADRA center"):
    whose office the centre is, never a town's name."""
    return (tok.dep_ == "compound" and tok.i < tok.head.i and 2 <= len(tok.text) <= 5 and tok.text.isalpha() and tok.text.isupper()
            and tok.ent_type_ not in ("GPE", "LOC"))  # (an all-capitals headline's "SEIZE BANNU CENTRE" names the town)


# the areas whose centre is their seat town ("the Nad Ali district center"); any other noun makes the centre a building
_AREA_CENTRES = frozenset("district city town village province provincial administrative regional municipal county".split())
_PICKETS = frozenset("position positions post posts checkpoint checkpoints".split())


def _few_pickets(tok: Token) -> bool:
    """"more positions", "several checkpoints", "two posts" taken in a town: a few of its positions, not the town
    ("retook positions in X" is the town; "several positions held by Houthis in the city of X" is told by its
    holder, and the town is taken)."""
    return (
        tok.lower_ in _PICKETS and not prep_objects(tok, ("of",))
        and any(c.lower_ in _SOME or c.dep_ == "nummod" for c in tok.children)
        and not any(c.dep_ in ("acl", "relcl") for c in tok.children)
    )
_SOME = frozenset("some several few certain other more various".split())
# "the headquarters of Light Infantry Battalion 552 in Buthidaung Township": a unit's installation, placed by its town
_UNITS = frozenset("battalion battalions brigade brigades division regiment regiments command corps company squadron".split())
_OWNER_ARMIES = frozenset("army military junta regime govt government".split())
# an army written by a name of its own, capitalised before its camp or base as a place's name would be
_ARMY_NAMES = frozenset({"tatmadaw", "army", "junta", "regime"})


# A seat the text leaves unnamed is one site of a town, not the town: "seized ISIS HQ in Sirte", "captured a military
# base in the city of Raqqa", "took over the troop base in Baga". The town's last, main or only one is its garrison
# ("took over the last army battalion base in Myawaddy"), and a garrison is the town's ("the army garrison in X").
_UNNAMED_SEATS = frozenset("headquarters hq base bases camp camps compound".split()) | FACILITY_NOUNS
_WHOLE_GARRISON = frozenset("last main only remaining final".split())


def unnamed_seat(tok: Token) -> bool:
    """``tok`` is an installation the text leaves unnamed (no name, no numbered unit, not the town's last or only
    one): "the army's headquarters in Al-Fashir", "a Syrian military base in the city of Raqqa"."""
    if tok.lower_ not in _UNNAMED_SEATS or unit_designation(tok) is not None:
        return False
    if any(c.lower_ in _WHOLE_GARRISON for c in tok.children if c.dep_ in ("amod", "advmod", "compound")):
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "NORP") and not _actor_word(c) for c in tok.children):
        return False  # "the Hpalu camp", "Tarkun military camp": a site with a name of its own
    # "the western command headquarters in Ann", "the headquarters of the 2nd Division in X": a unit's seat
    return not any(t.lemma_.lower() in _UNITS for t in (*tok.children, *prep_objects(tok, ("of",))))


def _actor_word(tok: Token) -> bool:
    # ("tatmadaw": Myanmar's army by its own name, "the Tatmadaw camp in X" the army's camp at X)
    return tok.text.isupper() or tok.lower_ in ("isis", "isil", "daesh", "army", "junta", "regime", "tatmadaw")


_HEIGHTS = frozenset({"hill", "height", "ridge"})
_SIEGE = frozenset({"besiege", "blockade", "encircle"})


def _besieged(tok: Token) -> bool:
    """"a village where residents have been besieged by Islamist militants for two weeks": the place a side held
    under siege, never one it held (a relative clause on the place)."""
    return any(c.dep_ == "relcl" and any(t.lemma_.lower() in _SIEGE for t in c.subtree) for c in tok.children)


def _police(tok: Token) -> bool:
    """"the local police headquarters", "a police station": a police installation (never a side's base)."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("police", "gendarmerie") for c in tok.children)


# the words that make a named post an army's ("the Traunaing military post", "the Ramtha army post"); a police post
# is a police building (frames._police), a border post a border crossing (sites.site_kind)
_POST_OWNERS = frozenset({"military", "army", "junta", "militia"})


def _army_post(tok: Token) -> bool:
    """Whether ``tok`` ("post") is an army's post with a proper name written before it ("the Traunaing military post");
    never a post of office ("the post of governor"), a message ("a Telegram post") or a border post."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    return tok.tag_ == "NN" and any(c.lower_ in _POST_OWNERS for c in mods) and any(
        c.pos_ == "PROPN" and c.lower_ not in country_codes() and c.ent_type_ != "NORP" for c in mods
    )


# bases that carry a name of their own ("the Al-Anad military base", "the Western Command headquarters"); a camp only
# as an army's ("the Al Ameri military camp": a named camp alone is as often one for the displaced)
_NAMED_BASES = frozenset({"base", "headquarters", "hq", "camp"})
_ARMY_WORDS = frozenset({"military", "army", "brigade", "battalion"})


def _base_name(tok: Token) -> Token | None:
    """The proper noun written before a base as its own name ("Al-Anad" in "the Al-Anad military base"), never a
    country's or a people's word ("the Syrian army base"), an owner's ("ISIS HQ"), a unit's number or a police post."""
    if _police(tok) or unit_designation(tok) is not None:
        return None
    if tok.lower_ == "camp" and not any(c.lower_ in _ARMY_WORDS for c in tok.children if c.i < tok.i):
        return None
    name = next((c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i
                 and c.lower_ not in country_codes() and c.ent_type_ != "NORP" and not _actor_word(c)), None)
    # (an organisation's name is its owner's, not the base's: "an African Union base in X" is X's garrison, which
    # the site resolver reads: sites.SiteResolver.resolve)
    return name


def _base_town(tok: Token) -> Token | None:
    """The town a named base is placed in or near, on the base or on the verb that takes it ("seized the X base in
    Lahij", "took control of the X headquarters in the town of Ann")."""
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    # (the verb's "in" only after the base: "In Eastern Ghouta, the army restored control of the X base" sets a scene)
    objs = prep_objects(tok, ("in", "near", "outside")) + [o for o in (prep_objects(verb, ("in",)) if verb is not None else []) if o.i > tok.i]
    for o in objs:
        if o.pos_ == "PROPN" and not in_admin_area(o) and o.lemma_.lower() not in ADMIN_NOUNS:
            return o
        if o.lower_ in _SETTLED and (named := next((p for p in prep_objects(o, ("of",)) if p.pos_ == "PROPN"), None)) is not None:
            return named
    return None


def _owner_side(tok: Token) -> bool:
    """Whether ``tok`` (an "of" object) names an armed side: an owner's word ("the army", "the junta") or the whole
    name the actor catalogue knows ("FAMa", "the Sudanese Armed Forces")."""
    if tok.lower_ in _OWNER_ARMIES:
        return True
    words = [t for t in tok.subtree if t.dep_ != "det"]
    name = tok.doc[words[0].i : words[-1].i + 1].text if words else tok.text
    return any(m.start == 0 and m.end == len(name) for m in packaged_catalogue().find(name))


def _speaker_role(role: Token) -> bool:
    """Whether a role the parse sets off after a town is its speaker's, whose name runs on into the saying verb ("took
    70 percent of Marawi, where ..., military chief of staff Gen. Eduardo Ano said"; news43)."""
    doc, i = role.doc, role.right_edge.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN":
        i += 1
    return i > role.right_edge.i + 1 and i < len(doc) and doc[i].lemma_.lower() in ("say", "tell", "add")


def _installation_towns(tok: Token, of_objs: list[Token]) -> list[Token]:
    """The towns an installation noun is placed in: "the military base in Bula Hawo", "positions in Fashir", "the
    division HQ in Zalingei", and a unit's "headquarters of (the junta's) Battalion 552 in Buthidaung Township"."""
    # "battalion based in X"; "positions held by Houthis in the coastal city of Dhubab"
    holders = [tok, *(c for c in children(tok, ("acl",)) if c.lemma_.lower() in ("base", "station", "locate", "hold", "occupy"))]
    numbered = tok.lower_ in _UNITS and tok.dep_ in ("dobj", "ROOT") and any(
        c.dep_ in ("amod", "nummod", "compound") and (c.like_num or c.text[:1].isdigit()) for c in tok.children
    )
    if tok.lower_ in _UNITS and not numbered:
        holders = holders[1:]  # a unit alone is placed only by "based / stationed in X"
    if numbered:
        # "seized the army's 16th Infantry Division in Nyala", "captured 21st Infantry Division of army in X": a
        # numbered formation taken is its garrison, the town it is in (the army it belongs to says no place)
        of_objs = [o for o in of_objs if o.lower_ not in _OWNER_ARMIES]
    owners = camp_holders(tok) if tok.lower_ in _CAMP_NOUNS else []
    sides = [o for o in of_objs if o not in owners and _owner_side(o)]
    if sides and (prep_objects(tok, ("in",)) or any(prep_objects(o, ("in",)) for o in sides)):
        # "seized a military camp of FAMa in Bourem", "a camp of the Sudanese army in Nyala" (the parse may hang the
        # "in" on the owner): the owner after "of" is a side, and the town after "in" has the installation
        of_objs = [o for o in of_objs if o not in sides]
        holders += sides
    if of_objs:
        units = [o for o in of_objs if o.lower_ in _UNITS or any(c.lower_ in _UNITS for c in o.children if c.dep_ == "compound")]
        if len(units) != len(of_objs) and not owners:
            return []
        holders += units
    # "a camp of the New People's Army in X town", "a camp allegedly belonging to the NPA in X": the "in" hangs on the
    # side that owns the camp, and places the camp (news43)
    holders += owners
    # "in Lashio in northern Shan state": the state says where the town is, it is not taken
    return [
        o for h in holders
        # "the military base outside the town of Baga" (or "near Daraa") is that town's garrison, the site a desk maps
        # at the town (labelling.md: "Kas army base" is matched by Kas); "positions near X" are not X
        for o in prep_objects(h, _garrison_preps(h))
        if (o.pos_ == "PROPN" or _named_kind(o) or _named_settlement(o)) and o.lemma_.lower() not in ADMIN_NOUNS
        and not in_admin_area(o)
        # "positions and villages in the Jabal al-Akrad area, including A": land, never the town that has them
        and not (tok.lower_ in _PICKETS and o.lemma_.lower() in _LAND_AREAS)
    ]




# the rebels' installations an army overruns and reports placed by a town ("overran a camp of the NPA in X town")
_CAMP_NOUNS = frozenset({"camp", "camps", "encampment", "base"})


def camp_holders(tok: Token) -> list[Token]:
    """The armed side a camp is said to be of or to belong to, by a name ("a camp of the New People's Army", "a camp
    allegedly belonging to the NPA"), and the belonging clause: where the parse hangs the camp's town. A people or a
    country is no owner."""
    belonging = [c for c in children(tok, ("acl",)) if c.lemma_.lower() == "belong"]
    owners = [o for o in [*prep_objects(tok, ("of",)), *(o for c in belonging for o in prep_objects(c, ("to",)))]
              if o.pos_ == "PROPN" and o.lower_ not in country_codes() and o.ent_type_ != "GPE"]
    return [*owners, *belonging] if owners else []


def _garrison_preps(h: Token) -> tuple[str, ...]:
    """The prepositions that place an installation at a town: "in"/"at"; for a garrison also "outside", and "near" for
    one the text leaves unnamed ("a military base near X"; "Battalion 812's headquarters near X" is the unit's site, the
    village only where it lies)."""
    if h.lemma_.lower() not in _GARRISONS:
        return ("in", "at")
    named = unit_designation(h) is not None or any(
        c.dep_ in ("compound", "nmod", "poss") and (
            any(ch.isdigit() for ch in c.text) or (
                c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "NORP") and not _actor_word(c) and not owner_people(c.lower_)
            )
        ) for c in h.children
    )  # (an owner's words are no name: "Iraqi Army Headquarters Near X", as unnamed_seat reads them)
    return ("in", "at", "outside") if named else ("in", "at", "outside", "near")


_LAND_AREAS = frozenset({"area", "countryside", "mountain", "mountains", "plain", "valley", "desert"})


_SHELTER_WORDS = frozenset("idp idps displaced displacement refugee refugees evacuee evacuees".split())
_REFUGEE_WORDS = frozenset({"refugee", "refugees"})


def _shelter(tok: Token) -> bool:
    """A camp for people who fled: "camp for displaced persons", "IDP camp", "refugee camp", "displacement site"."""
    words = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    words += [o for p in children(tok, ("prep",)) if p.lower_ == "for" for o in p.subtree]
    nxt = tok.doc[tok.i + 1 : tok.i + 5]
    if len(nxt) and nxt[0].lower_ == "for":  # the parser often hangs "for displaced persons" on the verb
        words += list(nxt[1:])
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children) and not any(
        w.lower_ in _SHELTER_WORDS - _REFUGEE_WORDS for w in words
    ):
        return False  # "withdrew from Jabalia refugee camp": a camp of refugees decades old is a town, named (not "X IDP camp")
    return any(w.lower_ in _SHELTER_WORDS for w in words)


# "a camp in Dawei township", "a junta position in Hseni and Namkham townships": an installation placed by the area
# around it, not by a town, did not take that area with it
_AREA_WORDS = frozenset("township townships district districts county counties lga lgas".split())


def in_admin_area(tok: Token) -> bool:
    """``tok`` names an administrative area ("Dawei township", "Buthidaung Township", "Uba LGA"), not a town."""
    if tok.lower_ in _AREA_WORDS:
        return True
    if any(c.lower_ in _AREA_WORDS and c.dep_ in ("compound", "appos", "amod") for c in tok.children):
        return True
    for t in tok.doc[tok.i + 1 : tok.i + 8]:  # "Hseni and Namkham townships": the area word after the names
        if t.lower_ in _AREA_WORDS:
            return True
        if not (t.pos_ == "PROPN" or t.lower_ in ("and", ",")):
            return False
    return False



_FEATURES = frozenset("sea river gulf coast lake valley mountains mountain desert delta border frontier".split())
# the last word of an administrative area's name written before a settlement noun ("the Chin State township")
_STATE_WORDS = frozenset("state province region governorate oblast".split())
_VESSELS = frozenset("tanker tankers ship ships vessel vessels freighter carrier boat boats yacht trawler dhow ferry warship frigate destroyer".split())


def _opens_examples(prep: Token) -> bool:
    """"including" or "such as": a list of some of the places a plural stands for ("such villages as A, B": the
    "such" on the plural)."""
    return prep.lower_ == "including" or (prep.lower_ == "as" and (
        any(c.lower_ == "such" for c in prep.children) or any(c.lower_ == "such" and c.dep_ == "amod" for c in prep.head.children)
    ))


def _control_verb(tok: Token) -> Token | None:
    """The verb whose "control" a plural is "of" or "over" ("took control of several villages in X province, including
    A": the parse hangs the "of" on the noun or on the verb); None for any other plural."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "over"):
        return None
    owner = tok.head.head
    if owner.lemma_.lower() == "control" and owner.dep_ == "dobj":
        return owner.head if owner.head.pos_ in ("VERB", "AUX") else None
    if owner.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in owner.children):
        return owner
    return None


def _listed_with_verb(tok: Token) -> list[Token]:
    """What an "including" list hung on the verb, or on the region the verb's "in" names, lists of a plural object:
    names, or a settlement noun with its own name ("the key district of Qataba")."""
    base = tok.head if tok.dep_ == "conj" else tok  # "positions and villages in X, including A": the first object's
    verb = _control_verb(base) or base.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    # "took three towns on Dec. 10, including the northern city of Ndele": the list hung on the date
    # ("seized positions and villages in Latakia, including A": on the region the objects' own "in" names)
    holders = [verb, *(o for o in prep_objects(verb, ("in",)) if o.lemma_.lower() in ADMIN_NOUNS),
               *(o for o in prep_objects(verb, ("on",)) if o.ent_type_ == "DATE"),
               *(o for n in {tok, base} for o in prep_objects(n, ("in",)) if o.lemma_.lower() in ADMIN_NOUNS or o.pos_ == "PROPN")]
    found = [o for h in holders for p in children(h, ("prep",)) if _opens_examples(p) for o in children(p, ("pobj",))]
    if not found:
        # "retook several areas after the army withdrew, including the town of X", "several villages were recaptured
        # from IS fighters, including A and B": the list hung further on in the clause, after the plural
        found = [o for p in verb.subtree if _opens_examples(p) and p.dep_ == "prep" and p.i > tok.i
                 and p.head.ent_type_ not in ("PERSON", "NORP") for o in children(p, ("pobj",))
                 if not any(c.lemma_.lower() in _PERSON_ROLES for c in o.children)]
        found = [k for o in found for k in (o, *(c for c in children(o, ("conj",)) if c.pos_ == "PROPN"))]
    return [o for o in found if o.pos_ == "PROPN" or (o.lemma_.lower() in PLACE_NOUNS and any(is_proper(x) for x in prep_objects(o, ("of",))))]


# a share or a stretch of land a clause may take whole, naming its places only in an "including" list after it
_WHOLE_HOLDERS = frozenset("most majority bulk much half parts territory territories land lands ground bank countryside".split())
_HOLDING = frozenset("control hold keep retain".split())  # verbs of holding: a share held says who holds what, not a change


def _whole_examples(tok: Token, partial: bool, depth: int) -> list[PlaceRef]:
    """The places an "including" list names for a share, a stretch of land or a collective the verb takes and that
    names no town itself ("regained most of the territory, including the hubs of A and B", "captured dozens of
    villages from the regime, including the villages of A ... J"): only the verb's own object or passive subject, and
    only names or a place noun with its own name ("the towns of A and B"), never a people or a unit."""
    if depth > 1 or tok.pos_ == "PROPN":
        return []
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "over"):
        # "took control of dozens of villages from Z, including ...": the control the verb took (the "of" hangs on the
        # noun or on the verb)
        owner = tok.head.head
        tok = owner if owner.lemma_.lower() == "control" else next(
            (c for c in children(owner, ("dobj",)) if c.lemma_.lower() == "control" and owner.pos_ == "VERB"), tok)
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.lemma_.lower() in _HOLDING or (
        tok.head.lemma_.lower() == "occupy" and tok.head.tag_ in ("VBP", "VBZ")
    ):
        return []  # (not "Russian forces now control / occupy most of the region, including A and B": who holds what)
    return [r for o in _listed_with_verb(tok) for r in place_refs(o, partial, None, depth + 1) if not r.anaphor]


def _verb_place(tok: Token) -> list[Token]:
    """The settlement a verb places its unnamed site object in: "took control of the airport in the town of X",
    "seized the airport at X" read with "in"/"at" on the verb: a name, "the town of X" or "X town"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "control":
        tok = tok.head.head  # "took control of the airport in X"
    if tok.dep_ != "dobj" or tok.head.pos_ not in ("VERB", "AUX"):
        return []  # not "withdrew from the airport (to the city centre) in X": only what the verb takes
    verb = tok.head
    towns = []
    for o in prep_objects(verb, ("in", "at")):
        if o.pos_ == "PROPN" or _named_kind(o) or _named_settlement(o):
            towns.append(o)
        elif (town := site_town(o)) is not None:
            towns.append(town)  # "captured the military airport in the centre of X": the town it is the centre of
    return towns


def _vessel_name(tok: Token) -> bool:
    """"tanker Stena Impero", "the Niovi, a Panama-flagged tanker": a name a vessel noun qualifies."""
    return tok.pos_ == "PROPN" and (
        any(c.dep_ in ("compound", "amod", "appos", "nmod") and c.lower_ in _VESSELS and c.pos_ != "PROPN" for c in tok.children)
        or (tok.dep_ in ("compound", "appos") and tok.head.lower_ in _VESSELS and tok.head.pos_ != "PROPN")
    )
_HARBOURS = frozenset("port seaport harbour harbor".split())
# kinds of site an unnamed head is placed at a town by the verb's "at"/"in" (sites.SITE_KINDS): works and airfields,
# never a hill, a school or a building (a town's "school" taken is no garrison of it)
_PLACED_KINDS = frozenset({"airport", "air base", "dam", "oil field", "refinery", "plant", "building"})
_GARRISONS = frozenset("base barracks garrison camp headquarters".split())
_SUBUNITS = frozenset({"district", "county"})  # a unit named inside a larger one: "the X district of P"
_COMPASS_POINTS = frozenset("east west north south northeast northwest southeast southwest north-east north-west south-east south-west".split())


def _before_compass(tok: Token) -> Token | None:
    """The last word of the name written before a compass point inside one proper-noun run ("Mazraat al-Ali north west
    al-Raqqa" -> "Ali"), or None ("North Waziristan", "al-Raqqa" alone)."""
    if tok.pos_ != "PROPN":
        return None
    run = sorted((c for c in tok.subtree if c.i < tok.i and c.dep_ == "compound"), key=lambda c: c.i)
    first = next((c for c in run if c.lower_ in _COMPASS_POINTS), None)
    if first is None or first.i == tok.sent.start:
        return None
    named = [c for c in run if c.i < first.i and c.pos_ == "PROPN" and c.text[:1].isupper()]
    return named[-1] if named and first.i - named[-1].i == 1 else None


_DISTANCES = frozenset("km kms kilometres kilometers kilometre kilometer miles mile".split())
_MONTH_WORDS = MONTH_WORDS - {"may"}  # never the modal: "X may fall"
_CIVIL_CONTROL = frozenset("administrative financial operational editorial managerial commercial".split())
_POPULATION = frozenset("people resident inhabitant soul person".split())
# A number of towns: "a string of key northern towns", "a series of villages", "a handful of towns".
_COLLECTIVES = frozenset("string series chain handful number host raft cluster swathe swath dozens scores".split())
# A part of a town named after "in": "took a neighbourhood in Aden", "captured key area in Kobane".
_PARTS_IN = PART_WORDS | {"parts"}
# parts only a town has: "took control of several neighbourhoods in Aleppo" is Aleppo in part, however many
_CITY_QUARTERS = frozenset("neighbourhoods neighborhoods quarters".split())
# The land a share is measured in: "more than 90 percent of the land in A and B townships".
_LAND_WORDS = frozenset("land territory territories ground area".split())
_SETTLED = SETTLED
_SET_OFF_DASHES = frozenset({"--", "-", "—", "–", ","})
# the other side, after a withdrawal, only at the town's edge: "and the rebels had started to enter the suburbs"
_EDGE_ONLY = re.compile(
    r"\b(?:(?:start(?:ed|s|ing)?|beg[au]n|begins?|beginning) to (?:enter|move into|push into)|enter(?:s|ed)?|reach(?:es|ed)?) (?:the )?"
    r"(?:city's |town's )?(?:suburbs|outskirts|edges?|outer districts)\b(?!\s+of\s+(?-i:[A-Z]))", re.I,
)

# Parts of a city: a name before them ("Damascus suburb", "the Aleppo outskirts") is the city's, not the part's.
_CITY_PARTS = frozenset("suburb suburbs outskirts neighbourhood neighborhood neighbourhoods neighborhoods".split())
_INNER_PARTS = frozenset("neighbourhood neighborhood neighbourhoods neighborhoods".split())  # inside the city


def _measured_from(prep: Token) -> bool:
    """"liberated X, 20 kilometres (12 miles) from Hobyo": a "from" after a distance says where X lies, not whom it
    was taken from (the parser hangs it on the verb)."""
    before = [t for t in prep.doc[max(0, prep.i - 6) : prep.i] if t.text not in "()"]
    return bool(before) and before[-1].lower_ in _DISTANCES


def _province_named(tok: Token) -> bool:
    """"the province of Salahudin, which has been seized": a province's name, the antecedent of a relative clause the
    parse hangs on it (no province is a town taken)."""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ADMIN_NOUNS) or _province(tok)


def _settlement_of_area(tok: Token) -> Token:
    """A relative clause's antecedent: "Sartagab village of Patu district, which had fallen to the Taliban" hangs the
    clause on the district in the parse, but the village is what fell."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if head is not None and _province(tok) and head.lemma_.lower() in PLACE_NOUNS and head.lemma_.lower() not in ADMIN_NOUNS:
        return head
    held = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    if held is not None and held.tag_ == "NNS" and held.lemma_.lower() in PLACE_NOUNS and held.lemma_.lower() not in ADMIN_NOUNS:
        return held  # "A, B and C villages in Northeastern Aleppo, which they took from ISIS": the villages were taken
    return tok


def _relative_antecedent(which: Token, clause: Token) -> Token:
    """The antecedent of a relative "which": the clause's head, unless the parse hung the clause on the people named
    before the place ("Activists in Hasaheisa locality, which fell into the hands of the RSF on Wednesday, said"):
    then the place written right before the comma."""
    head = clause.head
    before = which.doc[which.i - 2] if which.i >= 2 and which.doc[which.i - 1].text == "," else None
    if before is None or before == head or head.lemma_.lower() in PLACE_NOUNS or not (
        before.dep_ == "pobj" and before.head.lower_ == "in" and before.head.head == head
    ):
        return _settlement_of_area(head)
    # "X locality, which fell": a place its noun names, whoever the clause was hung on; a bare name only after people
    # ("Activists in X, which fell"), never after a place ("Raqqa in northern Syria, which fell": Raqqa)
    named_kind = before.lemma_.lower() in PLACE_NOUNS and before.lemma_.lower() not in ADMIN_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in before.children
    )
    if named_kind or (before.pos_ == "PROPN" and head.pos_ == "NOUN"):
        return before
    return _settlement_of_area(head)


def _country_itself(low: str) -> bool:
    """Whether a word is a country's own name ("yemen"), not a region the table maps to its country ("tigray")."""
    cc = country_codes().get(low)
    return cc is not None and (country_name(cc) or "").casefold() == low


def _capital_of_area(tok: Token) -> Token | None:
    """The area "(the) <area> capital" names ("the North Kivu capital", "the Tigray capital"): a name right before the
    noun, none after it ("the Sennar state capital, Singa" and "the Libyan capital Tripoli" name the town)."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and not _country_itself(c.lower_)), None)
    if owner is not None and not wide_people(owner.lower_):
        return owner  # "withdrew from Tigray's capital", "Tigray's regional capital": the region's own (never "Yemen's")
    if any(c.dep_ == "det" and c.lower_ != "the" for c in tok.children):
        return None  # (a headline drops the article: "Rebels retake Tigray capital", "M23 seize North Kivu capital")
    # (a rank between them: "Taliban capture Helmand provincial capital")
    between = 1 + sum(1 for c in tok.children if c.dep_ == "amod" and c.i == tok.i - 1 and c.lower_ in _AREA_RANKS)
    area = next((c for c in tok.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i == tok.i - between
                 and (between == 2 or c.dep_ == "compound")), None)
    return None if area is None or wide_people(area.lower_) else area


_AREA_RANKS = frozenset({"provincial", "regional"})


_AND_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b)\s*")


def _capital_areas(of_objs: list[Token]) -> list[tuple[Token, str]]:
    """The provinces a plural "capitals of" names by a plural admin noun ("of Kunduz and Takhar provinces"): each with
    its written name, split at commas and "and" (a hyphenated name the parser splits stays whole: "Sar-e-Pul")."""
    out: list[tuple[Token, str]] = []
    for o in of_objs:
        if o.tag_ != "NNS" or o.lemma_.lower() not in ADMIN_NOUNS or o.left_edge.i >= o.i:
            continue
        words = o.doc[o.left_edge.i : o.i]
        if not any(t.pos_ == "PROPN" for t in words):
            continue
        start = next((t.i for t in words if t.lower_ not in ("the", "its")), o.i)
        out.extend((o, name) for name in _AND_LIST.split(o.doc[start : o.i].text) if name and name[:1].isupper())
    return out


def _province(tok: Token) -> bool:
    """ "Wardak province", "southern Shabwah province", "the northern province of Takhar": a named province, where a
    town lies."""
    return (tok.lemma_.lower() in ADMIN_NOUNS and (
        any(c.pos_ == "PROPN" for c in tok.children) or any(o.pos_ == "PROPN" for o in prep_objects(tok, ("of",)))
    )) or any(
        c.lemma_.lower() in ADMIN_NOUNS and c.dep_ in ("compound", "appos") for c in tok.children
    )


_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "both": 2,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20,
    **{str(n): n for n in range(2, 100)},
}
# plural nouns a count makes stand for the list the next sentence opens with, and for nothing else
_LISTED_LATER = frozenset({"district", "location", "locality"})


_NAME_ENDS = frozenset({",", ".", ";", "after", "following", "on", "in", "near"})


def _sibling_object(tok: Token) -> Token | None:
    """The name a headline's parse hangs on the verb as a second object right after the place noun: "Army retakes
    strategic town Palmyra" (both "town" and "Palmyra" read as objects of "retakes")."""
    doc = tok.doc
    if tok.dep_ != "dobj" or tok.i + 1 >= tok.sent.end or not doc[tok.i + 1].text[:1].isupper():
        return None
    name = doc[tok.i + 1]
    while name.head.i != name.i and name.head.i > tok.i and name.dep_ in ("compound", "punct", "flat"):
        name = name.head
    if name.dep_ != "dobj" or name.head.i != tok.head.i or name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME", "NORP"):
        return None
    return name


def _trailing_name(tok: Token) -> Token | None:
    """The name a note gives after an unnamed place noun and its location, set off by a comma: "the second city in
    Daleh province, Damt", "the last large city in the area, Lawdar", "a district capital, specifically Kawlin". The
    name must end at punctuation or a preposition, so "took the town, Reuters reported" is no place."""
    doc, end = tok.doc, tok.sent.end
    i = tok.i + 1
    if i < end and doc[i].lower_ in ("in", "of", "near"):
        j = i + 1
        while j < end and j < i + 7 and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX", "PRON"):
            j += 1
        i = j
    if i >= end or doc[i].text != ",":
        return None
    i += 1
    if i < end and doc[i].lower_ in ("specifically", "namely"):
        i += 1
    k = i
    while k < end and (
        (doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and doc[k].ent_type_ not in ("NORP", "DATE", "TIME"))
        or (doc[k].text == "-" and k > i and k + 1 < end and doc[k + 1].text[:1].isupper())
    ):
        k += 1
    if k == i or k - i > 4 or (k < end and doc[k].lower_ not in _NAME_ENDS):
        return None
    if doc[k - 1].dep_ == "nsubj" or _person_set_off(doc[k - 1]):
        return None  # "now control the area, Carlos Mendes, the head of the police, told reporters": who speaks
    return doc[i]


_BEARINGS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split()
)


def _compass_opener(doc: Doc, i: int, end: int) -> int | None:
    """"west of Z", "to the west of Z", "north-east of Z": a bearing from a town opens the phrase at ``i``; the index
    of its "of", or None."""
    if doc[i].lower_ == "to" and i + 2 < end and doc[i + 1].lower_ == "the":
        i += 2
    if i + 2 < end and doc[i + 1].text == "-" and f"{doc[i].lower_}-{doc[i + 2].lower_}" in _BEARINGS:
        i += 2  # "north-east" as three tokens
    return i + 1 if doc[i].lower_ in _BEARINGS and i + 1 < end and doc[i + 1].lower_ == "of" else None


def _colon_names(tok: Token, label: Token | None = None, least: int = 2, end: int | None = None) -> list[Token]:
    """The names a plural place noun lists after a colon ("the settlements: A, B, C and D", "liberated three villages
    on Sunday by Ukrainian troops: A, B and C": no verb between), each name's first word; a name followed by an admin
    noun ("Dergachi district") says where the others lie and is left out. ``label``: the colon of a monitor's label,
    whose ``least`` names may be one."""
    doc, end = tok.doc, end or tok.sent.end
    colon = label or next((t for t in doc[tok.i + 1 : end] if t.text in (":", ";", "—") or t.pos_ in ("VERB", "AUX")), None)
    if label is None and _announces_list(tok):
        # "The following settlements have been liberated from the occupiers - A village, B village and C city": the
        # plural announces the list its clause ends with, after a colon or a spaced dash
        colon = next((t for t in doc[tok.i + 1 : end - 1] if (t.text == ":" or (t.text in ("-", "—", "–") and doc.text[t.idx - 1 : t.idx] == " "))
                      and doc[t.i + 1].text[:1].isupper()), None)
    wanted = None
    if label is None and (colon is None or (colon.text != ":" and not _announces_list(tok))):
        # "forced the jihadis out of three villages, A, al-B and C": a counted plural set off by a comma names as
        # many places as it counts (the parse hangs them on the verb)
        wanted = _plural_count(tok)
        # "took control of several other towns in northern Donetsk - A, B, C and D": an uncounted plural's list set
        # off by a dash names as many places as it lists
        counted = wanted >= 2 or wanted == -1
        opener = tok.i + 1
        bearing = _compass_opener(doc, opener, end) if opener < end else None
        if opener < end and counted and (doc[opener].lower_ in ("in", "near") or bearing is not None):
            # "recaptured two other villages in Hama province, A and B": the names set off after the villages' place;
            # "captured the two villages to the west of Z – A and B", "two villages west of Z - A and B": its bearing
            opener = bearing + 1 if bearing is not None else opener + 1
            while opener < end and opener < tok.i + 10 and doc[opener].text not in (",", "-", "—", "–") and doc[opener].pos_ not in ("VERB", "AUX", "PRON"):
                opener += 1
        if not counted or opener >= end or doc[opener].text not in ((",", "-", "—", "–") if wanted >= 2 else ("-", "—", "–")):
            return []  # (a dash too: "gained control of four key villages - A, B, C and D - in Homs province")
        colon = doc[opener]
    if colon is None:
        return []
    i = colon.i + 1
    names: list[Token] = []
    while i < end and len(names) < 12:
        k = i
        while k < end and (doc[k].text[:1].isupper() or (doc[k].text == "-" and k > i) or _glued_particle(doc, k)) and doc[k].ent_type_ not in ("DATE", "TIME"):
            k += 1
        if k == i:
            break
        admin = k < end and doc[k].lemma_.lower() in ADMIN_NOUNS
        if not admin:
            names.append(doc[i])
        i = k + 1 if admin or (k < end and doc[k].lemma_.lower() in PLACE_NOUNS) else k
        if i < end and doc[i].text == ",":
            i += 1
        if i < end and doc[i].lower_ == "and":
            i += 1
    return names if len(names) >= least and (wanted in (None, len(names)) or (wanted == -1 and len(names) >= 2)) else []


# a monitor's label over the places it lists: "Territory taken over by JNIM: Dioura (Tenenkou, Mopti)", "Territories
# regained by the army: A, B"
_LABEL_NOUNS = frozenset({"territory", "territories"})


def _label_names(tok: Token) -> list[Token]:
    """The names after the colon of a label that opens its line with ``tok`` and a participle ("Territory taken over
    by JNIM: A, B and C"): one name is enough, the label says they are places."""
    doc, start = tok.doc, tok.sent.start
    if tok.i - start > 1 or not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children):
        return []
    colon = next((t for t in doc[tok.i + 1 : min(tok.sent.end, tok.i + 10)] if t.text == ":"), None)
    # the parser may end the sentence at the colon: the names run to the end of the label's line
    end = next((t.i for t in doc[tok.i + 1 :] if "\n" in t.text), len(doc))
    return _colon_names(tok, colon, least=1, end=end) if colon is not None else []


def _announces_list(tok: Token) -> bool:
    """"the following settlements": a plural that announces the list its clause ends with; or the plural subject of a
    passive a colon ends ("such settlements of the X region have been liberated: A, B and C", "seven settlements were
    freed by our troops: A, B")."""
    return any(c.lower_ == "following" and c.dep_ in ("amod", "det") for c in tok.children) or _colon_after_passive(tok)


def _counted_in_area(tok: Token, of_objs: list[Token]) -> bool:
    """"eight settlements of the X district: A, B, ...": a counted plural placed in an area by "of", whose names a
    colon lists (the list must name as many as it counts); the area only says where they lie."""
    return _plural_count(tok) >= 2 and bool(of_objs) and all(o.lemma_.lower() in ADMIN_NOUNS or _province(o) for o in of_objs)


def _clause_end(tok: Token) -> int:
    """Where the sentence of ``tok`` really ends, past a colon the parser took for a sentence's end: at the first
    full stop after ``tok``, within its line."""
    end = _line_end(tok)
    return next((t.i + 1 for t in tok.doc[tok.i + 1 : end] if t.text in (".", "!", "?")), end)


def _line_end(tok: Token) -> int:
    """Where the line holding ``tok`` ends: the parser may end a sentence at a colon, the names run on after it."""
    return next((t.i for t in tok.doc[tok.i + 1 :] if "\n" in t.text), len(tok.doc))


def _colon_after_passive(tok: Token) -> bool:
    """Whether the plural ``tok`` is the subject of a passive right after which (its agent, a time, an adverb between)
    a colon opens a list of names."""
    verb = tok.head
    if tok.tag_ != "NNS" or tok.dep_ != "nsubjpass" or verb.i < tok.i:
        return False
    if any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in verb.children) or any(c.lower_ == "still" for c in verb.children):
        return False  # "four settlements are still occupied by Z: A, B": who holds them now, no change
    doc, end = tok.doc, _line_end(tok)
    within = {t.i for t in verb.subtree}
    for k in range(verb.i + 1, min(end - 1, verb.i + 8)):
        if doc[k].text == ":":
            return doc[k + 1].text[:1].isupper()
        if k not in within or doc[k].pos_ in ("VERB", "AUX") or doc[k].text == ".":
            return False
    return False


def _glued_particle(doc: Doc, k: int) -> bool:
    """An Arabic article glued to a name by a hyphen: the "al" of "al-Saad", "Daquq-al-Wahda"."""
    return doc[k].lower_ in ("al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ez", "es", "ed") and k + 1 < len(doc) and doc[k + 1].text == "-"


def _unnamed_district(seat: Token) -> Token | None:
    """The word "district" of "a district centre" / "a district headquarters" taken with no name ("overran a district
    centre in Badakhshan province"), or None ("the Washir district center", "its district headquarters")."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in seat.children):
        return None
    if any(c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod", "amod") and c.i < seat.i for c in seat.children):
        return None
    return next((c for c in seat.children if c.dep_ == "compound" and c.lower_ == "district" and c.i == seat.i - 1), None)


def _plural_count(tok: Token) -> int:
    """How many places "two towns" / "both villages" / "the three cities" stands for (0: not a counted plural; -1:
    "more towns", "several villages", which stand for a list the next sentence opens with, coreference.plural)."""
    for c in tok.children:
        if c.dep_ in ("nummod", "det", "predet", "amod") and c.lower_ in _COUNTS:
            return _COUNTS[c.lower_]
        if c.dep_ == "amod" and c.lower_ == "more":  # "four more villages"; "more villages": uncounted (-1)
            return next((_COUNTS[g.lower_] for g in c.children if g.lower_ in _COUNTS), -1)
        if c.dep_ == "amod" and c.lower_ == "several":
            return -1
    return 0


def _own(tok: Token) -> bool:
    """"its barracks in X", "their positions in X": the side's own installation, not one taken."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his") for c in tok.children)


def _name_as_adjective(c: Token, noun: Token) -> bool:
    """"took control of Konekyan town": an unknown name the tagger read as an adjective, right before a singular
    settlement noun, capitalised mid-sentence and not a demonym, a direction or a rank ("Syrian town", "Central
    town", "Fourth village" stay out)."""
    return (
        c.dep_ == "amod" and c.pos_ == "ADJ" and c.i == noun.i - 1 and c.i > noun.sent.start and c.text[:1].isupper()
        and not c.text.isupper() and noun.tag_ == "NN" and noun.text.islower() and not names_people(c.lower_)
        and c.lower_ not in _DIRECTION_ADJ and not _rank(c) and not any(ch.dep_ == "advmod" for ch in c.children)
    )


def _an_name(tok: Token, noun: Token) -> bool:
    """"the Paryan district of Panjshir province": a district's name in "-an" the small model read as a demonym
    adjective before the subunit noun; never a country's demonym ("the Afghan district of X", "Syrian") nor a people's."""
    low = tok.lower_
    return (
        tok.dep_ == "amod" and tok.i == noun.i - 1 and tok.text[:1].isupper() and tok.i > tok.sent.start
        and low.endswith("an") and low not in country_codes() and low not in PEOPLES
    )


def _adjective_name(tok: Token) -> bool:
    """"Staromaiorske village": a name the small model read as an adjective (never a demonym: "Syrian village")."""
    return (
        tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.i > tok.sent.start and tok.text[:1].isupper()
        and tok.ent_type_ in ("GPE", "LOC", "ORG", "FAC", "PERSON")  # a name, not Title Case "Small Town", "First City"
        and not wide_people(tok.lower_) and tok.lower_ not in _DIRECTION_ADJ
    )


def _adverb_name(tok: Token, noun: Token) -> bool:
    """"key city Bakhmut", "key city Toretsk": a name right after a settlement noun that the small model read as an
    adverb of the noun or of its verb, or as the verb's noun-phrase modifier (never a common adverb: "the city again",
    "the town now")."""
    misread = (tok.pos_ == "ADV" and tok.dep_ == "advmod") or (tok.pos_ == "PROPN" and tok.dep_ == "npadvmod")
    return (
        misread and tok.i == noun.i + 1 and tok.head.i in (noun.i, noun.head.i)
        and tok.text[:1].isupper() and not tok.is_stop and tok.text[1:].islower() and len(tok.text) > 2
    )


def _part_towns(tok: Token) -> list[Token]:
    """The towns a part noun lies in: "a neighbourhood in Aden", "key area in Kobane" (the parse may hang "in" on
    the verb); none for a side's own ("their positions") or for a noun that is no part of a town."""
    counted = tok.tag_ == "NNS" and (_plural_count(tok) != 0 or _listed_with_verb(tok)) and tok.lower_ not in _CITY_QUARTERS
    if tok.lower_ not in _PARTS_IN or _own(tok) or counted:
        return []  # "retook several areas in X region, including the town of Y": the towns listed, not X
    if any(c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" for c in tok.children):
        return []  # "retook El Garas area in Bakool region", "Moqokori and Yasooma areas": the area's own name
    towns = [o for o in prep_objects(tok, ("in", "inside")) if o.pos_ == "PROPN" or _named_kind(o) or _named_settlement(o)] or _verb_place(tok)
    if tok.lower_ == "territory":
        # "recaptured territory in Sirwah, Ma'rib", "territory in the city of X": a town written as one (not "more
        # territory in Donetsk", the region as often as the city)
        towns = [o for o in towns if _named_kind(o) or _named_settlement(o) or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in o.children)]
    return [o for o in towns if o.lemma_.lower() not in ADMIN_NOUNS and not in_admin_area(o)]


def _named_kind(tok: Token) -> bool:
    """"Wad Madani city", "Kawlin town": a place noun with the name compounded before it."""
    return tok.lemma_.lower() in PLACE_NOUNS and any(
        (c.dep_ == "compound" and c.pos_ == "PROPN") or _name_as_adjective(c, tok) or initial_name(c, tok) for c in tok.children
    )  # (and a name the tagger read as an adjective: "have taken Aleppo city", "Mahas town was taken by Z")


def _named_town(tok: Token) -> bool:
    """"Taliban takes Sheberghan city": a lower-case settlement noun after its name (never "Manchester City"); a
    note's "A, B and C villages were taken by Z": the plural after a list of names (the parser hangs the first on it)."""
    if tok.text in ("cities", "towns", "villages"):
        return any(c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i and children(c, ("conj",)) for c in tok.children)
    return tok.text in ("city", "town", "village") and _named_kind(tok)


def _unnamed_town(obj: Token, lemma: str) -> bool:
    """"has taken a northern town", "took the city": a lede's unnamed town, named in the sentences after it (the
    anaphor is resolved there, coreference.py); "took a hit", "took the lead" are no settlement."""
    return lemma == "take" and obj.tag_ == "NN" and obj.lower_ in ("town", "city", "village") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the", "another") for c in obj.children
    )


def _rank(tok: Token) -> bool:
    """"largest", "2nd", "third-largest" (capitalised too, in a Title Case line): a rank, not a name."""
    low = tok.lower_
    return low.endswith(("largest", "biggest")) or (low[:1].isdigit() and low.endswith(("th", "nd", "rd", "st")))


def _ranked_city(tok: Token) -> bool:
    """"the country's second-largest city", "Sudan's third city", "Afghanistan's largest city": a city named by its
    rank in a country (a possessive country word, a rank before the noun), never a province's capital."""
    if tok.lower_ != "city" or tok.tag_ != "NN":
        return False
    country = any(c.dep_ == "poss" and (c.lower_ in ("country", "nation") or c.lower_ in country_codes()) for c in tok.children)
    ranked = any(c.dep_ in ("amod", "compound", "nummod") and (_rank(c) or c.lower_ in _RANK_WORDS) for c in tok.children)
    return country and ranked


# the ordinals a country's city is ranked by ("Iraq's second city", "the nation's third-largest city")
_RANK_WORDS = frozenset({"second", "third", "fourth", "fifth", "largest", "biggest"})


def _periphrasis(tok: Token) -> bool:
    """"Afghanistan's third-largest city", "the 10th provincial capital", "the country's capital": a description
    that names one place by itself, never a stand-in for a town named nearby (but "a second regional capital", "a
    fourth village": an indefinite counted noun is the next of a series, named nearby like "a town")."""
    counted = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return any(
        (c.dep_ == "poss" and c.pos_ == "PROPN")
        # (not an appositive "one of its biggest gains yet" after "a key city": a verdict on the capture, no rank)
        or (c.tag_ in ("JJS", "CD") and not (c.dep_ == "appos" and c.lower_ == "one")) or (c.lower_.endswith(("largest", "biggest", "th", "nd", "rd")) and c.dep_ in ("amod", "nummod") and not (counted and c.lower_ in _COUNTING))
        or (_rank(c) and c.dep_ == "compound")  # "2nd Largest City" restored from a Title Case line
        or (c.dep_ == "poss" and c.lower_ in ("country", "country's", "nation"))
        # "Gezira state's capital", "the province's capital": a province's capital, not a town named nearby
        or (c.dep_ == "poss" and c.lemma_.lower() in ADMIN_NOUNS)
        for c in tok.children
    )


def is_named_site(tok: Token) -> bool:
    """"the presidential palace", "Aden's international airport", "the airport in Tripoli"."""
    if any(c.dep_ == "amod" and c.lower_ in SITE_ADJECTIVES for c in tok.children):
        return True
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in country_codes() for c in tok.children) and site_kind(tok):
        return True  # "the Tabqa dam", "the Omar oil field" (not "key Afghan border crossing")
    if site_kind(tok) in WRITTEN_KINDS and tok.lower_ not in ("buildings", "office", "offices"):
        # ("key government buildings in X", "the governor's office in X": a public seat placed by its town, below)
        # "the Torkham border post", "the Bakhmut metalworking factory", "Mariupol's Ilyich plant" (not "the border
        # crossing of Spin Boldak", which names the town)
        return bool(site_names(tok)) or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children) or any(
        # (and "the airport of the eastern city of Luhansk": the town named by its settlement noun, labelling.md's
        # "the airport of the port city of X" is X airport)
        o.pos_ == "PROPN" for o in prep_objects(tok, ("in", "of", "near", "outside"))
    ) or any(_of_named_town(o) for o in prep_objects(tok, ("of",))) or any(
        # "the compound in the northern city of X", "the compound in the centre of X" (site_town.py)
        site_town(o) is not None for o in prep_objects(tok, SITE_TOWN_PREPS)
    )


def _armed_controller(verb: Token) -> bool:
    """Whether the side that "took / established operational control" is an armed one: a force's noun as subject
    ("its forces established full operational control over X"), also when told by a pronoun in what the force said
    ("the military said it had established operational control over X") or as "one of its brigades"."""
    subj = subject_of(verb)
    if verb.lemma_.lower() not in _TAKING_CONTROL:
        return subj is not None and subj.pos_ != "PROPN" and subj.lemma_.lower() in _ARMED_NOUNS
    if subj is not None and subj.lower_ in ("it", "they", "we") and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING:
        subj = subject_of(verb.head)
    if subj is not None and subj.lower_ == "one":
        subj = _first(prep_objects(subj, ("of",)))
    return subj is not None and subj.pos_ != "PROPN" and subj.lemma_.lower() in _ARMED_NOUNS | _COMMAND_NOUNS


_COMMAND_NOUNS = frozenset("military brigade battalion division regiment navy marine commando".split())
"""The nouns of an armed body besides :data:`_ARMED_NOUNS`, for who took "operational control"."""
_SAYING = frozenset("say announce report state claim confirm declare".split())
_TAKING_CONTROL = frozenset("take establish assume gain seize impose secure".split())


def _of_named_town(tok: Token) -> bool:
    """"the eastern city of Luhansk", "the port town of X": a settlement noun with the town's name after "of"."""
    return tok.pos_ == "NOUN" and tok.lower_ in ("city", "town", "village") and any(is_proper(o) for o in prep_objects(tok, ("of",)))


def _control_place(obj: Token) -> list[PlaceRef]:
    """"control of Y" -> Y (the "of" hangs on the noun or, in headlines, on the verb)."""
    civil = [c.lower_ for c in obj.children if c.dep_ == "amod" and c.lower_ in _CIVIL_CONTROL]
    if civil and not (civil == ["operational"] and _armed_controller(obj.head)):
        # "takes administrative control of a seminary", "financial control of the port": not held by arms; an army's
        # "operational control" is ("its forces established full operational control over the Shejaiya neighbourhood")
        return []
    # an imposed control may be "on" the town ("imposed complete control on Bashiqa"); "took control on Monday" is a day
    preps = ("of", "over", "on") if obj.head.lemma_.lower() == "impose" else ("of", "over")
    objs = prep_objects(obj, preps) or prep_objects(obj.head, preps) or [
        # "took control on Wednesday of the Hareeb district": the "of" hangs on the day
        o for t in prep_objects(obj.head, ("on", "in", "at", "by", "during", "overnight")) if t.lower_ in _TIME_WORDS
        for o in prep_objects(t, ("of", "over"))
    ] or [
        # "retook control Sunday of Jurf al-Sakhar": the bare day between the noun and its "of" takes the "of"
        o for t in children(obj.head, ("npadvmod",)) if (t.lower_ in _TIME_WORDS or t.lower_ in ("yesterday", "today")) and t.i == obj.i + 1
        for o in prep_objects(t, ("of", "over"))
    ]
    # a note's "regained control in some parts of X", "took full control in X district": the place it is "in"
    objs = objs or control_in_places(obj)
    refs = [ref for o in objs for ref in place_refs(o)]
    if not refs:  # a note's "took control of several areas in X district": the named district, in part
        refs = [replace(r, partial=True) for o in objs for t in land_places(o, obj) or land_places(o, obj.head) for r in place_refs(t)]
    # "took control of Afrin city and the towns of A, B and C": the parse makes the towns a second object of the verb,
    # a conjunct of "control"
    refs += [ref for c in obj.conjuncts if c.i > obj.i and c.tag_ == "NNS" and c.lemma_.lower() in _SETTLED and prep_objects(c, ("of",))
             for ref in place_refs(c) if not ref.anaphor]
    # "took control of the village A and hilltops B, C, D": the heights named after their noun, a conjunct of "control"
    # (or of the verb: "took control of the village of A and hilltops B and C" read as a second object of "took")
    refs += [PlaceRef(h, False, "hill", site=True) for c in (*obj.conjuncts, *obj.head.conjuncts) if c.i > obj.i
             for h in appositive_heights(c)]
    if _short_of_full(obj):
        refs = [replace(r, partial=True) for r in refs]  # "seized near full control of X", "partial control of X"
    # "seized control of army base in El Fasher": the town hangs on "control" or on the verb; so in "took control of
    # the Military Forces of Myanmar camp in Lilkhet", where the parser makes the owner's name the object
    inst = next((t for o in objs for t in _of_chain(o) if t.lower_ in INSTALLATION_NOUNS), None)
    kind = inst.lower_ if inst is not None else None
    if inst is not None and all(r.token.lower_ in NON_PLACE_WORDS for r in refs):
        towns = [t for t in prep_objects(obj, ("in", "at")) or prep_objects(obj.head, ("in", "at")) if t.pos_ == "PROPN" and not in_admin_area(t)]
        refs = [replace(ref, seat=unnamed_seat(inst)) for t in towns for ref in place_refs(t, kind_noun=kind)]
    return refs


def _short_of_full(control: Token) -> bool:
    """"near full control", "almost complete control", "partial control": a hold on part of the place."""
    mods = [c for c in control.children if c.dep_ == "amod"]
    return any(m.lower_ in ("partial", "near-total", "near-complete", "near-full") for m in mods) or any(
        g.lower_ in ("near", "nearly", "almost") for m in mods for g in m.children if g.dep_ in ("advmod", "amod")
    )


def _of_chain(tok: Token, depth: int = 0) -> list[Token]:
    """``tok`` and the nouns it reaches through "of" and compounds: "Forces of Myanmar camp" -> Forces, camp;
    never through "near" or "around" ("the road near the camp" is a road)."""
    out = [tok]
    for c in tok.children if depth < 4 else ():
        if c.dep_ in ("compound", "nmod") or (c.dep_ == "prep" and c.lower_ == "of"):
            out.extend(_of_chain(c, depth + 1))
        elif c.dep_ == "pobj" and tok.dep_ == "prep":
            out.extend(_of_chain(c, depth + 1))
    return out


def _first(tokens: list[Token]) -> Token | None:
    return tokens[0] if tokens else None


SIDELESS_FALL = "sideless fall"
"""The construction of "X fell on 12 November" with no taker written: a town of a country at war taken, whoever took it."""
_FALL_TIME_PREPS = frozenset("on in after within overnight with without".split())  # the prefilter's _FELL_ALONE
_FALL_TIME_WORDS = frozenset(
    "day days hour hours week weeks month months morning evening night afternoon weekend fighting siege battle assault "
    "offensive clashes attack days-long resistance fight".split()  # (and how: "falls with little resistance")
)


def _fell_alone(trigger: Token, subj: Token | None) -> bool:
    """"Kunlong fell on November 12", "Sheberghan fell after two days of fighting": a named town the subject of "fell"
    with nothing after it but when ("prices fell on Monday" names no town; "X fell silent", "fell back", "shells fell on
    X" are no taking)."""
    if trigger.lemma_.lower() != "fall" or trigger.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or subj is None or subj.dep_ != "nsubj":
        return False
    if not is_proper(subj) or any(c.dep_ in ("aux",) and c.lower_ in ("to",) for c in trigger.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in _FALL_TIME_PREPS for c in trigger.children):
        return False  # "Sheberghan has fallen," said a lawmaker: the fall told with a when only (as the prefilter keeps it)
    for c in trigger.children:
        if c.dep_ in ("nsubj", "punct", "aux", "mark", "cc", "conj", "npadvmod"):
            continue
        if c.dep_ == "advmod" and c.lower_ in ("later", "eventually", "finally", "quickly", "also", "soon", "then", "first"):
            continue
        if c.dep_ == "prep" and c.lower_ in _FALL_TIME_PREPS and all(
            o.like_num or o.lemma_.lower() in _FALL_TIME_WORDS or o.lower_.rstrip(".") in _MONTH_WORDS or o.ent_type_ in ("DATE", "TIME")
            for o in children(c, ("pobj",))
        ):
            continue
        return False
    return True


def _fell_bare(trigger: Token, subj: Token | None) -> bool:
    """"Kunduz has fallen." with nothing after the verb (never "has fallen silent / back / behind", "prices have
    fallen", "has not fallen")."""
    if trigger.lemma_.lower() != "fall" or trigger.tag_ != "VBN" or subj is None or subj.dep_ != "nsubj" or not is_proper(subj):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in trigger.children):
        return False
    return all(c.dep_ in ("nsubj", "aux", "punct") or (c.dep_ == "advmod" and c.lower_ in ("now", "finally", "also")) for c in trigger.children)


RANKED_FALL = "ranked fall"
"""The construction of "The latest to fall is X" with no taker written: the side named before it took X."""
# what a counted fall with no taker may be told with: when, or in which push ("the first city to fall during the
# offensive", "the first provincial capital to fall in fourteen years"), never how else ("to fall silent / behind /
# on hard times")
_COUNTED_FALL_PREPS = frozenset("during in since after within amid before over on".split())
_COUNTED_FALL_WORDS = _FALL_TIME_WORDS | frozenset("year years decade decades campaign war push advance operation onslaught".split())


def _counted_fall_alone(trigger: Token) -> bool:
    """"Kreminna was the first city to fall during the assault": the infinitive with only its "to" and a when or a
    push after it (never "the first city to fall silent", "the latest to fall behind on salaries")."""
    for c in trigger.children:
        if c.dep_ in ("aux", "punct") and c.lower_ != "not":
            continue
        if c.dep_ == "prep" and c.lower_ in _COUNTED_FALL_PREPS and all(
            o.like_num or o.lemma_.lower() in _COUNTED_FALL_WORDS or o.lower_.rstrip(".") in _MONTH_WORDS or o.ent_type_ in ("DATE", "TIME", "EVENT")
            for o in children(c, ("pobj",))
        ):
            continue
        return False
    return True


def _acl_head(trigger: Token) -> Token | None:
    """The noun a participle modifies: "the town, captured by X" -> town; the name a copula says it is ("Sheberghan is
    the second provincial capital captured by the Taliban" -> Sheberghan)."""
    if trigger.dep_ in ("acl", "relcl", "amod") and trigger.head != trigger:
        return (identified_place(trigger.head) if trigger.tag_ == "VBN" else None) or trigger.head
    return None


_REPORTED = frozenset("report say believe confirm know understand".split())


def _reported_head(trigger: Token) -> Token | None:
    """"the first township reported to fall to Z": the noun the reporting participle modifies."""
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.dep_ == "acl" and head.tag_ == "VBN" and head.lemma_.lower() in _REPORTED:
        return head.head
    return None


def conj_passive_subject(trigger: Token) -> Token | None:
    """"Buthidaung was attacked, and completely captured on May 18", "the town was besieged and captured": the subject of
    the passive a participle is conjoined to, when the participle has no subject or auxiliary of its own."""
    head = trigger.head
    if trigger.dep_ != "conj" or trigger.tag_ != "VBN" or head == trigger or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in trigger.children):
        return None  # ("... and was captured on Friday": its own "was" still shares the subject)
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return _first(children(head, ("nsubjpass",)))


def _passive_subject(trigger: Token) -> Token | None:
    subj = _first(children(trigger, ("nsubjpass",))) or conj_passive_subject(trigger)
    if subj is not None and subj.lower_ in ("which", "that", "who") and trigger.dep_ == "relcl":
        return None if _province_named(trigger.head) else trigger.head
    if subj is None:  # "Sievierodonetsk is now fully occupied by ...": a name the parser hung on as a modifier
        subj = next((c for c in trigger.lefts if c.pos_ == "PROPN" and c.dep_ in ("advmod", "npadvmod", "dep", "nsubj")), None)
    if subj is None and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in ("report", "say", "believe", "confirm"):
        # a monitor's "the sub-district of X was reported to be taken by Z": the report's subject is the place (notes28)
        subj = _first(children(trigger.head, ("nsubjpass",)))
    if subj is None:  # a headline's bare participle: "Most of Tal Afar seized from ISIS"
        subj = _first(children(trigger, ("nsubj",)))
    if subj is None and any(c.dep_ == "advmod" and c.lower_ == "also" and c.i < trigger.i for c in trigger.children):
        # "Also captured were the villages of A and B": the subject inverted after the auxiliary, read as its attribute
        subj = next((a for c in trigger.children if c.dep_ == "auxpass" and c.i > trigger.i
                     for a in c.children if a.dep_ == "attr" and a.i > c.i), None)
    return subj if subj is not None else _acl_head(trigger)


# Going in is a capture only when the sentence also has the other side leaving ("entered Kherson after Russia
# completed its withdrawal") or calls it a retaking ("entered Kidal, retaking the stronghold"): troops also enter
# towns they are then driven from.
_NOT_YET = frozenset({"nearly", "almost", "partly", "partially", "half", "not"})
# (a headline's noun "after Ethiopian troop pullout" too)
_LEAVING = frozenset("withdraw withdrawal pullout retreat abandon evacuate cede surrender relinquish vacate leave hand pull flee".split())
# a withdrawal from most of a place, not all of it ("have largely withdrawn from X", "almost entirely withdrawn")
_PARTLY_LEFT = frozenset({"largely", "mostly", "partly", "partially", "almost", "nearly"})
# the going-in verbs that also send things ("poured aid into X"): an entry only without an object of their own
_POURING = frozenset({"stream", "pour"})
_TAKING_ANY = frozenset("retake recapture liberate capture seize take regain".split())  # "entered X, capturing it"


_SHARES = frozenset({"cent", "percent", "per-cent", "%", "most", "half", "parts"})
_SHARE_PC = re.compile(r"\d+(?:pc|%)")
# what a town is cleared of that is no side ("cleared of mines / rubble"): clearing, not taking
_CLEARED_OF_THINGS = frozenset("mine mines explosive explosives rubble debris snow ordnance ied ieds bomb bombs booby trap traps".split())


def _cleared_share(trigger: Token, passive: bool, obj: Token | None) -> Token | None:
    """The share subject of "80 per cent of X has been cleared" (a headline's "80pc of X cleared" read as active with
    no object), or None; a town cleared of mines or rubble is cleared of no side."""
    subject = _passive_subject(trigger) if passive else (subject_of(trigger) if obj is None else None)
    if subject is None or not (subject.lower_ in _SHARES or _SHARE_PC.fullmatch(subject.lower_)) or not prep_objects(subject, ("of",)):
        return None
    if any(o.lower_ in _CLEARED_OF_THINGS for o in prep_objects(trigger, ("of",))):
        return None
    return subject


# what a side met on its way in that was no fight for the town ("encountering little resistance")
_SLIGHT = frozenset("little minimal light scant token negligible".split())


def _unopposed(trigger: Token) -> bool:
    """"took Gambale without encountering resistance", "swept unopposed into Azzan", "entered X unchallenged", "entered
    X, meeting little resistance from government forces" (the defenders gave the town up)."""
    for tok in trigger.sent:
        if tok.lemma_.lower() in _UNOPPOSED and any(a.lower_ == "without" for a in tok.ancestors if trigger.i < a.i < tok.i):
            return True
        if tok.lower_ == "resistance" and any(c.dep_ == "amod" and c.lower_ in _SLIGHT for c in tok.children) and (
            tok.head.lemma_.lower() in ("meet", "encounter", "face") or (tok.head.lower_ == "after" and tok.i > trigger.i)
        ):
            return True  # ("The rebels met little resistance as they entered the city")
        if tok.lower_ in _UNOPPOSED_WORDS and trigger.i in (tok.head.i, tok.head.head.i):
            return True
    return False


def _other_side_left(trigger: Token, tok: Token) -> bool:
    """Whether ``tok``, in the sentence of ``trigger``, tells another side leaving ("after SNA forces withdrew")."""
    lemma = tok.lemma_.lower()
    if tok == trigger or lemma not in _LEAVING or tok.pos_ not in ("VERB", "NOUN"):
        return False
    if tok.dep_ == "conj" and not children(tok, ("nsubj",)) and _conj_of(tok, trigger):
        return False  # "entered X and later withdrew", "entered X, preached at the mosque and left the town": the side that entered left again
    if any(m.lower_ in ("before", "until") for m in children(tok, ("mark",))):
        return False  # "entered X before the militants withdrew from the outskirts": not yet theirs
    if lemma == "hand" and not any(c.lower_ == "over" for c in tok.children):
        return False
    if lemma == "pull" and not any(c.lower_ in ("out", "back") for c in tok.children):
        return False
    return lemma != "flee" or _is_armed_subject(tok)


def _conj_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is one of the verbs joined to ``verb`` ("entered X, preached and left": "left" is), or to the
    subjectless verb ``verb`` hangs on ("AS militants entered X, abducted two men and left": al-Shabaab's "AS" read
    as "as" makes "entered" a clause of "abducted", which has no subject of its own)."""
    for _ in range(4):
        if tok.dep_ != "conj":
            return False
        tok = tok.head
        if tok == verb or (verb.dep_ == "advcl" and verb.head == tok and not children(tok, ("nsubj", "nsubjpass"))):
            return True
    return False


def _raid_undone(trigger: Token) -> bool:
    """"entered X ... and looted the market before withdrawing": a raid, the side left again."""
    return any(t.lemma_.lower() in _LEAVING and t.tag_ == "VBG" and t.head.lower_ == "before" for t in trigger.sent)


def _left_to_it(trigger: Token) -> bool:
    """Whether the sentence of an arrival ("stormed X", "returned to X") says the other side had left the place
    ("after SNA forces withdrew"), the arrival not undone as a raid's ("before withdrawing", "looting shops")."""
    if _raid_undone(trigger) or RAID.search(trigger.sent.text):
        return False
    # a leaving with a side of its own ("after SNA forces withdrew", "the withdrawal of the FARDC"), not the arriving
    # side's "and withdrew" however the parse hangs it
    return any(
        _other_side_left(trigger, tok) and (tok.pos_ == "NOUN" or bool(children(tok, ("nsubj", "nsubjpass"))))
        for tok in trigger.sent
    )


def arrival_frame(trigger: Token) -> Frame | None:
    """A monitor's "stormed X after SNA forces withdrew", "returned to X after the FARDC withdrew": an armed side
    arriving in a town the other side had left holds it (control.phrase_frame asks for it). Told alone, storming is
    an attack and returning a return to base; a base, camp or position stormed is no town ("stormed an SNA base in X")."""
    if negated_or_modal(trigger):
        return None
    subj = subject_of(trigger)
    if subj is not None and subj.lemma_.lower() in _CROWDS:
        subj = _first(prep_objects(subj, ("of",)))  # "Hundreds of al-Shabaab fighters stormed X"
    if subj is None or not (subj.pos_ == "PROPN" or subj.lemma_.lower() in _ARMED_NOUNS) or not _left_to_it(trigger):
        return None
    targets = prep_objects(trigger, ("to",)) if trigger.lemma_.lower() == "return" else objects_of(trigger)[:1]
    named = [t for t in targets if is_proper(t) or _named_settlement(t) or (
        t.lower_ == "district" and any(c.dep_ == "compound" and is_proper(c) for c in t.children)  # "stormed X district"
    )]
    refs = [r for t in named for r in place_refs(t)]
    if not refs or any(r.partial or r.anaphor for r in refs):
        return None
    frame = Frame(trigger, TriggerClass.GAIN, "entry", places=refs, gaining=subj, corroborated=True)
    frame.needs_known = not all(_named_settlement(t) for t in named)
    return frame


_HANDING = frozenset({"hand", "cede", "return"})


def _town_handed(trigger: Token, obj: Token | None) -> bool:
    """A town given to a side with no "over": "withdrew from X, handing the city to Z", "handed Kirkuk to the army"
    (a town's name or a settlement noun, and a "to" that names who takes it; never "handed the keys of the city" nor
    "handed aid to X": the thing handed is no town)."""
    if obj is None or not prep_objects(trigger, ("to",)):
        return False
    return obj.lemma_.lower() in _SETTLED or (obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "LOC"))


def _handed_over(trigger: Token) -> Token | None:
    """The participle that says the place entered was handed over ("entered the Lachin district, the last of three
    handed back by Armenia", "entered X, which was ceded by the rebels under the deal"), not one still to be."""
    # the place's own phrase, or a description set off after it ("X district, the last of three handed back by Y",
    # which the parse may hang on the verb)
    heads = [o for o in objects_of(trigger)[:1]]
    heads += [c for c in trigger.children if heads and c.dep_ in ("npadvmod", "appos", "dep") and c.i > heads[0].i]
    for obj in heads:
        for tok in obj.subtree:
            if tok.lemma_.lower() not in _HANDING or tok.tag_ != "VBN" or tok.dep_ not in ("acl", "relcl"):
                continue
            if tok.lemma_.lower() != "cede" and not any(c.lower_ in ("back", "over") for c in tok.children):
                continue  # "returned" alone is a coming back, "handed" alone a giving of anything
            if any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")) for c in tok.children):
                continue  # "the last of three to be handed back", "which would be handed over"
            return tok
    return None


def _entry_corroborated(trigger: Token) -> bool:
    if _raid_undone(trigger):
        return False  # (first: "entered X unopposed, looted the market before withdrawing" is a raid)
    if trigger.lower_.startswith("reenter"):
        # "re-entered X": a side back in a place it had lost, a retaking (news43); not when it left again ("re-entered
        # X, looted the market and left the town", a raid, as RAID words it)
        return not RAID.search(trigger.sent.text) and not any(
            t.lemma_.lower() in _LEAVING and t.dep_ == "conj" and not children(t, ("nsubj",)) and _conj_of(t, trigger)
            for t in trigger.sent
        )
    if _unopposed(trigger) or _handed_over(trigger) is not None:
        return True
    if entered_by_deal(trigger) or entered_and_disarmed(trigger) or pushed_out_side(trigger) is not None or entered_foes_town(trigger):
        # "entered A, B and C under the reconciliation agreement", "... and disarmed the local militia", "fought
        # their way into X, pushing out the Houthi militia"
        return True
    for tok in trigger.sent:
        if tok == trigger:
            continue
        lemma = tok.lemma_.lower()
        if _other_side_left(trigger, tok):
            return True
        if lemma in _TAKING_ANY and tok.tag_ == "VBG":
            return True
        if lemma in ("hold", "control", "occupy") and tok.tag_ == "VBN" and tok.dep_ == "relcl" and any(
            c.lower_ in ("had", "'d") for c in tok.children
        ) and prep_objects(tok, ("by",)):
            return True  # "entered Wad Madani, which had been held by the RSF for nearly a year": the other side's town
        if lemma in ("clear", "purge", "cleanse", "free") and tok.tag_ == "VBN" and tok.dep_ == "relcl" and any(
            o.lower_ not in _CLEARED_OF_THINGS for o in prep_objects(tok, ("of",))
        ) and not (children(tok, ("neg",)) or any(c.lower_ in _NOT_YET for c in tok.children)):
            return True  # "the army has entered Alpuri town, which has been cleared of militants": the town is theirs
        # "rolled into X and took control of the town", "marched into X and raised their flag"
        if lemma == "flag" and tok.head.lemma_.lower() in _CLAIMS_CONTROL:
            return True
        if lemma == "control" and tok.head.lemma_.lower() in _CLAIMS_CONTROL and tok.head.dep_ != "relcl" and not children(tok.head, ("neg",)) and any(
            o.lower_ in ("it", "them") or (o.lemma_.lower() in PLACE_NOUNS and not any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in o.subtree))
            for o in prep_objects(tok, ("of", "over"))
        ):  # (nor "the city's sea port": a site of it, entry_grounds)  # of the place entered, not of a site in it ("took control of the presidential palace"), nor told of
            # another side ("entered X, seeking to flush out militia that have taken control of the city")
            return True
        if lemma == "control" and (
            (tok.pos_ == "VERB" and _says_it_controls(children(tok, ("dobj",)), tok))
            or (tok.head.lemma_.lower() in ("claim", "declare") and _says_it_controls(prep_objects(tok, ("of", "over")), tok.head))
        ):
            return True  # "marched into Goma and said they controlled the city", "... and claimed control of the city"
        if claims_entered_town(tok):
            return True  # "rolled into X and said they had full control of the town" (entry_claim.py)
        if secured_after_entry(trigger, tok):
            return True  # "marched into X and secured the city", "... and declared it under their control" (entry_secured.py)
    return False


_UNOPPOSED = frozenset({"resistance", "fight", "fighting", "battle", "confrontation", "confrontations", "opposition", "shot"})
_UNOPPOSED_WORDS = frozenset({"unopposed", "unchallenged", "uncontested", "unhindered", "unresisted"})
_DEFEATING = frozenset({"defeat", "rout", "overpower", "overwhelm"})


def capture_corroborated(trigger: Token) -> bool:
    """Whether a capture's sentence says the other side left ("retook Halgan soon after the troops left"), put up no
    fight ("took Gambale without encountering resistance") or was beaten ("took A and B after defeating the army"):
    what makes an unknown name after the verb a place taken, as a monitor tells it."""
    if _entry_corroborated(trigger):
        return True
    for tok in trigger.sent:
        low = tok.lemma_.lower()
        if low in _DEFEATING and tok.tag_ in ("VBG", "VBD", "VBN") and tok != trigger and tok.i > trigger.i and any(
            m.lower_ in ("after", "by") for m in (*children(tok, ("mark",)), tok.head) if m.i < tok.i
        ):
            return True
    return False


def _says_it_controls(objects: list[Token], verb: Token) -> bool:
    """"(said) they controlled the city", "claimed control of the town": the side entering claims the town it
    entered, in the indicative ("would soon control the city", "did not control it" claim nothing; "control of the
    airport" is a site in it)."""
    if any(c.dep_ in ("aux", "neg", "advmod") and c.lower_ in _NOT_CLAIMED for c in verb.children):
        return False
    return any(
        o.lower_ in ("it", "them") or (o.lemma_.lower() in _SETTLEMENTS and not any(c.pos_ == "PROPN" for c in o.subtree))
        for o in objects
    )


_CLAIMS_CONTROL = frozenset("take seize gain assume establish secure raise hoist plant".split())
_NOT_CLAIMED = frozenset("not n't never would will could may might can should soon".split())


def _is_armed_subject(verb: Token) -> bool:
    subj = subject_of(verb)
    return subj is not None and subj.pos_ != "PROPN" and subj.lemma_.lower() in _ARMED_NOUNS


_LEAVING_LEMMAS = frozenset({"leave", "withdraw", "retreat", "pull", "abandon"})
_ARMED_NOUNS = frozenset("troop soldier force army unit fighter militant rebel militia defender garrison".split())
# the common nouns a side driven out of a place goes by besides _ARMED_NOUNS ("drove the insurgents from X")
_GROUP_WORDS = frozenset("insurgent jihadist terrorist extremist gunman militiaman".split())
_CROWDS = frozenset("hundred hundreds dozen dozens score scores thousand thousands".split())


RAID = re.compile(
    r"\b(loot(?:s|ed|ing)?|carr(?:ied|ying) (?:off|away)|cart(?:ed|ing) (?:off|away)|burn(?:t|ed|ing)|set fire|torch(?:ed|ing)|"
    r"(?:seiz|captur|tak)\w* (?:\w+ )?(?:weapons|arms|ammunition|vehicles|equipment|materiel)|before (?:withdrawing|retreating|"
    r"leaving|pulling)|(?:then|later|subsequently) (?:withdrew|retreated|left|pulled)|raid(?:s|ed)?)\b", re.I
)
_OWNER_WORDS = frozenset("army military junta government regime police".split())
# "did capture X, but upon the counteroffensive they retreated", "captured X on Sunday but withdrew hours later": the
# side that took the place left it again in the same sentence
_UNDOING = frozenset("retreat withdraw flee leave abandon".split())


# "A, B and C, Brigadier Saad Rasul from the Joint Operations Command said": a person's or spokesman's "from" names
# where the speaker serves, not whom the places were taken from
_TELLERS = frozenset("spokesman spokeswoman spokesperson official officer commander source sources".split())


def _affiliated(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in _TELLERS


# "It was learnt that the fighters took over control of X, but fled the town": the parse hangs the leaving on the
# impersonal reporting verb, whose own subject is no one
_IMPERSONAL_REPORTS = frozenset("learn report say gather understand believe confirm".split())


def _undone(trigger: Token) -> bool:
    head = trigger.head
    conjuncts = list(trigger.children)
    if trigger.dep_ == "ccomp" and head.lemma_.lower() in _IMPERSONAL_REPORTS and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in head.children
    ):
        conjuncts += [c for c in head.children if c.i > trigger.i]
    for c in conjuncts:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.lemma_.lower() not in _UNDOING:
            continue
        subj = children(c, ("nsubj",))
        if subj and subj[0].lower_ not in ("they", "we"):
            continue  # "captured X, and the junta's troops withdrew to Y": the other side left
        if any(t.lower_ == "but" for t in trigger.doc[trigger.i : c.i]):
            return True
    return False


def _installation_owner(obj: Token) -> list[Token]:
    """Whose base was taken: "the military base", "a junta camp", "the SAF division HQ", "FAMa's camp"."""
    return [
        t for left in obj.lefts if left.dep_ in ("compound", "amod", "poss", "nmod")
        for t in left.subtree if t.lower_ in _OWNER_WORDS or (t.pos_ == "PROPN" and t.text.isupper() and len(t.text) > 1)
    ][:1]


_TAKE_IDIOMS = frozenset("task court account cleaners heart woodshed".split())


# who a first-person line is said by, set off after the list the parse makes the subject of "said"
_SPEAKER_NOUNS = frozenset("official spokesman spokeswoman spokesperson commander leader source member officer chief".split())
_SAID = frozenset({"say", "tell", "add"})


def said_list_refs(trigger: Token) -> list[PlaceRef]:
    """"We now control A, B and C, an official with the MNLA said": a verb without an object whose list of names the
    parse made the subject of the closing "said", its speaker set off after the list (the places the verb takes)."""
    if objects_of(trigger):
        return []
    # the "said" the verb hangs on, or (the verb read as the root) the "told" that hangs on it
    head = trigger.head if trigger.dep_ == "ccomp" else next((c for c in trigger.children if c.dep_ == "ccomp"), None)
    if head is None or head.lemma_.lower() not in _SAID or head.i < trigger.i:
        return []
    first = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i > trigger.i), None)
    if first is None or any(t.dep_ not in ("advmod", "prt") for t in trigger.doc[trigger.i + 1 : first.left_edge.i]):
        return []  # only the list between the verb and the speaker ("control A, B", not "control it, A said")
    speakers = [a for a in children(first, ("appos",)) if a.pos_ == "NOUN" and a.lemma_.lower() in _SPEAKER_NOUNS]
    if not speakers:
        return []
    names = [a for a in children(first, ("appos",)) if a.pos_ == "PROPN" and a.i < speakers[0].i]
    return [PlaceRef(first), *(r for n in [*children(first, ("conj",)), *names] for r in place_refs(n))]


def _stray_name_objects(trigger: Token) -> list[Token]:
    """A capitalised name right after the verb that the small model hung on as a modifier ("retakes Palmyra")."""
    nxt = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
    if nxt is not None and nxt.head.i == trigger.i and nxt.dep_ in ("advmod", "npadvmod", "dep", "attr", "ccomp") and is_proper(nxt):
        return [nxt]
    return []


def is_proper(tok: Token) -> bool:
    """A proper noun, or a capitalised noun inside a sentence (headlines leave names the small model calls nouns)."""
    return tok.pos_ == "PROPN" or (tok.i > tok.sent.start and tok.text[:1].isupper() and tok.pos_ in ("NOUN", "ADV", "ADJ")
                                   and not tok.text.isupper())


def _headline_passive(trigger: Token, objs: list[Token]) -> bool:
    """"Tikrit retaken from Islamic State", "Ninety percent of Raqqa retaken": a participle with no auxiliary."""
    if objs or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    if trigger.dep_ == "acl" and trigger.tag_ in ("VBN", "VBD"):
        return True  # the small model tags a reduced relative "retaken" as a past tense
    subj = _first(children(trigger, ("nsubj", "nsubjpass")))
    if subj is None:
        return False
    if trigger.tag_ == "VBN":
        return True
    # "Most of Tal Afar seized from ISIS", "Dessie and Kombolcha cities freed from TPLF": a place or a share of one
    # as the subject of a bare participle the small model read as a past tense
    low = subj.lemma_.lower()
    if trigger.lower_ in _PARTICIPLE_FORMS and subj.pos_ == "PROPN" and subj.i < trigger.i and prep_objects(trigger, ("from",)):
        return True  # "Tal Afar retaken from Islamic State": "retaken" is no past tense; a name taken from a side
    if low == "state" and subj.pos_ == "PROPN":
        return False  # "The Islamic State withdrew from Rutba": a side's name, not a place noun
    return (low in PARTIAL_NOUNS or low in _WHOLE_NOUNS or low in PLACE_NOUNS) and bool(prep_objects(trigger, ("from", "by")))


# participles whose past tense differs ("retaken", not "retook"), or "-ed" forms of verbs that need an object: with
# no object and a "from" side they are the reduced passive of a headline
_PARTICIPLE_FORMS = frozenset("retaken taken recaptured captured seized liberated freed regained reclaimed overrun".split())


_SETTLEMENT_OBJECTS = SETTLEMENT_NOUNS | {"port"}
# what the side entering may say it controls ("claimed control of the city"): a settlement, or the capital or a hub
_SETTLEMENTS = _SETTLEMENT_OBJECTS | {"capital", "hub", "stronghold"}


def _named_settlement(obj: Token) -> bool:
    """"took the village of Vesele", "took another provincial capital, Taloqan": a settlement noun with its proper
    name, as good as the bare name."""
    if obj.lower_ in _COLLECTIVES:  # "took a string of villages including A, B and C": the villages named
        return any(o.tag_ == "NNS" and _named_settlement(o) for o in prep_objects(obj, ("of",)))
    if is_proper(obj) and (other_settlements(obj) is not None or set_off_kind(obj) is not None):
        return True  # "captures Shire and two other Tigray towns", "entered X, a town 20 km west of Y": a town
    settlement = obj.lemma_.lower() in _SETTLEMENT_OBJECTS
    # "take (the government) stronghold of Dikwa": a side's stronghold named by its town
    settlement = settlement or (obj.lemma_.lower() in ("stronghold", "bastion") and obj.tag_ == "NN")
    if not settlement and obj.lemma_.lower() != "capital":
        return False
    if settlement and obj.tag_ == "NNS" and (any(
        is_proper(o) or _named_settlement(o)
        for p in children(obj, ("prep",)) if p.lower_ == "including" for o in children(p, ("pobj",))
    ) or (obj.dep_ == "dobj" and _listed_with_verb(obj))):
        return True  # "took at least seven towns including Batangafo", "three towns on Dec. 10, including the city of X"
    # "the capital of Takhar" names a province, not its capital
    return (settlement and any(is_proper(o) for o in prep_objects(obj, ("of",)))) or any(
        c.dep_ == "appos" and c.i > obj.i and is_proper(c) for c in obj.children
    )


def _share_held(tok: Token | None) -> bool:
    """Whether ``tok`` is the town a share word is of, where the participle hangs on the town ("Half of Mosul city
    taken", "Two-thirds of Mosul old city taken from ISIS": the parse makes "city" the participle's head, not "half")."""
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in PARTIAL_NOUNS and (
        tok.head.head.pos_ != "PROPN"
    )


def _share_of_town(obj: Token) -> bool:
    """"took parts of Farah", "took most of the city of X": a share of a named town (read as partial)."""
    return obj.lower_ in SHARE_WORDS and any(not r.anaphor for o in prep_objects(obj, ("of",)) for r in place_refs(o))


def _with_absolute(trigger: Token) -> Token | None:
    """The place of a "with X captured" clause hung on a main clause, or None ("with X nearly captured" is not yet
    a change; "with the army having captured X" has an object and is read as it stands)."""
    if trigger.dep_ != "advcl" or trigger.tag_ not in ("VBN", "VBD") or trigger.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in ("mark", "prep") and c.lower_ == "with" for c in trigger.children):
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass", "neg") or c.lower_ in _NOT_YET for c in trigger.children):
        return None
    return _first(children(trigger, ("nsubj", "nsubjpass")))


def _shifted_object(trigger: Token) -> list[Token]:
    """"liberated from occupation Zangilan city" (a bulletin's shifted object): the parser folds the place into the
    "from" phrase as a compound of "occupation"; only "liberate" and "free" take it."""
    lemma = trigger.lemma_.lower()
    if lemma in _FROM_FIRST_VERBS:
        # "retook from Boko Haram the strategic town of X", "recaptured from the militants the port city of X": the
        # heavy object put after the "from" side, which the parser reads as an apposition of the side
        heavy = [a for o in prep_objects(trigger, ("from",)) if not _measured_from(o.head) for a in children(o, ("appos",))
                 if a.i > o.i + 1 and _of_named_town(a) and a.doc[a.i - 1].text != ","]
        if heavy:
            return heavy[:1]
    if lemma not in ("liberate", "free"):
        return []
    return [
        o for o in prep_objects(trigger, ("from",))
        if o.lower_ not in ("occupation", "captivity")
        and any(c.dep_ == "compound" and c.lower_ in ("occupation", "captivity") and c.i < o.i for c in o.children)
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children)
    ]


_FROM_FIRST_VERBS = frozenset("capture recapture retake seize wrest take liberate free reclaim regain snatch".split())
"""The verbs of taking whose "from" side may come before a heavy object ("retook from Z the town of X")."""


def is_foothold(trigger: Token) -> bool:
    """"gained / established / secured a foothold (in X)": a coder note's record of part of X taken; in wire copy the
    foothold of an assault still under way (the extractor keeps it only in a coder note: extractor.py)."""
    return trigger.lemma_.lower() in ("gain", "establish", "secure") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "foothold" for c in trigger.children
    )


def _settled_in(trigger: Token, noun: Token, frame: Frame, passive: bool, alone: bool = False) -> Frame | None:
    """A side that "established positions / presence in X": a change only when the other side is said to have left,
    as an entry ("established positions in Svitlodarsk after Ukrainian forces withdrew", "established presence in X
    after FAMa withdrew"), or ``alone`` for a monitor's "re-established presence in X" (parsed "regained presence",
    lexicon.PARSE_SWAPS): the side holds X again. "positions around X", "presence near X", "in parts of X" stay quiet."""
    targets = prep_objects(noun, ("in", "inside")) or prep_objects(trigger, ("in", "inside"))
    if passive or not targets or any(t.lower_ in _WHOLE_NOUNS or t.lower_ in PARTIAL_NOUNS for t in targets):
        return None
    refs = [r for t in targets for r in place_refs(t)]
    if not refs or any(r.partial for r in refs):
        return None
    frame.places, frame.gaining = refs, subject_of(trigger)
    frame.needs_known = not all(_named_settlement(t) for t in targets)
    frame.construction = "entry"
    return frame if alone or _entry_corroborated(trigger) else None


def _is_read_as_auxiliary(trigger: Token) -> Token | None:
    """"IS overran Al Kishmah": "IS" before a past-tense capture verb, parsed as its passive auxiliary, with the place
    parsed as a subject after the verb and no agent ("the town IS captured" is no English)."""
    aux = next((c for c in trigger.children if c.dep_ in ("aux", "auxpass") and c.text == "IS" and c.i == trigger.i - 1), None)
    members = trigger.head
    if trigger.dep_ == "acl" and members.dep_ == "attr" and members.lemma_.lower() in _IS_MEMBERS and (
        members.head.text == "IS" and members.head.i == members.i - 1 and members.head.dep_ == "ROOT"
    ) and trigger.i == members.i + 1 and (any(c.dep_ == "dobj" for c in trigger.children) or _names_on_is(members.head, trigger)) and (
        not prep_objects(trigger, ("by",))
    ):
        # "IS militants captured Tal Afar": "IS" read as the sentence's verb ("is"), its members as its attribute and
        # the capture as a reduced relative on them (the name its object, or hung on "IS"); the side is the Islamic State
        return members.head
    if aux is None and trigger.tag_ == "VBD" and not prep_objects(trigger, ("by",)):
        # a coder note's "IS militants took over Mosul", "IS fighters seized X": "IS" read as the auxiliary of the verb,
        # its members as the subject; the side is the Islamic State, the place the verb's object
        member = trigger.doc[trigger.i - 1] if trigger.i > 1 else None
        aux = next((c for c in trigger.children if c.dep_ in ("aux", "auxpass") and c.text == "IS" and c.i == trigger.i - 2), None)
        if aux is not None and member is not None and member.dep_ == "nsubj" and member.head == trigger and (
            member.lemma_.lower() in _IS_MEMBERS
        ) and any(c.dep_ == "dobj" and c.i > trigger.i for c in trigger.children):
            return aux
        return None
    if aux is None or trigger.tag_ not in ("VBD", "VBN") or prep_objects(trigger, ("by",)):
        return None
    return aux if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i > trigger.i for c in trigger.children) else None


def _names_on_is(is_verb: Token, trigger: Token) -> list[Token]:
    """The name the parser hung on a misread "IS" right after the capture verb ("IS militants captured Tal Afar after
    ...": "Tal Afar" read as an adverb of "is")."""
    return [c for c in is_verb.children if c.dep_ in ("advmod", "npadvmod") and c.pos_ == "PROPN" and c.left_edge.i == trigger.i + 1]


# the Islamic State's members a coder note names after its "IS" ("IS militants", "IS fighters")
_IS_MEMBERS = frozenset("militant fighter member element insurgent jihadist gunman".split())


# words the small model reads as adverbs that are no name ("Now was cleared ..." is no English, but "Today" may open)
_NO_NAME_ADVERBS = frozenset("now then here there today yesterday tonight also again still".split())


def _adverb_read_name(tok: Token | None) -> list[PlaceRef]:
    """A town opening its sentence that the small model tags as an adverb ("Bakhmut was cleared of Russians"): the name
    it is, as the subject of a passive."""
    if tok is None or tok.pos_ != "ADV" or not tok.text[:1].isupper() or tok.lower_ in _NO_NAME_ADVERBS:
        return []
    return [PlaceRef(tok)]


# the sides a town is cleared of, named by a common word ("cleared A and B districts from the enemies / the militants")
_CLEARED_SIDES = frozenset("enemy terrorist militant insurgent rebel fighter gunman jihadist extremist militia remnant element".split())


def _side_word(tok: Token) -> bool:
    """Whether a "from" object names a side by a common word for fighters rather than a place."""
    return tok.lemma_.lower() in _CLEARED_SIDES and tok.pos_ == "NOUN"


def _is_read_as_leaver(trigger: Token) -> Token | None:
    """"IS retreated from Derna", "IS withdrew from X": the Islamic State's "IS" before a leaving verb, parsed as its
    passive auxiliary, with the town after "from" / "out of" and no agent."""
    if trigger.lemma_.lower() not in ("withdraw", "retreat", "pull") or trigger.tag_ not in ("VBD", "VBN"):
        return None
    aux = next((c for c in trigger.children if c.dep_ in ("aux", "auxpass") and c.text == "IS" and c.i == trigger.i - 1), None)
    if aux is None and trigger.i > 1 and (member := trigger.doc[trigger.i - 1]).dep_ == "nsubj" and member.head == trigger and (
        member.lemma_.lower() in _IS_MEMBERS
    ):
        # a coder note's "IS militants withdrew from Hit": "IS" read as the auxiliary, its members as the subject
        aux = next((c for c in trigger.children if c.dep_ in ("aux", "auxpass") and c.text == "IS" and c.i == trigger.i - 2), None)
    if aux is None or prep_objects(trigger, ("by",)) or not _left_places(trigger):
        return None
    return aux


def _left_places(trigger: Token) -> list[Token]:
    """What a leaving verb left: its "from" / "out of" object, or the one the parse hung on its particle ("pulled back
    from X", "retreated back from X", "moved away from X": a monitor's "IS pulled back from X after it was besieged")."""
    return prep_objects(trigger, ("from", "out", "of")) or [
        p for c in trigger.children if c.lower_ in ("back", "away") and c.dep_ in ("advmod", "prt") for p in prep_objects(c, ("from",))
    ]


def _misread_is(trigger: Token) -> Token | None:
    """The Islamic State's "IS" read as the verb "is" next to an expelling verb, holding the place's preposition."""
    near = [c for c in trigger.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
    if trigger.dep_ in ("nsubj", "csubj", "advcl"):
        near.append(trigger.head)
    return next((t for t in near if t.text == "IS" and t.i > trigger.i and _is_sources(t)), None)


def _is_sources(is_tok: Token) -> list[Token]:
    """The places a misread "IS" is driven from: on it ("drive IS out of X"), or on the armed noun the parse makes its
    attribute ("ousted IS militants from X", "drove IS fighters out of X village": a monitor's usual words)."""
    return prep_objects(is_tok, ("out", "from")) or [
        o for a in children(is_tok, ("attr",)) if a.lemma_.lower() in _ARMED_NOUNS for o in prep_objects(a, ("out", "from"))
    ]


_WHOLE_FORCE = frozenset({"garrison", "defender", "defenders"})
_LAST = frozenset({"last", "remaining"})


def _garrison_town(trigger: Token) -> list[PlaceRef]:
    """The town a surrendering force held, when the force is the whole of it: "the garrison of X", "the last
    defenders of X", "the last Ukrainian fighters ... in X"."""
    subj = subject_of(trigger)
    if subj is None or not (subj.lemma_.lower() in _WHOLE_FORCE or (
        subj.lemma_.lower() in _ARMED_NOUNS and any(c.lower_ in _LAST for c in subj.children)
    )):
        return []
    if any(c.dep_ == "nummod" or c.lower_ in _SOME for c in subj.children):
        return []  # "some 200 defenders surrendered"
    towns = prep_objects(subj, ("of", "in")) or [o for o in prep_objects(trigger, ("in", "at")) if o.pos_ == "PROPN" or _named_settlement(o)]
    return [r for t in towns for r in place_refs(t)]


def _new_refs(found: list[PlaceRef], tails: list[Token]) -> list[PlaceRef]:
    """The places a list's tail names that the frame has not read already."""
    seen = {r.token.i for r in found}
    return [r for t in tails if t.i not in seen for r in place_refs(t) if r.token.i not in seen]


def _as_well_as(trigger: Token, obj: Token) -> list[Token]:
    """"captures the city of Farah, the capital of ..., as well as the city of X": the parser hangs the second object
    on the verb after an "as" it reads as a conjunction."""
    joins = [c.i for c in trigger.children if c.dep_ == "cc" and c.lower_ == "as" and c.i > obj.i]
    # ("retaking the hills of A and B, as well as the locality of X": the second object read as the verb's conjunct)
    # "liberating the X mount, the Y mount and the villages of A and B": a list of objects whose second item the
    # parser hangs on the verb as its conjunct (a noun phrase with no clause of its own: no subject, no verb under it)
    return [c for c in trigger.children if c != obj and c.i > obj.i and (
        ((c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))) and joins and c.i > joins[0])
        or (c.dep_ == "conj" and c.pos_ == "NOUN" and has_child(c, "det") and not any(
            k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") or k.pos_ in ("VERB", "AUX") for k in c.children)))]


# what a side may lose for a place ("lost the battle for X"); never "the battle for votes", which names no place
_CONTESTS = frozenset({"battle", "fight"})
# the ground a side loses in a town ("IS loses last patch of territory in X"): last_ground.HELD_GROUND
# (a piece of it is lost only as the last of it: "ISIS lost additional territory in Mosul to the coalition" is ground
# given up inside the city, no change of the city; a stronghold or a bastion lost is the town)
_PART_GROUND = frozenset({"territory", "patch", "pocket", "foothold", "enclave"})
_LAST_GROUND = frozenset({"last", "final", "remaining"})


# the force a side takes out of a town it held ("evacuated its garrison from X")
_OWN_FORCE_NOUNS = frozenset("garrison troop force soldier unit".split())


# the fighting an agentless capture happened in, named after its side: "A and B were overrun during Taliban assaults",
# "X was captured in an RSF offensive" (verbs24); never a raid (taken and left) nor a side's assault repelled
_ASSAULTS = frozenset("assault assaults attack attacks offensive offensives advance onslaught push operation operations".split())


def _assault_side(trigger: Token) -> Token | None:
    """The side named on the assault an agentless passive capture happened "during" / "in": its compound or
    possessor, a name ("Taliban assaults", "the RSF's offensive")."""
    for assault in prep_objects(trigger, ("during", "in", "amid")):
        if assault.lemma_.lower() not in _ASSAULTS and assault.lower_ not in _ASSAULTS:
            continue
        side = next((c for c in assault.children if c.dep_ in ("compound", "poss", "amod") and c.pos_ == "PROPN"), None)
        if side is not None:
            return side
    return None


def _verb_frame(trigger: Token, cls: TriggerClass) -> Frame | None:
    lemma = trigger.lemma_.lower()
    # "win back Brega after heavy fighting": the parser may read the particle right after the verb as an adverb
    prts = {c.lower_ for c in trigger.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "back" and c.i == trigger.i + 1)}
    objs = objects_of(trigger) or _stray_name_objects(trigger)
    if not objs and cls == TriggerClass.GAIN and trigger.dep_ == "relcl" and (named := identified_place(trigger.head)) is not None and any(
        c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in trigger.children
    ):
        objs = [named]  # "Kunduz is the third provincial capital the Taliban have taken": the clause's gap is the town
    if not objs and cls == TriggerClass.EXPEL and (acronym := acronym_object(trigger)) is not None:
        objs = [acronym]  # a Somali note's "pushed AS militants out of X": al-Shabaab's acronym read as "as"
    # "The RSF seized control of Nyala", "the AA seized control of X": after an acronym the small model reads the
    # verb as an adjective on "control", which it makes the root
    misparsed = not objs and control_verb_misread(trigger)
    if misparsed:
        objs = [trigger.head]
    # "AA captured Light Infantry Battalion 55 base, last military base in X": the verb read as an adjective on its
    # capitalised object, its subject left on the verb
    if not objs and cls == TriggerClass.GAIN and (misread_object := object_verb_misread(trigger)) is not None:
        objs = [misread_object]
    # "Islamist militants in Mali on Saturday captured Douentza": the verb read as an adjective on the name
    misread_subject = capture_verb_misread(trigger) if not objs and cls == TriggerClass.GAIN else None
    if misread_subject is None and not objs and cls == TriggerClass.GAIN:
        misread_subject = verb_on_control(trigger)  # "The Taliban seize control of X": one noun phrase on "control"
    if misread_subject is None and not objs and cls == TriggerClass.GAIN and (conj := conj_participle(trigger)) is not None:
        misread_subject = conj[1]  # "Z advanced north from Y and liberated X": the first verb's subject took X
    if misread_subject is not None:
        objs = [trigger.head]
    # a monitor's "IS overran X", "IS captured X": the Islamic State's "IS" read as the auxiliary of a passive whose
    # subject (the place) follows the verb
    is_doer = _is_read_as_auxiliary(trigger) if cls == TriggerClass.GAIN else (
        _is_read_as_leaver(trigger) if cls == TriggerClass.LOSE else None
    )
    if is_doer is not None and not objs:
        objs = [t for t in trigger.children if t.dep_ in ("nsubj", "nsubjpass") and t.i > trigger.i][:1] or _names_on_is(is_doer, trigger)
    shifted = [] if objs else _shifted_object(trigger)
    objs = objs or shifted
    said = [] if objs else said_list_refs(trigger)  # "We have taken A, B and C, an MNLA official said"
    objs = objs or [r.token for r in said[:1]]
    obj = _first(objs)
    control_obj = obj is not None and obj.lemma_.lower() in ("control", "hold", "grip")
    if lemma == "take" and obj is not None and (
        any(o.lower_ in _TAKE_IDIOMS for o in prep_objects(trigger, ("to",)))
        # a headline's "to task" is parsed as an infinitive ("to" aux of a verb "task")
        or any(c.dep_ in ("xcomp", "advcl") and c.lower_ in _TAKE_IDIOMS for c in trigger.children)
    ):
        return None  # "Russia takes Tokyo to task / to court"
    if lemma == "occupy" and trigger.tag_ in ("VBP", "VBZ") and (
        any(c.dep_ == "advmod" and c.lower_ in ("still", "already", "continue") for c in trigger.children)
        or trigger.head.lemma_.lower() in ("continue", "keep", "remain")
    ):
        return None  # "Russian troops still occupy Kherson": who holds it, not a change
    if lemma == "occupy" and trigger.tag_ == "VBD" and any(
        c.dep_ == "advmod" and c.lower_ in ("still", "mainly", "mostly") and c.i < trigger.i for c in trigger.children
    ):
        return None  # "while Ukrainian soldiers mainly occupied the plant": the part each side held, not a change
    if lemma in ("claim", "assert") and control_obj and (
        any(c.dep_ == "advmod" and c.lower_ in ("still", "already") for c in trigger.children)
        or trigger.head.lemma_.lower() in ("continue", "keep")
    ):
        return None  # "Azerbaijan still claims control of A and B": a hold it keeps claiming, as "still occupy" (notes41)
    passive = is_doer is None and (is_passive(trigger) or _headline_passive(trigger, objs) or conj_passive_subject(trigger) is not None)
    frame = Frame(trigger, cls, "passive" if passive else "active")

    way = way_into(trigger)
    if way or (cls == TriggerClass.GAIN and (lemma in INTO_VERBS or lemma == "enter")):
        if passive:
            return None
        frame.cls = TriggerClass.GAIN
        targets = prep_objects(trigger, ("into",)) if lemma in INTO_VERBS or way else objs[:1]
        if lemma in _POURING and objs:
            return None  # "poured money / reinforcements into X": a thing sent in, not a side going in (news43)
        if lemma == "enter" and targets and not _raid_undone(trigger) and not RAID.search(trigger.sent.text) and (
            (town := held_quarters_town(targets[0])) is not None or (town := rest_of_town(targets[0])) is not None
        ):
            # "entered rebel-held parts of X city": part of the other side's town; "enter the rest of X": all of it
            whole = rest_of_town(targets[0]) is not None
            frame.places = [replace(r, partial=not whole) for r in place_refs(town) if not r.anaphor]
            frame.gaining, frame.construction, frame.needs_known = subject_of(trigger), "entry", True
            return frame if frame.places else None
        refs = [r for t in targets for r in place_refs(t)]
        if not refs or any(r.partial for r in refs) or any(t.lower_ in _WHOLE_NOUNS and not trade_centre_of(t) for t in targets):
            return None  # "entered the outskirts / parts of Y" is fighting under way, not a capture (not "the trading center of Y")
        # "entered the town of Adan Jabal after the militants withdrew": the settlement noun says it is a place, even
        # one GeoNames lacks (as "took the village of X"); a bare unknown name still needs the gazetteer
        frame.places, frame.gaining = refs, subject_of(trigger)
        if lemma == "enter" and (handed := _handed_over(trigger)) is not None:
            frame.losing = _first(prep_objects(handed, ("by",)))  # "... handed back by Armenia": the side that gave it up
        frame.losing = frame.losing or pushed_out_side(trigger)  # "..., pushing out the Houthi militia": the side put out
        frame.needs_known = lemma in INTO_VERBS or way or not all(_named_settlement(t) for t in targets)
        frame.construction = "entry"
        frame.pending = not _entry_corroborated(trigger)
        if frame.pending and lemma == "enter" and entered_site_taken(trigger):
            # "entered the city of Sirte and took control of the city's sea port": part of the town is theirs
            frame.pending, frame.places = False, [replace(r, partial=True) for r in refs]
        elif frame.pending and lemma == "enter" and entered_seat_taken(trigger):
            frame.pending = False  # "entered Kabul and took control of the presidential palace": the town is theirs
        return frame
    if cls == TriggerClass.GAIN and obj is not None and obj.lower_ in ("positions", "position") and (
        lemma == "establish" or (lemma == "take" and "up" in prts)
    ):
        # a monitor's "established positions in Svitlodarsk after Ukrainian forces withdrew", "took up positions in the
        # village of X after Z pulled back" ("took up positions around X ahead of an operation" stays quiet)
        return None if _own(obj) else _settled_in(trigger, obj, frame, passive)
    if cls == TriggerClass.GAIN and lemma in ("establish", "regain") and obj is not None and obj.lemma_.lower() == "presence":
        return _settled_in(trigger, obj, frame, passive, alone=lemma == "regain")  # "(re-)established presence in X"
    if cls == TriggerClass.GAIN and obj is not None and is_foothold(trigger):
        # "gained a foothold in (part of) X": part of X changed hands; "a foothold near X" is an advance, not a hold
        frame.gaining = subject_of(trigger)
        frame.places = [replace(r, partial=True) for t in prep_objects(obj, ("in", "inside")) or prep_objects(trigger, ("in", "inside"))
                        for r in place_refs(t)]
        return frame
    if cls == TriggerClass.GAIN and (absolute := _with_absolute(trigger)) is not None:
        # "With Kilinochchi captured, Sri Lankan troops are now heading north": the main clause's subject took it
        frame.construction = "passive"
        frame.places = place_refs(absolute)
        frame.gaining = subject_of(trigger.head)
        return frame
    if cls == TriggerClass.GAIN:
        if lemma in NEEDS_CONTROL and not control_obj and not (prts & {"over", "back"}) and not (
            lemma == "take" and prep_objects(trigger, ("from",))
        ):
            # "Raga was taken by the SPLA", "the town of X was taken by Z": the passive's subject is the place taken
            # and its agent the taker (a known side and a known town unless a settlement noun names it)
            # (or "under control" with no agent: "The settlements of A and B were also taken under control")
            taken_by = passive and lemma == "take" and (
                bool(prep_objects(trigger, ("by",))) or any(o.lower_ == "control" for o in prep_objects(trigger, ("under",)))
            )
            taken = _passive_subject(trigger) if taken_by else obj
            if secured_for(trigger):
                return None  # "secured the town for the election": a guard (safekeeping)
            if lemma not in BARE_OBJECT_VERBS or (passive and not taken_by) or taken is None or prts or not (
                is_proper(taken) or _named_settlement(taken) or _named_town(taken) or _unnamed_town(taken, lemma)
                or _share_of_town(taken) or bool(_part_towns(taken)) or (taken.lower_ in _SEAT_NOUNS and _district_seat(taken) is not None)  # "took the X district center"
                or unit_designation(taken) is not None  # "took Light Infantry Battalion 417"
                # "took the capital of Kunduz province": a province's capital, named by the province
                or (taken.lower_ == "capital" and any(_province(o) for o in prep_objects(taken, ("of",))))
                # "Taliban take Afghan capital": a country's capital, named by its people's word (capital.py resolves it)
                or (taken.lower_ == "capital" and not prep_objects(taken, ("of",)) and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in country_codes() for c in taken.children
                ))
                or (taken.lower_ == "capitals" and bool(_capital_areas(prep_objects(taken, ("of",)))))  # "of A and B provinces"
                # a named site in lower case: "took the al-Anad airbase", "took the Bai Hassan oil field", "took Tal
                # Qasab hill" (sites.py: a name with it; never "took the field", "took the airport road")
                # (only the heads the prefilter's support words list, so the prefilter and the frame stay in step)
                or (taken.lower_ in TAKEN_SITE_WORDS and site_kind(taken) is not None and is_named_site(taken))
            ):
                return None
            # "took the village of Novoselydivka": the settlement noun says it is a place, even one GeoNames lacks;
            # so does a side that left or put up no fight ("took Gambale without encountering resistance")
            frame.corroborated = not passive and capture_corroborated(trigger)
            # a named site needs no gazetteer either: "Kurdish forces take Mosul Dam", "took the Kayes barracks"
            frame.needs_known = (not _named_settlement(taken) and not frame.corroborated and unit_designation(taken) is None
                                 and not (site_kind(taken) is not None and is_named_site(taken)))
        elif lemma == "win" and not control_obj:
            frame.needs_known = True  # "rebels win back Ajdabiya": a known town and a known side ("The day India won back Tiger Hill")
        if lemma == "recover" and not (control_obj or (obj is not None and not passive and (
            is_proper(obj) or _named_settlement(obj) or _named_town(obj)  # "recovered Dikwa town", "recovered the X city"
            or obj.lower_ in _CAMP_NOUNS  # "soldiers recovered an NPA camp in X town" (the army's word for overran; news43)
        ))):
            return None  # "recovered the bodies", "recovered weapons in X", "the town recovered": no place taken back
        if lemma in ("liberate", "free", "rid") and any(
            o.lower_ in FREED_OF_THINGS and o.dep_ == "pobj" and o.head.lower_ in ("from", "of") for o in trigger.sent
        ):
            return None  # "declares Kabul liberated from polio", "freed the city from poverty": no side put out
        if lemma == "release" and not (
            obj is not None and not passive and (_named_settlement(obj) or _named_town(obj))
            and (prep_objects(trigger, ("from",)) or any(prep_objects(t, ("from",)) for t in obj.subtree if t.pos_ != "VERB"))
        ):
            return None  # "released the town of X from the militants"; never "released a statement / the hostages from X"
        if lemma == "free" and not prep_objects(trigger, ("from", "of")) and not (
            # "freed the village of X in Y province from Islamic State": the "from" hangs on the place
            obj is not None and any(prep_objects(t, ("from",)) for t in obj.subtree if t.pos_ != "VERB")
        ) and not (obj is not None and not passive and (_named_settlement(obj) or _named_town(obj))):  # "freed villages of A and B", "freed Makhmur town"
            if not freed_town(trigger, obj, passive, _is_armed_subject(trigger)):
                return None
            frame.needs_known = True  # "Iraqi forces free Ramadi": a known town freed by troops (free_town.py)
        declared = trigger.dep_ in ("xcomp", "oprd", "acomp", "ccomp") and trigger.head.lemma_.lower() in ("declare", "announce", "pronounce")
        # (never a reported clause with its own subject: "the army announced that X had been retaken" is the passive
        # it is, "X" its subject)
        if declared and not children(trigger, ("nsubj", "dobj", "nsubjpass")):
            # "Raqqa was declared fully liberated by the SDF"
            head = trigger.head
            frame.construction = "passive"
            frame.places = place_refs(_first(children(head, ("nsubjpass", "dobj"))))
            frame.gaining = _first(prep_objects(head, ("by",)) or prep_objects(trigger, ("by",)))
        elif passive:
            target = _passive_subject(trigger)
            frame.places = place_refs(target, _share_held(target))
            frame.gaining = _first(prep_objects(trigger, ("by",))) or _assault_side(trigger)
        else:
            frame.gaining = is_doer or subject_of(trigger)
            if frame.gaining is None and misparsed:
                frame.gaining = next((c for c in trigger.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"), None)
            frame.gaining = frame.gaining or misread_subject or stray_subject(trigger)
            if control_obj and obj is not None:
                frame.places = _control_place(obj)
                # "seized control of A in the west, together with B and C": a list's tail hung on the verb (list_tails.py)
                frame.places += _new_refs(frame.places, verb_tails(trigger, obj))
            elif obj is not None:
                frame.places = said or place_refs(obj) + [r for o in _as_well_as(trigger, obj) for r in place_refs(o)]
                frame.places += [] if said else _new_refs(frame.places, verb_tails(trigger, obj))
                if all(r.anaphor for r in frame.places) and (examples := adverb_examples(trigger, obj)):
                    # "captures a range of towns in northern Iraq, notably A, B and C": the names, not the plural
                    # (adverb_examples.py)
                    frame.places = [r for o in examples for r in place_refs(o)]
                if not frame.places and (lying := territory_places(trigger, obj)):
                    # a note's "seize territory and missiles in Nihm district": the named place, in part
                    frame.places = [replace(r, partial=True) for o in lying for r in place_refs(o)]
                inst = next((t for t in _of_chain(obj) if t.lower_ in INSTALLATION_NOUNS), None)
                if inst is not None and all(r.token.lower_ in NON_PLACE_WORDS and not r.site for r in frame.places) and not _own(inst) and not _few_pickets(inst):
                    # "seized a junta camp in Mansi", "captured a Military Forces of Myanmar camp in Lilkhet": the
                    # town hangs on the verb
                    frame.places = [replace(r, seat=unnamed_seat(inst)) for o in prep_objects(trigger, ("in", "at"))
                                    if o.pos_ == "PROPN" and not in_admin_area(o) for r in place_refs(o, kind_noun=inst.lower_)]
            elif prts & {"over", "back"}:
                frame.places = [r for o in prep_objects(trigger, ("of",)) for r in place_refs(o)]
        if any(_besieged(r.token) for r in frame.places):
            return None  # "regained control of a village where residents had been besieged by militants": a siege broken
        losing = [o for o in prep_objects(trigger, ("from",)) if o not in shifted and not _measured_from(o.head)]
        if not losing:  # "have been taken back from al-Shabaab": the "from" hangs on the particle read as an adverb
            losing = [o for b in children(trigger, ("advmod",)) if b.lower_ == "back" for o in prep_objects(b, ("from",))]
        if not losing and obj is not None:
            # "took control of the towns of Dessie and Kombolcha from Tigrayan fighters"
            losing = [o for t in obj.subtree if t.pos_ != "VERB" and t.lower_ not in _DISTANCES and not _affiliated(t)
                      for o in prep_objects(t, ("from",))]
        if not losing and obj is not None and obj.lower_ in INSTALLATION_NOUNS:
            losing = _installation_owner(obj)
        if not losing and lemma in ("clear", "free") and obj is not None and not _named_settlement(obj):
            losing = prep_objects(obj, ("of",)) or prep_objects(trigger, ("of",))
        frame.losing = _first(losing)
        if not passive and obj is not None and is_proper(obj) and not frame.corroborated:
            frame.corroborated = capture_corroborated(trigger)
        if frame.losing is not None and (frame.losing.lemma_.lower() in ("occupation", "rule") or (
            frame.losing.lemma_.lower() == "control" and passive
        )):
            # "liberated from Armenian occupation": the occupier; "have been taken from Tigrayan control": the holder
            frame.losing = _first([c for c in frame.losing.children if c.dep_ in ("amod", "poss", "compound")]) or frame.losing
        return frame

    if cls == TriggerClass.EXPEL:
        if obj is not None and any(t.lemma_.lower() in _DISPLACED | _SENT_AWAY for t in (obj, *prep_objects(obj, ("of",)))):
            return None  # "insurgents drove more civilians out of Mocimboa da Praia": people displaced, no side expelled
        if _crowd_cleared(trigger, obj):
            return None  # "police cleared protesters from Tahrir Square", "cleared the square of protesters": crowd control
        # "pushed away from X": the source hangs on the adverb
        sources = prep_objects(trigger, ("out", "from")) or [
            o for a in children(trigger, ("advmod",)) if a.lower_ == "away" for o in prep_objects(a, ("from",))
            if not any(m.lower_ in ("further", "farther") for m in a.children)  # "pushing them further away from X": never held X
        ]
        if not sources and (misread := _misread_is(trigger)) is not None:
            # a headline's "Kurdish forces drive IS out of Kobani", "Iraqi forces oust IS from Ramadi": the small model
            # reads the Islamic State's "IS" as the verb "is", which then carries the "out of" / "from"
            sources, obj = _is_sources(misread), misread
        if not sources:
            # a coder note's "SNA forces drive al Shabaab militants out of Budbud village, Galgudud region": the small
            # model reads the armed noun after the side's name as a second object (a verb), which carries the "out of"
            sources = [o for d in children(trigger, ("dobj",)) if d.lemma_.lower() in _ARMED_NOUNS | _GROUP_WORDS
                       and (obj is None or d.i != obj.i) for o in prep_objects(d, ("out",))]
        if not sources and obj is not None and (obj.pos_ == "PROPN" or obj.lemma_.lower() in _ARMED_NOUNS | _GROUP_WORDS):
            # "have driven Taliban fighters from Taywara District in western Ghor province": the parse hangs the
            # source on the side driven out
            sources = prep_objects(obj, ("from",))
        if not sources and obj is not None:
            sources = acronym_sources(obj)  # "expelled AS militants from X": the "from" hung on the militants
        if sources and all(o.lower_ in ("outskirts", "outskirt") and not children(o, ("conj",)) for o in sources):
            return None  # "Houthis pushed away from outskirts of Aden": they besieged the town, never held it (heads27)
        if lemma == "force" and not sources and obj is not None:
            # "forced al-Shabab militants to flee Dobley town": the town the side was made to leave
            sources = [o for x in children(trigger, ("xcomp",)) if x.lemma_.lower() in _MADE_TO_LEAVE for o in children(x, ("dobj",))]
        if lemma in ("drive", "push", "kick", "chase", "flush", "force") and not ("out" in prts or sources):
            return None
        if lemma == "clear" and not sources and (share := _cleared_share(trigger, passive, obj)) is not None:
            # "80 per cent of Miramshah has been cleared", a headline's "80pc of Miramshah cleared, army says": part of
            # the town taken, by the side that says so when no "by" names it
            frame.cls, frame.construction = TriggerClass.GAIN, "passive"
            frame.places = [replace(r, partial=True) for o in prep_objects(share, ("of",)) for r in place_refs(o) if not r.anaphor]
            frame.gaining = _first(prep_objects(trigger, ("by",)))
            # a side named by name ("cleared of Al-Shabaab"); "cleared of militants" leaves the speaker's foe untold
            frame.losing = _first([o for o in prep_objects(trigger, ("of",)) if o.pos_ == "PROPN"])
            frame.needs_known = True
            return frame
        if lemma in ("clear", "purge", "cleanse") and obj is not None and sources and all(_side_word(o) for o in sources) and any(
            not r.anaphor for r in place_refs(obj)
        ):
            # a spokesman's "have cleared A, B and C districts from the enemies": the towns are the object, the side
            # cleared out of them the "from" (never "cleared the militants from X", whose "from" is the town)
            frame.cls = TriggerClass.GAIN
            frame.places = [r for r in place_refs(obj) if not r.anaphor]
            frame.gaining = subject_of(trigger)
            frame.losing = sources[0]
            return frame
        if lemma in ("clear", "purge", "cleanse") and obj is not None and not sources:
            # "cleared Y of Z": Y is the place; in "cleared the village of X" the "of" names the village, not a side
            frame.cls = TriggerClass.GAIN
            frame.places = place_refs(obj)
            if not frame.places and obj.lemma_.lower() in _SETTLEMENT_OBJECTS and any(
                _side_word(o) or o.pos_ == "PROPN" for o in prep_objects(obj, ("of",))
            ):
                # a coder note's "cleared Mach town (Kachhi, Balochistan) of BLA militants": the "of" names the side
                # cleared out, the town is the name before its kind noun
                frame.places = [r for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < obj.i
                                for r in place_refs(c)][-1:]
            if obj.tag_ == "NNS":  # "cleared the surrounding villages": a sweep names its villages, or none is taken
                frame.places = [r for r in frame.places if not r.anaphor]
            frame.gaining = subject_of(trigger)
            own = {r.token.i for r in frame.places}
            frame.losing = _first([o for o in (*prep_objects(obj, ("of",)), *prep_objects(trigger, ("of",))) if o.i not in own])
            if frame.losing is None and not _named_settlement(obj):
                # a monitor's bare "ISF cleared Udhaim in Diyala province": a known town and a known side, as "took X"
                # (never "the court cleared Hassan", "the bill cleared Congress"; notes28)
                frame.needs_known = True
            return frame
        if lemma == "clear" and passive and not sources and (cleared_of := prep_objects(trigger, ("of",))):
            # a monitor's "the villages of A and B were cleared of Al-Shabaab (by government forces)"
            frame.cls = TriggerClass.GAIN
            subject = _passive_subject(trigger)
            frame.places = place_refs(subject) or _adverb_read_name(subject)
            frame.gaining = _first(prep_objects(trigger, ("by",)) or [  # "... after government forces carried out an operation"
                sub for c in children(trigger, ("advcl",)) if any(m.lower_ in ("after", "following") for m in children(c, ("mark",)))
                if (sub := subject_of(c)) is not None
            ])
            frame.losing = cleared_of[0]
            return frame
        if passive:
            frame.losing = _passive_subject(trigger)
            frame.gaining = _first(prep_objects(trigger, ("by",)))
        elif obj is None and sources:
            # headline reduced passive: "Islamic State ousted from Baghouz"
            frame.construction = "passive"
            frame.losing = subject_of(trigger)
            frame.gaining = _first(prep_objects(trigger, ("by",)))
        else:
            frame.gaining = subject_of(trigger)
            frame.losing = obj
        frame.places = [r for s in sources for r in place_refs(s)]
        if not frame.places and obj is not None:
            frame.places = [r for s in prep_objects(obj, ("from", "out")) for r in place_refs(s)]
        if not frame.places and not passive and "out" in prts and obj is not None and (obj.pos_ == "PROPN" or obj.lemma_.lower() in _ARMED_NOUNS):
            # "Peshmerga fighters have pushed out Islamic State forces in the northern town of Sinjar": the side driven
            # out of a settlement named with its kind noun ("the town of X", "X town")
            frame.places = [r for s in prep_objects(trigger, ("in",)) + prep_objects(obj, ("in",)) if _named_settlement(s) for r in place_refs(s)]
        return frame

    if cls == TriggerClass.LOSE:
        if lemma == "hand" and not (prts & {"over", "back"} or control_obj or _town_handed(trigger, obj)):
            return None
        if lemma == "give" and "up" not in prts:
            return None
        if (lemma in FLIGHT_VERBS and not armed_flight(trigger)) or (lemma == "leave" and personal_departure(trigger)):
            return None  # "Thousands flee Kharkiv", "Ghani flees Kabul", "Putin leaves Moscow": people leave, no side (flight.py)
        if lemma == "leave" or lemma in FLIGHT_VERBS:
            if passive or obj is None or prts or (obj.pos_ != "PROPN" and not (
                obj.lemma_.lower() in _LEFT_TOWNS and any(not r.anaphor for r in place_refs(obj))
            )):
                return None  # "Al-Shabaab leaves port city of Kismayo" names the town; "leave the city" does not
            frame.needs_known = True
        if lemma == "pull" and not (prts & {"out", "back"} or prep_objects(trigger, ("out",))):
            return None
        if lemma in ("withdraw", "retreat", "pull"):
            places = _left_places(trigger)
            if not places or _some_of_them(subject_of(trigger)) or (
                obj is not None and obj.lemma_.lower() in _OWN_FORCE_NOUNS | {"fighter"} and _some_of_them(obj)
            ):
                # "some Iraqi forces pull out of Basra", "Houthis withdraw half their forces from X": part of the
                # garrison leaves, the town is held
                return None
            if _EDGE_ONLY.search(trigger.sent.text[trigger.idx - trigger.sent.start_char :]):
                return None  # "troops had withdrawn from Homs, and the rebels had started to enter the suburbs": not yet theirs
            frame.places = [r for p in places for r in place_refs(p)] or [r for p in places for t in positions_town(p) for r in place_refs(t)]
            if any(c.dep_ == "advmod" and (c.lower_ in _PARTLY_LEFT or any(g.lower_ in ("almost", "nearly") for g in c.children))
                   for c in trigger.children):
                frame.places = [replace(r, partial=True) for r in frame.places]  # "have almost entirely withdrawn from X"
            if not passive and lemma == "withdraw" and not any(r.anaphor for r in frame.places):
                # "has withdrawn its troops from the southern Gaza Strip, including Khan Younis": the towns named in
                # the area left (the parse hangs "including" on the verb or on the troops)
                frame.places += [r for t in (trigger, obj) if t is not None for o in prep_objects(t, ("including",))
                                 for r in place_refs(o) if not r.anaphor]
        elif control_obj and obj is not None:
            frame.places = _control_place(obj)
        elif lemma == "evacuate" and obj is not None and obj.lemma_.lower() in _OWN_FORCE_NOUNS and not passive:
            # "the army evacuated its garrison from Damboa", "soldiers evacuated their garrison in X": the force
            # holding the town left it (never "evacuated civilians / the wounded from X")
            frame.places = [r for t in (trigger, obj) for p in prep_objects(t, ("from", "in")) for r in place_refs(p)]
        elif lemma == "surrender" and obj is None and not passive:
            # "The garrison of X surrendered to Z", "The last Ukrainian fighters surrendered to Russian forces in X": the
            # whole force holding the town gave up (not "50 soldiers surrendered in X": part of it)
            frame.places = _garrison_town(trigger)
        elif passive:
            frame.places = place_refs(_passive_subject(trigger))
        elif lemma == "lose" and obj is not None and obj.lemma_.lower() in _CONTESTS:
            # "the rebels conceded they had lost the battle for the town of Qusayr": the place fought for is lost
            frame.places = [r for t in prep_objects(obj, ("for",)) for r in place_refs(t)]
        elif lemma == "lose" and obj is not None and not passive and obj.lemma_.lower() in HELD_GROUND | {"last"} and (
            obj.lemma_.lower() not in _PART_GROUND or any(c.lower_ in _LAST_GROUND for c in obj.children)
        ) and (
            held := [p for t in (obj, *prep_objects(obj, ("of",)), trigger) for p in prep_objects(t, ("in", "at")) if p.pos_ == "PROPN"]
        ):
            # "IS loses last patch of territory in Baghouz", "Taliban lose stronghold at X": the town the ground is in,
            # when the ground is no name of its own (a known town only: never a province or a country)
            frame.places = [r for t in held for r in place_refs(t)]
            frame.needs_known = True
        else:
            # "abandoned their positions in A and B": the towns the side's positions stood in (positions_left)
            frame.places = place_refs(obj) or [r for t in positions_town(obj) for r in place_refs(t)]
        if passive:
            frame.losing = _first(prep_objects(trigger, ("by",)))
        else:
            # ("Rebels leaving Goma": a verbless headline's participle of leaving, its doer the noun it hangs on)
            frame.losing = is_doer or subject_of(trigger) or (participle_doer(trigger) if lemma in _LEAVING_LEMMAS else None)
        frame.gaining = _first(prep_objects(trigger, ("to",)))
        if frame.gaining is None and lemma == "leave":
            # "the withdrawal left Farabougou under the control of JNIM / in the hands of the militants"
            for target in prep_objects(trigger, ("under", "in", "into")):
                if target.lemma_.lower() in ("hand", "hands", "control"):
                    frame.gaining = _first(prep_objects(target, ("of",))) or _first(
                        [c for c in target.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
                    )
                    frame.cls = TriggerClass.FALL  # the place went to the side named: the one a desk needs named
                    frame.needs_known = frame.gaining is None
        return frame

    # FALL: "Y fell to X", "Y fell into the hands of X", "Y came under the control of X"; an Afghan outlet's passive
    # "Y district has been fallen / collapsed to the Taliban" has the same subject
    # (never a date's day the small model made a second subject: "On 19 December 2016, the town of X fell to Z")
    subj = _first([c for c in children(trigger, ("nsubj",)) if not day_number(c)] or children(trigger, ("nsubjpass",)))
    if subj is not None and subj.lower_ in ("which", "that") and trigger.dep_ == "relcl":
        subj = _relative_antecedent(subj, trigger)
    if subj is None and trigger.dep_ == "acomp" and trigger.tag_ == "VBN" and trigger.head.lemma_.lower() == "be":
        subj = _first(children(trigger.head, ("nsubj",)))  # "the district was fallen to the Taliban": parsed as a copula's
        frame.anchor = trigger.head  # whose mood is the copula's ("denied that X was fallen to Z")
    ranked_attr = False
    if subj is None:
        subj = _acl_head(trigger) or _reported_head(trigger)
        if subj is not None and subj.dep_ == "attr" and ranked(subj):
            # "Faizabad is the ninth provincial capital to fall to the Taliban": the copula's subject fell
            ranked_attr = subj.head.lemma_.lower() in ("be", "become") and lemma == "fall"
            subj = _first(children(subj.head, ("nsubj",))) or subj
    if subj is not None and subj.tag_ == "NNS" and subj.lemma_.lower() not in ADMIN_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("all", "both") for c in subj.children
    ) and (
        named := _first([c for c in trigger.children if c.dep_ in ("npadvmod", "nsubj", "dep") and c.pos_ == "PROPN" and c.i < subj.i])
    ) is not None:
        # "A, B and C, all capitals of the northern provinces, fall under Taliban control": the names before the summary
        subj = named
    ranked_copula = False
    if subj is not None and subj.dep_ == "nsubj" and trigger.dep_ in ("relcl", "acl") and ranked(subj) and (
        subj.head.lemma_.lower() == "be" and trigger.lemma_.lower() == "fall"
    ) and (named := _first([a for a in children(subj.head, ("attr",)) if a.i > trigger.i and is_proper(a)])) is not None:
        # "The latest to fall is Kunduz", "the latest city to fall to the Taliban was X": the copula's name fell
        subj, ranked_copula = named, True
    # "have fallen back to government troops": the parse hangs "to" on "back"
    gaining = _first(prep_objects(trigger, ("to",)) or [
        o for a in children(trigger, ("advmod",)) if a.lower_ == "back" for o in prep_objects(a, ("to",))
    ]) or acronym_after_to(trigger)  # (a Somali note's "fell to AS militants": the acronym read as "as")
    # (an Afghan outlet's "Wakhan district fell in the hands of the Taliban": "in" as "into", before hands only)
    targets = prep_objects(trigger, ("into", "under")) + [
        o for o in prep_objects(trigger, ("in",)) if lemma == "fall" and o.lemma_.lower() in ("hand", "hands")
    ]
    if gaining is not None and gaining.lemma_.lower() in ("hand", "hands"):
        targets, gaining = [gaining, *targets], None  # "have fallen to the hands of the government": as "into"
    if gaining is None:
        for target in targets:
            if target.lemma_.lower() in ("hand", "hands", "control", "grip", "rule", "occupation"):  # "came under Russian occupation"
                gaining = _first(prep_objects(target, ("of",))) or _first(
                    [c for c in target.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
                )
    if gaining is None and lemma == "fall" and (lost := [
        o for o in [*prep_objects(trigger, ("from",)), *(o for p in children(trigger, ("prep",)) if p.lower_ == "out" for o in prep_objects(p, ("of",)))]
        if o.lemma_.lower() in ("control", "hand", "hands")
    ]):
        # "Aleppo has fallen from government control", "fell out of regime control": the holder named lost it
        frame.places = place_refs(subj)
        frame.losing = _first(prep_objects(lost[0], ("of",))) or _first(
            [c for c in lost[0].children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in ("full", "complete", "total")]
        )
        return frame if frame.losing is not None else None
    if gaining is None and not targets and _fell_alone(trigger, subj):
        # a chronology's "Kunlong, where the district command sat, fell on November 12": taken, the taker not named
        frame.construction = SIDELESS_FALL
        frame.places = place_refs(subj)
        return frame
    if gaining is None and not targets and _fell_bare(trigger, subj):
        # "Sheberghan, the capital of Jawzjan province, has fallen." told alone: a fall only when the next sentence
        # says who holds the town ("The city is in the hands of the militants": entry.fall_holder)
        frame.construction = SIDELESS_FALL
        frame.places = place_refs(subj)
        frame.pending = True
        return frame
    if gaining is None and not targets and ranked_attr and subj is not None and is_proper(subj) and _counted_fall_alone(trigger):
        # "Kreminna was the first city to fall in the offensive", "X became the latest town to fall": counted in a
        # series of falls with no taker written, as "The latest to fall is X" (the side named before took it)
        ranked_copula = True
    if gaining is None and ranked_copula:
        # the taker is the side the line named before ("The Taliban captured five capitals. The latest to fall is X")
        frame.construction = RANKED_FALL
        frame.places = place_refs(subj)
        return frame
    if gaining is None:
        return None
    if lemma == "come" and not any(t.lemma_.lower() in ("control", "occupation") for t in trigger.subtree):
        return None
    if lemma == "pass" and not any(t.lemma_.lower() in ("control", "hand", "hands") for o in prep_objects(trigger, ("into", "under")) for t in (o,)):
        return None  # "passed into the hands of Z" is a fall; "passed to the next round", "passed to his son" are not
    frame.places = place_refs(subj)
    frame.places += _new_refs(frame.places, sequel_tails(trigger))  # "A fell to Z on Thursday, followed by B" (list_tails.py)
    frame.gaining = gaining
    return frame


_CONFIRMING = frozenset({"confirm", "report", "announce", "complete", "verify", "geolocate"})
_RETAKING_NOUNS = frozenset({"recapture", "liberation", "retaking", "reconquest"})
# not "units had completed the liberation of X": "units" is no announcer; "Iraq declares liberation of Mosul" is one
_ANNOUNCING = frozenset({"announce", "confirm", "declare"})
_TAKING_NOUNS = frozenset({"capture", "seizure", "takeover"})
_CLAIMING = frozenset({"announce", "declare", "claim"})
_COMPLETING = frozenset({"complete", "finish"})
# "completed the seizure of X" and a headline's present "Russia completes capture of X" (the news it tells); never
# the bare or modal "to complete", "will complete" (heads27)
_DONE_OR_HEADLINE_PRESENT = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def _subject_of_sequel(noun: Token) -> bool:
    """"Russia claims capture of X is imminent", "says recapture of X is near": the small model makes the noun the
    verb's object and the "is" after it a clause of its own with no subject; the noun is that clause's subject, told
    as a prospect or a verdict, not as the deed (never "... is complete")."""
    return noun.dep_ == "dobj" and any(
        c.dep_ == "ccomp" and c.i > noun.i and c.lemma_ == "be" and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        and not any(g.lower_ in _DONE_WORDS for g in c.children if g.dep_ in ("acomp", "attr"))
        for c in noun.head.children
    )


_DONE_WORDS = frozenset({"complete", "completed", "over", "done", "finished"})


def _scare_quoted(tok: Token) -> bool:
    """"completed the 'liberation' of Artemovsk": a word in quotation marks of its own, the other side's word for it."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in ("'", "\u2018", '"', "\u201c") and doc[tok.i + 1].text in ("'", "\u2019", '"', "\u201d")


def _complete_as_adjective(head: Token) -> bool:
    """"Russian forces complete capture of X": the small model reads the plural's present "complete" as an adjective at
    the root, with its subject and object still hung on it."""
    return head.tag_ == "JJ" and head.dep_ == "ROOT" and head.lower_ == "complete" and any(c.dep_ == "nsubj" for c in head.children)



def _noun_frame(trigger: Token, cls: TriggerClass) -> Frame | None:
    if _subject_of_sequel(trigger):
        return None
    frame = Frame(trigger, cls, "nominal", nominal=True)
    poss = _first(children(trigger, ("poss",)))
    of_objs = prep_objects(trigger, ("of",))
    # "the recapture of the town of A and the villages of B and C": the parse hangs the second place noun on the trigger
    of_objs += [c for c in trigger.children if c.dep_ == "conj" and c.tag_ == "NNS" and c.lemma_.lower() in PLACE_NOUNS
                and has_child(c, "prep", ("of",)) and of_objs]
    # ("the capture of Goma by M23 rebels": the small model may hang the agent on the place)
    by_objs = prep_objects(trigger, ("by",)) or [o for x in of_objs for o in prep_objects(x, ("by",)) if o.pos_ in ("PROPN", "NOUN")]
    if not by_objs and of_objs and trigger.dep_ == "dobj" and not children(trigger.head, ("auxpass", "nsubjpass")):
        # "US hails recapture of Ramadi by Iraqi forces": the parse hangs the noun's agent on the active verb whose
        # object it is (which takes none of its own); the one who hails it is no taker
        by_objs = [o for o in prep_objects(trigger.head, ("by",)) if o.i > trigger.i and o.ent_type_ not in ("DATE", "TIME") and (
            o.pos_ == "PROPN" or o.lemma_.lower() in _ARMED_NOUNS | _GROUP_WORDS
        )]
    if cls == TriggerClass.GAIN:
        frame.places = [r for o in of_objs for r in place_refs(o)]
        frame.gaining = _first(by_objs)
        if frame.gaining is None and trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and trigger.head.lemma_.lower() in _CONFIRMING:
            # "the Russian seizure of the village of X was confirmed": the side named on the noun, only when the
            # sentence reports the capture itself (a "following the Russian seizure of X" clause is background)
            frame.gaining = next((c for c in trigger.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()), None)
        # (a possessor names the side itself: "the governor announced the army's recapture of X" is the army's)
        named_owner = poss is not None and poss.lower_ not in ("its", "their") and poss.lower_ not in _TIME_WORDS | {"week", "month", "year", "today", "yesterday"}
        if frame.gaining is None and trigger.dep_ == "dobj" and not named_owner and (
            (trigger.lemma_.lower() in _RETAKING_NOUNS and trigger.head.lemma_.lower() in _ANNOUNCING)
            # "the Turkish-backed militants announced the capture of X": a side announces its own capture, never
            # confirms it ("Ukraine confirmed the capture of X" concedes it)
            or (trigger.lemma_.lower() in _TAKING_NOUNS | _RETAKING_NOUNS and trigger.head.lemma_.lower() in _CLAIMING)
            # "The Taliban completed the seizure of Kandahar": who completes a capture made it
            # (a liberation "completed" is the ministry's own account of the place it names: "units had completed the
            # 'liberation' of Artemovsk" stays with the reading of the name it stands for)
            # (and "Iraqi forces completed the liberation of Falluja": an armed side completing a return makes it)
            or ((trigger.lemma_.lower() in _TAKING_NOUNS or (
                trigger.lemma_.lower() in _RETAKING_NOUNS and _is_armed_subject(trigger.head) and not _scare_quoted(trigger)
            )) and trigger.head.lemma_.lower() in _COMPLETING
                and (trigger.head.tag_ in _DONE_OR_HEADLINE_PRESENT or _complete_as_adjective(trigger.head)) and not any(c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") for c in trigger.head.children))
        ):
            # "the Nigerian military announced the recapture of X", "the minister confirmed the liberation of the
            # villages of A and B": who announces a place's return names the side it returned to
            frame.gaining = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
        if frame.gaining is None and poss is None and trigger.lemma_.lower() in _TAKING_NOUNS | _RETAKING_NOUNS:
            frame.gaining = claimer_of_noun(trigger)  # "Sudanese paramilitary claims capture of X" (claiming_side.py)
        if poss is not None and poss.lower_ in ("its", "their") and trigger.dep_ == "dobj" and frame.places:
            # "the army completed its takeover of X": the pronoun is the subject of the verb the noun is object of
            poss = next((c for c in trigger.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), poss)
            if poss.lower_ in ("its", "their") and trigger.head.dep_ == "acl" and trigger.head.lemma_.lower() in _CLAIMING and (
                trigger.head.head.pos_ in ("NOUN", "PROPN")
            ):
                # "Syrian opposition factions announced on Saturday their capture of X": the small model reads the verb
                # as a reduced relative on its subject
                poss = trigger.head.head
        if poss is not None and poss.lower_ in _TIME_WORDS | {"week", "month", "year", "today", "yesterday"}:
            poss = None  # "last week's recapture of X": a date, not the side (verbs24)
        if poss is not None and not frame.places and poss.lower_ not in ("its", "their") and (named := named_before(trigger)) is not None:
            frame.places = place_refs(named)  # "Ukraine's Kherson recapture": the town on the noun, the side its possessive
        if poss is not None:
            if frame.places:
                frame.gaining = frame.gaining or poss
            else:
                frame.places = place_refs(poss)
        frame.losing = _first(prep_objects(trigger, ("from",)))
    elif cls == TriggerClass.FALL:
        frame.places = [r for o in of_objs for r in place_refs(o)] or place_refs(poss)
        frame.gaining = _first(prep_objects(trigger, ("to",)))
    else:  # withdrawal / retreat / loss
        sources = prep_objects(trigger, ("from",))
        if trigger.lemma_.lower() == "loss":
            frame.places = [r for o in of_objs for r in place_refs(o)]
            frame.losing = poss
            frame.gaining = _first(prep_objects(trigger, ("to",)))
        else:
            frame.places = [r for o in sources for r in place_refs(o)]
            if not sources and poss is not None and poss.lower_ not in ("its", "their") and (named := named_before(trigger)) is not None:
                frame.places = place_refs(named)  # "Russia's Kherson withdrawal": the town written on the noun (the side the possessive)
            if poss is not None and poss.lower_ in ("its", "their") and trigger.dep_ == "dobj" and frame.places and (
                trigger.head.lemma_.lower() in _DONE_WITHDRAWING
            ):
                # "the army declared its withdrawal from X": the pronoun is the subject of the verb the noun is object
                # of, when that verb tells the withdrawal done (not "postponed", "halted" or "planned" it)
                poss = next((c for c in trigger.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), poss)
            frame.losing = poss or _first(of_objs)
            if frame.losing is None and frame.places and poss is None:
                frame.losing = completing_side(trigger)  # "Russia completes withdrawal from X": who completed it left X
            if frame.losing is None and frame.places and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _MADE_MOVES and (
                trigger.head.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(c.dep_ in ("neg",) or c.tag_ == "MD" for c in trigger.head.children)
            ):
                # 'Malian forces made a "strategic retreat" from Tessalit', "troops carried out a tactical withdrawal
                # from X": who made the move left the town
                frame.losing = subject_of(trigger.head)
    if frame.gaining is None and frame.losing is None:
        side = reacting_side(trigger)  # "Putin hailed the fall of Y"
        if side is None and is_news_subject(trigger) and (judged := verdict_side(trigger)) is not None:
            # "The fall of X is a major blow to Y": the side the verdict falls on (verdict_side.py)
            side = judged
        if side is None and (is_news_subject(trigger) or is_condemned(trigger)):
            # "The fall of Nyala comes as talks resume", "The capture of X adds pressure on Y": the event is this
            # sentence's news, told as the subject of its consequence; no side named (a known town at war only), or
            # the one named on the noun ("RSF capture of X threatens oil exports", "Russian capture of X adds pressure")
            frame.gaining = side_on_noun(trigger) if cls == TriggerClass.GAIN else None
            if frame.gaining is None:
                frame.construction = SIDELESS_NOMINAL
            return frame
        if side is None and cls in (TriggerClass.GAIN, TriggerClass.FALL) and is_presupposed(trigger):
            # "What the fall of X means for Y", "World reacts to the capture of X": a headline that takes the capture
            # as done (presupposed_nominal.py); the side named on the noun, or none (a known town at war only)
            frame.gaining = side_on_noun(trigger) if cls == TriggerClass.GAIN else None
            if frame.gaining is None:
                frame.construction = SIDELESS_NOMINAL
            return frame
        if side is None and (verb := outcome_verb(trigger)) is not None:
            # "an operation led by the Somali army resulted in the recapture of A and B": what the fighting ended in is
            # this sentence's news, its side who led it, or the one named before (or none: verbs24, lists28)
            frame.gaining = outcome_side(verb)
            if frame.gaining is None:
                frame.construction = OUTCOME
            return frame
        if side is None:
            return None  # a bare "the capture of Y" names no side: not an event on its own
        if side[0] == "gaining":
            frame.gaining = side[1]
        else:
            frame.losing = side[1]
    return frame


def named_before(noun: Token) -> Token | None:
    """The proper name written right before a withdrawal noun that has a possessive side ("Russia's Kherson withdrawal",
    "Israel's Gaza pullout"): the place left; never a date ("Russia's November withdrawal") or a word of the side's own."""
    prev = noun.doc[noun.i - 1] if noun.i > 0 else None
    if noun.tag_ != "NN":
        return None  # "Sudan's RSF captures Wad Madani": a verb the parse read as a plural noun
    if prev is None or prev.dep_ != "compound" or prev.head.i != noun.i or prev.pos_ != "PROPN" or not prev.text[:1].isupper():
        return None
    if prev.ent_type_ in ("DATE", "TIME", "NORP", "ORDINAL", "CARDINAL") or prev.lower_ in _TIME_WORDS:
        return None
    return prev


# verbs whose object is a move a side made: "made a strategic retreat from X", "carried out a tactical withdrawal"
_MADE_MOVES = frozenset("make carry conduct execute stage".split())
# verbs that tell a side's withdrawal done: "declared / announced / completed its withdrawal from X"
_DONE_WITHDRAWING = frozenset("announce declare complete confirm finish conclude finalise finalize report".split())

SIDELESS_NOMINAL = "sideless nominal"
"""A capture noun as the subject of what it brings about ("The fall of X means ..."), with no side named
(news_nominal.is_news_subject)."""


def frames_for(trigger: Token) -> Frame | None:
    """The frame a trigger token sets up, or None when it is not a control-change trigger here."""
    found = frame_or_why(trigger)
    return found if isinstance(found, Frame) else None


def frame_or_why(trigger: Token) -> Frame | str:
    """The frame a trigger token sets up, or why it sets up none (a word for ``explain``'s trace: ``part of speech``,
    ``no trigger class``, ``noun without of``, ``no place``, ``undone``, ``raid``)."""
    lemma = trigger.lemma_.lower()
    low = trigger.lower_
    # "X was overrun by Z": a participle the small model tags as a noun is the passive verb its auxiliary says it is
    misread_passive = trigger.pos_ in ("NOUN", "ADJ") and has_child(trigger, "auxpass") and (
        has_child(trigger, "nsubjpass") or has_child(trigger, "agent")
    )
    # a headline's "Nigerian troops clear Gwoza of Boko Haram": the plural present read as an adjective with an object
    # (and "Kurdish forces free Sinjar from ISIS", the same misreading of "free")
    misread_clear = low in ("clear", "free") and trigger.pos_ == "ADJ" and has_child(trigger, "nsubj") and has_child(trigger, "dobj")
    # a coder note's present told as a second verb: "AMISOM forces clash with Z and retake X", "troops clash with Z,
    # recapture X": the bare present after the first finite present is read as an adjective with the place as object
    misread_second = (
        trigger.pos_ == "ADJ" and trigger.dep_ == "conj" and trigger.head.tag_ in ("VBP", "VBZ") and low == lemma
        and VERB_CLASSES.get(lemma) in (TriggerClass.GAIN, TriggerClass.EXPEL) and has_child(trigger, "dobj")
    )
    # "Z advanced north from Y Oblast and liberated X": the second verb read as an adjective on X (conj_participle.py)
    misread_conj = conj_participle(trigger) if trigger.pos_ == "ADJ" else None
    if misread_conj is not None:
        trigger.lemma_ = lemma = misread_conj[0]
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB") or misread_passive or misread_clear or misread_second or misread_conj:
        if attributive_participle(trigger):
            return "attributive"  # "demolish homes in occupied East Jerusalem": the name's adjective (attributive.py)
        cls = VERB_CLASSES.get(lemma) or VERB_CLASSES.get(low) or (
            TriggerClass.GAIN if way_into(trigger) or (lemma in INTO_VERBS and prep_objects(trigger, ("into",))) else None
        )
        if cls is None:
            return "no trigger class"
        if surrendered_town(trigger):
            cls = TriggerClass.FALL  # "Laukkai surrendered to the MNDAA": the town is the subject, "to Z" gains it
        frame = _verb_frame(trigger, cls)
        if frame is not None and frame.gaining is None and cls == TriggerClass.GAIN and (claimer := claiming_side(trigger)) is not None:
            frame.gaining = claimer  # "RSF claims seizing el-Fasher": "claims" read as a noun, its side a compound
        if frame is not None and (doer := praised_doer(trigger)) is not None:
            frame.gaining = doer  # "Putin congratulates the troops for capturing X": the troops took it, not Putin
        if frame is not None and cls == TriggerClass.GAIN and (verb := outcome_verb(trigger)) is not None:
            # "The operations resulted in regaining control over the town of A and the villages of B and C": the gerund
            # has no side of its own; who led the operation, or the side named before (lists28)
            frame.gaining = outcome_side(verb)
            if frame.gaining is None:
                frame.construction = OUTCOME
    elif trigger.pos_ == "NOUN" or trigger.tag_ in ("NN", "NNS"):
        cls = NOUN_CLASSES.get(lemma) or NOUN_CLASSES.get(low)
        if cls is None:
            return "no trigger class"
        if has_child(trigger, "prep", ("of", "by", "to", "from")) or has_child(trigger, "poss"):
            frame = _noun_frame(trigger, cls)
        else:
            return "noun without of"
    else:
        return "part of speech"
    if frame is None or not frame.places:
        return "no place"
    taker = trigger.head if trigger.dep_ == "conj" and VERB_CLASSES.get(trigger.head.lemma_.lower()) == TriggerClass.GAIN else None
    if trigger.pos_ == "VERB" and (_undone(trigger) or (taker is not None and _undone(taker))):
        return "undone"  # neither the capture nor the same side's leaving again is a change
    if seat_of_entered(trigger):
        frame.places = [r for r in frame.places if not r.site]  # the seat of the town entered: part of the town's capture
        if not frame.places:
            return "no place"
    if any(r.kind_noun in INSTALLATION_NOUNS for r in frame.places) and RAID.search(trigger.sent.text):
        frame.places = [r for r in frame.places if r.kind_noun not in INSTALLATION_NOUNS]
        if not frame.places:
            return "raid"  # "overran the military base in Y, looting weapons": the base was raided, the town not held
    return frame
