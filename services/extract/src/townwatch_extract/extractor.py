"""The extractor: turns one article into the control-change events it reports (pure library, no I/O)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, partial
from itertools import islice
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from townwatch_extract.abbreviation import coined_letters
from townwatch_extract.actors import ActorCatalogue, ActorEntry
from townwatch_extract.advancing_side import with_advancing_side
from townwatch_extract.adversary import contrary_turn, other_side
from townwatch_extract.anchored_name import name_anchor
from townwatch_extract.answered import answered
from townwatch_extract.background import (
    after_head,
    after_in_headline,
    before_next_phase,
    caption_after,
    counted_after,
    followed_nominal,
    in_war_phase,
    is_background_nominal,
    is_since_clause,
    later_in_backstory,
    shortly_after,
    told_before,
)
from townwatch_extract.background_label import background_labels
from townwatch_extract.backstory import is_backstory
from townwatch_extract.brief import is_brief, raided, reversal_frame
from townwatch_extract.brought_under import brought_under_frame
from townwatch_extract.calibration import CalibrationMap
from townwatch_extract.capital import national_capital
from townwatch_extract.casing import CaseHints, common_word, one_case, restore_case, title_case
from townwatch_extract.chronicle import Chronicle, fresh
from townwatch_extract.chronology import chronology_items, told_long_before
from townwatch_extract.city_site import base_of_town, inside_taken_town, named_base_site
from townwatch_extract.civil_voice import voiced_forces
from townwatch_extract.classifier import (
    ChangeClassifier,
    ClassifierModel,
    ClassifierUse,
    SentenceScorer,
)
from townwatch_extract.clause_subject import clause_subject
from townwatch_extract.coded_elsewhere import marked_coded_elsewhere, told_coded_elsewhere
from townwatch_extract.compass_conjunct import compass_conjuncts
from townwatch_extract.completed_withdrawal import COMPLETING_VERBS
from townwatch_extract.conjuncts import listed_with, written_list
from townwatch_extract.contested import contested, disputed_elsewhere
from townwatch_extract.context import ArticleContext, ResolvedActor, StoryCountry, kurdish_words
from townwatch_extract.continued_taking import continued_at, continues_taking, dated_long_before
from townwatch_extract.control import PHRASE_LEMMAS, phrase_frame
from townwatch_extract.coreference import NOTE_ONLY_ANAPHORS, Antecedent, PlaceMentions
from townwatch_extract.correction import is_correction
from townwatch_extract.date_head import DateHead, blank_date_heads
from townwatch_extract.dated_after import dated_after_change
from townwatch_extract.dated_nominal import dated_subject_nominal, year_before_noun
from townwatch_extract.dates import TimeRef, find_time_refs, is_background_date
from townwatch_extract.demonym_side import UnnamedSide
from townwatch_extract.denial import DenialFinder, Denials
from townwatch_extract.earlier_phase import earlier_phase
from townwatch_extract.earlier_step import (
    counted_caption,
    described_offensive,
    extension_base,
    visited_capture,
)
from townwatch_extract.echo import echoes_history
from townwatch_extract.entry import (
    entry_confirmed,
    fall_holder,
    fall_told_taken,
    lone_headline_entry,
)
from townwatch_extract.entry_grounds import WAY_VERBS
from townwatch_extract.errors import ExtractionError
from townwatch_extract.explanation import FrameNote, Trace
from townwatch_extract.expropriation import expropriation
from townwatch_extract.false_place import false_place
from townwatch_extract.feature_label import feature_label
from townwatch_extract.fingerprint import simhash
from townwatch_extract.foil import is_contrasted_nominal
from townwatch_extract.frames import (
    RANKED_FALL,
    SIDELESS_FALL,
    SIDELESS_NOMINAL,
    Frame,
    PlaceRef,
    frame_or_why,
    frames_for,
    is_foothold,
    other_settlements,
)
from townwatch_extract.fuller_name import fuller_names
from townwatch_extract.group_kind import GROUP_KINDS
from townwatch_extract.headline import (
    BARE_PARTICIPLE,
    CONTROL_HEADLINE,
    HEADLINE_LOWER,
    answered_part,
    colon_place_last,
    colon_speaker,
    crosses_clause,
    explainer,
    headline_frames,
    headline_text,
    sentence_case,
    telegraphic_participle,
)
from townwatch_extract.headline_antecedent import headline_town
from townwatch_extract.headline_disputed import headline_undisputed
from townwatch_extract.headline_grammar import rebuilt_headline
from townwatch_extract.headline_idiom import reworded_headline
from townwatch_extract.headline_list import with_comma_head, with_comma_tail
from townwatch_extract.headline_participle import headline_participles, looking_back
from townwatch_extract.held_line import has_held_line, held_lines
from townwatch_extract.hold_span import held_for_span
from townwatch_extract.landmark_place import only_landmark
from townwatch_extract.later_base import later_base_name, later_site_name, unnamed_base
from townwatch_extract.leader_title import leader_by_title
from townwatch_extract.leaver import leaving_side
from townwatch_extract.lede_province import outside_named_province
from townwatch_extract.lede_town import entry_names_lede_town
from townwatch_extract.lexicon import (
    NOUN_CLASSES,
    REGION_CORE,
    VERB_CLASSES,
    TriggerClass,
    given_name,
    parse_form,
)
from townwatch_extract.located import located_country, relocate
from townwatch_extract.locative import placed_only
from townwatch_extract.modality import Modality, Mood, is_background_clause, read_modality, refuted
from townwatch_extract.monitor_note import anchored, compact, note_area, note_date, read_parentheses
from townwatch_extract.named_place import (
    grammar_names_place,
    is_terrain,
    listed_country,
    nearby_country,
    untagged_name,
)
from townwatch_extract.news_nominal import OUTCOME
from townwatch_extract.nlp import load_nlp, memory_zone
from townwatch_extract.non_site import person_may_fall
from townwatch_extract.note_line import is_note_line, note_line_news, page_year, perfect_by_day
from townwatch_extract.note_plural import note_plural
from townwatch_extract.ongoing_move import ongoing_after
from townwatch_extract.opening_name import retag_opening_names
from townwatch_extract.operation_owner import OPERATION_NOUNS, operation_owner
from townwatch_extract.opponents import POSSESSED_REBELS, opposed_subject, opposed_to_state
from townwatch_extract.outcome import outcome_taker
from townwatch_extract.pace import Pace, Round, Unpaced, counted
from townwatch_extract.participle_list import (
    ONE_OF_TAKEN,
    PARTICIPLE_FORMS,
    PARTICIPLE_LIST,
    participle_list_frame,
)
from townwatch_extract.place_list import listed_places
from townwatch_extract.prefilter import Prefilter
from townwatch_extract.present_tense import present_as_past, retaken
from townwatch_extract.presupposed_nominal import asked_of_capture
from townwatch_extract.quarter import is_city_quarter, province_district, unnamed_district
from townwatch_extract.quotes import (
    official_speaker,
    quote_attribution,
    quote_side,
    trailing_speaker,
)
from townwatch_extract.raid_leaving import (
    attacked_before,
    left_after_attack,
    left_after_operation,
    left_after_raid,
)
from townwatch_extract.raw_text import blank_markup, end_dateline, latin_lookalikes, looks_binary
from townwatch_extract.recap import (
    held_in_lead,
    inherited_ref,
    is_recap_date,
    opens_campaign,
    same_day_opening,
    told_earlier,
)
from townwatch_extract.recency import (
    campaign_summary,
    continues_story,
    recent_description,
    recent_span,
)
from townwatch_extract.recent_fall import retaken_lately
from townwatch_extract.regained import regained
from townwatch_extract.region_head import split_region_heads
from townwatch_extract.role_frame import ROLE_FRAME, role_frames
from townwatch_extract.sentences import Sentence, SentenceIndex
from townwatch_extract.set_off import SETTLED_KINDS
from townwatch_extract.short_hold import retaken_soon
from townwatch_extract.sibling_loser import sibling_loser
from townwatch_extract.sideless import lede_taker, numbered_unit, sideless_passive
from townwatch_extract.sites import SiteResolver, site_before, site_kind
from townwatch_extract.spelling import respelled, respellings
from townwatch_extract.spokesperson import PRONOUN_SPEAKERS, spokesperson_side
from townwatch_extract.status import holder_statements, leaving_sides, occupied_now
from townwatch_extract.syntax import children, prep_objects, subject_of
from townwatch_extract.tally import is_tally_description
from townwatch_extract.telegraphic_clause import telegraphic_clauses, verb_first_clauses
from townwatch_extract.timeline import background_cue, settle, told_as_state
from townwatch_extract.timeline_line import retold_line
from townwatch_extract.title_bar import without_title_bars
from townwatch_extract.topic_label import without_topic_labels
from townwatch_extract.undone import undone, undone_in_report
from townwatch_extract.unnamed_town import container_names, named_container, neighbour_names
from townwatch_extract.verdict_side import judged_side
from townwatch_extract.wars import War, war_loser, war_named
from townwatch_extract.welcome import opening_line, welcomed
from townwatch_gazetteer import Gazetteer, GeoPlace, name_key
from townwatch_gazetteer.countries import country_capital, country_name
from townwatch_schemas import (
    ARTICLE_MAX_BYTES,
    ActorKind,
    Article,
    ControlChange,
    DatePrecision,
    Evidence,
    LocationPrecision,
    Place,
)

__all__ = [
    "CLAIMED_CONFIDENCE",
    "EXTRACTOR_VERSION",
    "HEDGED_CONFIDENCE",
    "MAX_CONFIDENCE",
    "MAX_TEXT_CHARS",
    "Candidate",
    "ExtractionError",
    "Extractor",
]

log = logging.getLogger(__name__)

# The score's caps (an event's confidence is the calibrated score, calibration.py). One article is one outlet: however
# many times it repeats a change, it never makes it near-certain.
MAX_CONFIDENCE = 0.9
CLAIMED_CONFIDENCE = 0.6
HEDGED_CONFIDENCE = 0.5

EXTRACTOR_VERSION = "townwatch-extract/1.0"
MAX_TEXT_CHARS = ARTICLE_MAX_BYTES  # every article ingest accepts (a character is at least one byte)
_OFFICIAL = re.compile(r"\b(military|ministry|army|command|spokes(?:man|woman|person)|statement|officials?|police|government|commander|general|colonel|brigadier|authorities|governor)\b", re.I)
# Past forms the small model leaves unlemmatised ("retook" -> "retook").
_LEMMA_FIXES = {"retook": "retake", "retaken": "retake", "overran": "overrun", "recaptured": "recapture", "wrested": "wrest",
                # ("reentered" -> "reentere"; a return into a place is an entry, frames._entry_corroborated; news43)
                **dict.fromkeys(("reenter", "reenters", "reentered", "reentering"), "enter")}
# the title readings that name no side at all (a feature's label drops them: feature_label.py)
_SIDELESS_TITLE = frozenset({BARE_PARTICIPLE, SIDELESS_NOMINAL, SIDELESS_FALL})
_TRIGGER_WORDS = frozenset(VERB_CLASSES) | frozenset(NOUN_CLASSES) | PHRASE_LEMMAS | WAY_VERBS  # "fought their way into X"
# Verbs whose object or source is nearly always a place, so a proper noun there counts even when unresolved.
_PLACE_VERBS = frozenset("retake recapture liberate overrun fall withdraw dislodge drive expel oust pull regain resume retreat abandon evacuate".split())
# Verbs whose object may also be a person ("captured the commander"): an unresolved name counts unless it is one.
_AGENCIES = frozenset("AP AFP Reuters Xinhua Anadolu Sputnik TASS SANA EFE dpa DPA IRNA Interfax RIA Ukrinform".split())
_LOCATING = frozenset({"near", "outside", "around", "beside", "by"})  # "another village near X"
_CAPTURE_VERBS = frozenset("capture seize occupy storm enter sweep move walk roll march take secure leave".split())
# the verbs a headline also catches a man with ("Special Forces Capture Maduro"), never a retake's or a hold's
_MAN_CAUGHT = frozenset({"capture", "seize", "catch", "nab", "grab", "snatch"})


# A city an unnamed base or HQ lies in keeps its other sites: the base is the town only in a smaller one.
_SEAT_CITY = 100_000
_BASE_NOUNS = frozenset({"base", "camp", "barracks", "garrison"})  # a military site named by the words before it
_BASE_WORDS = frozenset("strategic key main military army air naval".split())


def _namesake_abroad(
    wars: tuple[War, ...], geo: GeoPlace, written: str, sides: tuple[ResolvedActor | None, ...], home: str, when: dt.date | None,
) -> bool:
    """Whether ``geo``, read for a village the story's named sides took in their one war country ``home``, is a namesake
    in another country the text never writes: a town of a war the sides do not fight in then ("Lere" taken by Mali's
    rebels is no Nigerian Lere), or one GeoNames lists there under another name only ("al-Thawra" in an Iraqi story is
    no old name of Syria's Tabqa); a city as large as a seat only when both ("Aliyah" taken by the Hashd is no Aley)."""
    if geo.country_code == home or when is None:
        return False
    fought = any(
        war.during(when) and geo.country_code in war.countries and war.side_of(a.id) is not None for war in wars for a in sides if a is not None
    )
    other_name = name_key(written) != name_key(geo.name)
    return (not fought and other_name) or (geo.population < _SEAT_CITY and (not fought or other_name))


def _named_base(ref: PlaceRef) -> bool:
    """"the strategic Naqlia base", "as-Saadi military base": a name compounded on a base described as military or
    strategic (never "the Anefis camp" nor "the garrison in X", read as the town)."""
    tok = ref.token
    return not ref.anaphor and ref.kind_noun in _BASE_NOUNS and tok.dep_ in ("compound", "nmod", "amod") and tok.head.lemma_.lower() in _BASE_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _BASE_WORDS for c in tok.head.children
    )


_SEAT_TOWN = 50_000  # the size from which a police headquarters is one building of the town, not its garrison


def _police_seat(town: Token) -> bool:
    """Whether ``town`` places a police headquarters or station ("police headquarters in X"), not a garrison."""
    inst = town.head.head if town.head.lower_ in ("in", "at") else None
    return inst is not None and any(c.lower_ == "police" for c in inst.children if c.dep_ in ("compound", "amod", "nmod"))


def _is_headline(text: str) -> bool:
    """One short line with no closing punctuation: "Iraqi forces retake Ramadi from Islamic State: PM"; or a headline
    a feed closed with a full stop ("Army retakes Palmyra."), not a coder's dated note ("On 3 May, ... (Kidal).")."""
    line = text.strip()
    if not 0 < len(line) <= 200 or "\n" in line:
        return False
    if line.endswith(".") and not line.endswith("..") and len(line.split()) <= 16 and not _NOTE_LIKE.search(line[:-1]) \
            and not _PAST.search(line):
        return True  # a headline's present tense; "Tel Afar fell to the PMF on Sunday." stays an article's sentence
    if line.endswith(('"', "”", "'", "’")):
        # a headline closing on a quote it gives ("Iraqi forces 'retake X from IS'"): a sentence's quote closes on its
        # own punctuation ('..., he said "we retook X."') and a quote opening the line is a sentence's
        return len(line) > 2 and line[-2] not in ".!?,;:" and line[0] not in "'\"“‘" and len(line.split()) <= 16 \
            and not _NOTE_LIKE.search(line)
    return not line.endswith((".", "!"))


_PAST = re.compile(
    r"\b(?:\w+ed|fell|took|overran|won|held|lost|was|were|had|has|have|said|withdrew|drove|retook|ran|came|went|began|"
    r"seized|captured|recaptured|entered|on|yesterday|last|ago)\b", re.I
)
# what a one-line note or a sentence has and a headline has not: a second sentence, a bracket, a date, a year
_NOTE_LIKE = re.compile(r"[.!?;]\s|\(|^\s*(?:On|Around|Between|In|Since|As of)\b|\b(?:1[89]|20)\d\d\b|\d{1,2}\s+[A-Z][a-z]+\b")


# A side says these of the places it took itself, never of its enemy's gains ("X was liberated", the ministry said).
_OWN_SIDE_VERBS = frozenset({"liberate", "free", "clear"})  # (and "80 per cent of X has been cleared", the army said)
# what an armed group (never a state, which may be telling of its loss) says was taken, with no taker named: its own
_ANNOUNCED_TAKING = frozenset({"capture", "seize", "take", "occupy", "overrun", "storm"})
# what a government says was won back from a named enemy ("X was recaptured from ISIS, the Iraqi government said"):
# its own forces won it
_WON_BACK_VERBS = _OWN_SIDE_VERBS | {"recapture", "retake", "regain"}
# and of what it took back, the other side named: "X was retaken from the rebels on Monday, the army said"
_TAKEN_BACK = frozenset({"retake", "recapture", "regain", "reclaim", "liberate", "free"})
# a place taken from a side the sentence names ("the towns of A and B have been taken from Tigrayan control", the
# government said): the speaker's gain too
_TAKEN_FROM = frozenset({"take", "capture", "seize"})
_TAKEN_BACK_FORMS = frozenset({"retaken", "recaptured", "regained", "reclaimed", "liberated", "freed"})


def _armed_group(tok: Token | None, ctx: ArticleContext) -> bool:
    """Whether ``tok`` names an armed side of the catalogue ("Arakan Army Seizes Paletwa", "Its Troops Seized X"),
    not a bare country ("Japan Regains ...")."""
    actor = ctx.resolve_actor(tok) if tok is not None else None
    if actor is None or actor.id not in ctx.catalogue.entries or tok is None:
        return False
    return actor.kind == ActorKind.NON_STATE or not ctx.gazetteer.country_code(tok.text)  # "Russian troops", not "Japan"


_BUSINESS = re.compile(r"\$\s?\d|\d\s?(?:bn|billion|million|m)\b|\b(?:deal|bid|bidding|takeover bid|stake|shares?|acquisition|merger|CEO|buyout)\b", re.I)
_SPORT = re.compile(
    r"\b(?:second half|first half|half-time|friendly|semi-?finals?|quarter-?finals?|league|cup|derby|innings|wickets?|"
    r"(?<!achieved the )(?<!achieving the )(?<!achieve the )(?<!achieves the )goals?|penalt(?:y|ies)|striker|midfielder|coach|tournament|grand slam|premiership|title race|match(?:es)?|cricket|"
    r"rugby|tennis|golf)\b", re.I
)
# (a war's "after achieving the goal of reaching X" is an aim met, no match)
# "Police regain control of Goma prison after riot", "Mutinous soldiers seize Bamako barracks": order restored in a
# jail or a mutiny in a barracks, not a war's change of hands
_UNREST = re.compile(r"\b(?:riots?|rioting|rioters|mutin(?:y|ies|ous|eers?|ied)|jailbreak)\b", re.I)
_UNREST_SITES = frozenset({"prison", "barracks"})
_POLICE = frozenset({"police", "policeman", "policemen", "officer", "officers", "guard", "guards", "warder", "warders"})
# "X fell to opposition groups in the vote": a side the text does not name wins a town at the ballot box, not in war
_BALLOT = re.compile(r"\b(?:votes?|voting|elections?|by-elections?|polls|ballots?|electoral|constituenc(?:y|ies))\b", re.I)
# "Islamic extremists on Saturday seized the town of Douentza": monitors' "extremists" and "Islamists" are unnamed sides too
# ("the terrorists" too: the word a government or a mayor uses for the armed group that took the town, "Madjoari fell
# into the hands of the terrorists", unnamed where the catalogue gives the country no jihadist group of that word)
_UNNAMED_SIDES = frozenset("rebel militant jihadist insurgent fighter militia militiaman gunman separatist faction extremist islamist terrorist".split())
_REBEL_HEADS = frozenset("force troop unit soldier movement alliance coalition group".split())  # "the rebel movement said it took X"
_REBEL_WORDS = frozenset("rebel opposition insurgent".split())


def _unnamed_side(tok: Token | None, cc: str | None = None) -> ResolvedActor | None:
    """An armed side the text names only by a common noun and the article never resolves ("rebels"): with the
    place's country, "unidentified rebels (Syria)", id ``x-rebels-sy``, so a desk reads where, not who."""
    if tok is None:
        return None
    tok = opposed_subject(tok)  # "Forces opposed to X have seized Y" (opponents.py)
    lemma = tok.lemma_.lower()
    if lemma in ("group", "man") and any(c.dep_ == "amod" and c.lower_ == "armed" for c in tok.children):
        lemma = "armed group"  # a monitor's "local armed groups took control of the town of X", "armed men occupied X"
    elif lemma in _REBEL_HEADS and any(c.dep_ in ("amod", "compound") and c.lower_ in _REBEL_WORDS for c in tok.children):
        lemma = "rebel"  # "rebel forces captured the town of Mayom": the rebels of the place's country, unnamed
    elif lemma in _REBEL_HEADS | _UNNAMED_SIDES and any(
        t.lower_ == "anti" or t.lower_.startswith("anti-") for t in tok.doc[max(tok.sent.start, tok.i - 4) : tok.i]
    ):
        lemma = "rebel"  # "Anti-junta forces capture X", "anti-Assad fighters withdraw": against the side they name
    elif lemma in OPERATION_NOUNS and (owner := operation_owner(tok)) is not None and owner.lemma_.lower() in _REBEL_WORDS:
        lemma = "rebel"  # "a sweeping rebel offensive which captured X" (operation_owner.py)
    elif lemma in _REBEL_HEADS | _UNNAMED_SIDES and opposed_to_state(tok):
        lemma = "rebel"  # "Forces opposed to President X captured Y" (opponents.py)
    elif lemma not in _UNNAMED_SIDES and not (lemma.endswith("s") and lemma[:-1] in _UNNAMED_SIDES):
        return None  # (a capitalised "Islamists" is read as a name, its plural left on its lemma: "Mali Islamists take X")
    lemma = lemma[:-1] if lemma not in _UNNAMED_SIDES and lemma[:-1] in _UNNAMED_SIDES else lemma
    return _unnamed_actor(lemma, cc, tok.text)


def _unnamed_actor(lemma: str, cc: str | None, text: str) -> ResolvedActor:
    """The unnamed side of a common noun's singular ``lemma`` ("rebel"), of country ``cc`` when known."""
    if cc:
        where = country_name(cc) or cc
        return ResolvedActor(f"x-{lemma.replace(' ', '-')}s-{cc.lower()}", f"unidentified {lemma}s ({where})", ActorKind.NON_STATE, text, cc)
    return ResolvedActor(f"x-{lemma.replace(' ', '-')}s", f"unnamed {lemma}s", ActorKind.NON_STATE, text)


def _drop(trace: Trace | None, guard: str, place: str = "", trigger: str = "", detail: str = "") -> bool:
    """Tell ``trace`` (if any) that ``guard`` dropped a reading; False, so a filter can call it on its way out."""
    if trace is not None:
        trace.drop(guard, place, trigger, detail)
    return False


def _drop_late(trace: Trace | None, guard: str, place: str) -> bool:
    """Tell ``trace`` (if any) that ``guard`` dropped a candidate after its sentence; False, as ``_drop``."""
    if trace is not None:
        trace.drop_late(guard, place)
    return False


def _list_name(tok: Token) -> bool:
    """A listed name the tagger may have read as a person or a body (a list of towns says what it is): one proper
    noun, capitalised, no acronym, no plural ("Land Cruisers")."""
    return tok.pos_ == "PROPN" and tok.tag_ != "NNPS" and tok.text[:1].isupper() and not tok.text.isupper()


def _place_text(frame: Frame) -> str:
    """The places a frame names, as written (for a trace): a name's whole span, as its resolution reads it."""
    return ", ".join(p.token.text if p.anaphor or p.site else ArticleContext.place_span(p.token).text for p in frame.places)


def _resolved_name(resolved: tuple[Place, GeoPlace | None]) -> str:
    """A resolved place for a trace: its name, country and whether GeoNames knows it."""
    place, geo = resolved
    return f"{place.name} ({place.country_code or '?'}, {'GeoNames ' + str(geo.geonames_id) if geo is not None else 'as written'})"


def _described(c: Candidate) -> str:
    """A candidate for a trace: place, sides, and whether it is background."""
    sides = f"+{c.gaining.id if c.gaining else None} -{c.losing.id if c.losing else None}"
    return f"{c.place.name} {sides} {c.construction}" + (" historical" if c.historical else "") + (" partial" if c.partial else "")


def _late_drops(trace: Trace, stages: list[tuple[str, list[Candidate]]], merged: list[Candidate]) -> None:
    """Name the late step that dropped each candidate its sentence kept: a step's drop is what it was given that the
    next step was not (by place, sentence and taker); the merge's, a place no merged event has."""
    keys = [{(c.place.key, c.start, _side_key(c.gaining)) for c in given} for _g, given in stages]
    for (guard, given), after in zip(stages, [*keys[1:], None], strict=True):
        if after is None:  # (a note's hierarchy may have renamed a place since: its sentence stands for it)
            places, starts = {c.place.key for c in merged}, {c.start for c in merged}
            gone = [c for c in given if c.place.key not in places and c.start not in starts]
        else:
            gone = [c for c in given if (c.place.key, c.start, _side_key(c.gaining)) not in after]
        seen: set[str] = set()
        for c in gone:
            if c.place.key not in seen:
                seen.add(c.place.key)
                trace.drop_late(guard, c.place.name, c.construction)


Segment = tuple[Sentence, bool | None]
"""A sentence to parse and its form: True a headline, False a sentence of the text (both in the parser's form:
``parse_form``, casing), ``AS_WRITTEN`` a denial's sentence, parsed as the article writes it."""
AS_WRITTEN = None


@dataclass(frozen=True)
class Reading:
    """What the analysis of one article found: its merged change candidates and its denials."""

    changes: list[Candidate]
    denials: Denials


@dataclass
class Candidate:
    """One reading of a control change before it is merged and serialised."""

    place: Place
    gaining: ResolvedActor | None
    losing: ResolvedActor | None
    losing_inferred: bool
    event_date: dt.date | None
    precision: DatePrecision
    historical: bool
    partial: bool
    claimed: bool
    confidence: float
    sentence: str
    start: int
    end: int
    construction: str
    mentions: int = 1
    gaining_inferred: bool = False
    cue: str | None = None  # why the capture may be background, read against the article's news (timeline.py)
    undone: bool = False  # given up again by the same side in its own sentence (undone.py)


# the sites that stand inside the town they are named with, part of its capture when the report tells the town taken
# whole ("took the historical town of X and X International Airport"); never a dam, a field or a hill, which lie
# outside the town their name carries ("seized Mosul and the Mosul Dam")
_TOWN_SITE_KINDS = frozenset({"airport", "air base", "compound", "palace", "building", "barracks", "school", "citadel"})


def _town_sites_dropped(found: list[Candidate]) -> list[Candidate]:
    """A site in a town (``site`` precision) is dropped where the same report tells the same side take that whole town
    (labelling.md: "took the city and its airport" is the city; "took the airport and began to enter the city", the
    city held in part, keeps both)."""
    whole = [c for c in found if c.place.site_kind is None and c.place.geonames_id is not None and not c.partial]
    towns = {(c.place.geonames_id, c.historical, _side_key(c.gaining)) for c in whole}
    names = {(name_key(c.place.name), c.historical, _side_key(c.gaining)) for c in whole}
    return [c for c in found if not (
        c.place.site_kind in _TOWN_SITE_KINDS and c.place.location_precision == LocationPrecision.SITE
        and (c.place.anchor_geonames_id, c.historical, _side_key(c.gaining)) in towns
    ) and not (
        # the same site read as a written name, placed at no town ("Lalibela International Airport", one proper name)
        c.place.site_kind in (None, "airport", "air base") and c.place.geonames_id is None and c.place.anchor_geonames_id is None
        and (town := _airport_town(c.place.name)) is not None
        and (name_key(town), c.historical, _side_key(c.gaining)) in names
    )]


_AIRPORT_WORDS = frozenset({"airport", "airfield", "airbase", "international", "military", "air", "base"})


def _airport_town(name: str) -> str | None:
    """"Lalibela" for "Lalibela International Airport": the town an airport's written name carries; None for a name
    that is no airport's."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in ("airport", "airfield", "airbase"):
        return None
    town = [w for w in words if w.lower() not in _AIRPORT_WORDS]
    return " ".join(town) or None


def _restated_background_dropped(found: list[Candidate]) -> list[Candidate]:
    """A background reading of "the city" (a mention that does not write the town's name) is dropped when the same side's
    capture of the same town is this report's news by a mention that names it: "Iraqi Forces Retake Tal Afar" over "The
    prime minister declared the city liberated" is one change told twice, and the named mention decides when it was."""
    news = {(c.place.key, c.gaining.id if c.gaining else None) for c in found if not c.historical and _names_place(c)}
    return [
        c for c in found
        if not (c.historical and not _names_place(c) and (c.place.key, c.gaining.id if c.gaining else None) in news)
    ]


def _names_place(c: Candidate) -> bool:
    """Whether the mention's own sentence writes the place's name (not "the city" or "it")."""
    return c.place.name.casefold() in c.sentence.casefold()


def _place_names(frame: Frame) -> list[str]:
    """The names a frame's places are written with (its compounds too: "Khan Abad"); an anaphor ("the town") has none."""
    names = []
    for p in frame.places:
        if p.anaphor:
            continue
        tok = p.token
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start = left[0].i if left else tok.i
        names.append(tok.doc[start : tok.i + 1].text)
    return names


_GROUP_WORDS = frozenset("alliance group coalition movement front rebels militants insurgents fighters jihadists".split())
_STATE_SPEAKER = re.compile(r"\b(army|military|ministry|government|officials?|police|governor|authorities|state|president|minister)\b", re.I)


def _group_speaks(modality: Modality, gaining: ResolvedActor | None) -> bool:
    """"..., the alliance said", "a spokesman for the group said": a non-state side speaking for itself."""
    if modality.speaker is None or gaining is None or gaining.kind == ActorKind.STATE or gaining.id.startswith("x-"):
        return False
    words = " ".join(t.text for t in modality.speaker.subtree)
    return not _STATE_SPEAKER.search(words) and bool(_GROUP_WORDS & set(words.lower().split()))


_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "xcomp", "acl", "conj", "parataxis"})


_RECENT_KINDS = frozenset({"weekday", "yesterday", "today"})


def _days_ago(verb: Token, refs: list[TimeRef]) -> bool:
    """"Since the Houthis seized Al-Hazm on Sunday, thousands have fled": a "since" clause dated this week tells the
    news, not the background a state has lasted since ("since they took X this week" too: the story's own week)."""
    lo = verb.left_edge.idx - verb.sent.start_char
    hi = verb.right_edge.idx + len(verb.right_edge.text) - verb.sent.start_char
    return any(lo <= r.start and r.end <= hi and (r.kind in _RECENT_KINDS or r.kind == "this_week") for r in refs)


def _news_day_named(refs: list[TimeRef], published: dt.date | None) -> bool:
    """Whether the sentence names a day of the news ("on Monday", "yesterday", a date two days back at most)."""
    return any(r.kind in _RECENT_KINDS or _recent_day(r, published) for r in refs)


def _move_day_named(refs: list[TimeRef], published: dt.date | None) -> bool:
    """Whether the sentence dates a capture an ongoing move came after to the news's day or the day before ("After
    seizing X on Tuesday, the rebels are advancing on Y" in Tuesday's story); a weekday further back ("following their
    capture of X on Saturday" in Tuesday's) is the move's background, and an unplaced weekday the news's."""
    return any(
        r.kind in ("today", "yesterday") or (r.kind == "weekday" and (r.date is None or published is None))
        or (r.date is not None and published is not None and r.precision == DatePrecision.DAY and 0 <= (published - r.date).days <= 1)
        for r in refs
    )


def _after_governor(trigger: Token) -> Token | None:
    """The change verb an "after" clause hangs on ("fell on June 23, shortly after they took X" -> "fell"); or, through
    a chain of "after" phrases, the past verb at its top ("He arrived on the front last week after pledging to fight
    the rebels after they captured X" -> "arrived": what a week-old arrival followed is older still)."""
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children):
        head = trigger.head
        if head.pos_ in ("VERB", "AUX") and VERB_CLASSES.get(head.lemma_.lower()) is not None:
            return head
    top, links = trigger, 0
    while (nxt := after_head(top)) is not None:
        links += 1
        while nxt.dep_ == "xcomp" and nxt.head.pos_ in ("VERB", "AUX"):
            nxt = nxt.head  # "pledging to fight ... after they captured X": the clause the infinitive completes
        top = nxt
    return top if links and top != trigger and top.tag_ == "VBD" else None


def _indefinite(noun: Token) -> bool:
    """"a central X district": a noun its article leaves unnamed."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _head_place(trigger: Token) -> str | None:
    """The place a participle's main verb names in its object, which the participle's "the town" / "their stronghold"
    tells again: "seized the city of X, driving the militants from their last major stronghold" -> X, "handed X back to
    the army, withdrawing its fighters from the town" -> X; None for another clause."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or any(c.dep_ == "mark" for c in trigger.children):
        return None
    head = trigger.head
    if head.pos_ != "VERB":
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        name = next((t for t in obj.subtree if t.pos_ == "PROPN" and t.dep_ in ("dobj", "pobj", "appos")), None)
        if name is not None:
            first = next(t for t in name.subtree if t.dep_ in ("compound", "flat") or t == name)
            return name.doc[first.i : name.i + 1].text
    return None


def _one_name(found: list[Candidate]) -> list[Candidate]:
    """A name the gazetteer lacks where one sentence told it ("a town captured by Kurdish fighters" resolved by its
    neighbour) is the place another sentence's reading of the same name found: one place, so one event."""
    known: dict[str, Place] = {}
    for c in found:
        if c.place.geonames_id is not None:
            known.setdefault(name_key(c.place.name), c.place)
    found = [
        replace(c, place=place)
        if c.place.geonames_id is None and (place := known.get(name_key(c.place.name))) is not None
        and c.place.country_code in (None, place.country_code) else c
        for c in found
    ]
    return _one_country(found)


def _one_country(found: list[Candidate]) -> list[Candidate]:
    """A name the gazetteer lacks, placed in two countries by two readings of one report ("Al Shabaab militants took
    X after the ENDF pulled out of the town": Somalia by the taker, Ethiopia by the leaver), is one place: the
    country of its surest reading (the first told on a tie), so one event and not one a country."""
    unplaced: dict[str, list[Candidate]] = {}
    for c in found:
        if c.place.geonames_id is None and c.place.country_code is not None and c.place.site_kind is None:
            unplaced.setdefault(name_key(c.place.name), []).append(c)
    chosen: dict[str, Place] = {}
    for key, group in unplaced.items():
        if len({c.place.country_code for c in group}) > 1:
            chosen[key] = max(group, key=lambda c: (c.confidence, -c.start)).place
    if not chosen:
        return found
    return [
        replace(c, place=chosen[k])
        if c.place.geonames_id is None and c.place.site_kind is None and (k := name_key(c.place.name)) in chosen else c
        for c in found
    ]


def _same_hand(c: Candidate, u: Candidate) -> bool:
    """Whether ``c`` is the same place taken or left by the same side as ``u``."""
    if c.place.key != u.place.key:
        return False
    # a side the other sentence names only by a common noun ("The rebels pulled out") is the named one of its kind;
    # the taker of one reading may be the leaver of the other ("withdrew from X hours after capturing it")
    return any(a is not None and b is not None and (a.id == b.id or ((_unnamed(a) or _unnamed(b)) and a.kind == b.kind))
               for a, b in ((c.gaining, u.gaining), (c.losing, u.losing), (c.gaining, u.losing), (c.losing, u.gaining)))


def _side_key(side: ResolvedActor | None) -> str | None:
    """The side a mention is merged under: the unnamed sides of one country are one ("rebels", "rebel factions")."""
    if side is None:
        return None
    return "x-*-" + side.id.rsplit("-", 1)[-1] if side.id.startswith("x-") else side.id


def _unnamed(side: ResolvedActor | None) -> bool:
    """A side the text names only by a common noun ("rebels", "the fighters"): ``x-`` ids."""
    return side is not None and side.id.startswith("x-")


def _allied_key(c: Candidate, order: list[tuple], groups: dict[tuple, Candidate]) -> tuple | None:
    """The group of another mention of the same change whose gainer is an ally of this one's (the army and its
    militia, named one in the headline and the other in the lede)."""
    gaining = c.gaining
    if gaining is None or gaining.id.startswith("x-"):
        return None
    for k in order:
        other = groups[k].gaining
        if k[0] == c.place.key and k[2] == c.historical and k[3] == c.partial and other is not None and (
            other.id in gaining.allies or gaining.id in other.allies
        ):
            return k
    return None


def _opposed(c: Candidate, other: Candidate) -> bool:
    """Whether two mentions of one place tell opposite changes, so an unnamed side's mention ``c`` does not join the
    named side's ``other``: told after it, ``c`` says the named side lost the place ("al-Shabaab seized X ... local
    militiamen recaptured X from al-Shabaab"); or ``other`` says the unnamed side lost it."""
    return (c.start > other.start and c.losing is not None and other.gaining is not None and c.losing.id == other.gaining.id) or (
        other.losing is not None and c.gaining is not None and _side_key(other.losing) == _side_key(c.gaining)
    )


def _joint_gainer(merged: Candidate, other: Candidate) -> ResolvedActor | None:
    """Of two allied gainers of one change, the government of the place's country when one is it; else the surer."""
    a, b = merged.gaining, other.gaining
    if a is None or b is None or a.id == b.id:
        return a or b
    cc = merged.place.country_code
    if b.kind == ActorKind.STATE and b.default_country == cc and not (a.kind == ActorKind.STATE and a.default_country == cc):
        return b
    return a


def _headline_areas_dropped(found: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """A headline's bare name that the body writes only as a province and never reports taken ("Yemeni forces retake
    Shabwa" over "took full control of Shabwa province"; "Ukraine retakes Kyiv" over "regained control of the Kyiv
    region") is that province, not its namesake town."""
    def title_only(c: Candidate) -> bool:
        return c.start == c.end == 0
    body = {c.place.key for c in found if not title_only(c)}
    return [
        c for c in found
        if not (title_only(c) and not c.historical and c.place.key not in body and name_key(c.place.name) in ctx.area_names)
    ]


def _one_extent(found: list[Candidate]) -> list[Candidate]:
    """A news change told whole in one line and in part in another is one event ("Afghan forces 'regain city'" over
    "regained control of key areas of the city"): the article's body says how much, a headline or lede summarises.
    Whole wins when the body tells it whole too ("took parts of X on Monday ... by Tuesday held all of X")."""
    news = [c for c in found if not c.historical and c.gaining is not None]
    out = list(found)
    # (and a part told with no taker, "IS nearly pushed out of X by ...": the same change as the whole the body tells)
    for c in [*news, *(c for c in found if not c.historical and c.gaining is None and c.partial)]:
        if not c.partial:
            continue
        whole = [w for w in news if not w.partial and w.place.key == c.place.key
                 and (_side_key(w.gaining) == _side_key(c.gaining) if c.gaining is not None
                      else c.losing is None or _side_key(w.gaining) != _side_key(c.losing))]
        if not whole:
            continue
        body_whole = any(w.start > 0 or w.end > 0 for w in whole)
        for w in whole:
            if w in out and (not body_whole or w.start == w.end == 0):
                out[out.index(w)] = replace(w, partial=True)
        if body_whole and c in out:
            out[out.index(c)] = replace(c, partial=False)
    # a side-less whole leaving told beside a part taken ("IS took most of X ... Government troops withdrew from X"): the
    # same change, as much of it as the taker's reading says (two events of one place would be one change told twice)
    for i, c in enumerate(out):
        if c.gaining is None and not c.partial and not c.historical and c.losing is not None and any(
            p.partial and not p.historical and p.gaining is not None and p.place.key == c.place.key
            and _side_key(p.gaining) != _side_key(c.losing) for p in out
        ) and not any(w.gaining is not None and not w.partial and not w.historical and w.place.key == c.place.key for w in out):
            out[i] = replace(c, partial=True)
    return out


def _withdrawn(c: Candidate) -> bool:
    """Whether a change is told from the loser's side ("withdrew from", "lost control of", "falls"), which says nothing
    of who took the place (session 22's rule: the taker stays unknown)."""
    return c.construction.startswith(f"{TriggerClass.LOSE.value}:")


def _own_withdrawal_dropped(found: list[Candidate]) -> list[Candidate]:
    """"Regime forces took control of A after withdrawing from B": the side that takes A in the same sentence moved
    out of B; with no side named as taking B, B is no loss to the other side (the gainer was only inferred)."""
    takers = {(c.sentence, _side_key(c.gaining)) for c in found if c.gaining is not None and not c.gaining_inferred and not c.historical}
    return [
        c for c in found
        if not (c.gaining_inferred and c.construction.startswith(f"{TriggerClass.LOSE.value}:") and not c.historical
                and c.losing is not None and (c.sentence, _side_key(c.losing)) in takers)
    ]


_HELD_SINCE = re.compile(r",\s*(?:under|in)\s+(?:[\w'’-]+\s+){0,4}(?:control|rule|occupation|hands)\s+$", re.I)


def _time_for(trigger: Token, refs: list[TimeRef]) -> TimeRef | None:
    """The time expression of the trigger's own clause, else the one nearest to it in the sentence."""
    if not refs:
        return None
    sent_start = trigger.sent.start_char
    sub = list(trigger.subtree)
    lo = sub[0].idx - sent_start
    hi = sub[-1].idx + len(sub[-1].text) - sent_start
    # another clause dates something else: "..., adding that the town had been held since 2014"
    nested = [
        (d.left_edge.idx - sent_start, d.right_edge.idx + len(d.right_edge.text) - sent_start)
        for d in trigger.sent
        if d != trigger and d.dep_ in _CLAUSE_DEPS and d.pos_ in ("VERB", "AUX")
        and not (d.left_edge.i <= trigger.i <= d.right_edge.i)
    ]
    text = trigger.sent.text
    own = [
        r for r in refs if not any(a <= r.start and r.end <= b for a, b in nested)
        # a hold set off after the place dates the hold, not this change: "retook X, under IS control since August
        # 2014", "X town, in rebel hands since 2012"
        and not (text[r.start : r.start + 6].lower() == "since " and _HELD_SINCE.search(text, 0, r.start))
    ]
    if not own:
        # "seized X and raised their flag there three weeks earlier": the second verb of the same subject dates the pair
        shared = [
            (d.left_edge.idx - sent_start, d.right_edge.idx + len(d.right_edge.text) - sent_start)
            for d in trigger.children
            if d.dep_ == "conj" and d.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in d.children)
        ]
        own = [r for r in refs if any(a <= r.start and r.end <= b for a, b in shared)]
    inside = [r for r in own if lo <= r.start and r.end <= hi]
    if inside:
        return min(inside, key=lambda r: abs(r.start - (trigger.idx - sent_start)))
    return min(own, key=lambda r: abs(r.start - (trigger.idx - sent_start))) if own else None


# A sentence that may say which side left or held a place (status.leaving_sides reads it).
_LEAVING_HINT = re.compile(
    r"\b(?:withdr\w*|pull(?:ed|s|ing)? (?:out|back)|fled|flee\w*|abandon\w*|retreat\w*|left|vacat\w*|evacuat\w*|"
    r"held by|stronghold|setback|blow to|(?:driven|pushed|forced) out)\b",
    re.I,
)
_OTHER_NAME = re.compile(r"\b[A-Z][a-z]")


_ARRIVAL = frozenset("enter move sweep roll march walk arrive drive".split())
_LEAVING_VERBS = frozenset("withdraw pull retreat hand leave".split())


def _arriving_side(trigger: Token, losing: ResolvedActor, ctx: ArticleContext, cc: str | None) -> ResolvedActor | None:
    """The side the sentence says came in where the loser left: "Congolese troops entered the town after the rebels
    abandoned it", "the army pulled out and the militants moved in"."""
    for tok in trigger.sent:
        if tok == trigger or tok.pos_ != "VERB" or tok.lemma_.lower() not in _ARRIVAL:
            continue
        if tok.lemma_.lower() != "enter" and not any(c.lower_ in ("in", "into") for c in tok.children):
            continue  # "moved in", "swept into": not "moved on" or "drove away"
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in tok.children) or any(c.dep_ == "neg" for c in tok.children):
            continue
        subj = subject_of(tok)
        side = ctx.resolve_actor(subj, None, cc) if subj is not None else None
        if side is not None and side.id != losing.id and not side.id.startswith("x-"):
            return side
    return None


def _pressing_side(trigger: Token, losing: ResolvedActor, ctx: ArticleContext, cc: str | None) -> ResolvedActor | None:
    """The side whose attack drove the loser out: "soldiers retreated from Marte under ISWAP attack", "withdrew
    under pressure from the rebels"."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "under":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() not in ("attack", "assault", "pressure", "fire", "offensive"):
                continue
            named = [c for c in obj.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
            named += [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of") for o in p.children if o.dep_ == "pobj"]
            for tok in named:
                side = ctx.resolve_actor(tok, None, cc)
                if side is not None and side.id != losing.id and not side.id.startswith("x-"):
                    return replace(side, inferred=True)  # read from the attack, not said to take the place
    return None


def _raiders_retreat(trigger: Token, losing: ResolvedActor, holder: ResolvedActor | None) -> bool:
    """A non-state side that "retreated from" a town with no taker named: raiders falling back after an incursion
    ("Fano fighters have retreated from Bahir Dar"), not a town changing hands; a state's retreat stays a loss, and so
    does a side's that held the town: the story says it held it (``holder``), the sentence calls the town the one it
    had been holding ("retreated from the city of X they had been controlling") or has it leave without a fight
    ("ISIL retreated from X without any fighting": it gave the town up)."""
    if trigger.lemma_.lower() != "retreat" or losing.kind != ActorKind.NON_STATE:
        return False
    if holder is not None and (holder.id == losing.id or holder.id in losing.allies):
        return False
    return not (_held_before(trigger) or _left_unfought(trigger))


def _raid_left(trigger: Token, losing: ResolvedActor, holder: ResolvedActor | None) -> bool:
    """A non-state side that leaves a town "after looting" it, with no taker named and no word that it held the town:
    the end of a raid, as ``_raiders_retreat`` reads "retreated from"."""
    if losing.kind != ActorKind.NON_STATE or not left_after_raid(trigger):
        return False
    if holder is not None and (holder.id == losing.id or holder.id in losing.allies):
        return False
    # "RSF fighters, who had controlled X since December, withdrew from the town after looting it": a holder leaving
    held = any(r.dep_ == "relcl" and r.lemma_.lower() in _HOLDING_VERBS and not children(r, ("neg",))
               for s in children(trigger, ("nsubj",)) for r in s.children)
    return not (held or _held_before(trigger))


def _attack_left(
    trigger: Token, losing: ResolvedActor, holder: ResolvedActor | None, ctx: ArticleContext, cc: str | None, before: str,
) -> bool:
    """A side that leaves a place it attacked just before (in its sentence, or in ``before``, the sentence before it),
    with no taker named and no word that it held the place: the end of an attack (raid_leaving.left_after_attack); a
    side the story says held the place leaves it."""
    if holder is not None and (holder.id == losing.id or holder.id in losing.allies):
        return False
    if _held_before(trigger):
        return False

    def leaver(subject: Token) -> bool:
        side = ctx.resolve_actor(subject, None, cc)
        return side is not None and side.id == losing.id

    def last_side(words: str) -> str | None:
        named = [o for m in ctx.catalogue.find(words) if (o := ctx.catalogue.owner_here(m, words, cc)) is not None]
        return named[-1].actor.id if named else None

    return left_after_attack(trigger, leaver) or (
        trigger.lemma_.lower() in ("withdraw", "retreat", "leave", "pull") and bool(before) and attacked_before(before, last_side, losing.id)
    )


def _previous_sentence(sentence: Sentence, mentions: PlaceMentions | None) -> str:
    """The text of the sentence before ``sentence`` in its article ("" for the first, or with no mentions at hand)."""
    if mentions is None:
        return ""
    before = [s for s in mentions.sentences if s.end <= sentence.start]
    return mentions.text[before[-1].start : before[-1].end] if before else ""


# what a side "had been controlling" in the town it retreats from
_HOLDING_VERBS = frozenset("control hold occupy capture seize take run".split())
_FIGHT_WORDS = frozenset("fight fighting battle resistance clash clashes shot".split())


def _held_before(trigger: Token) -> bool:
    """"retreated from the city of Kasugo they had been controlling", "..., which they had held since May": a relative
    clause on the town left, told of the side that leaves it (a pronoun or no subject)."""
    for obj in prep_objects(trigger, ("from",)):
        for tok in obj.subtree:
            if tok.dep_ == "relcl" and tok.lemma_.lower() in _HOLDING_VERBS and not children(tok, ("neg",)) and all(
                s.lower_ in ("they", "it", "which", "that") for s in children(tok, ("nsubj",))
            ) and not children(tok, ("nsubjpass", "auxpass")):
                return True
    return False


def _left_unfought(trigger: Token) -> bool:
    """"retreated from X without any fighting": the verb's own "without" clause names no fight it lost."""
    return any(
        p.lower_ == "without" and any(o.lemma_.lower() in _FIGHT_WORDS for o in p.subtree if o.dep_ in ("pobj", "dobj"))
        for p in trigger.children if p.dep_ == "prep"
    )


def _recent_day(ref: TimeRef | None, published: dt.date | None) -> bool:
    """A change dated to the last two days ("The rebels had captured the town of Rutshuru on Sunday" in Monday's
    story): the news, whatever the pluperfect says of its order."""
    if ref is None or ref.date is None or published is None or ref.precision != DatePrecision.DAY or ref.background:
        return False
    return 0 <= (published - ref.date).days <= 2


def _speaker(modality: Modality, ctx: ArticleContext, cc: str | None = None) -> ResolvedActor | None:
    """The side that speaks; when the parse splits "a spokesman for the rival faction, Haftar's LNA, said" into two
    subjects of the verb, the one that names a side."""
    if modality.speaker is None or modality.speaker.text.rstrip(".") in _AGENCIES:
        return None  # "..., said they recaptured X, AP reports": the agency relays, it is no side
    found = ctx.resolve_actor(modality.speaker, None, cc)
    if found is None and modality.speaker.pos_ == "NOUN":
        # '"We have taken A and B," an official with the MNLA said', "a spokesman for the Houthis": whose official
        found = next(filter(None, (ctx.resolve_actor(o, None, cc) for o in prep_objects(modality.speaker, ("with", "for", "of", "from")))), None)
    if found is None and isinstance(modality.speech, Token):
        for subj in modality.speech.children:
            if subj.dep_ == "nsubj" and subj != modality.speaker and (found := ctx.resolve_actor(subj, None, cc)) is not None:
                break
    return found


_FIRST_PERSON = frozenset({"we", "our", "ours"})


def _first_person(tok: Token | None) -> bool:
    """"we", "our forces", or a holder told as "our" / "ours" ("fall into our hands", "X is ours"): a side told in its own
    words."""
    return tok is not None and (tok.lower_ in _FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children))



# the verbs whose subject a singular "it" in the clause they report stands for ("X said it had taken Y")
_SAYING = frozenset({"say", "announce", "report", "confirm", "state", "declare"})


def _own_sayer(pronoun: Token) -> Token | None:
    """The noun a singular "it" stands for when it is the subject of the clause a noun subject reports before it: "The
    state border service said it had liberated X" ("it" is the service). None for "they", a possessive, or a sayer
    that is itself a pronoun or a person's name (a spokesman's "it" is his side, read as before)."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    say = clause.head
    if clause.dep_ != "ccomp" or say.lemma_.lower() not in _SAYING or say.i > pronoun.i:
        return None  # ("It later retook X, residents said": the sayer after is no antecedent)
    sayer = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if sayer is None or sayer.pos_ != "NOUN":
        return None
    return sayer


def _possessive_owner(poss: Token) -> Token | None:
    """The side a possessive "its" / "their" on a leaving noun a completing verb has done stands for: the named subject
    of the clause that has the noun ("Russia has completed its withdrawal"), or, where that subject is itself "it" / "they" in a clause a saying
    verb reports, the sayer ("Russia said it had completed its withdrawal from X"). None for anything else."""
    if poss.lower_ not in ("its", "their") or poss.dep_ != "poss":
        return None
    verb = poss.head.head
    if poss.head.dep_ != "dobj" or verb.lemma_.lower() not in COMPLETING_VERBS:
        return None  # (never "postponed / halted / began its withdrawal": no leaving done)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or (subj.pos_ == "PRON" and subj.lower_ not in ("it", "they")):
        return None
    if subj.lower_ not in ("it", "they"):
        return subj if subj.pos_ in ("PROPN", "NOUN") else None
    say = verb.head
    if verb.dep_ != "ccomp" or say.lemma_.lower() not in _SAYING or say.i > subj.i:
        return None
    sayer = next((c for c in say.children if c.dep_ == "nsubj"), None)
    return sayer if sayer is not None and sayer.pos_ in ("PROPN", "NOUN") else None


def _is_pronoun_side(tok: Token | None) -> bool:
    """"they", "it", "its fighters" / "their forces", or a holder told as "their" ("has fallen into their hands") with
    no speaker to stand for."""
    if tok is None:
        return False
    return tok.lower_ in ("they", "it", "their") or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)


def _speaker_group(modality: Modality) -> Token | None:
    """The armed group whose man says what "the group" did: "X, the commander of the Y rebel group, said ...", "a
    spokesman for the movement said ..." (the group noun after the speaker's role)."""
    speaker = modality.speaker
    if speaker is None:
        return None
    roles = [speaker, *(a for a in speaker.children if a.dep_ == "appos" and a.pos_ == "NOUN")]
    return next((o for r in roles if r.pos_ == "NOUN" for o in prep_objects(r, ("of", "for", "with"))
                 if o.lemma_.lower() in _GROUP_NOUNS and any(c.pos_ in ("PROPN", "NOUN", "ADJ") and c.dep_ in ("compound", "amod") for c in o.children)), None)


def _ante_place(ante: Antecedent, hints: list[str]) -> tuple[Place, GeoPlace | None]:
    """The place an anaphor's antecedent names, resolved when the gazetteer knows it."""
    geo = ante.geo
    if geo is None:
        return Place(name=ante.name, canonical_name=ante.name, country_code=ante.country or (hints[0] if hints else None)), None
    return _geo_place(geo, ante.name)


def _geo_place(geo: GeoPlace, name: str) -> tuple[Place, GeoPlace]:
    """The event's place for a gazetteer entry, under the name the text gives it."""
    place = Place(name=name, canonical_name=geo.name, geonames_id=geo.geonames_id, country_code=geo.country_code,
                  admin1_code=geo.admin1_code, lat=geo.lat, lon=geo.lon)
    return place, geo


_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "outfit"})
_GROUP_MEMBERS = frozenset({"fighter", "militant", "insurgent", "jihadist", "rebel", "gunman", "militiaman", "member"})
_BANDS = frozenset({"group", "band", "column", "convoy", "contingent"})  # "a large group of fighters"


_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _other_count(frame: Frame, before: str) -> bool:
    """Whether a list told as all of them ("The recaptured villages are A, B and C") names another number of places
    than the text counted just before ("recaptured five villages"): not the same villages, so not that side's."""
    noun = frame.trigger.head
    if noun.head.lemma_ != "be":
        return False  # ("The seized towns include A, B": some of them, any count)
    counted = re.findall(rf"\b(\d+|{'|'.join(_NUMBER_WORDS)})\s+(?:[a-z-]+\s+)?{re.escape(noun.lower_)}\b", before[-400:], re.I)
    if not counted:
        return False
    word = counted[-1].lower()
    number = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return number != len(frame.places)


def _is_group_side(tok: Token | None) -> bool:
    """"the group" / "his group" / "the movement": an armed group the text named before, never one it names after."""
    if tok is None:
        return False
    if tok.lemma_.lower() in _BANDS and not any(t.pos_ == "PROPN" for t in tok.subtree) and any(
        o.lemma_.lower() in _GROUP_MEMBERS for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ):
        return True  # "A large group of fighters captured the centre of X": the fighters of the group named before
    if tok.lemma_.lower() not in _GROUP_NOUNS:
        return False
    if any((c.dep_ in ("compound", "amod", "appos", "nmod") and c.lower_ not in GROUP_KINDS) or c.pos_ == "PROPN" for c in tok.children):
        return False  # "the militant group Al Shabaab", "the Wagner group": the name is there
    # ("these groups also captured X" after a list of the groups: the first of those named before)
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those")) or (c.dep_ == "poss" and c.lower_ in ("his", "its", "their", "our")) for c in tok.children)


def _score(c: Candidate) -> float:
    """The extractor's own score of a candidate: capped for a claim, and for one article however often it repeats."""
    return round(min(CLAIMED_CONFIDENCE if c.claimed else MAX_CONFIDENCE, max(0.05, c.confidence)), 3)


def _load_scorer(model: ClassifierModel) -> SentenceScorer:
    """The learned model set-up trained (``ExtractSettings.classifier_model``); the MiniLM gate is imported only here."""
    if model == "minilm":
        from townwatch_extract.gate import EmbeddingGate

        return EmbeddingGate.load()
    return ChangeClassifier.load()


def _event_id(article_id: str, c: Candidate) -> str:
    key = "|".join(
        [article_id, c.place.key, c.gaining.id if c.gaining else "-", c.losing.id if c.losing else "-",
         "h" if c.historical else "n", "p" if c.partial else "w"]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _head_day(heads: list[DateHead], clean: str, sentence: Sentence) -> dt.date | None:
    """The day of the date head that opens ``sentence``'s line ("3 May 2023: X took Y", the head blanked): the line's
    own day, when the sentence itself names none."""
    for head in heads:
        if head.date is not None and head.start <= sentence.start + len(sentence.text) - len(sentence.text.lstrip()) and (
            not clean[head.end : sentence.start].strip() and "\n" not in clean[head.end : sentence.start]
        ):
            return head.date
    return None


class Extractor:
    """Rule-based control-change extraction over spaCy dependency parses, behind a lexicon prefilter.

    Evidence offsets index into ``Article.text``. An event found only in ``Article.title`` (when the title is
    not repeated at the top of the text) carries the title as its sentence and the empty span ``start == end == 0``.
    ``extract`` never raises on bad text (empty, binary, non-English, HTML give ``[]`` or events from the readable
    text); it raises :class:`ExtractionError` only for input it refuses outright (longer than ``max_chars``).
    """

    def __init__(
        self,
        nlp: Language | None = None,
        catalogue: ActorCatalogue | None = None,
        gazetteer: Gazetteer | None = None,
        *,
        use_prefilter: bool = True,
        max_chars: int = MAX_TEXT_CHARS,
        muted_places: frozenset[str] = frozenset(),
        calibration: CalibrationMap | Literal["shipped"] | None = "shipped",
        classifier: ClassifierUse | None = None,
        change_classifier: SentenceScorer | None = None,
        classifier_model: ClassifierModel = "words",
    ) -> None:
        self.nlp = nlp if nlp is not None else load_nlp()
        self.catalogue = catalogue if catalogue is not None else ActorCatalogue.load()
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self.prefilter = Prefilter()
        self.sites = SiteResolver()
        self.use_prefilter = use_prefilter
        self.max_chars = max_chars
        self.muted_places = muted_places
        """Place keys whose events are dropped (``ExtractSettings.muted_places``)."""
        self.denials = DenialFinder(self.nlp, self.catalogue, self.gazetteer)
        self.calibration = CalibrationMap.shipped() if calibration == "shipped" else calibration
        self.classifier_use = classifier
        """How the learned sentence classifier is used (``ExtractSettings.classifier``): ``recall`` reads a sentence
        no rule reads by argument roles when it scores high, ``precision`` drops a rule's event whose sentence scores
        very low; None (the default) does not load it."""
        self.classifier = (change_classifier or _load_scorer(classifier_model)) if classifier is not None else None
        """The map from a change event's score to its ``confidence`` (None: the score itself, uncalibrated)."""
        if self.calibration is not None and self.calibration.extractor_version not in ("", EXTRACTOR_VERSION):
            log.warning("calibration map %s was fitted for %s, not %s: re-run `make eval` and refit it (--out)",
                        self.calibration.version, self.calibration.extractor_version, EXTRACTOR_VERSION)

    @cached_property
    def chronicle(self) -> Chronicle:
        """The well-known changes of control of 2012-2025 (chronicle.py): a famous capture retold later is history.
        Read and placed in GeoNames on first use (the first change found), not at every start."""
        return Chronicle.packaged(self._locate)

    def _locate(self, name: str, cc: str) -> int | None:
        """The GeoNames id of a chronicle's place (None: GeoNames has no such place in that country)."""
        place = self.gazetteer.resolve(name, [cc])
        return place.geonames_id if place is not None and place.country_code == cc else None

    # --- public --------------------------------------------------------------------------------------
    WARM_UP_TEXT = "Government forces captured Kunduz airport from the rebels on Monday, the ministry said."
    """Our own words: a capture of an airport, so a warm-up parses and loads the sites' airport table."""

    def warm_up(self) -> None:
        """Pay the first-use costs before the first real article: the pipeline's first parse and the airport table
        (airportsdata folded by name and city, about 1.5 s of CPU). A service calls this before it joins its
        consumer group, so the first article that names an airport is not the one that waits for them; and the
        chronicle, read on first use."""
        _ = self.chronicle
        self.extract(Article(id="warm-up", text=self.WARM_UP_TEXT, published=dt.date(2024, 1, 1),
                             received=dt.datetime(2024, 1, 1, tzinfo=dt.UTC)))

    def extract(self, article: Article) -> list[ControlChange]:
        """The control changes ``article`` reports, one per (place, sides) — an empty list for most news."""
        steps = self._analysis(article)
        try:
            asked = steps.send(None)
        except StopIteration as done:  # most news: no parse, so no memory zone (4 % of the mixed stream's CPU)
            return self._events(article, done.value)
        with memory_zone(self.nlp):  # the words its parses add are dropped after (``nlp.memory_zone``)
            try:
                while True:
                    asked = steps.send(self._parse(asked))
            except StopIteration as done:
                return self._events(article, done.value)

    def extract_many(self, articles: Sequence[Article], pace: Pace | None = None) -> list[list[ControlChange] | ExtractionError]:
        """:meth:`extract` of each article (its events, or the :class:`ExtractionError` it raised), with the parses of
        all of them made together: one ``nlp.pipe`` a round (trigger sentences; then who-holds-what and lead sentences)
        instead of a few per article. spaCy's fixed cost per call is about one sentence's parse, so a batch path
        (``townwatch backfill``, the stream's extract stage) parses its articles for about half the CPU. ``pace``
        (``pace.py``) runs each article's own steps and the shared parses, so a budget can refuse one article alone."""
        with memory_zone(self.nlp):  # the words the batch's parses add are dropped after (``nlp.memory_zone``)
            return self._extract_many(articles, pace if pace is not None else Unpaced())

    def _extract_many(self, articles: Sequence[Article], pace: Pace) -> list[list[ControlChange] | ExtractionError]:
        out: list[list[ControlChange] | ExtractionError] = [[] for _ in articles]
        steps = {i: self._analysis(article) for i, article in enumerate(articles)}
        feed: dict[int, list[Doc] | None] = dict.fromkeys(steps)
        while feed:
            asked: dict[int, Sequence[Segment]] = {}
            for i, docs in feed.items():
                try:
                    try:
                        segments = pace.step(i, partial(steps[i].send, docs))
                    except StopIteration as done:
                        out[i] = pace.step(i, partial(self._events, articles[i], done.value))
                        continue
                    pace.admit(i, counted(segments))  # (a neighbour read beside a candidate is not counted)
                    asked[i] = segments
                except ExtractionError as exc:
                    out[i] = exc
            wanted = [segment for segments in asked.values() for segment in segments]
            parsed = iter(pace.parse({i: len(s) for i, s in asked.items()}, partial(self._parse, wanted)))
            feed = {i: list(islice(parsed, len(segments))) for i, segments in asked.items()}
        return out

    def needs_parse(self, article: Article) -> bool:
        """Whether :meth:`extract` would parse anything of ``article``. When not (most news), its events are none,
        known without the spaCy pipeline: ``townwatch backfill`` answers those articles while its workers load the
        model. Input :meth:`extract` refuses (``ExtractionError``) needs it: extracting it reports the refusal."""
        steps = self._analysis(article)
        try:
            steps.send(None)
        except StopIteration as done:  # the analysis ended before asking for a parse
            return bool(done.value.changes) or bool(done.value.denials.events)
        except ExtractionError:
            return True
        steps.close()
        return True

    def _events(self, article: Article, reading: Reading, trace: Trace | None = None) -> list[ControlChange]:
        # a correction line repeats what the outlet withdrew: never evidence of a change
        candidates = [c for c in reading.changes if (not is_correction(c.sentence) or _drop_late(trace, "correction", c.place.name))
                      and (c.place.key not in self.muted_places or _drop_late(trace, "muted", c.place.name))]
        # a base in a town whose capture the report tells is part of that event (labelling.md "Sites")
        candidates = [c for c in candidates if not inside_taken_town(c, candidates) or _drop_late(trace, "site-in-town-taken", c.place.name)]
        if self.classifier is not None and self.classifier_use == "precision" and candidates:
            scores = dict(zip(texts := sorted({c.sentence for c in candidates}), self.classifier.scores(texts), strict=True))
            candidates = [c for c in candidates if scores[c.sentence] >= self.classifier.drop_below or _drop_late(trace, "classifier", c.place.name)]
        denials = [d for d in self._denials(article, reading.denials) if d.place.key not in self.muted_places]
        # a side's claim that the same report says another source denies is no event (labelling.md)
        candidates = [c for c in candidates if not (c.claimed and any(_denies(d, c) for d in denials)) or _drop_late(trace, "claim-denied", c.place.name)]
        if not candidates and not denials:
            return []
        fingerprint = simhash(" ".join(filter(None, [article.title, article.text])))
        denials = [d.model_copy(update={"text_fingerprint": fingerprint, "raw_confidence": d.confidence}) for d in denials]
        cal = self.calibration
        return [
            ControlChange(
                event_id=_event_id(article.id, c),
                article_id=article.id,
                source=article.source,
                url=article.url,
                title=article.title,
                published=article.published,
                article_received=article.received,
                credits=list(article.credits),
                text_fingerprint=fingerprint,
                place=c.place,
                gaining=c.gaining.to_actor() if c.gaining else None,
                losing=c.losing.to_actor() if c.losing is not None and _own_loser(c) else None,
                gaining_inferred=c.gaining_inferred and c.gaining is not None,
                losing_inferred=c.losing_inferred and _own_loser(c),
                event_date=c.event_date,
                date_precision=c.precision,
                historical=c.historical,
                partial=c.partial,
                claimed=c.claimed,
                raw_confidence=_score(c),
                confidence=round(cal(_score(c)), 3) if cal is not None else _score(c),
                calibration_version=cal.version if cal is not None else None,
                evidence=Evidence(sentence=c.sentence, start=c.start, end=c.end),
                extractor_version=EXTRACTOR_VERSION,
                article_revision=article.revision,
            )
            for c in candidates
        ] + denials

    @staticmethod
    def _denials(article: Article, found: Denials) -> list[ControlChange]:
        """Denials as their own events (``denial``); one with no resolvable place is logged and dropped."""
        for sentence in found.unplaced:
            log.info("article %s: a denial with no resolvable place, not an event: %.200r", article.id, sentence)
        return found.events

    def candidates(self, article: Article) -> list[Candidate]:
        """Merged candidates for ``article`` (the analysis behind :meth:`extract`)."""
        steps = self._changes(article)
        docs: list[Doc] | None = None
        try:
            while True:
                docs = self._parse(steps.send(docs))
        except StopIteration as done:
            return done.value

    def explain(self, article: Article) -> Trace:
        """What :meth:`extract` reads in ``article``, sentence by sentence: each frame, how its places resolved, the
        guard that dropped each reading, and the events it gives (``townwatch extract --explain``)."""
        trace = Trace()
        steps = self._analysis(article, trace)
        docs: list[Doc] | None = None
        with memory_zone(self.nlp):
            try:
                while True:
                    docs = self._parse(steps.send(docs))
            except StopIteration as done:
                events = self._events(article, done.value, trace)
        trace.events = [
            f"{e.place.name} +{e.gaining.id if e.gaining else None} -{e.losing.id if e.losing else None}"
            + (" historical" if e.historical else "") + (" partial" if e.partial else "") + (" claimed" if e.claimed else "")
            for e in events if e.kind == "change"
        ]
        return trace

    def _analysis(self, article: Article, trace: Trace | None = None) -> Generator[Sequence[Segment], list[Doc] | None, Reading]:
        """The analysis of one article, as steps: it yields the segments it needs parsed and is sent their docs, so
        a caller can parse many articles' segments in one ``nlp.pipe`` (:meth:`extract_many`). The sentences that may
        hold a denial are parsed in the change rules' first round (spaCy's fixed cost per call is about two
        sentences' parse), not in a call of their own after them."""
        changes = self._changes(article, trace)
        try:
            asked = changes.send(None)
        except StopIteration as done:
            asked, found = [], done.value
        else:
            found = []
        said = self.denials.chosen(article)
        if not asked:  # no change to read: the denials alone, if any
            docs = (yield [(s, AS_WRITTEN) for s in said]) if said else []
            assert docs is not None
            return Reading(found, self.denials.read(article, said, docs))
        docs = yield [*asked, *((s, AS_WRITTEN) for s in said)]
        assert docs is not None
        denied = self.denials.read(article, said, docs[len(asked):])
        docs = docs[: len(asked)]
        try:
            while True:
                asked = changes.send(docs)
                docs = yield asked
                assert docs is not None
        except StopIteration as done:
            return Reading(done.value, denied)

    def _changes(self, article: Article, trace: Trace | None = None) -> Generator[Sequence[Segment], list[Doc] | None, list[Candidate]]:
        """The change rules' analysis of one article, as steps (what :meth:`_analysis` yields, denials aside); ``trace``
        (``explain``) is told each frame, place and guard."""
        text = article.text if isinstance(article.text, str) else ""
        if len(text) > self.max_chars:
            raise ExtractionError("too_large", f"article {article.id!r} has {len(text)} characters; the limit is {self.max_chars}")
        if article.language and not article.language.lower().startswith("en"):
            _drop(trace, "not-english")
            return []
        title = (article.title or "").strip()[:2000]
        clean, heads = blank_date_heads(end_dateline(latin_lookalikes(blank_markup(text))), article.published)
        lined = retold_line(clean, heads, article.published)  # one old item cut from a timeline (timeline_line.py)
        moved = False  # whether the text, one headline-like line, is read as the title
        clean = without_topic_labels(split_region_heads(clean, self._is_country))  # "Somali Civil War: ..." (topic_label.py)
        title = latin_lookalikes(blank_markup(title)).strip()
        if title and " ".join(title.split()).lower() in " ".join(clean[: len(title) + 400].split()).lower():
            title = ""
        if not title and _is_headline(clean) and note_date(clean, None) is None:
            # a headline sent as the text is read as a headline; a dated coder note that ends without a full stop
            # ("... (Bakhmut, Donetsk). [size=no report]") stays a note
            title, clean = clean.strip(), ""
            moved = True
        if title and "?" in title:
            # "Taliban take Kabul?": a question is not a report (what comes before one is), but "What does the fall of
            # X mean for Y?" asks about a capture it takes as done (presupposed_nominal.py)
            title = answered_part(title) or asked_of_capture(title)
        elif title and explainer(title):
            title = ""  # "How the Taliban took Kunduz": an explainer of a change told before
        shown_title = title
        if title and (one_case(title) or title_case(title)):
            # "RUSSIA SAYS ITS TROOPS SEIZED KROKHMALNE"; "Army Takes Control Of The Game": capitals that say nothing
            title = self._headline_case(title)
        title_trigger = bool(title) and (self.prefilter.title_trigger(title) or bool(CONTROL_HEADLINE.search(title)))
        # a monitor's line sent with no headline may record its change as a state ("A and B under Russian control.")
        held = not article.title and has_held_line(clean)
        if self.use_prefilter and not title_trigger and not held and not self.prefilter.has_candidate(clean):
            _drop(trace, "prefilter")
            return []
        if looks_binary(text) or looks_binary(title):
            _drop(trace, "binary")
            return []
        note = read_parentheses(clean, self.gazetteer, self._names_actor)
        # a coder note's opening date is its reference time ("On 14 May 2023, X took Y" filed a year later is news)
        # (a date later in the note's first sentence counts when the note wrote a "(district, region)" hierarchy)
        hierarchy = any(len(chunks) > 1 for chunks in note.hierarchies.values())
        dated_note = note_date(clean, article.published, anywhere=hierarchy)
        if heads and heads[0].date is not None and not clean[: heads[0].start].strip():
            dated_note = heads[0].date  # a timeline line's head is its own day ("March 30 - ...")
        reference = dated_note or article.published
        index = SentenceIndex(note.text, compact if note.text is not clean else None)
        clean = note.text
        segments: list[tuple[Sentence, bool]] = []  # (sentence, is_title)
        if title:
            segments.append((Sentence(0, 0, title), True))
        status: list[tuple[Sentence, bool]] = []
        if self.use_prefilter:
            # (a side the article spells out in letters the catalogue lacks, "the Chin National Army (CNA)", names
            # a side in the sentences that write only "the CNA": abbreviation.coined_letters)
            coined = coined_letters(clean, self.catalogue)
            chosen, status_sentences = self.prefilter.pick(
                clean, index,
                (lambda t: bool(self.catalogue.find(t)) or any(re.search(rf"\b{k}\b", t) for k in coined)) if coined
                else (lambda t: bool(self.catalogue.find(t))),
                lambda w: bool(self.gazetteer.candidates(w)),
            )
            if held:  # (held_line.py: the sentences a held line may be in are read as trigger sentences)
                picked = {s.start for s in chosen}
                chosen = sorted([*chosen, *(s for s in index.all() if s.start not in picked and has_held_line(s.text))], key=lambda s: s.start)
                status_sentences = [s for s in status_sentences if s.start not in {c.start for c in chosen}]
            status = [(s, False) for s in status_sentences]
            if title and not title_trigger:
                segments = []
            if not chosen and not segments:
                _drop(trace, "prefilter-sentence")
                return []
        else:
            chosen = index.all()
        segments += [(s, False) for s in chosen]
        docs = yield segments
        assert docs is not None
        frames = []
        for doc, (s, is_title) in zip(docs, segments, strict=True):
            if trace is not None:
                trace.enter(s.start, is_title, s.text)
            # a headline's entry with no text under it, or one whose own line or opening line tells the town's people welcoming the
            # side ("Jubilant crowds greeted Ukrainian soldiers"), is the capture it reports (welcome.py)
            lone = title if not clean.strip() or ("nter" in title and (welcomed(title) or welcomed(opening_line(clean)))) else ""
            frames.append(self._title_frames(doc, trace, lone=lone) if is_title else self._frames(doc, trace=trace))
            if is_title and (looking_back(title) or (moved and heads)):
                # "Kherson liberated: one year on": a memory (headline_participle.py); "January 26: Gao captured", a
                # dated line cut from a list of key dates, is no headline: its date head decides (telegraphic lines)
                frames[-1] = [(f, m) for f, m in frames[-1] if f.construction != BARE_PARTICIPLE]
            if is_title and any(f.construction in _SIDELESS_TITLE for f, _m in frames[-1]) and feature_label(shown_title):
                # "Book review: The fall of Aleppo", "Opinion: Liberation of Mosul": a feature's subject, named with no
                # side, is no report (feature_label.py; the kicker is blanked before the parse, so the nominal reader's
                # own "review" / "opinion" words never see it)
                frames[-1] = [(f, m) for f, m in frames[-1] if f.construction not in _SIDELESS_TITLE]
        if not article.title and not heads:  # a monitor's "X captured, Russians advance to Y", "A and B under Russian control."
            # (a line cut from a chronology, "January 26: Gao captured", is read by its date head below)
            frames = [found + self._telegraphic(found, doc) for found, doc in zip(frames, docs, strict=True)]
        if heads:  # "5 December - Hama captured.": a chronology line's telegraphic clause
            frames = [
                found or ([] if is_title else [(f, m) for f in telegraphic_participle(doc) if (m := read_modality(f.trigger, False)).mood == Mood.EVENT])
                for found, doc, (_s, is_title) in zip(frames, docs, segments, strict=True)
            ]
        if self.classifier is not None and self.classifier_use == "recall":
            frames = self._role_read(frames, docs, segments)
        if not any(frames):
            return []
        sentences = index.all()
        # A headline's sides are often stated in the line under it: that lead sentence is parsed with the status ones.
        lead_wanted = bool(segments and segments[0][1] and frames[0] and sentences) and not any(
            not is_title and seg.start == sentences[0].start for seg, is_title in segments
        )
        # the neighbours a frame is sure to be read with (``_read_with``) are parsed with these, not one call each
        near = self._read_with(frames, segments, sentences)
        late = yield Round([*status, *([(sentences[0], False)] if lead_wanted else []), *((sentences[j], False) for j in near)], context=len(near))
        assert late is not None
        status_docs, lead_docs = late[: len(status)], late[len(status) : len(late) - len(near)]
        near_docs = late[len(late) - len(near) :]
        ctx = ArticleContext.build(title + "\n" + clean, self.gazetteer, self.catalogue)
        ctx.when = reference
        areas = {k: note_area(h, self.gazetteer) for k, h in note.hierarchies.items()}
        mentions = PlaceMentions(clean, sentences, self.gazetteer, self.catalogue, noted=note.places, areas=areas, title=title)
        for cc in note.countries:  # a coder note's "(district, region)" says the country better than anything else
            ctx.countries[cc] += 3
        ctx.noted_places = note.places
        ctx.noted_names = note.names
        ctx.noted_areas = areas
        ctx.note_line = is_note_line(clean, len(sentences), title)
        ctx.campaign_opened = bool(sentences) and opens_campaign(sentences[0].text)
        # (a one-word bracket after a name, "El-Butihab (Victory)", "Madaghis (Sugovushan)", is a story's gloss, not a
        # coder note's "(district, region)" hierarchy: the story's recap stays dated)
        recap_story = dated_note is None and not hierarchy and not heads  # not a note dated at its event
        # Status sentences ("still under ISIS control") are parsed only when there is something to attribute; who
        # holds what is read in text order (the headline first), as when every sentence is parsed.
        read = sorted(
            [*zip(segments, docs, strict=True), *zip(status, status_docs, strict=True)],
            key=lambda pair: (not pair[0][1], pair[0][0].start),
        )
        for _segment, doc in read:
            for sent in doc.sents:
                holder_statements(sent, ctx)
        found: list[Candidate] = []
        # each sentence's neighbours: the one before and the two after (a headline's: the text's first two)
        around = {s.start: (sentences[i - 1].text if i else "", [t.text for t in sentences[i + 1 : i + 3]]) for i, s in enumerate(sentences)}
        neighbour = self._parsed_on_demand(sentences, {j: next(iter(doc.sents), None) for j, doc in zip(near, near_docs, strict=True)})
        nearby = self._nearby(sentences, neighbour)
        following = self._following(sentences, neighbour)
        starts = {s.start: i for i, s in enumerate(sentences)}

        def previous(sentence: Sentence) -> Span | None:
            i = starts.get(sentence.start)
            return neighbour(i - 1) if i else None

        disputed_names: list[str] = []  # the places of the body's readings dropped as disputed (headline_disputed.py)
        title_disputed: list[str] = []  # and of the headline's
        prior: list[Frame] = []  # the frames of the last body sentence read (lede_town.py), the one at ``prior_at``
        prior_at = -2
        for (sentence, is_title), doc_frames in zip(segments, frames, strict=True):
            if trace is not None:
                trace.enter(sentence.start, is_title, sentence.text)
            before, neighbours = ("", [t.text for t in sentences[:2]]) if is_title else around.get(sentence.start, ("", []))
            after = neighbours[0] if neighbours else ""
            # A side's claim that the other side denies ("Baku said its troops took Shusha. Armenia denied this") is
            # no change (``contested``); a refutation only ``refuted`` reads makes news report a claimed change (the
            # schema's ``claimed``: unconfirmed), and a coder note that records it records fighting and drops it.
            kept = []
            for f, m in doc_frames:
                # a claim the other side denies or says it still holds is no change (the denial is its own event)
                lead_text = sentences[0].text if not is_title and sentences and sentences[0].start != sentence.start else ""
                if contested(f.trigger, _place_names(f), before, neighbours, lead_text, partial=bool(f.places) and all(p.partial for p in f.places)):
                    _drop(trace, "contested", _place_text(f), f.trigger.text)
                    (title_disputed if is_title else disputed_names).extend(ctx.place_span(p.token).text for p in f.places if not p.anaphor)
                    continue
                if told_coded_elsewhere(f.trigger):
                    _drop(trace, "coded-elsewhere", _place_text(f), f.trigger.text)
                    continue  # a coder's "(Z overtook the area on 3 May - coded separately)": another row's change
                if is_foothold(f.trigger) and dated_note is None and not note.hierarchies:
                    continue  # a foothold told in wire copy is an assault under way, a coder note's the part of X taken
                if (m.speech is not None or m.claim_verb) and refuted(f.trigger, after):
                    if dated_note is not None or note.hierarchies:
                        _drop(trace, "refuted-note", _place_text(f), f.trigger.text)
                        continue
                    m = replace(m, unverified=True)
                kept.append((f, m))
            # going in told alone ("entered X on Wednesday") counts when a sentence next to it says more, and a bare
            # "X has fallen." when the next one says who holds X (entry.py)
            doc_frames = []
            for f, m in kept:
                if f.pending and f.construction == SIDELESS_FALL:
                    holder = fall_holder(f, None if is_title else following(sentence))
                    if holder is None and not (not is_title and fall_told_taken(f, following(sentence))):
                        _drop(trace, "fall-without-holder", _place_text(f), f.trigger.text)
                        continue
                    f = replace(f, gaining=holder, pending=False)
                elif f.construction == "entry" and not is_title and (f.pending or any(not r.kind_noun for r in f.places)) and (
                    starts.get(sentence.start, -5) == prior_at + 1  # (the sentence just before, not any one read last)
                ) and (noun := entry_names_lede_town(f, prior, ctx)) is not None:
                    # the town the same side's lede took unnamed ("retook a town ... entered X"): the entry is that
                    # capture, and the lede's "a town" says what the name is (a name GeoNames lacks too; lede_town.py)
                    f = replace(f, places=[r if r.kind_noun else replace(r, kind_noun=noun) for r in f.places])
                elif f.pending and not entry_confirmed(
                    f, after, nearby(sentence), ctx, self._names_other_place
                ):
                    _drop(trace, "entry-unconfirmed", _place_text(f), f.trigger.text)
                    continue
                elif f.nominal and f.gaining is None and (f.losing is None or judged_side(f.trigger, f.losing)) and not is_title and (
                    lede_side := lede_taker(replace(f, losing=None), previous(sentence))
                ) is not None:
                    # "Rebels seized a second town. The capture of the town of X ..." (the lede's side over a verdict's
                    # "is another blow to the insurgents": verdict_side.py)
                    f = replace(f, gaining=lede_side, losing=None)
                elif f.construction == OUTCOME and f.gaining is None and f.losing is None and not is_title and (
                    earlier := outcome_taker(previous(sentence))
                ) is not None:
                    f = replace(f, gaining=earlier)  # "Troops regained villages ... The operations resulted in regaining X"
                doc_frames.append((f, m))
            if not is_title:
                prior, prior_at = [f for f, _m in doc_frames], starts.get(sentence.start, -2)
            evidence_text = shown_title if is_title else text[sentence.start : sentence.end]
            refs = find_time_refs(sentence.text if not is_title else title, reference) if doc_frames else []
            # a news story's sentences after its lead may retell older changes (recap.py)
            recap = bool(doc_frames) and recap_story and not is_title and sentence.start != sentences[0].start
            if (recap or (doc_frames and not is_title and same_day_opening(sentence.text))) and (
                inherited := inherited_ref(sentence.text, before, reference)
            ) is not None:
                refs = [inherited, *refs]
            if dated_note is not None and not is_title:
                refs = page_year(refs, sentence.text, dated_note, article.published)
            # A headline's sides are often stated in the line under it ("... after the army withdrew").
            lead = self._lead_sentence(segments, docs, sentences, lead_docs) if is_title and doc_frames else None
            day = None if is_title else _head_day(heads, clean, sentence)
            for frame, modality in doc_frames:
                gone = undone(frame.trigger) or retaken_soon(frame.trigger) or answered(frame.trigger)  # (short_hold.py: retaken hours after its fall; answered.py: taken back in the next clause)
                found.extend(
                    replace(c, undone=gone) if day is None or c.event_date is not None
                    else replace(c, event_date=day, precision=DatePrecision.DAY, undone=gone)
                    for c in self._candidates_for(
                        frame, modality, refs, sentence, is_title, evidence_text, reference, ctx, lead, mentions,
                        None if is_title else nearby, recap, trace,
                    )
                )
        if trace is not None:
            trace.leave()
        # a chronology's item dated a month or more before the page is the story's background (chronology.py)
        if items := chronology_items(clean, heads, article.published):
            found = [replace(c, historical=True) if not c.historical and not c.start == c.end == 0
                     and told_long_before(items, c.start, article.published) else c for c in found]
        elif lined is not None:  # the line under an old head: all of it when the line was read as the title
            found = [replace(c, historical=True) if not c.historical and (
                moved if c.start == c.end == 0 else lined.start <= c.start < lined.end) else c for c in found]
        # "Background: On 28 August Z took X", "Recall that Z took X": older news called back (background_label.py)
        if found:
            labelled = background_labels(clean)  # (the labels found once, not once per candidate)
            found = [replace(c, historical=True) if not c.historical and not c.start == c.end == 0
                     and labelled(c.start) else c for c in found]
        # a headline's change whose every telling in the body is a claim the other side disputes (headline_disputed.py)
        found = headline_undisputed(found, disputed_names, title_disputed)
        stages: list[tuple[str, list[Candidate]]] = [("undone", found)]  # what each late step was given (``explain``)
        # a place taken and given up again by one side: none of that side's readings of it is a change (undone.py)
        found = [c for c in found if not c.undone and not any(_same_hand(c, u) for u in found if u.undone)]
        stages.append(("undone-in-report", found))
        # a brief capture given up again in another sentence: the taker leaving, the other side back (undone.py)
        texts = [s.text for s in sentences]
        for c in [c for c in found if not c.historical]:
            if c.gaining is None:
                continue
            own = next((i for i, s in enumerate(sentences) if s.start == c.start), -1)
            j = undone_in_report(c.place.name, c.gaining.text, c.losing.text if c.losing else None, own, texts, neighbour)
            if j is not None:
                taker, back = c.gaining.id, sentences[j].start
                found = [u for u in found if not (_same_hand(u, c) or (u.start == c.start and u.gaining is not None and u.gaining.id == taker)
                                                  or (u.start == back and u.losing is not None and u.losing.id == taker))]
        # a name the sentence gives only as where another place lies ("60 km south of the capital, Y") (landmark_place.py)
        found = [c for c in found if c.start == c.end == 0 or not only_landmark(c.place.name, c.sentence)
                 or _drop_late(trace, "landmark", c.place.name)]
        # a retake of a place whose fall the report dates days or hours back: back where it began (recent_fall.py)
        for c in [c for c in found if not c.historical and not c.partial and c.gaining is not None]:
            own = next((i for i, s in enumerate(sentences) if s.start == c.start), -1)
            if retaken_lately(c.place.name, own, texts):
                _drop_late(trace, "fell-lately", c.place.name)
                found = [u for u in found if u.place.key != c.place.key and u.place.name.lower() != c.place.name.lower()]
        # a change dated days back, after a lead that tells the place as held already, is how the hold began (recap.py)
        if recap_story and sentences and reference is not None:
            found = [
                replace(c, historical=True) if not c.historical and c.start != sentences[0].start and c.event_date is not None
                and (reference - c.event_date).days >= 2 and held_in_lead(sentences[0].text, c.place.name) else c
                for c in found
            ]
        # a famous capture retold with no date of its own, the place's last known change long before the story
        # ("After six months of occupation, the army liberated X" a year on): history, not the day's news (chronicle.py)
        if recap_story and reference is not None and not ctx.note_line:
            found = [self._retold(c, reference, trace) for c in found]
        # a sideless "the fall of X" after the report told X's capture as history is that history again (echo.py)
        found = echoes_history(found)
        stages.append(("disputed-elsewhere", found))
        # a change another sentence of the report calls untrue or still fought over, by the place's name (contested.py)
        found = [c for c in found if c.historical or not disputed_elsewhere(
            c.place.name, c.gaining.name if c.gaining else None, texts, next((i for i, s in enumerate(sentences) if s.start == c.start), -1),
            partial=c.partial)]
        stages.append(("merged-away", found))
        # a place written in one side's spelling, then under its own name ("using the Russian name for the village of
        # X"): the event is X (spelling.py)
        if spellings := respellings((c.place.name, c.sentence) for c in found):
            found = [replace(c, place=respelled(c.place, spellings, self.gazetteer)) for c in found]
        if note.full_names:  # the parser kept only the last word of "Ceel Dheere (Bulo Burto, Hiraan)"
            found = [
                replace(c, place=c.place.model_copy(update={"name": full, "canonical_name": full}))
                if c.place.geonames_id is None and (full := note.full_names.get(name_key(c.place.name))) is not None else c
                for c in found
            ]
        if note.hierarchies:  # an unresolved noted village is located by the hierarchy written after it
            found = [
                replace(c, place=anchored(c.place, note.hierarchies[k], self.gazetteer))
                if c.place.geonames_id is None and c.place.lat is None and (k := name_key(c.place.name)) in note.hierarchies else c
                for c in found
            ]
        # "Hammam" in the headline, "Hammam at-Turkuman" in the body: one place (fuller_name.py)
        found = fuller_names(found)
        # a headline alone gets the loser of a two-sided war too (the labels of five real sets give it)
        merged = self._merge(found, ctx, reference, by_war=True)
        if trace is not None:
            _late_drops(trace, stages, merged)
        return merged

    def _role_read(
        self, frames: list[list[tuple[Frame, Modality]]], docs: list[Doc], segments: list[tuple[Sentence, bool]],
    ) -> list[list[tuple[Frame, Modality]]]:
        """``recall`` use: a body sentence no rule reads, whose verb's argument roles (``role_frame``) name a place,
        read by them when the classifier scores it a change told as news; headlines are left to the rules. Only the
        sentences with such a frame are scored (the MiniLM gate's forward pass costs about a parse)."""
        assert self.classifier is not None
        broad = self.classifier.broad_roles
        proposed = {
            k: read
            for k, (found, (_s, is_title)) in enumerate(zip(frames, segments, strict=True))
            if not found and not is_title
            and (read := [(f, m) for f in role_frames(docs[k], broad=broad) if (m := read_modality(f.trigger, False)).mood == Mood.EVENT])
        }
        if not proposed:
            return frames
        scores = self.classifier.scores([docs[k].text for k in proposed])
        out = list(frames)
        for (k, read), score in zip(proposed.items(), scores, strict=True):
            if score >= self.classifier.recall_at:
                out[k] = read
        return out

    def _headline_case(self, title: str) -> str:
        """An ALL CAPS or all-lower-case headline in wire case (same length), names found by the catalogue and gazetteer."""
        return restore_case(title, CaseHints(
            alias_spans=lambda low: [(m.start, m.end) for m in self.catalogue.find(low)],
            short_aliases=self.catalogue.short_aliases,
            place_population=lambda w: max((p.population for p in self.gazetteer.candidates(w)), default=None),
            is_country=lambda w: self.gazetteer.country_code(w) is not None,
            common=HEADLINE_LOWER,
        ))

    # --- analysis ------------------------------------------------------------------------------------
    @staticmethod
    def _read_with(frames: list[list[tuple[Frame, Modality]]], segments: list[tuple[Sentence, bool]], sentences: list[Sentence]) -> list[int]:
        """The sentences a body frame is read with whatever else it says: the one before a nominal frame that names no
        side (``lede_taker``: "Rebels seized a second town. The capture of X ...") and the one after a bare "X has
        fallen." (``fall_holder``); parsed with the status sentences, as a separate parse each costs spaCy's fixed cost
        per call again."""
        starts = {s.start: i for i, s in enumerate(sentences)}
        near: set[int] = set()
        for found, (sentence, is_title) in zip(frames, segments, strict=True):
            i = starts.get(sentence.start)
            if is_title or i is None:
                continue
            for f, _m in found:
                if f.pending and f.construction == SIDELESS_FALL and i + 1 < len(sentences):
                    near.add(i + 1)
                elif not f.pending and f.nominal and f.gaining is None and f.losing is None and i > 0:
                    near.add(i - 1)
        return sorted(near)

    def _parsed_on_demand(self, sentences: list[Sentence], ready: dict[int, Span | None]) -> Callable[[int], Span | None]:
        """Sentence ``j`` of the text parsed when first asked for, once per article (``_nearby`` and ``_following``
        share it: most changes need neither, so the neighbours are not parsed with the status sentences), or as
        parsed with them (``ready``)."""
        parsed: dict[int, Span | None] = dict(ready)

        def span(j: int) -> Span | None:
            if j not in parsed:
                parsed[j] = next(iter(self._parse(Round([(sentences[j], False)], context=1))[0].sents), None)
            return parsed[j]

        return span

    @staticmethod
    def _nearby(sentences: list[Sentence], parsed: Callable[[int], Span | None]) -> Callable[[Sentence], list[Span]]:
        """The parsed sentences next to one (one before, two after) that tell of a side leaving or holding a place:
        "They took control of X. Government forces had abandoned it overnight." (most changes name their loser
        without them: parsing them with the status sentences cost more than it saved)."""
        index = {s.start: i for i, s in enumerate(sentences)}

        def spans(sentence: Sentence) -> list[Span]:
            i = index.get(sentence.start)
            if i is None:
                return []
            out = []
            for j in (i - 1, i + 1, i + 2):
                if 0 <= j < len(sentences) and _LEAVING_HINT.search(sentences[j].text) and (span := parsed(j)) is not None:
                    out.append(span)
            return out

        return spans

    @staticmethod
    def _following(sentences: list[Sentence], parsed: Callable[[int], Span | None]) -> Callable[[Sentence], Span | None]:
        """The sentence after one, parsed (what a bare "X has fallen." is read with: entry.fall_holder)."""
        index = {s.start: i for i, s in enumerate(sentences)}

        def span(sentence: Sentence) -> Span | None:
            j = index.get(sentence.start, len(sentences)) + 1
            return parsed(j) if j < len(sentences) else None

        return span

    def _names_other_place(self, text: str) -> bool:
        """Whether a sentence names a place (a capitalised word after its first that is no side and no demonym):
        then what it says of a side leaving is about that place. "In Goma, soldiers withdrew from the airport"."""
        covered = [(m.start, m.end) for m in self.catalogue.find(text)]
        for m in _OTHER_NAME.finditer(text, 1):
            if any(s <= m.start() < e for s, e in covered):
                continue
            word = text[m.start():].split(maxsplit=1)[0].strip(".,;:'’\"”)")
            if not self.gazetteer.country_code(word.removesuffix("'s").removesuffix("’s")):
                return True
        return False

    def _is_town(self, name: str) -> bool:
        """Whether a headline's word before its colon is a town the gazetteer knows (not a country, not a side)."""
        return not self.gazetteer.country_code(name) and not self.catalogue.find(name) and self.gazetteer.resolve(name) is not None

    def _is_country(self, name: str) -> bool:
        """Whether a line's head label is a country ("Yemen: ...", a monitor's digest line)."""
        return self.gazetteer.country_code(name) is not None

    def _opens_with_actor(self, text: str) -> bool:
        """Whether an actor alias starts ``text`` ("al-Assad, ..."; a headline's town "declared free of" a side)."""
        return any(m.start == 0 for m in self.catalogue.find(text))

    def _names_actor(self, window: str) -> bool:
        """Whether an actor alias ends at the end of ``window`` ("Islamic State (Sahel)")."""
        return any(m.end == len(window) for m in self.catalogue.find(window))

    @staticmethod
    def _lead_sentence(segments: list[tuple[Sentence, bool]], docs: list[Doc], sentences: list[Sentence], lead_docs: list[Doc]) -> Span | None:
        if not sentences:
            return None
        for (seg, is_title), doc in zip(segments, docs, strict=True):
            if not is_title and seg.start == sentences[0].start:
                return next(iter(doc.sents), None)
        return next(iter(lead_docs[0].sents), None)

    def _parse(self, segments: Sequence[Segment]) -> list[Doc]:
        """The docs of the segments, in one ``nlp.pipe``; each text goes with whether the sentence budget counts it (a
        round's neighbours, ``pace.Round``, are not counted)."""
        texts = [
            s.text if is_title is None else parse_form(present_as_past(  # AS_WRITTEN
                sentence_case(headline_text(colon_place_last(reworded_headline(without_title_bars(s.text), self._opens_with_actor), self._is_town))) if is_title
                else sentence_case(s.text) if not s.text.rstrip().endswith((".", "!", "?", '"', "”")) else s.text,
                headline=bool(is_title),
            ))
            for s, is_title in segments
        ]
        budgeted = counted(segments)
        if budgeted == len(texts):
            docs = list(self.nlp.pipe(texts, batch_size=64)) if texts else []
        else:  # (a round with neighbours: each text with whether it is counted)
            docs = [doc for doc, _counted in self.nlp.pipe(((t, i < budgeted) for i, t in enumerate(texts)), as_tuples=True, batch_size=64)]
        for doc, (_s, is_title) in zip(docs, segments, strict=True):
            if is_title is None:  # AS_WRITTEN
                continue
            # "Bakhmut captured by Russian forces": an opening town name the tagger read as an adverb (opening_name.py)
            retag_opening_names(doc, self._is_town)
            for tok in doc:
                fixed = _LEMMA_FIXES.get(tok.lower_)
                if fixed is not None and tok.pos_ in ("VERB", "AUX"):
                    tok.lemma_ = fixed
        return docs

    @staticmethod
    def _frames(doc: Doc, title: bool = False, trace: Trace | None = None, lone: str = "") -> list[tuple[Frame, Modality]]:
        """Frames of the triggers in a parsed sentence that state a change (not an intention, denial...); a headline's
        bare entry only in a headline with no text under it (``lone``, that headline: entry.lone_headline_entry)."""
        out = []
        for tok in doc:
            if tok.lemma_.lower() not in _TRIGGER_WORDS and tok.lower_ not in _TRIGGER_WORDS and tok.lower_ not in PARTICIPLE_FORMS:
                continue
            brief = is_brief(tok)
            if held_for_span(tok):
                _drop(trace, "hold-span", "", tok.text)
                continue  # "captured the town for several hours before being repelled": a hold that ended (hold_span.py)
            if brief and (title or raided(tok)):
                _drop(trace, "brief-raid", _place_text(raid) if trace is not None and (raid := frames_for(tok)) is not None else "", tok.text)
                continue  # "briefly seized X before withdrawing", a headline's "briefly seize X": a raid
            frame = participle_list_frame(tok) or frames_for(tok)
            if frame is None and tok.lemma_.lower() in PHRASE_LEMMAS:
                frame = phrase_frame(tok)
            if frame is None and tok.lemma_.lower() == "take":
                frame = brought_under_frame(tok)  # "X was taken under control by Z" (brought_under.py)
            if frame is None or (title and frame.pending and not (lone and lone_headline_entry(frame, lone))):
                if trace is not None and tok.pos_ != "AUX":  # ("had taken", "is in control": no reading of its own)
                    why = frame_or_why(tok)
                    trace.drop("no-frame" if frame is None else "headline-entry", trigger=tok.text, detail=why if isinstance(why, str) else "")
                continue
            if title and frame.pending:
                frame = replace(frame, pending=False)  # a lone headline's entry is the capture it reports: none to confirm
            frame = placed_only(frame)  # "towns in the Amhara region", "75 km from Bangui": no place of the change
            modality = read_modality(frame.anchor or tok, frame.nominal)
            if modality.mood == Mood.EVENT or ((frame.ongoing_ok or occupied_now(tok)) and modality.mood == Mood.ONGOING):
                out.append((regained(frame, _TRIGGER_WORDS), modality))  # "retook X after losing it" (regained.py)
                # "temporarily took X before Z pushed them back": the place taken back is a change of its own
                # (never after a bare entry: "briefly entered X before being pushed out" is a raid beaten back)
                if brief and not frame.pending and (back := reversal_frame(frame)) is not None:
                    out.append((back, modality))
            else:
                _drop(trace, "modality", _place_text(frame), tok.text, str(modality.mood.value))
        return out

    def _telegraphic(self, found: list[tuple[Frame, Modality]], doc: Doc) -> list[tuple[Frame, Modality]]:
        """The telegraphic clauses and held lines of a title-less line's sentence whose trigger and places no frame of
        it holds (telegraphic_clause.py, held_line.py); a held line of a state's own towns ("Vorzel and Bucha in
        Ukrainian hands") tells the defender's hold, not a change."""
        taken = {f.trigger.i for f, _m in found} | {r.token.i for f, _m in found for r in f.places}
        held = [f for f in held_lines(doc) if not self._held_at_home(f)]
        return [
            (f, m) for f in [*telegraphic_clauses(doc), *verb_first_clauses(doc), *held]
            if f.trigger.i not in taken and not any(r.token.i in taken for r in f.places) and (m := read_modality(f.trigger, False)).mood == Mood.EVENT
        ]

    def _held_at_home(self, frame: Frame) -> bool:
        """Whether a held line's side is a state ("Ukrainian", "Ukraine's army") and every place it names is, first of
        all, a town of that state's country."""
        if frame.gaining is None:
            return False
        found = self.catalogue.find(frame.gaining.text)
        states = {m.actor.default_country for m in found if m.actor.kind == ActorKind.STATE}
        home = self.gazetteer.country_code(frame.gaining.text) if not found else (next(iter(states)) if len(states) == 1 and len(found) == 1 else None)
        return home is not None and all(
            (geo := self.gazetteer.candidates(r.token.text)) and geo[0].country_code == home for r in frame.places
        )

    def _title_frames(self, doc: Doc, trace: Trace | None = None, lone: str = "") -> list[tuple[Frame, Modality]]:
        """A headline's frames; when the parse gives none, those of the headline rebuilt by its own grammar."""
        # a verb's frame read across two clauses ("Celebrations as Z retakes X", "Z takes X, W bombs Y near V") is left
        # to the headline's own grammar, which reads each clause on its own (a handover pair spans two by design)
        found = [
            (f, m) for f, m in self._frames(doc, title=True, trace=trace, lone=lone)
            if not crosses_clause(f) or _drop(trace, "crosses-clause", _place_text(f), f.trigger.text)
        ]
        found += self._headline_frames(doc)
        # "withdraw from X as rebels advance" (advancing_side.py); "seize A, B as Z withdraws" (headline_list.py)
        found = [(with_comma_head(with_comma_tail(with_advancing_side(f))), m) for f, m in found]
        if all(f.gaining is None for f, _m in found) and (rebuilt := rebuilt_headline(doc)) is not None:
            found = self._frames(rebuilt, title=True, trace=trace, lone=lone) or found  # "Ukraine says recaptured X": the parse lost the side
            found = [(with_comma_head(with_comma_tail(with_advancing_side(f))), m) for f, m in found]
        return found

    @staticmethod
    def _headline_frames(doc: Doc) -> list[tuple[Frame, Modality]]:
        """Verbless headline frames ("Taliban in control of Ghazni") with their modality."""
        found = headline_frames(doc)
        seen = {f.trigger.i for f in found}  # (headline_participle.py reads the clause the parse missed, never twice)
        found += [f for f in headline_participles(doc) if f.trigger.i not in seen]
        return [(f, m) for f in found if (m := read_modality(f.trigger, False)).mood == Mood.EVENT]

    def _first_person_side(
        self, frame: Frame, sentence: Sentence, is_title: bool, mentions: PlaceMentions | None, modality: Modality | None = None,
    ) -> ResolvedActor | None:
        """The side a "we" doer speaks for when no speech verb names it: the side of the quote the sentence opens or
        closes ('"We have taken X town peacefully," said the group's spokesman'), the attribution a line without quote
        marks closes on ("We now control A and B, an MNLA official said"), or in a headline the side named before its
        colon ("Islamic State: We have taken Ramadi")."""
        if not _first_person(frame.gaining):
            return None
        entry = None
        if not is_title and mentions is not None:
            entry = quote_side(mentions.text, sentence.start, sentence.end, self.catalogue)
            said = self._unquoted_speaker(sentence, mentions) if entry is None else None
            entry = next((found.actor for found in self.catalogue.find(said)), None) if said else entry
            if entry is None and modality is not None and modality.speaker is not None and modality.speaker.lower_ in PRONOUN_SPEAKERS:
                # '"We seized X today," she told the agency' after "Z spokeswoman Y said ...": Z's (spokesperson.py)
                entry = spokesperson_side(mentions.text, sentence.start, self.catalogue)
        elif is_title and (said := colon_speaker(sentence.text) or trailing_speaker(sentence.text, 0, len(sentence.text))):
            # (a one-line text read as a headline: "We now control A and B, a spokesman for Z told Reuters")
            entry = next((found.actor for found in self.catalogue.find(said)), None)
        return ResolvedActor.from_entry(entry, frame.gaining.text) if entry is not None and frame.gaining is not None else None

    def _voice(
        self, speaker: ResolvedActor | None, modality: Modality, sentence: Sentence, is_title: bool,
        mentions: PlaceMentions | None, ctx: ArticleContext, cc: str | None,
    ) -> ResolvedActor | None:
        """The side that speaks a sentence, named (an armed side, not an unknown or unnamed one), as "It" for the side
        named before, or as an office of the state ("The Government Communication Service said ...")."""
        if speaker is not None and speaker.kind != ActorKind.UNKNOWN and not speaker.id.startswith("x-"):
            return speaker
        if (found := self._pronoun_speaker(modality, sentence, is_title, mentions)) is not None:
            return found
        if modality.speaker is None or mentions is None or is_title or cc not in self.catalogue.war_countries:
            return None
        return ctx.state_forces(cc, modality.speaker.text) if official_speaker(self._state_voice(modality, sentence, mentions)) else None

    @staticmethod
    def _pronoun_speaker(modality: Modality, sentence: Sentence, is_title: bool, mentions: PlaceMentions | None) -> ResolvedActor | None:
        """The side a speaking "it" / "they" stands for: the one the text named last ("The junta said ... It said")."""
        if modality.speaker is None or modality.speaker.lower_ not in ("it", "they") or is_title or mentions is None:
            return None
        # ("Myanmar's junta said it recaptured a town ... The regime said it retook A. It said B was retaken": the side
        # named by its own name up to three sentences back)
        entry = mentions.taker_before(sentence.start + modality.speaker.idx, taken_back=False, back=3)
        return ResolvedActor.from_entry(entry, modality.speaker.text) if entry is not None else None

    def _state_voice(self, modality: Modality, sentence: Sentence, mentions: PlaceMentions) -> str | None:
        """The words of who speaks a first-person line: the speech verb's subject, else the attribution after it."""
        if modality.speaker is not None:
            return " ".join(t.text for t in modality.speaker.subtree)
        return quote_attribution(mentions.text, sentence.start, sentence.end) or self._unquoted_speaker(sentence, mentions)

    @staticmethod
    def _unquoted_speaker(sentence: Sentence, mentions: PlaceMentions) -> str | None:
        """Who speaks a first-person line whose quote marks were dropped (quotes.trailing_speaker)."""
        following = next((s.text for s in mentions.sentences if s.start >= sentence.end), "")
        return trailing_speaker(mentions.text, sentence.start, sentence.end, following)

    def _town_quarter(self, tok: Token, cc: str | None) -> bool:
        """Whether ``tok`` heads a capitalised name a known town of the country ``cc`` owns: "Mosul's Old City"."""
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < tok.i), None)
        if owner is None or cc is None or not tok.text[:1].isupper():
            return False
        found = self.gazetteer.candidates(owner.text)
        return bool(found) and found[0].country_code == cc

    def _owner_name(self, name: str) -> bool:
        """Whether ``name`` is a side's or a country's (or its people's), never a place's: "the ADF camp"."""
        return bool(self.catalogue.find(name)) or self.gazetteer.country_code(name.split()[0]) is not None or (
            name.endswith(("ian", "ese", "ish")) and " " not in name
        )

    def _written(self, actor: ResolvedActor) -> bool:
        """Whether the words that named a side are one of its own names ("the Houthis"), not a common word ("rebels")."""
        return any(m.actor.id == actor.id for m in self.catalogue.find(actor.text))

    def _candidates_for(
        self, frame: Frame, modality: Modality, refs: list[TimeRef], sentence: Sentence, is_title: bool,
        evidence_text: str, published: dt.date | None, ctx: ArticleContext, lead: Span | None = None,
        mentions: PlaceMentions | None = None, nearby: Callable[[Sentence], list[Span]] | None = None, recap: bool = False,
        trace: Trace | None = None,
    ) -> list[Candidate]:
        """The candidates a frame reads, one for each place it names: the place resolved (``_resolutions``) and put in
        its country (``_in_country``), the sides named (``_sides``) or inferred (``_passive_gainer``,
        ``_loser_told_near``), each reading refused by a named guard (``_drop``) on the way."""
        if trace is not None:
            trace.frame(FrameNote(frame.construction, frame.trigger.text, frame.gaining.text if frame.gaining is not None else None,
                                  frame.losing.text if frame.losing is not None else None))
        speaker = _speaker(modality, ctx) or self._first_person_side(frame, sentence, is_title, mentions, modality)
        title_cased = is_title and sentence_case(headline_text(sentence.text)) != headline_text(sentence.text)
        out: list[Candidate] = []
        lemma = frame.trigger.lemma_.lower()
        # a control phrase or a capture with its loser named makes an unknown capitalised object a place ("gained
        # control of Khirbet X", "took A and B from the RSF"): GeoNames lacks most villages
        by_grammar = grammar_names_place(frame)
        strong = lemma in _PLACE_VERBS or (lemma in _CAPTURE_VERBS and not frame.needs_known) or by_grammar
        # "its forces" with no speaker: whose is for the article to say (the actor or country named last), not the
        # place's country ("Russia's ministry said on Friday its forces had taken X, agencies reported")
        possessive = frame.gaining is not None and frame.gaining.lower_ not in ("they", "it") and speaker is None
        pronoun_side = self._pronoun_side(frame, modality, sentence, is_title, ctx, mentions, speaker, possessive)
        spans: list[tuple[int, int]] = []
        # (a headline's "Russia takes X and Y hit by missiles": Y heads a clause of its own, clause_subject.py)
        listed = [r for r in listed_places(frame.places) if not (is_title and clause_subject(r.token, frame.trigger))]
        # "liberated the town of A in the west and the village of B in the north": B, hung on the compass word
        seen = {r.token.i for r in listed}
        listed += [PlaceRef(name, r.partial, kind) for r in listed if r.kind_noun is not None and not r.anaphor and not r.site
                   for name, kind in compass_conjuncts(r.token) if name.i not in seen]
        named = [(s.start, s.end) for r in listed if not r.anaphor and not r.site for s in (ctx.place_span(r.token),)]
        # "captured the districts of Khanabad, Dasht-i-Archi and Iman Sahib": a strong verb's list with a name the
        # gazetteer knows vouches for its other names, whatever the tagger read them as ("Iman Sahib" as a person)
        vouched = strong and len(named) > 1 and any(
            self.gazetteer.candidates(r.token.doc[lo:hi].text) for r, (lo, hi) in zip(
                [r for r in listed if not r.anaphor and not r.site], named, strict=True
            )
        )
        # the sides each known town of a country at war was read with, by its token ("Rebels captured Talbiseh, Ar-Rastan and X")
        list_sides: dict[tuple[int, str | None], tuple[ResolvedActor | None, ResolvedActor | None]] = {}  # by name span start
        for ref_place in listed:
            if not ref_place.site and (why := false_place(ref_place.token, ref_place.anaphor)) is not None:
                _drop(trace, why, ref_place.token.text, frame.trigger.text)
                continue  # a cited source, a seized drone, "Kokang armed group's base", "village after village"
            if not ref_place.anaphor and not ref_place.site and named_container(ref_place.token, [r.token for r in listed if not r.anaphor and not r.site]):
                _drop(trace, "container", ref_place.token.text, frame.trigger.text)
                continue  # "raised the flag over the village of X in Donetsk": where X lies (unnamed_town.py)
            if not ref_place.anaphor and marked_coded_elsewhere(ref_place.token.doc, ctx.place_span(ref_place.token).end):
                _drop(trace, "coded-elsewhere", ref_place.token.text, frame.trigger.text)
                continue  # "took control of A town (X, Y) and B (coded separately)": B is another row's news
            if not ref_place.anaphor and not ref_place.site:
                span = ctx.place_span(ref_place.token)
                if any(lo <= ref_place.token.i < hi for lo, hi in spans) or any(
                    lo <= span.start and span.end <= hi and hi - lo > span.end - span.start for lo, hi in named
                ):
                    continue  # "Sar-e-Pol" parsed as two objects, "Sar" and "Pol"; "Dand-e" inside "Dand-e Ghori": one place
                spans.append((span.start, span.end))
                if (is_title or _indefinite(ref_place.token.head)) and ref_place.kind_noun == "district" and unnamed_district(
                    ref_place.token, span.text, self.gazetteer
                ):
                    # "Taliban overrun Faryab district", "recapture key west Mosul district", a story's "seized a central
                    # Aden district": no district named
                    _drop(trace, "headline-unnamed-district", span.text, frame.trigger.text)
                    continue
            early_g = ctx.resolve_actor(frame.gaining, speaker) or pronoun_side
            early_l = ctx.resolve_actor(frame.losing, speaker)
            homed = [a if a is not None and not kurdish_words(a) else None for a in (early_g, early_l)]
            # where the story puts a name its own words do not (context.StoryCountry): the same for every place the
            # frame names with these sides
            country = ctx.story_country((homed[0], homed[1]), published, is_title)
            side_cc = country.sides
            hints: list[str | None] = [a.default_country if a else None for a in homed]
            hints += [c for a in homed if a is not None for c in a.countries]  # "IS loses Palmyra": Syria too
            if ref_place.anaphor and (ref_place.token.lemma_.lower() in NOTE_ONLY_ANAPHORS or (
                ref_place.token.tag_ == "NNS" and ref_place.count == 0 and note_plural(ref_place.token) is not None
            )) and (
                not ctx.noted_places or frame.cls == TriggerClass.LOSE
            ) and not (ref_place.count < 0 and frame.cls != TriggerClass.LOSE):
                _drop(trace, "area-anaphor", ref_place.token.text, frame.trigger.text)
                continue  # "took control of the area" names a place only after a note's "X (district, region)";
                # attackers who "withdrew from the area" had raided it, not held it ("reclaimed several areas. The
                # areas include A and B": an uncounted plural stands only for the list the next sentence opens with)
            resolutions, ref_place = self._resolutions(
                ref_place, frame, sentence, is_title, ctx, mentions, hints, strong, corroborated=frame.corroborated or by_grammar or vouched,
            )
            if trace is not None:
                written = ref_place.token.text if ref_place.anaphor or ref_place.site else ctx.place_span(ref_place.token).text
                how = "anaphor" if ref_place.anaphor else "site" if ref_place.site else ref_place.kind_noun or "name"
                for r in resolutions:
                    trace.place(written, None if r is None else _resolved_name(r), how)
                    if r is None:
                        trace.drop("place-unresolved", written, frame.trigger.text, how)
            for resolved in resolutions:
                if resolved is None:
                    continue
                place, geo, namesake = self._in_country(
                    resolved, ref_place, frame.trigger.sent, is_title, ctx, country, homed, named, published,
                )
                # a name GeoNames lacks that the text put in a country at war only by a side's demonym ("X taken by
                # Russia"), moved to the sides' one war country (Ukraine): as placed as it was before the move
                moved_home = geo is None and resolved[1] is None and place.country_code == side_cc != resolved[0].country_code \
                    and country.at_war(resolved[0])
                if ref_place.seat and geo is not None and geo.population >= (_SEAT_TOWN if _police_seat(ref_place.token) else _SEAT_CITY):
                    # "seized ISIS HQ in Sirte", "a military base in the city of Raqqa": one site of a city; "seize police
                    # headquarters in Kostyantynivka": a police building is one site of a town too
                    site = None if _police_seat(ref_place.token) else base_of_town(ref_place.token, ref_place.kind_noun, place.name, geo)
                    if site is None:
                        _drop(trace, "site-of-city", place.name, frame.trigger.text)
                        continue
                    place, geo = site, None  # the site under its own name, anchored at the city (labelling.md "Sites")
                elif geo is None and _named_base(ref_place) and not ctx.is_noted_place(place.name):
                    # "Seizes Mukalla Army Base": a town of a war named before the base anchors it; a name no war has is
                    # the base's own, kept only in a war's country ("Se Zin military camp")
                    towns = [p for p in self.gazetteer.candidates(place.name) if p.country_code in self.catalogue.war_countries]
                    site = named_base_site(ref_place.token, place.name, towns[0] if len(towns) == 1 else None, place.country_code) if (
                        len(towns) == 1 or place.country_code in self.catalogue.war_countries | ctx.written_countries
                    ) else None
                    if site is None:
                        _drop(trace, "named-base", place.name, frame.trigger.text)
                        continue  # "took control of the strategic Naqlia base": a base's own name GeoNames lacks is no town
                    place = site  # "the Se Zin military camp": the base under its own name, at no town
                elif geo is not None and _named_base(ref_place) and geo.population >= _SEAT_CITY and (
                    site := named_base_site(ref_place.token, place.name, geo)
                ) is not None:
                    place, geo = site, None  # "Seizes Hodeidah Army Base": one site of a city, anchored there
                cc = place.country_code
                gaining, losing, speaker = self._sides(
                    frame, modality, sentence, is_title, ctx, mentions, cc, geo is not None, speaker, pronoun_side, possessive,
                )
                if geo is None and title_cased and not ref_place.kind_noun and not _armed_group(frame.gaining, ctx):
                    _drop(trace, "title-case-capital", place.name, frame.trigger.text)
                    continue  # in a Title Case headline a capital letter says nothing: "Police Seize Drugs Worth..."
                if geo is None and ref_place.kind_noun in (None, "stronghold", "bastion", "pocket") and self._side_name(place.name):
                    _drop(trace, "actor-as-place", place.name, frame.trigger.text)
                    continue  # "capture stronghold of ISIS Mozambique": a side's name, where the side held out, is no place
                if is_title and common_word(place.name) and (geo is not None or other_settlements(ref_place.token) is None) and not any(
                    p.country_code in self.catalogue.war_countries | ctx.written_countries for p in self.gazetteer.candidates(place.name)
                ):
                    # a headline's capital makes no town of a dictionary word: "port in Major Victory", "Tiger town",
                    # "Cathedral in Marawi" (a namesake hamlet abroad is no reading of it; "Palmyra", "Sake" at war are;
                    # "captures Shire and two other Tigray towns" counts a word GeoNames lacks among towns)
                    _drop(trace, "headline-common-word", place.name, frame.trigger.text)
                    continue
                if frame.cls == TriggerClass.LOSE and losing is not None and (
                    self._backer_leaving(frame.trigger, losing, gaining, cc)
                    or (geo is None and cc not in self.catalogue.war_countries and not ctx.is_noted_place(place.name))
                ):
                    _drop(trace, "leaving-unknown-place" if geo is None else "backer-leaving", place.name, frame.trigger.text)
                    continue  # a backer leaving its ally's town; a force leaving a name we cannot find in any war
                if gaining is None and losing is not None and frame.cls == TriggerClass.LOSE and left_after_operation(frame.trigger):
                    _drop(trace, "raid-leaving", place.name, frame.trigger.text)
                    continue  # "Israel withdrew from Khan Younis after a month-long operation": a raid's end (raid_leaving.py)
                if gaining is None and losing is not None and frame.cls == TriggerClass.LOSE:
                    gaining = _arriving_side(frame.trigger, losing, ctx, cc) or _pressing_side(frame.trigger, losing, ctx, cc)
                    if gaining is None and _raiders_retreat(frame.trigger, losing, ctx.holder_of(place)):
                        _drop(trace, "raiders-retreat", place.name, frame.trigger.text)
                        continue  # "Fano fighters retreated from Bahir Dar": raiders falling back, no one named taking it
                    if gaining is None and _raid_left(frame.trigger, losing, ctx.holder_of(place)):
                        _drop(trace, "raid-leaving", place.name, frame.trigger.text)
                        continue  # "RSF fighters withdrew from X after looting the market": a raid's end (raid_leaving.py)
                    if gaining is None and _attack_left(frame.trigger, losing, ctx.holder_of(place), ctx, cc, _previous_sentence(sentence, mentions)):
                        _drop(trace, "raid-leaving", place.name, frame.trigger.text)
                        continue  # "Z attacked X ... Z withdrew from the town": the attackers never held it (raid_leaving.py)
                # a coder note's "X (district, region)" is a place even when the gazetteer lacks it
                noted = geo is None and (ctx.is_noted_place(place.name) or (
                    ref_place.anaphor and mentions is not None and name_key(place.name) in mentions.called
                ))  # (or the text calls the unknown name an anaphor stands for a town: "The village of X, north of Y")
                # a village GeoNames lacks, taken by a strong verb or named as "the town of X", that the text itself
                # puts in a country at war ("seized X in Hama province", "... in southern Somalia"): a place, whoever took it
                placed = geo is None and not is_title and (strong or ref_place.kind_noun is not None) and country.at_war(place)
                # a village GeoNames lacks, in a story that writes no country but its sides' own: where they fight
                # (never a person taken: "captured Ahmed X")
                placed = placed or (
                    geo is None and not is_title and side_cc is not None and cc == side_cc and (strong or ref_place.kind_noun is not None)
                    and (ref_place.kind_noun is not None or untagged_name(ref_place.token))
                )
                # a site found at its town or airport ("the airport near Homs") is as located as the town
                located = geo is not None or (place.site_kind is not None and place.lat is not None)
                gaining = self._passive_gainer(
                    frame, modality, sentence, is_title, ctx, mentions, cc, speaker, gaining, losing, located or noted or placed,
                )

                # "Palmyra retaken": no side named anywhere; a known town of a country at war is still news, its gainer unknown
                sideless = (
                    gaining is None and losing is None and geo is not None and geo.country_code in self.catalogue.war_countries
                    and (frame.construction in (BARE_PARTICIPLE, SIDELESS_NOMINAL, OUTCOME, SIDELESS_FALL, PARTICIPLE_LIST, ONE_OF_TAKEN) or sideless_passive(frame))
                )
                # a coder note's "Kyslivka village (Kupiansk, Kharkiv) was liberated": a name GeoNames lacks that the
                # note's bracket places in a country at war, in an agentless passive (a settlement noun alone is not
                # enough: "more villages such as A and B were liberated" has its side in the sentence before)
                sideless = sideless or (
                    gaining is None and losing is None and noted and place.country_code in self.catalogue.war_countries
                    and sideless_passive(frame)
                )
                if gaining is None and losing is None and not sideless and geo is None and cc in self.catalogue.war_countries:
                    # a name GeoNames lacks, listed after known towns of the same country at war, was taken by the side
                    # read at them: a common noun ("rebels") names a side only at a known town
                    gaining, losing = next((list_sides[lo, cc] for lo, _hi in written_list(
                        ref_place.token.doc, named, ref_place.token.i) if (lo, cc) in list_sides), (None, None))
                    placed = placed or gaining is not None  # (its list's known towns place it, as a bracket would)
                if gaining is None and losing is None and not sideless:
                    _drop(trace, "no-side", place.name, frame.trigger.text)
                    continue
                if geo is not None and gaining is not None and cc in self.catalogue.war_countries:
                    list_sides[ctx.place_span(ref_place.token).start, cc] = (gaining, losing)  # ("Rebels captured Talbiseh, Ar-Rastan and X")
                if not located and not noted and not placed and not any(a is not None and not a.id.startswith("x-") for a in (gaining, losing)):
                    _drop(trace, "unknown-place-and-side", place.name, frame.trigger.text)
                    continue  # an unknown name taken by an unknown side is too weak to report
                if is_title and geo is None and place.site_kind is None and not noted and lemma in _MAN_CAUGHT and (
                    place.country_code is None or place.country_code not in self.catalogue.war_countries
                ) and ref_place.kind_noun is None:
                    _drop(trace, "name-at-peace", place.name, frame.trigger.text)
                    continue  # "US forces capture Maduro in Caracas raid": a bare name GeoNames lacks, in no war, is a man
                if is_title and geo is not None and geo.country_code not in self.catalogue.war_countries and gaining is not None and (
                    losing is None and gaining.kind == ActorKind.STATE and gaining.default_country == geo.country_code
                    and geo.country_code not in ctx.written_countries
                    and not any(self.gazetteer.country_code(t.text) == geo.country_code for t in frame.trigger.sent if not t.is_stop)
                ):
                    _drop(trace, "army-at-peace", place.name, frame.trigger.text)
                    continue  # "Army claims to have regained full control of Palma": no army retakes a town of its country at peace
                if is_title and geo is not None and lemma in _MAN_CAUGHT and geo.country_code not in self.catalogue.war_countries and (
                    ref_place.kind_noun is None and place.site_kind is None and not ref_place.anaphor
                ) and (where := located_country(
                    _recased(ref_place.token.doc.text[ctx.place_span(ref_place.token).end_char:]), self.gazetteer,
                )) is not None and where != geo.country_code:
                    _drop(trace, "name-at-peace", place.name, frame.trigger.text)
                    continue  # "Troops capture Kony in Central African Republic": a namesake abroad, in no war, of a man
                if frame.needs_known:
                    actor = gaining if frame.cls != TriggerClass.LOSE else losing
                    # a name GeoNames knows only abroad, that the sentence puts in a country at war ("Militants leave Palma
                    # town in Mozambique"): as known as the town would be, only not listed there
                    # (or that the sides' one war country claims from a namesake abroad: "MNLA fighters entered Lere")
                    abroad_only = geo is None and cc in self.catalogue.war_countries and (
                        (ctx.located_names.get(name_key(place.name)) == cc or namesake) and bool(self.gazetteer.candidates(place.name))
                    )
                    # an unidentified side counts once the place is found in its country ("Rebels take over al-Rai")
                    # a name GeoNames lacks that the text places in a country at war, taken by a side it names
                    # ("Fighting raged in Syria's Hama province. The army took Hseni"): its written name, in that country
                    written_only = geo is None and not is_title and actor is not None and not actor.id.startswith("x-") and (
                        lemma in _CAPTURE_VERBS and untagged_name(ref_place.token) and (country.at_war(place) or moved_home)
                    )
                    # a name the text itself calls a settlement ("the strategic town of Hseni", "X, a farming village 30 km
                    # west of Y") and places in a country at war: as much a place as a town GeoNames lists
                    settled = placed and ref_place.kind_noun in SETTLED_KINDS
                    # a name listed with towns GeoNames knows in the war, taken by a side the text names (lists28)
                    list_member = geo is None and name_key(place.name) in ctx.listed_names and actor is not None and not actor.id.startswith("x-")
                    # a name the report anchors as a settlement (anchored_name.py), taken by a side it names
                    anchored = geo is None and name_key(place.name) in ctx.anchored_names and actor is not None and not actor.id.startswith("x-")
                    # "raise flag over Mosul's Old City": a quarter named as a known town's own, taken by a side named
                    quartered = geo is None and actor is not None and not actor.id.startswith("x-") and self._town_quarter(ref_place.token, cc)
                    # a site found at its town ("the Donetsk government building") is as known as the town
                    if geo is None and not located and not noted and not by_grammar and not abroad_only and not written_only and not settled and not list_member and not anchored and not quartered:
                        _drop(trace, "needs-known-place", place.name, frame.trigger.text)
                        continue
                    if actor is None or (actor.id.startswith("x-") and not noted and actor.default_country is None):
                        _drop(trace, "needs-named-side", place.name, frame.trigger.text)
                        continue
                if not sideless and (is_title or frame.cls == TriggerClass.LOSE) and not any(a is not None and a.kind != ActorKind.UNKNOWN for a in (gaining, losing)):
                    _drop(trace, "no-armed-side", place.name, frame.trigger.text)
                    continue  # "Amazon takes control of Rio Tinto", "PTI loses Lahore by-election": no armed side named
                unnamed_gainer = gaining is None or gaining.id.startswith("x-")
                if _SPORT.search(frame.trigger.sent.text):
                    _drop(trace, "sport", place.name, frame.trigger.text)
                    continue  # "Afghanistan overrun Tottenham in second half", "Flamengo fall to Pakistan in friendly"
                if place.site_kind in _UNREST_SITES and (
                    _UNREST.search(frame.trigger.sent.text) or (frame.gaining is not None and frame.gaining.lower_ in _POLICE)
                ):
                    _drop(trace, "unrest-site", place.name, frame.trigger.text)
                    continue  # "Police regain control of Goma prison after riot": a jail's order, not a war's gain
                if unnamed_gainer and (losing is None or losing.id.startswith("x-")) and (
                    _BUSINESS.search(frame.trigger.sent.text) or _BALLOT.search(frame.trigger.sent.text)
                ):
                    _drop(trace, "business", place.name, frame.trigger.text)
                    continue  # "Shell takes over Toyota in $5bn deal", "Apple wins control of Samsung after bidding war"
                def at_home(name: str, home: str | None = cc) -> bool:
                    return any(g.country_code == home for g in self.gazetteer.candidates(name))

                if is_title and expropriation(
                    frame.trigger, frame.gaining, gaining, cc, ref_place.token, place.name, place.site_kind, at_home,
                ):
                    _drop(trace, "expropriation", place.name, frame.trigger.text)
                    continue  # "China seizes insurer Anbang", "Venezuela takes over Kellogg plant": a nationalisation
                if frame.cls == TriggerClass.FALL and gaining is not None and gaining.id.startswith("x-") and frame.gaining is not None and frame.gaining.ent_type_ in ("PERSON", "ORG"):
                    _drop(trace, "contest", place.name, frame.trigger.text)
                    continue  # "Nadal falls to Djokovic", "PSG fall to Swiatek": a contest, not a town
                gaining, losing = (self._named_by_war(a, cc, place, ctx, t) for a, t in ((gaining, frame.gaining), (losing, frame.losing)))
                if gaining is not None and losing is not None and gaining.id == losing.id:
                    # the side the verb names outright stays: "Islamic State loses Manbij to US-backed fighters"; the
                    # side written by name stays against a common word read as it ("Rebels retook X from the Houthis")
                    if frame.cls == TriggerClass.LOSE or (self._written(losing) and not self._written(gaining)):
                        gaining = None
                    else:
                        losing = None
                if losing is None and gaining is not None:
                    losing = self._loser_told_near(frame, sentence, place, cc, gaining, ctx, lead, nearby)
                cand = self._score(frame, modality, refs, sentence, is_title, evidence_text, published, speaker, gaining, losing, place, geo, ref_place.partial, ctx.note_line, recap, ctx.campaign_opened)
                if not cand.historical:
                    # (a monitor's label "Territory taken over by Z: A, B" lists the line's own changes, not a state)
                    if frame.construction not in (PARTICIPLE_LIST, ONE_OF_TAKEN) and ref_place.kind_noun != "territory" and told_as_state(frame.trigger, ref_place.token):
                        cand = replace(cand, historical=True)  # in a headline too: "Troops attack town recently seized by Z"
                    elif not is_title and later_in_backstory(frame.trigger, _previous_sentence(sentence, mentions), published):
                        cand = replace(cand, historical=True)  # "... until 2011. It was later taken over by Z" (background.py)
                    elif not is_title:
                        cand = replace(cand, cue=background_cue(frame.trigger))
                if trace is not None:
                    trace.kept(_described(cand))
                out.append(cand)
        return out

    def _side_name(self, name: str) -> bool:
        """Whether a name read as a place is only a side's name, with at most a country after it ("ISIS Mozambique",
        "Boko Haram"): every word an alias's or a country's."""
        rest = name
        for m in reversed(self.catalogue.find(name)):
            rest = rest[: m.start] + " " + rest[m.end :]
        if rest == name:
            return False
        return all(self.gazetteer.country_code(w) is not None for w in rest.split())

    def _capital_body(self, sayer: Token, ctx: ArticleContext) -> ResolvedActor | None:
        """The state a body "in" its national capital speaks for: "the state border service in Kyiv" is Ukraine's."""
        for obj in prep_objects(sayer, ("in",)):
            place = self.gazetteer.resolve(obj.text, [])
            if place is not None and country_capital(place.country_code) == obj.text:
                return ctx.government(place.country_code, sayer.text)
        return None

    def _pronoun_side(
        self, frame: Frame, modality: Modality, sentence: Sentence, is_title: bool, ctx: ArticleContext,
        mentions: PlaceMentions | None, speaker: ResolvedActor | None, possessive: bool,
    ) -> ResolvedActor | None:
        """The side a frame's pronoun, group noun or list names by the article's words before it ("Its fighters took
        the village", "one of the recaptured villages", "the latest to fall", "the group took X"), or None."""
        pronoun_side = None
        if frame.gaining is not None and not is_title and mentions is not None and _is_pronoun_side(frame.gaining):
            sayer = None if possessive else _own_sayer(frame.gaining)
            sayer_side = None if sayer is None else ctx.resolve_actor(sayer, speaker) or self._capital_body(sayer, ctx)
            if sayer_side is not None:
                # "The state border service in Kyiv said it had liberated X": "it" is the sayer, whatever side the
                # sentence before named (news42); a sayer that names no side leaves "it" to the words before
                pronoun_side = sayer_side
            elif possessive or ctx.resolve_actor(frame.gaining, speaker) is None:
                # "Al Shabaab attacked SNA troops in X. Its fighters took control of the village": fighters are a group's
                armed = possessive and frame.gaining.lemma_.lower() in _GROUP_MEMBERS
                entry = mentions.actor_before(sentence.start + frame.gaining.idx, non_state=armed)  # "They took it over"
                if isinstance(entry, UnnamedSide):
                    # "Syrian rebels attacked army posts ... They later took X": the country's rebels (demonym_side.py)
                    pronoun_side = _unnamed_actor(entry.word, str(entry), frame.gaining.text)
                elif isinstance(entry, str):
                    pronoun_side = ctx.government(entry, frame.gaining.text)
                elif entry is not None:
                    pronoun_side = ResolvedActor.from_entry(entry, frame.gaining.text)
        elif frame.gaining is None and frame.construction in (ONE_OF_TAKEN, PARTICIPLE_LIST) and not is_title and mentions is not None and not (
            frame.construction == PARTICIPLE_LIST and _other_count(frame, mentions.text[: sentence.start])
        ):
            # "Hashed said it retook four villages. X, one of the recaptured villages, lies ...": the side named before
            # that took them (not one they were taken from); so for a list with no agent ("Fano fighters seized a
            # string of towns. The seized towns include A, B and C")
            told_taking = frame.construction == PARTICIPLE_LIST and frame.trigger.lower_ in _TAKEN_BACK_FORMS
            entry = mentions.taker_before(
                sentence.start + frame.trigger.head.left_edge.idx, frame.trigger.lower_ in _TAKEN_BACK_FORMS, told_taking=told_taking,
            )
            if entry is None and told_taking:
                # "Z liberated several villages. The operation was led by the governor. The liberated areas include
                # A, B" (news41): a side told taking two sentences before, a sentence between
                entry = mentions.taker_before(sentence.start + frame.trigger.head.left_edge.idx, True, back=2, told_taking=True)
            if entry is not None:
                pronoun_side = ResolvedActor.from_entry(entry, entry.name)
        elif frame.gaining is None and frame.construction == RANKED_FALL and not is_title and mentions is not None:
            # "The Taliban captured five capitals in two days. The latest to fall is Kunduz": the side named before
            entry = mentions.actor_before(sentence.start + frame.trigger.head.left_edge.idx)  # not "the latest junta position"
            if isinstance(entry, ActorEntry):
                pronoun_side = ResolvedActor.from_entry(entry, entry.name)
        elif frame.gaining is not None and not is_title and mentions is not None and _is_group_side(frame.gaining):
            own = _speaker_group(modality)
            if own is not None and own.i < frame.gaining.i and self.catalogue.find(own.doc.text[own.right_edge.idx + len(own.right_edge.text) : frame.gaining.idx]):
                own = None  # "..., said Islamic State fighters stormed X and the group held it by noon": the group just named
            if own is not None:
                # "X, the commander of the Y rebel group, told Reuters the group had also retaken Z": his group, not
                # the one named last (the Islamic State the lede said they took a town from)
                # (a faction the table lacks, "the Y rebel group": the rebels the story named, by the common word)
                pronoun_side = ctx.resolve_actor(own, None)
                word = next((c.text for c in own.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"), None)
                if pronoun_side is None and word is not None and (entry := mentions.named_by_word(word, sentence.start + frame.gaining.idx)) is not None:
                    pronoun_side = ResolvedActor.from_entry(entry, frame.gaining.text)
            elif isinstance(entry := mentions.actor_before(sentence.start + frame.gaining.idx, non_state=True), ActorEntry):
                pronoun_side = ResolvedActor.from_entry(entry, frame.gaining.text)  # "Al-Shabaab ... The group took X"
        return pronoun_side

    def _resolutions(
        self, ref_place: PlaceRef, frame: Frame, sentence: Sentence, is_title: bool, ctx: ArticleContext,
        mentions: PlaceMentions | None, hints: list[str | None], strong: bool, corroborated: bool,
    ) -> tuple[list[tuple[Place, GeoPlace | None] | None], PlaceRef]:
        """What a place a frame names stands for (None: nothing): an anaphor's antecedents, a site, or a name resolved
        to GeoNames or kept as written; with the place reference, marked partial when it named a city's quarter."""
        lemma = frame.trigger.lemma_.lower()
        resolutions: list[tuple[Place, GeoPlace | None] | None]
        if ref_place.anaphor and ref_place.count:
            # "recaptured two towns ... entered the towns of A and B": one event for each
            resolutions = list(self._plural(ref_place, sentence, is_title, ctx.country_hints(hints), mentions))
        elif ref_place.anaphor and ref_place.kind_noun == "base" and ref_place.seat:
            # "seized a military base in the south ... attacked the base at X": the base's town (later_base.py)
            base_name = None if is_title or mentions is None else later_base_name(
                ref_place.token, sentence, mentions.sentences, mentions.text, self._owner_name, mentions.title,
            )
            resolutions = [None]
            if base_name is not None and mentions is not None:
                base_hints = ctx.country_hints(hints)
                resolutions = [_ante_place(mentions.named(base_name, base_hints), base_hints)]
        elif ref_place.anaphor and ref_place.kind_noun == "site":
            # "seized a military airport ... The capture of the Al-Jirah military airport": the site under the name the
            # sentences after it write (later_base.py); nothing when they name none
            kind = site_kind(ref_place.token) or ""
            site_name = None if is_title or mentions is None else later_site_name(
                ref_place.token, kind, sentence, mentions.sentences, mentions.text, self._owner_name,
            )
            resolutions = [self.sites.written(site_name[0], site_name[1], kind, ctx, hints) if site_name is not None else None]
            if site_name is None and kind == "air base" and not is_title and mentions is not None and unnamed_base(ref_place.token) and (
                base_name := later_base_name(ref_place.token, sentence, mentions.sentences, mentions.text, self._owner_name, mentions.title)
            ) is not None:
                # "seized an air base in western Iraq ... attacked the base at X": the base's town, as for any base
                resolutions = [_ante_place(mentions.named(base_name, ctx.country_hints(hints)), ctx.country_hints(hints))]
        elif ref_place.anaphor:
            resolutions = [self._antecedent(ref_place, sentence, is_title, ctx.country_hints(hints), mentions, frame.trigger)]
            if resolutions == [None] and (capital := national_capital(ref_place.token, self.gazetteer)) is not None:
                resolutions = [_geo_place(capital, capital.name)]  # "Houthi rebels seize Yemeni capital": Sanaa
            if resolutions == [None] and ref_place.province is not None and (capital := self.gazetteer.province_capital(
                ref_place.province_name or " ".join(t.text for t in ref_place.province.subtree if t.pos_ == "PROPN"),
                next(iter(ctx.country_hints(hints)), None),
            )) is not None:
                resolutions = [_geo_place(capital, capital.name)]  # "took the capital of Kunduz province": a story's unnamed capital
            if resolutions == [None] and is_title and (town := headline_town(ref_place, frame.trigger, lambda t: self._war_town(t, ctx, hints))):
                resolutions = [_geo_place(town[1], ctx.place_span(town[0]).text)]  # "bomb Aleppo as rebels capture half of city"
        elif ref_place.site:
            resolutions = [self.sites.resolve(ref_place.token, ctx, hints)]
            if resolutions[0] is not None and resolutions[0][0].site_kind is None:
                ref_place = replace(ref_place, site=False, seat=True)  # an owner's base: the garrison of its town
        elif ref_place.kind_noun == "capital" and ref_place.token.dep_ == "compound" and (
            capital := national_capital(ref_place.token.head, self.gazetteer)
        ) is not None:
            resolutions = [_geo_place(capital, capital.name)]  # "Central African Republic capital", "Yemen capital": the country's
        else:
            resolutions = [ctx.resolve_place(
                ref_place.token, ref_place.kind_noun, hints, strong=strong, person_ok=(person_may_fall(frame.trigger, frame.nominal) and (
                    lemma not in _CAPTURE_VERBS)) or (
                    retaken(frame.trigger, sentence.text, is_title) and not given_name(ctx.place_span(ref_place.token).text.split()[0])
                ),
                corroborated=corroborated,
            )]
            if resolutions == [None] and frame.needs_known and lemma in _CAPTURE_VERBS and untagged_name(ref_place.token):
                # "the army took Hseni": a weak capture verb's object GeoNames lacks, read as written; it stands only
                # where the text puts it in a country at war and a named side takes it (below: ``written_only``)
                resolutions = [ctx.resolve_place(ref_place.token, ref_place.kind_noun, hints, strong=True, person_ok=False)]
                resolutions = [r for r in resolutions if r is not None and r[1] is None] or [None]
            if resolutions == [None] and _list_name(ref_place.token) and (
                list_cc := self._listed_with_known(ref_place, frame, ctx, hints)
            ) is not None:
                # "Iraqi forces take A, B, C in Nineveh push", "the Southern group took A and B": a name GeoNames lacks
                # (the tagger often reads it as a person) listed with towns it knows is one more town of the list, read
                # as written in the list's country (lists28)
                name = ctx.place_span(ref_place.token).text.strip(" -'")
                if ctx.plain_listed_name(ref_place.token, name):
                    resolutions = [(Place(name=name, canonical_name=name, country_code=list_cc), None)]
                    ctx.listed_names.add(name_key(name))
            if resolutions == [None] and (anchored := self._anchored(ref_place, ctx, mentions, hints, is_title)) is not None:
                # "took full control of Imam Hamdan" after "Imam Hamdan, a village south of Mosul", "took X near Aleppo":
                # a name the tagger hid or GeoNames lacks, that the report anchors as a settlement (anchored_name.py)
                resolutions = [anchored]
            written = resolutions[0]
            if (
                written is not None and written[1] is None and _list_name(ref_place.token)
                and name_key(written[0].name) not in ctx.located_names
                and (list_cc := self._listed_with_known(ref_place, frame, ctx, hints, joined_only=True)) is not None
                and written[0].country_code != list_cc and ctx.plain_listed_name(ref_place.token, written[0].name)
            ):
                # "seized Kibumba, Bikorazi and Rutshuru", "captured Rutshuru and Kiwanja, ... the border post to
                # Uganda": a name GeoNames lacks, kept as written with no country or a hint's, joined to a town it knows
                # in a war, lies in that town's country (monitor29)
                resolutions = [(written[0].model_copy(update={"country_code": list_cc, "admin1_code": None}), None)]
                ctx.listed_names.add(name_key(written[0].name))
            if ref_place.quarter_of is not None and (city := ctx.resolve_place(ref_place.quarter_of, "city", hints)) is not None and (
                is_city_quarter(self.gazetteer, ctx.place_span(ref_place.token).text, city[1])
            ):
                # "the Sheikh Maqsoud district of Aleppo": the city, held in part (never the quarter as a town)
                resolutions, ref_place = [city], replace(ref_place, partial=True)
            elif ref_place.quarter_of is not None and province_district(
                self.gazetteer, ctx.place_span(ref_place.token).text, ctx.place_span(ref_place.quarter_of).text
            ):
                # "the Helmand district of Musa Qala": the province names where the district lies, the name
                # after "of" is the district taken
                resolutions = [ctx.resolve_place(ref_place.quarter_of, "district", hints)]
        if ref_place.anaphor:
            # "four more towns in Kharkiv, Ukraine" / "the village, in Ukraine's Kharkiv region": the anaphor's
            # own sentence says the country its antecedents lie in
            tok = ref_place.token
            where = located_country(tok.doc.text[tok.idx + len(tok.text) :], self.gazetteer)
            resolutions = [relocate(r, where, self.gazetteer) for r in resolutions]
            if where is not None:
                ctx.located_names.update({name_key(r[0].name): where for r in resolutions if r is not None})
        return resolutions, ref_place

    def _anchored(
        self, ref_place: PlaceRef, ctx: ArticleContext, mentions: PlaceMentions | None, hints: list[str | None], is_title: bool,
    ) -> tuple[Place, GeoPlace | None] | None:
        """A frame's name that resolved to nothing, read as written where the report anchors it as a settlement (a town
        of a war it lies near, a war's province it lies in, a settlement noun set with it anywhere: anchored_name.py), in
        the anchor's country or the story's country at war; None for a name no anchor vouches for, or one that may be a
        man, a unit, a firm, a province, a country or a side (``plain_listed_name``). A headline's name needs the text to
        call it a settlement: its line has no anchor of its own."""
        tok = ref_place.token
        if ref_place.anaphor or ref_place.site or ref_place.kind_noun is not None:
            return None
        span = ctx.place_span(tok)
        name = span.text.strip(" -'")
        text = tok.doc.text if mentions is None else mentions.title + "\n" + mentions.text
        anchor = name_anchor(tok, span, name, text, self.gazetteer, self.catalogue.war_countries)
        if anchor is None or not ctx.plain_listed_name(tok, name, held=True, called=anchor.called):
            return None
        cc = anchor.country or next((h for h in ctx.country_hints(hints)[:1] if h in self.catalogue.war_countries), None)
        if cc is None:
            return None
        ctx.located_names[name_key(name)] = cc
        ctx.anchored_names.add(name_key(name))
        return Place(name=name, canonical_name=name, country_code=cc), None

    def _listed_with_known(
        self, ref_place: PlaceRef, frame: Frame, ctx: ArticleContext, hints: list[str | None], joined_only: bool = False,
    ) -> str | None:
        """The country at war of another name GeoNames knows that the frame lists ``ref_place`` with (a list's towns lie
        in one war), or None; with ``joined_only``, only a name the parse joins to it by "and" or a comma (a frame's
        other place may be the city a quarter lies in: "In Khartoum, the army took over a quarter in X")."""
        others = [] if joined_only else [
            (p.token, p.kind_noun) for p in frame.places if p.token.i != ref_place.token.i and not p.anaphor and not p.site
        ]
        # the names the parse joins to it, where the frame holds one place each ("Bikorazi and Rutshuru were taken")
        seen = {t.i for t, _ in others} | {ref_place.token.i}
        others += [(t, None) for t in listed_with(ref_place.token) if t.i not in seen]
        for tok, kind_noun in others:
            r = ctx.resolve_place(tok, kind_noun, hints)
            if r is not None and r[1] is not None and r[1].country_code in self.catalogue.war_countries:
                return r[1].country_code
        return None

    def _in_country(
        self, resolved: tuple[Place, GeoPlace | None], ref_place: PlaceRef, sent: Span, is_title: bool, ctx: ArticleContext,
        country: StoryCountry, homed: list[ResolvedActor | None], named: list[tuple[int, int]], published: dt.date | None,
    ) -> tuple[Place, GeoPlace | None, bool]:
        """A resolved place put in the country the story says it lies in, and whether that made a namesake abroad of
        GeoNames' reading: the sides' one war country (a headline's too, for a place GeoNames lacks written with its
        kind: "Turkish troops seize Jinderes town"), that of the sides the story names elsewhere when the capture's own
        name none ("pro-government forces, known as the Hashd, took the villages of A and B": Iraq's, so A is no
        Lebanese Aley), a city named beside it, or the list's other towns."""
        place, geo = resolved
        side_cc, named_cc = country.sides, country.named
        namesake = False
        if (
            geo is not None and side_cc is not None and geo.population < 50000 and not is_title
            and geo.country_code not in ctx.written_countries | ctx.area_countries | self.catalogue.war_countries
        ):
            place, geo = relocate(resolved, side_cc, self.gazetteer) or resolved  # a small namesake at peace (Romania's "Nana")
            namesake = geo is None
        elif (
            geo is not None and side_cc is not None and geo.country_code != side_cc and geo.population < 50000
            and geo.country_code not in ctx.area_countries and name_key(place.name) not in ctx.located_names
            and (side_cc in ctx.written_countries or geo.country_code not in ctx.written_countries)
            and (home := relocate(resolved, side_cc, self.gazetteer)) is not None and home[1] is not None
        ):
            # the sides' one war country has a namesake of its own: "Andriivka was cleared of Russians, the Ukrainian
            # commander said" is Ukraine's Andriivka, not the Russian village the demonym put first (a text that puts
            # the place in Russia, "X in the Kursk region", or names a Russian province, keeps it there; and a town of a
            # country the text writes never moves to one it does not: "the Israeli army withdrew from Naqoura, handing
            # it to the Lebanese army" is Lebanon's, whatever the army's other war)
            place, geo = home
        elif (
            geo is not None and named_cc is not None and geo.country_code not in ctx.written_countries | ctx.area_countries
            and _namesake_abroad(self.catalogue.wars, geo, place.name, (*homed, *ctx.catalogued_sides), named_cc, published)
        ):
            place, geo = relocate(resolved, named_cc, self.gazetteer, any_size=True) or resolved  # a namesake abroad
            namesake = geo is None
        elif geo is None and (war_cc := side_cc or named_cc) is not None and place.country_code != war_cc and (
            name_key(place.name) not in ctx.located_names and place.country_code not in ctx.area_countries
        ) and (ref_place.kind_noun is not None or (not is_title and (
            untagged_name(ref_place.token) or place.country_code in {a.default_country for a in homed if a is not None}
        ))):
            # (a bare name the tagger took for a man, put only in a side's home: "Eritrean troops captured Adi Daero"
            # in 2022 is Tigray's, the one war Eritrea's army fought then; a text that places it there keeps it)
            # not the home of a foreign army that took it; nor of one that left it, named in a clause of its own ("Al
            # Shabaab took X after Ethiopian troops left": the story's sides fight in Somalia, and "Ethiopian" is only
            # whose troops they were)
            place = place.model_copy(update={"country_code": war_cc})
        if geo is None and place.country_code not in ctx.written_countries | ctx.area_countries and not is_terrain(place.name):
            # "the villages of A and B east of Mosul": the city named beside them says the country, before a
            # side's home country ("army units ... against ISIS" is no Iraqi army in Deir Ezzor)
            near_cc = nearby_country(sent, self.gazetteer, named, self.catalogue.war_countries, named_cc)
            if near_cc is None and place.country_code is None and len(named) > 1:
                # "liberated the towns of Maarat al-Numan, A and B": the list's known towns of one country at war
                # place the names GeoNames lacks beside them, which no landmark does (every item is a name taken)
                near_cc = listed_country(  # (its own written list's: "the X neighbourhood in Y" is none)
                    [ref_place.token.doc[lo:hi].text for lo, hi in written_list(ref_place.token.doc, named, ref_place.token.i)],
                    self.gazetteer, self.catalogue.war_countries,
                )
            if near_cc is not None:
                place = place.model_copy(update={"country_code": near_cc})
                ctx.located_names.setdefault(name_key(place.name), near_cc)  # its sentence places it
        elif (
            geo is not None and geo.population < 50000 and geo.country_code not in ctx.written_countries | ctx.area_countries
            and (near_cc := nearby_country(sent, self.gazetteer, named)) not in (None, geo.country_code)
            and (near_cc in self.catalogue.war_countries or geo.country_code not in self.catalogue.war_countries)
        ):
            # "A, B, al-Mansour and C, some 35 km west of Mosul": a small namesake abroad (Algeria's) is no reading
            # (but a village of a country at war never moves to one at peace: "Nyaung Kone village in Kani township" is
            # Myanmar's, whatever Japanese city shares the township's name)
            place, geo = relocate(resolved, near_cc, self.gazetteer) or resolved
        elif (
            geo is not None and len(named) > 1 and geo.country_code not in ctx.written_countries | ctx.area_countries
            and (list_cc := listed_country(
                [ref_place.token.doc[lo:hi].text for lo, hi in named if not lo <= ref_place.token.i < hi], self.gazetteer,
                self.catalogue.war_countries,
            )) not in (None, geo.country_code)
            and (geo.country_code not in self.catalogue.war_countries or any(
                p.country_code == list_cc for p in self.gazetteer.candidates(place.name)
            ))
        ):
            # "captured Kafr Zita, Morek and Lahaya": the list's other towns lie in Syria, so Lahaya is no Hague; and
            # "the villages of Suluk and Ain Issa" are Syria's Suluk, not the Philippine city that bears the name as an
            # alternate one (a namesake in the list's country beats one in another war's)
            place, geo = relocate(resolved, list_cc, self.gazetteer, any_size=True) or resolved
        return place, geo, namesake

    def _sides(
        self, frame: Frame, modality: Modality, sentence: Sentence, is_title: bool, ctx: ArticleContext,
        mentions: PlaceMentions | None, cc: str | None, known: bool, speaker: ResolvedActor | None,
        pronoun_side: ResolvedActor | None, possessive: bool,
    ) -> tuple[ResolvedActor | None, ResolvedActor | None, ResolvedActor | None]:
        """The gainer and loser a frame names for a place in ``cc`` (``known``: GeoNames knows it), and the speaker as
        read for that country (it stays so for the frame's next places)."""
        if modality.speaker is not None:
            # (a "he" / "she" whose side the sentences before name keeps it: spokesperson.py)
            speaker = _speaker(modality, ctx, cc) or (speaker if modality.speaker.lower_ in PRONOUN_SPEAKERS and _first_person(frame.gaining) else None)
        gaining = ctx.resolve_actor(frame.gaining, speaker, cc)
        if (gaining is None or gaining.id.startswith("x-")) and frame.gaining is not None and not (
            frame.gaining.lower_ in ("party", "parties") and frame.gaining.tag_ in ("NN", "NNS")
        ):
            # ("Erdogan's party takes Ankara": a party is no unit of its leader's army)
            # "the army's 9th armored division", "the army's 15th Infantry Division" (a name read as an
            # unknown side): the unit is its army's
            # (never a rebel noun's country: "Syria's rebels" fight the army of the country that owns the word)
            owner = next((c for c in frame.gaining.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                          and not (c.pos_ == "PROPN" and frame.gaining.lower_ in POSSESSED_REBELS)), None)
            army = ctx.resolve_actor(owner, speaker, cc) if owner is not None else None
            gaining = army if army is not None and not army.id.startswith("x-") else gaining
        if (gaining is None or gaining.id.startswith("x-")) and numbered_unit(frame.gaining) and cc in self.catalogue.war_countries:
            # "The 93rd Brigade recaptured X": a unit named by its number is the place's country's army
            gaining = ctx.state_forces(cc, frame.gaining.text if frame.gaining is not None else "")
        losing = ctx.resolve_actor(frame.losing, speaker, cc)
        if losing is None and cc in self.catalogue.war_countries and ((gaining is None and known) or (
            gaining is not None and frame.cls == TriggerClass.GAIN and frame.losing is not None and frame.losing.dep_ == "pobj"
        )):
            # "Palma retaken from militants", "Somali Islamists driven out of Kismayo": the side that lost a known
            # town of a country at war is named only by a common noun (as an unnamed gainer is, below); so too after a
            # named taker's "from" ("Syrian army captures X from rebels", "took X back from rebels")
            losing = _unnamed_side(frame.losing, cc)
            if losing is None and frame.cls == TriggerClass.LOSE and frame.losing is not None and (
                frame.losing.lower_ in ("they", "we") and modality.speaker is not None
            ):
                losing = _unnamed_side(modality.speaker, cc)  # "Syria rebels say they lost battle for X": the speakers
        if losing is None and frame.losing is not None and (owner := _possessive_owner(frame.losing)) is not None:
            # "Russia said it had completed its withdrawal from X": the "its" of the clause's "it", the sayer
            losing = ctx.resolve_actor(owner, speaker, cc)
        if losing is None and frame.cls == TriggerClass.LOSE and frame.losing is not None and frame.losing.lower_ in ("they", "it") and (
            voiced := voiced_forces(modality.speaker, self.catalogue)
        ) is not None:
            # "the Armenian authorities admitted that they had lost X": a side's civil voice owns its forces' loss
            losing = ResolvedActor.from_entry(voiced, modality.speaker.text if modality.speaker is not None else voiced.name)
        gaining = pronoun_side if (possessive and pronoun_side is not None) else (gaining or pronoun_side)
        if gaining is None and losing is not None and losing.kind != ActorKind.STATE and cc in self.catalogue.war_countries and (
            leader_by_title(frame.gaining)
        ):
            # "Prime Minister Haider al-Abadi declared victory over Islamic State in Mosul": a head of government named
            # by title alone speaks for the state of the town's country, against the armed group the text names
            gaining = ctx.state_forces(cc, frame.gaining.text if frame.gaining is not None else "")
        if gaining is None and frame.gaining is not None and frame.gaining.lower_ in _FIRST_PERSON and speaker is not None and (
            speaker.kind != ActorKind.UNKNOWN and not speaker.id.startswith("x-")
        ):
            gaining = speaker  # '"We have taken X," said the group's spokesman': the speaking side

        if gaining is None and cc in self.catalogue.war_countries and not is_title and mentions is not None and (
            first := next((t for t in (frame.gaining, frame.losing) if _first_person(t)), None)
        ) is not None and (losing is None or first == frame.gaining) and official_speaker(
            self._state_voice(modality, sentence, mentions)
        ):
            # "Our forces have seized X, the president said", "We lost control over A and B, said the regional
            # governor": an office of the state speaks for its forces (and "we have managed to push out Islamic
            # State terrorists from the town of X, the provincial governor said": the foe named keeps its place)
            state = ctx.state_forces(cc, first.text)
            gaining, losing = (state, losing) if first == frame.gaining else (None, state)
        return gaining, losing, speaker

    def _passive_gainer(
        self, frame: Frame, modality: Modality, sentence: Sentence, is_title: bool, ctx: ArticleContext,
        mentions: PlaceMentions | None, cc: str | None, speaker: ResolvedActor | None, gaining: ResolvedActor | None,
        losing: ResolvedActor | None, placed: bool,
    ) -> ResolvedActor | None:
        """The gainer of a change the sentence tells without one: the side that speaks of its own gain ("X was
        liberated", the ministry said), or the common noun's unnamed side; ``gaining`` when named. ``placed``: the
        place is known, noted or put in a country at war."""
        lemma = frame.trigger.lemma_.lower()
        if (
            gaining is None and frame.gaining is None and frame.construction == "passive" and speaker is not None
            and not speaker.id.startswith("x-") and (
                # '"The village of X was liberated," the Russian defence ministry said': its own
                (losing is None and lemma in _OWN_SIDE_VERBS and speaker.kind != ActorKind.UNKNOWN)
                # '"Jin Taw camp has also been captured," the AA said', "the RSF said the base had been seized": an
                # armed group announces its own captures (a state's "X was captured" may be its loss, and stays unread)
                or (lemma in _ANNOUNCED_TAKING and speaker.kind == ActorKind.NON_STATE and (losing is None or losing.id != speaker.id))
            )
        ):
            gaining = speaker
        if (
            gaining is None and losing is not None and frame.gaining is None and frame.construction == "passive"
            and lemma in _WON_BACK_VERBS and speaker is not None and (home := ctx.government(cc, "")) is not None
            and speaker.id == home.id != losing.id
        ):
            gaining = speaker  # "X was recaptured from ISIS militants, the Iraqi government said": its forces
        if gaining is None and frame.gaining is None and frame.construction == "passive" and (
            lemma in _TAKEN_BACK or (lemma in _TAKEN_FROM and losing is not None)
        ) and (voice := self._voice(speaker, modality, sentence, is_title, mentions, ctx, cc)) is not None and (
            losing is None or (losing.id != voice.id and losing.id not in voice.allies)
        ):
            # "The regime said it retook A. It said B was retaken from Karen groups on April 25": a side tells
            # of the place it took back, not of its enemy's gain
            gaining = replace(voice, inferred=True)
        if gaining is None and not is_title and mentions is not None and continues_taking(frame):
            # "Russian forces took A. The village of B was also captured": the taker of the taking "also" goes on with
            at = sentence.start + continued_at(frame)
            entry = mentions.taker_before(at, lemma in _TAKEN_BACK, told_taking=True)
            idx = next((i for i, s in enumerate(mentions.sentences) if s.start <= at < s.end), 0)
            before = mentions.text[mentions.sentences[max(0, idx - 1)].start : at] if mentions.sentences else ""
            if entry is not None and (losing is None or losing.id != entry.id) and not dated_long_before(before, ctx.when):
                gaining = replace(ResolvedActor.from_entry(entry, entry.name), inferred=True)
        if gaining is None and ((losing is None and placed) or (losing is not None and (frame.cls != TriggerClass.LOSE or frame.gaining is not None))):
            # "Rebels take control of Mekelle" with nothing to say whose; "Syrian rebels captured Morek from
            # regime forces": the loser named does not make the common noun that took it any less the gainer (nor
            # "Syrian troops withdraw from X as rebels advance": advancing_side.py)
            gaining = _unnamed_side(frame.gaining, cc)
            if gaining is None and frame.gaining is not None and frame.gaining.lower_ in ("they", "we", "it") and modality.speaker is not None:
                gaining = _unnamed_side(modality.speaker, cc)  # "Libyan rebels say they recaptured Brega": the speakers
        return gaining

    def _named_by_war(
        self, side: ResolvedActor | None, cc: str | None, place: Place, ctx: ArticleContext, tok: Token | None = None,
    ) -> ResolvedActor | None:
        """An unnamed side ("Syrian rebels", ``x-rebels-sy``) as the one actor its common word names at the place on the
        article's day (wars.war_named: "rebels capture Hama" on 5 December 2024 are HTS's); else ``side``."""
        if side is None or not cc or not side.id.startswith("x-") or not side.id.endswith(f"-{cc.lower()}"):
            return side
        word = side.id[2 : -len(cc) - 1].replace("-", " ")
        # the written phrase's ending a generic word may be ("Syrian opposition fighters": "opposition fighters")
        written = [t.lower_ for t in sorted((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i), key=lambda c: c.i)] + [
            tok.lower_
        ] if tok is not None and tok.lower_ == side.text.lower() else side.text.lower().split()
        phrases = dict.fromkeys([" ".join(written[i:]) for i in range(max(0, len(written) - 3), len(written) - 1)] + [word])
        local = next((ids for p in phrases if (ids := [
            e.id for e in self.catalogue.generic_candidates(p, ctx.when) if cc in e.countries and cc not in e.named_only_in
        ])), [])  # the longest that is one ("fighters" alone are also the Islamic State's and Hezbollah's)
        found = war_named(self.catalogue.wars, local, cc, ctx.province_of(cc, place.admin1_code), ctx.when, self.gazetteer)
        return side if found is None else replace(ResolvedActor.from_entry(self.catalogue.entries[found], side.text), inferred=True)

    def _loser_told_near(
        self, frame: Frame, sentence: Sentence, place: Place, cc: str | None, gaining: ResolvedActor, ctx: ArticleContext,
        lead: Span | None, nearby: Callable[[Sentence], list[Span]] | None,
    ) -> ResolvedActor | None:
        """The loser of a place whose sentence names only its gainer: a side told leaving it in that sentence, the
        headline's lead, or a sentence next to it about this place (in ``cc``)."""
        sides = leaving_sides(frame.trigger.sent, ctx, cc) + (leaving_sides(lead, ctx, cc) if lead is not None else [])
        # (not a state's army the story names with its own country, driven from a place abroad: "captured
        # Palmyra ... days after ousting the Iraqi army from Ramadi")
        sides = [a for a in sides if a.id != gaining.id and not self._left_home(a, ctx, cc, frame.trigger.sent)]
        if not sides and (leaver := leaving_side(frame.trigger.sent.text, place.name, cc, self.catalogue, ctx.state_forces)) is not None \
                and leaver.id != gaining.id:
            sides = [leaver]  # the wording the parse misses: "Kurds control Kirkuk as army flees", "after Peshmerga pullout"
        if not sides and nearby is not None:
            # the loser told in a sentence next to the capture, about this place ("it", "the town") or none
            names = {place.name.lower(), (place.canonical_name or place.name).lower()}
            if place.site_kind:  # "Bani Waled Airport": the sentence may name only the town
                names.add(place.name.lower().rsplit(" ", 1)[0])
            for span in nearby(sentence):
                low = span.text.lower()
                if any(n in low for n in names) or not self._names_other_place(span.text):
                    sides += [a for a in leaving_sides(span, ctx, cc) if a.id != gaining.id]
        # an ally that the text says pulled out still lost the place ("as Peshmerga units pulled out")
        return next((a for a in sides if a.id not in gaining.allies), sides[0] if sides else None)

    def _left_home(self, side: ResolvedActor, ctx: ArticleContext, cc: str | None, sent: Span) -> bool:
        """Whether a state's forces told leaving in the capture's sentence left a place of their own country it names
        after "from", not this one abroad ("captured Palmyra ... days after ousting the Iraqi army from Ramadi"; not "Shabaab
        retakes Halgan after Ethiopian troops leave", where the Ethiopians left Halgan)."""
        entry = self.catalogue.entries.get(side.id)
        if entry is None or entry.government_of is None or cc is None or cc in entry.countries or entry.government_of not in ctx.written_countries:
            return False
        return any(
            t.pos_ == "PROPN" and any(a.lower_ == "from" for a in list(t.ancestors)[:3])
            and (found := self.gazetteer.candidates(t.text)) and found[0].country_code == entry.government_of
            for t in sent
        )

    def _backer_leaving(self, trigger: Token, losing: ResolvedActor, gaining: ResolvedActor | None, cc: str | None) -> bool:
        """"US troops withdraw from Taji base, hand it over to Iraqi forces", "Saudi forces withdraw from Marib": a
        foreign force that backs the place's own government leaving it, which that government still holds."""
        gov = self.catalogue.government(cc)
        if gov is None or losing.id == gov.id or (gaining is not None and gaining.id != gov.id):
            return False
        if trigger.lemma_.lower() not in _LEAVING_VERBS or losing.default_country == cc:
            return False  # "Peshmerga withdraw from Kirkuk": a force of the same country, whose loss is a change
        return losing.id in gov.allies or gov.id in losing.allies

    @staticmethod
    def _plural(
        ref: PlaceRef, sentence: Sentence, is_title: bool, hints: list[str], mentions: PlaceMentions | None
    ) -> list[tuple[Place, GeoPlace | None]]:
        """The named places a counted plural ("two towns") stands for, or none."""
        if mentions is None or is_title:
            return []
        return [_ante_place(a, hints) for a in mentions.plural(sentence.start, sentence.start + ref.token.idx, ref.count, ref.definite, hints)]

    def _war_town(self, tok: Token, ctx: ArticleContext, hints: list[str | None]) -> GeoPlace | None:
        """The known town of a country at war a headline's name is (no country's own name), or None."""
        found = ctx.resolve_place(tok, None, hints)
        geo = found[1] if found is not None else None
        if geo is None or geo.country_code not in self.catalogue.war_countries or self.gazetteer.country_code(ctx.place_span(tok).text):
            return None
        return geo

    @staticmethod
    def _antecedent(
        ref: PlaceRef, sentence: Sentence, is_title: bool, hints: list[str], mentions: PlaceMentions | None,
        trigger: Token | None = None,
    ) -> tuple[Place, GeoPlace | None] | None:
        """The named place that "a town" / "the town" / "it" stands for, or None."""
        if mentions is None or site_before(ref.token):
            return None  # "cleared the X hospital and raised the flag over it": the site, taken under its own name
        if (ref.definite or any(c.dep_ == "poss" for c in ref.token.children)) and trigger is not None and (
            (restated := _head_place(trigger)) is not None
        ):
            # "seized the city of X, driving the militants from their last stronghold": X, not a town named later
            return _ante_place(mentions.named(restated, hints), hints)
        start = 0 if is_title else sentence.start
        end = 0 if is_title else sentence.end
        # "another village near the captured town of X": the places the noun is located by are not what it stands for
        located_by = frozenset(
            name_key(t.text)
            for p in [*ref.token.children, *(trigger.children if trigger is not None else ())]
            if p.dep_ == "prep" and p.lower_ in _LOCATING
            for t in p.subtree
            if t.pos_ == "PROPN"
        ) | frozenset(  # "the last settlement in the Kursk region": the region the noun lies in is not the town it stands for
            key
            for p in ref.token.children if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in REGION_CORE
            for key in (name_key(" ".join(t.text for t in o.subtree if t.pos_ == "PROPN")), *(name_key(t.text) for t in o.subtree if t.pos_ == "PROPN"))
        ) | frozenset(  # "a town in southeastern Idlib", "another town in the countryside of the Idlib Governorate": the
            # container the noun's own "in" names is never the town it stands for (unnamed_town.py)
            container_names(ref.token, trigger)
        ) | frozenset(neighbour_names(ref.token)) | frozenset(  # "seizing a nearby town": never the town it lies near
            # "this Turkmen city": the people's name before the noun is not the town it stands for
            name_key(c.text) for c in ref.token.children if c.dep_ == "compound" and c.i < ref.token.i
            and any(d.dep_ == "det" and d.lower_ in ("this", "that") for d in ref.token.children)
        )
        # "the provincial capital of Jawzjan province": a town of that province only
        province = ref.province_name or (" ".join(t.text for t in ref.province.subtree if t.pos_ == "PROPN") if ref.province is not None else None)
        # "another town in Iraq's western Anbar province": the country the noun's own phrase names
        countries = frozenset(
            cc for p in ref.token.children if p.dep_ == "prep" and p.lower_ == "in"
            for t in p.subtree if t.pos_ == "PROPN" and (cc := mentions.gazetteer.country_code(t.text)) is not None
        ) if not ref.definite else frozenset()
        ante = mentions.antecedent(
            start, end, start + ref.token.idx, ref.definite, hints, located_by, province, countries, ref.token.lower_ if is_title else "",
        )
        if ante is not None and not ref.definite and outside_named_province(ref.token, ante.geo, mentions.gazetteer):
            return None  # "captured a town in Idlib province ... Meanwhile in Aleppo": no town of that province (lede_province.py)
        return None if ante is None else _ante_place(ante, hints)

    def _score(
        self, frame: Frame, modality: Modality, refs: list[TimeRef], sentence: Sentence, is_title: bool,
        evidence_text: str, published: dt.date | None, speaker: ResolvedActor | None,
        gaining: ResolvedActor | None, losing: ResolvedActor | None, place: Place, geo: object, partial: bool,
        note_line: bool = False, recap: bool = False, opened: bool = False,
    ) -> Candidate:
        ref = _time_for(frame.trigger, refs)
        day_line = perfect_by_day(ref, sentence.text, published, note_line, sentence.start == 0)
        historical = bool(modality.pluperfect and modality.speech is None and not _recent_day(ref, published) and not day_line) or is_background_clause(frame.trigger) or told_before(frame.trigger, headline=is_title) or counted_after(frame.trigger, day_line) or in_war_phase(frame.trigger) or (is_title and after_in_headline(frame.trigger)) or (
            is_background_nominal(frame.trigger) if frame.nominal else (is_since_clause(frame.trigger) and not _days_ago(frame.trigger, refs))
        )
        if ref is not None and (ref.since or is_background_date(ref, published)) and not (
            note_line and note_line_news(frame.trigger, ref, published)  # "On Nov. 21, the KIA seized X" in January's tally
        ):
            historical = True
        if not historical and not is_title and (before_next_phase(frame.trigger) or caption_after(frame.trigger)) and not _news_day_named(refs, published):
            historical = True  # "After capturing X, the RSF launched an offensive on Y"; a caption's "after" (background.py)
        if not historical and not is_title and earlier_phase(frame.trigger) and not _news_day_named(refs, published):
            historical = True  # "Government forces previously retook X"; "Russia took it in the early part of the war" (earlier_phase.py)
        if not historical and not is_title and ongoing_after(frame.trigger) and not _move_day_named(refs, published):
            historical = True  # "After taking X, troops are trying to take Y"; "are holding positions, following their capture of X" (ongoing_move.py)
        if not historical and (visited_capture(frame.trigger) or (not is_title and (
            extension_base(frame.trigger) or described_offensive(frame.trigger)
            or (caption_after(frame.trigger) and counted_caption(frame.trigger))
        ))):
            historical = True  # "extending their control after seizing X"; "The advance, which captured X, has ..." (earlier_step.py)
        if not historical and not is_title and not frame.nominal and is_backstory(frame.trigger):
            historical = True  # "having seized A and B"; "X is the group that routed Y from Z" (backstory.py)
        if not historical and not is_title and not frame.nominal and is_tally_description(frame.trigger):
            historical = True  # "X, the only regional capital seized by Z since the invasion began" (tally.py)
        if not historical and not is_title and (
            recent_description(frame.trigger) or (recent_span(frame.trigger) and not (note_line and sentence.start == 0 and not continues_story(sentence.text)))
            or (recap and campaign_summary(frame.trigger))
        ):  # (a monitor line opening "In recent days, Z captured A, B and C" is that line's own record; "In addition to
            # X, Z have captured A over the past few days" carries on a story)
            historical = True  # "X, which they captured recently"; "have captured X over the past few days" (recency.py)
        if not historical and frame.nominal and year_before_noun(frame.trigger, published):
            historical = True  # "Islamic State's 2014 capture of Mosul shocked the world" (dated_nominal.py)
        if not historical and not is_title and frame.nominal and dated_subject_nominal(frame.trigger, refs, published):
            historical = True  # "The capture of X last week opened the road to Y" (dated_nominal.py)
        if not historical and not is_title and frame.nominal and followed_nominal(frame.trigger):
            historical = True  # "Following Raqqa's liberation last week, the army recaptured X" (background.py)
        if not historical and not is_title and frame.nominal and is_contrasted_nominal(frame.trigger):
            historical = True  # "The capture of X by Z created an uproar; however, ..." (foil.py)
        if not historical and recap and (is_recap_date(ref, frame.trigger, published) or told_earlier(frame.trigger, sentence.text, opened)):
            historical = True  # "On August 9, they seized X" after the lead, in a story of August 13 (recap.py)
        if not historical and not is_title and not frame.nominal and dated_after_change(frame.trigger, refs):
            historical = True  # "IS has killed hundreds after seizing X last week" (dated_after.py)
        if not historical and (governor := _after_governor(frame.trigger)) is not None:
            # "fell to Kurdish forces on June 23, shortly after they took Tal Abyad": what a dated change followed is
            # older still (a week back is no longer the day's news once something came before it)
            own = _time_for(governor, refs)
            historical = own is not None and (own.since or is_background_date(own, published) or (
                published is not None and own.date is not None and own.precision in (DatePrecision.DAY, DatePrecision.WEEK)
                and (published - own.date).days >= 7
            ))
        if not historical and (after := shortly_after(frame.trigger)) is not None:
            lo = after.left_edge.idx - after.sent.start_char
            hi = after.right_edge.idx + len(after.right_edge.text) - after.sent.start_char
            # ("three days after the insurgents seized the city in their biggest victory since 2001": a "since"
            # dates something else)
            historical = any(lo <= r.start and r.end <= hi and not r.since and is_background_date(r, published) for r in refs)
        claimed = bool(
            modality.claim_verb
            or modality.unverified
            or (speaker is not None and gaining is not None and speaker.id == gaining.id and gaining.kind != ActorKind.STATE)
            or (speaker is None and _group_speaks(modality, gaining))
        )
        official = (
            modality.speaker is not None
            and bool(_OFFICIAL.search(" ".join(t.text for t in modality.speaker.subtree)))
            and not claimed
        )
        # Calibration: an explicit official statement (about 0.85) > a plain report (about 0.75) > a side's own
        # claim (at most 0.6) > a hedged report (at most 0.5); weaker constructions and unknown places lower.
        # (a frame read by argument roles for the classifier, ``role_frame``, below every rule's)
        score = {"active": 0.55, "passive": 0.55, "nominal": 0.45, "entry": 0.5, ROLE_FRAME: 0.4}.get(frame.construction, 0.5)
        if frame.cls == TriggerClass.LOSE and gaining is None:
            score = 0.45
        # a side read from a generic word and the place's country ("Army recaptures Palmyra") counts half a name
        score += (0.05 if gaining.inferred else 0.1) if gaining is not None and not gaining.id.startswith("x-") else 0.0
        score += 0.05 if losing is not None else 0.0
        score += 0.1 if official else 0.0
        score -= 0.05 if is_title else 0.0
        conf = score + (0.05 if geo is not None else -0.1) - (0.05 if partial else 0.0)
        if claimed:
            conf = min(conf - 0.1, CLAIMED_CONFIDENCE)
        if modality.hedged:
            conf = min(conf - 0.15, HEDGED_CONFIDENCE)
        return Candidate(
            place=place, gaining=gaining, losing=losing, losing_inferred=losing is not None and losing.inferred,
            gaining_inferred=gaining is not None and gaining.inferred,
            event_date=ref.date if ref else None,
            precision=ref.precision if ref and ref.date else DatePrecision.UNKNOWN,
            historical=historical, partial=partial, claimed=claimed, confidence=conf,
            sentence=evidence_text, start=sentence.start, end=sentence.end,
            construction=f"{frame.cls.value}:{frame.construction}",
        )

    def _retold(self, c: Candidate, published: dt.date, trace: Trace | None) -> Candidate:
        """``c`` as history when it repeats the chronicle's last known change of its place, made by the same side more
        than two weeks before the story, and its sentence gives no date of its own (a headline's reading stays news)."""
        if c.historical or c.partial or c.event_date is not None or c.start == c.end == 0 or c.place.geonames_id is None or fresh(c.sentence):
            return c  # (part of a place taken is no repeat of the whole place's known change)
        known = self.chronicle.retold(
            c.place.geonames_id, c.gaining.id if c.gaining is not None else None, published,
            losing=c.losing.id if c.losing is not None and c.gaining is None else None,
        )
        if known is None:
            return c
        if trace is not None:
            trace.drop_late("chronicle", c.place.name, f"{known.gaining} took it {known.date:%Y-%m-%d}")
        return replace(c, historical=True)

    # --- merging -------------------------------------------------------------------------------------
    def _located(self, c: Candidate, ctx: ArticleContext) -> Candidate:
        """A mention of a name another sentence put in a country ("Pivnichne" after "a village in Ukraine's Donetsk
        region"): the same place, not a namesake in the article's most-written country."""
        where = ctx.located_names.get(name_key(c.place.name))
        if where is None or c.place.country_code == where:
            return c
        geo = self.gazetteer.get(c.place.geonames_id) if c.place.geonames_id is not None else None
        moved = relocate((c.place, geo), where, self.gazetteer)
        return replace(c, place=moved[0]) if moved is not None else c

    def _merge(
        self, found: list[Candidate], ctx: ArticleContext, reference: dt.date | None = None, *, by_war: bool = False,
    ) -> list[Candidate]:
        """One event per (place, gaining side, historical, partial); gaps filled from the other mentions. ``by_war``:
        a loser no sentence names is the other side of a war fought there (wars.py) on the change's day, or else on
        ``reference`` (the note's date or the article's)."""
        found = [self._located(c, ctx) for c in settle(_one_name(found), reference)]
        found = _headline_areas_dropped(found, ctx)
        found = _restated_background_dropped(found)
        found = _town_sites_dropped(found)
        for c in found:
            if c.historical and c.gaining is not None and ctx.holder_of(c.place) is None:
                ctx.note_holder(c.place, c.gaining)
        groups: dict[tuple, Candidate] = {}
        order: list[tuple] = []
        # Mentions with a known gaining side first, so side-less mentions can join them.
        found = _one_extent(found)
        # Then those whose side the text names only by a common noun: "rebels retook the town" in a story whose
        # other sentence says al-Shabaab retook Halgan is the same change, told twice.
        for c in sorted(found, key=lambda c: (c.gaining is None, _unnamed(c.gaining), c.start)):
            key = (c.place.key, _side_key(c.gaining), c.historical, c.partial)
            if c.gaining is None or (_unnamed(c.gaining) and key not in groups):
                match = next((
                    k for k in order if k[0] == c.place.key and k[2] == c.historical and k[3] == c.partial
                    and (c.gaining is None or (not _unnamed(groups[k].gaining) and not _opposed(c, groups[k])))
                ), None)
                if match is not None:
                    key = match
            elif key not in groups and (ally := _allied_key(c, order, groups)) is not None:
                key = ally  # "Iraq government forces, militias take control" over "government forces and Shi'ite militias
                # took control of Jurf al-Sakhar": one joint capture, not one for each partner
            if key not in groups:
                groups[key] = c
                order.append(key)
                continue
            best = groups[key]
            merged = best if best.confidence >= c.confidence else c
            other = c if merged is best else best
            if _names_place(other) and not _names_place(merged):
                # the evidence a desk reads names the town: "Iraqi Forces Retake Tal Afar" over the body's "declared
                # the city liberated", which says the same change through the headline's town (title_place)
                merged = replace(merged, sentence=other.sentence, start=other.start, end=other.end)
            groups[key] = replace(
                merged,
                gaining=best.gaining if _unnamed(c.gaining) and not _unnamed(best.gaining) else _joint_gainer(merged, other),
                losing=merged.losing or other.losing,
                gaining_inferred=merged.gaining_inferred if merged.gaining else other.gaining_inferred,
                losing_inferred=merged.losing_inferred if merged.losing else other.losing_inferred,
                event_date=merged.event_date or other.event_date,
                precision=merged.precision if merged.event_date else other.precision,
                claimed=merged.claimed and other.claimed,
                # another mention in the same article corroborates a little: +0.05, then +0.025, then nothing
                confidence=max(merged.confidence, other.confidence) + (0.05 if best.mentions == 1 else 0.025 if best.mentions == 2 else 0.0),
                mentions=best.mentions + 1,
            )
        out: list[Candidate] = []
        for key in order:
            c = groups[key]
            gaining, losing = c.gaining, c.losing
            # (a loser written only by a common noun, "captured X from rebels", yields to the side the story or the
            # war fought there names: "from separatists" in the Donbas war are Russia's forces)
            unnamed = losing is not None and losing.id.startswith("x-") and c.construction.startswith(f"{TriggerClass.GAIN.value}:")
            if (losing is None or unnamed) and gaining is not None:
                # First what the text says about who held the place ("ISIS-held X", "under Z control", "Z's
                # stronghold of X", an earlier capture by Z); else the opposed side the story names (adversary.py).
                holder = ctx.holder_of(c.place)
                # (the taker's own words read without the place's country: "Al-Qaida now controlled all of Mukalla"
                # noted al-Qaeda's name, unplaced, as Mukalla's holder; it is AQAP, the gainer)
                if holder is not None and holder.id != gaining.id and holder.id not in gaining.allies and not (
                    # (the same words read twice: the headline's own "Syrian rebels control X" as its holder)
                    gaining.text.casefold() in holder.text.casefold() and (holder.id.startswith("x-") or gaining.id.startswith("x-"))
                ):
                    c = replace(c, losing=holder, losing_inferred=True, confidence=c.confidence - 0.05)
                elif (sibling := sibling_loser(c, groups.values())) is not None and not (unnamed and sibling.id.startswith("x-")):
                    c = replace(c, losing=sibling, losing_inferred=True)  # the taker's other capture's loser (sibling_loser.py)
                elif unnamed:
                    # (never another side the story names, which may be the taker's ally: "French and Malian troops")
                    if by_war and (held := war_loser(
                        self.catalogue.wars, gaining.id, c.place.country_code,
                        ctx.province_of(c.place.country_code, c.place.admin1_code), c.event_date or reference, self.gazetteer,
                    )) is not None:
                        c = replace(c, losing=ResolvedActor.from_entry(self.catalogue.entries[held], losing.text if losing else held))
                elif (opposed := other_side(
                    gaining, ctx, self.catalogue, c.place.country_code, c.sentence, loser=True, by_war=by_war,
                    admin1=ctx.province_of(c.place.country_code, c.place.admin1_code), when=c.event_date or reference,
                )) is not None:
                    c = replace(c, losing=opposed, losing_inferred=True)  # the side the story is fought against
            elif gaining is None and losing is not None:
                # (a side told withdrawing or losing leaves the taker unknown: only a place taken from it goes to the war's
                # other side)
                opposed = other_side(
                    losing, ctx, self.catalogue, c.place.country_code, c.sentence, by_war=by_war and not _withdrawn(c),
                    admin1=ctx.province_of(c.place.country_code, c.place.admin1_code), when=c.event_date or reference,
                )
                if opposed is not None:
                    # "the army withdrew from X" in a story about the RSF; "Bor retaken from rebels": the war's other side
                    c = replace(c, gaining=opposed, gaining_inferred=True)
            out.append(c)
        # a place left in no province takes the loser inferred for the same taker's other captures in the story
        # ("took Kafr Zita, Morek, Latmeen and Lahaya": the two GeoNames places in the war's province give it)
        out = [
            replace(c, losing=sibling, losing_inferred=True) if c.losing is None and (sibling := sibling_loser(c, out)) is not None else c
            for c in out
        ]
        out = _own_withdrawal_dropped(out)
        if by_war:
            out = [self._war_gainer(c, ctx, reference) for c in out]
        out.sort(key=lambda c: c.start)
        return out

    def _war_gainer(self, c: Candidate, ctx: ArticleContext, reference: dt.date | None) -> Candidate:
        """A place a side withdrew from or lost, with no taker named or inferred from the story, goes to the other side
        of a two-sided war fought there then ("Ukrainian forces withdraw from Vuhledar" is Russia's gain, as real sets
        label it); done after the own-withdrawal check, so "Z withdrew from B and took A" keeps B's taker unknown."""
        if c.gaining is not None or c.losing is None or not _withdrawn(c):
            return c
        if contrary_turn(c.sentence) and any(m.actor.id != c.losing.id for m in self.catalogue.find(c.sentence)):
            return c  # "... as Al-Shabaab fighters could not enter the town", "... moved on to Jilib": not theirs
        opposed = other_side(
            c.losing, ctx, self.catalogue, c.place.country_code, c.sentence, by_war=True,
            admin1=ctx.province_of(c.place.country_code, c.place.admin1_code), when=c.event_date or reference,
        )
        return c if opposed is None else replace(c, gaining=opposed, gaining_inferred=True)


# a word of four letters or more, capitalised again where a Title Case headline was read in lower case
_TITLE_WORD = re.compile(r"\b[a-z]\w{3,}")


def _recased(text: str) -> str:
    """A Title Case headline's words as written, where the parse read it in lower case ("in central african republic")."""
    return _TITLE_WORD.sub(lambda m: m.group(0).capitalize(), text) if text.islower() else text


def _denies(denial: ControlChange, c: Candidate) -> bool:
    """Whether ``denial`` denies the change ``c`` reads: the same place, and no other gainer than ``c``'s."""
    return denial.place.key == c.place.key and (denial.gaining is None or c.gaining is None or denial.gaining.id == c.gaining.id)


def _own_loser(c: Candidate) -> bool:
    """Whether ``c`` has a losing side other than its gaining one. Each reading already keeps one of the two when both
    name the same side; a pronoun resolved after that ("they engaged the terrorists, pushing them out") can still
    give both to one side, and a side never takes a town from itself: the loser is then left unsaid."""
    return c.losing is not None and (c.gaining is None or c.gaining.id != c.losing.id)
