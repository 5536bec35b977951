"""The article context: countries and actors an article mentions, used to resolve places and generic actor words."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from townwatch_extract.abbreviation import respelt, spelt_out
from townwatch_extract.actors import ActorCatalogue, ActorEntry
from townwatch_extract.arabic_name import arabic_namesake
from townwatch_extract.area_name import names_area
from townwatch_extract.backing import air_power_after, backer_before
from townwatch_extract.borderlands import across_border
from townwatch_extract.dated_alias import dated_side
from townwatch_extract.joined_sides import first_joined
from townwatch_extract.lexicon import (
    CAPITALS,
    CLAUSE_OPENING_VERBS,
    INSTALLATION_NOUNS,
    NON_PLACE_WORDS,
    PLACE_NOUNS,
    SETTLEMENT_KINDS,
    TOPONYM_HEADS,
    given_name,
)
from townwatch_extract.located import (
    fronted_area,
    fronted_country,
    kind_country,
    located_area,
    located_country,
    near_anchor,
    near_country,
)
from townwatch_extract.monitor_note import NoteArea, resolve_noted
from townwatch_extract.named_head import named_heads, side_by_head
from townwatch_extract.national_army import rebel_national_army
from townwatch_extract.non_site import names_building
from townwatch_extract.office_surname import office_surnames
from townwatch_extract.operation_owner import OPERATION_NOUNS, operation_owner
from townwatch_extract.opponents import opposed_subject, opposed_to_state
from townwatch_extract.province import called_area, whole_area
from townwatch_extract.speaker_units import own_units
from townwatch_extract.split_name import split_name
from townwatch_extract.syntax import controlled_name, prep_objects, token_span_text
from townwatch_extract.wars import War, war_country, war_taker
from townwatch_gazetteer import Gazetteer, GeoPlace, name_key
from townwatch_gazetteer.countries import country_name
from townwatch_schemas import Actor, ActorKind, Place

__all__ = ["ArticleContext", "ResolvedActor", "StoryCountry", "kurdish_side"]

# "New Territory", "the Palestinian Territories": land or a division, never a town
_TERRITORY_WORDS = frozenset({"territory", "territories"})
# (not from a sentence's "The": "The South Sudan town of X" read "The South" and then Sudan alone)
_CAPITALISED = re.compile(r"\b(?!(?:The|A|An|In|On|At)\s)[A-Z][a-zA-Z'’]+(?:\s+[A-Z][a-zA-Z]+)?")
_OF_COUNTRY = re.compile(r"\b(?:[A-Z][a-zA-Z]+\s+){1,2}of\s+(?:the\s+)?[A-Z][a-zA-Z]+")
# Capitalised words a Title Case line gives the state's own forces ("Security Forces", "Special Forces"): no name
_STATE_FORCE_WORDS = frozenset(
    "security special elite federal national regular state regime government allied coalition joint ground border local "
    "interim transitional republican presidential royal armed defence defense army military police counter-terrorism "
    "rapid reaction reserve marine naval air land".split()
)
# a headline's short "government" ("Syrian govt seizes X"): the word itself, as the parser splits it
_GOVERNMENT_SHORT = frozenset({"govt", "govt.", "gov't"})
_FORCE_NOUNS = frozenset("forces force troops troop army soldiers soldier military police units unit servicemen garrison tanks tank "
                         "paratroopers marines commandos".split())
# words that make forces the state's, wherever they come from ("government forces from Tigray")
_STATE_MODIFIERS = frozenset({"government", "federal", "state", "regime", "national", "army", "military"})
# an officer's rank, which a country word before it makes that country's forces ("an Iraqi commander said")
_RANK_NOUNS = frozenset({"commander", "general", "officer", "colonel", "brigadier"})
# the nouns a capital before them makes its state's forces ("Damascus loyalists"), beside the force nouns
_LOYAL_NOUNS = frozenset({"loyalist", "loyalists"})
_LOYAL_TO = re.compile(r"\b(?:loyal|allied|aligned|led|commanded|headed)\b", re.IGNORECASE)
_NON_STATE_GENERIC = frozenset(
    "militants jihadists insurgents rebels fighters militias militia paramilitaries paramilitary militiamen group "
    "extremists terrorists separatists gunmen resistance".split()
)
# generic heads a side's name may follow in apposition: "the outlawed sect, Boko Haram, ...", "the rebel alliance, M23"
_APPOSED_HEADS = frozenset("group movement militia spokesman spokeswoman spokesperson sect faction outfit organisation organization "
                           "alliance coalition insurgency".split())
_OCCUPIER_WORDS = frozenset({"occupying", "occupation", "occupier", "invading", "invasion", "enemy"})
_STATE_WORDS = re.compile(r"\b(army|troops|soldiers|government forces|security forces|military|garrison|junta|regime)\b", re.I)
# the state's side in a civil war, however the story speaks of it ("Afghan officials say", "the government's
# stronghold", "the army"), outside a non-state side's own name ("the Arakan Army", "Libyan National Army"): a
# capitalised "Army" or "Military" is a name ("Military Forces of Myanmar"), not the state's side
_GOVERNMENT_SIDE = re.compile(
    r"\b(?:[Gg]overnment|[Aa]uthorities|army|[Tt]roops|[Ss]oldiers|[Ss]ecurity forces|junta|regime)\b|\b[A-Z][a-z]+(?:i|n|an|ese) officials\b"
)
_NON_STATE_BEFORE = re.compile(r"(?:\b(?:opposition|rebel|insurgent|resistance|militia|guerrilla)\s+|\banti-)$", re.I)
_STATE_BODIES = frozenset("ministry staff command government presidency kremlin military army pm premier".split())
# a state's office a person holds ("Russian Defence Minister Sergei Shoigu", "Azerbaijani President Ilham Aliyev"):
# who speaks for that state; not a former holder, a rebel's, an opposition's or an exile's rival
# people who witness or tell, never a side ("Ma'lula resident Fadel Semaan said", read as an organisation)
_CAPITAL_NEAR = re.compile(r"\bcapital\b", re.I)  # "the capital of Kunduz province": the province names its town
# the kind nouns of a province: a name written with one is the province ("the Kyiv region"), not the city of the name
_AREA_KINDS = frozenset("region province oblast governorate".split())
_NEAR_WORDS = frozenset("around near outside".split())


def _prime_minister(tok: Token) -> bool:
    """Whether the noun is "(Prime) Minister" with "Prime" before it ("Iraqi Prime Minister Haider al-Abadi", "Iraq's
    Prime Minister"): the head of a government, as "president" is (a "foreign / finance minister" speaks for no army)."""
    return tok.lemma_.lower() == "minister" and any(c.dep_ in ("compound", "amod") and c.lower_ == "prime" for c in tok.children)


def _from_around(tok: Token) -> bool:
    """Whether a place is the object of "from around / near / outside" ("withdrew from around the capital and the
    city of Chernihiv"): the land about a town, which the side leaving never held."""
    cur = tok
    for _ in range(5):
        if cur.lower_ in _NEAR_WORDS and cur.dep_ in ("prep", "pcomp", "advmod") and cur.i > 0 and cur.nbor(-1).lower_ == "from":
            return True
        if cur.dep_ not in ("pobj", "prep", "conj", "cc", "compound", "appos", "pcomp") or cur.head == cur:
            return False
        cur = cur.head
    return False


# "the Russian Ministry of Defense", "Russia's defence ministry", "Ukraine's General Staff": a state body named in full
_STATE_BODY_NAMED = re.compile(r"\b(?!(?:The|A|An|In|On|At|Its|Their)\s)([A-Z][a-z]+(?:'s|’s)?) (?:[A-Z]?[a-z]+ )?(?:[Mm]inistry|General Staff)\b")
# "Russia said on Monday ...", "Moscow says": a state the article has speak by its own or its capital's name
_STATE_SPEAKING = re.compile(r"\b([A-Z][a-z]+)\s+(?:(?:on|late|early)\s+[A-Z][a-z]+\s+)?(?:said|says|claimed|claims|announced|announces)\b")
_BYSTANDERS = frozenset("resident villager witness local journalist reporter analyst doctor teacher activist".split())
# words of a newspaper's, broadcaster's or monitor's name: "state media The Global New Light of Myanmar said" is a
# mouthpiece, never a side of its own
_MEDIA_WORDS = frozenset("light times post news herald tribune gazette daily journal observer telegraph guardian agency "
                         "media television tv radio observatory press monitor channel broadcasting chronicle".split())
# an operations command named for its area ("Al-Jazeera Operations Command", "Nineveh Operations Command"): a state's
# regional headquarters (Iraq's), unlike the opposition's "Military Operations Command" of 2024 in Syria
_AREA_COMMAND = re.compile(r"^(?!.*\bMilitary\b)(?:[Tt]he )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* Operations? Command$")
_COMMANDED = frozenset("command leadership control".split())  # "forces under the command of Haftar"
_OFFICES = frozenset("president minister premier chancellor".split())
# the head of a state named by its country ("Ukrainian president", "Iraqi PM", "Syria's leader"): its state speaks
_HEADS_OF_STATE = frozenset("president leader premier pm chancellor".split())
_NOT_IN_OFFICE = frozenset("former ex opposition rebel rebels separatist separatists shadow self-declared self-styled".split())
# (and an armed body named by its kind: "their allied Border Guard Force (BGF)", "the Arakan Army", "a People's Militia")
_UNIT_WORDS = frozenset("brigade brigades division battalion regiment corps company squadron force army militia guard guards".split())
# the last word of a firm's or a school's name: what a side seizes there is no village GeoNames lacks ("Salaam Bank")
_FIRM_WORDS = frozenset("bank airways airlines corporation university college school academy authority agency company ministry".split())
_PATRON_WORDS = frozenset("backed supported sponsored armed funded".split())  # "rebels supported by Turkey"
# a sponsor's compound before an armed noun ("U.S.-backed militias", "the US-backed alliance", "US-backed coalition
# forces", "A U.S.-backed, Kurdish-led Syrian militia"): the sponsor's word says whose they are, the noun after it (and
# a word or two between) is any of a side's common words
_SPONSORED = re.compile(
    r"^(?:an?\s+|the\s+)?(?P<sponsor>[\w.]+-(?:backed|supported)),?\s+(?:[\w'-]+,?\s+){0,2}?"
    r"(?:forces|fighters|militias|militia|alliance|coalition|troops|militiamen)(?:\s+(?:in|of)\s+[\w\s'.-]+)?$",
    re.I,
)
_BACKER_WORDS = frozenset("backed led supported trained allied sponsored funded".split())
# "Kurdish fighters / forces" is the SDF's alias in Syria; in Iraq the Kurdish forces are the Peshmerga
_KURDISH_IN = {"IQ": "peshmerga"}
_KURDISH_HOMES = frozenset({"SY", "IQ"})  # where a side named only "Kurdish ..." fights
_KURDISH_HELD = re.compile(r"\b(?:in|into|under) Kurdish (?:hands|control)\b")
# "Adigrat Town", "Wad Madani City", "Yamgan District" (an Afghan district capitalised after its name)
_KIND_SUFFIX = re.compile(r"\s+(?:Town|City|Village|Township|District)$")


# capitalised names written before "group" that the tagger may read as a verb ("IS group seizes X")
_CAPITAL_GROUP_NAMES = frozenset({"IS", "ISIS", "ISIL"})


def kurdish_side(entry: ActorEntry, place_cc: str | None, catalogue: ActorCatalogue) -> ActorEntry:
    """The side "Kurdish forces" are at a place: the SDF in Syria, the Peshmerga in Iraq ("wrested control of the Iraqi
    town of Sinjar from Kurdish forces")."""
    local = _KURDISH_IN.get(place_cc or "")
    if entry.id == "sdf" and local is not None and local in catalogue.entries:
        return catalogue.entries[local]
    return entry


# a settlement's or a camp's kind right after a capitalised run: the run is that place's name
_SETTLEMENT_AFTER = re.compile(r"\s+(?:(?:junta|army|military|rebel|enemy)\s+)?(?:camp|village|town|township|outpost|base|hill)s?\b")
_CLOCK_BEFORE = re.compile(r"\d[.:]?\d*\s?$")  # "5:30 AM", "10 PM", "9.15 AM"
def kurdish_words(actor: ResolvedActor) -> bool:
    """Whether a side is named only as "Kurdish ..." ("Kurdish fighters retake Sinjar"): the SDF in Syria, the
    Peshmerga in Iraq, so its words say no country the place lies in (the place's own country then says whose)."""
    return actor.text.lower().startswith("kurdish ") and actor.id in {"sdf", *_KURDISH_IN.values()}


_BASE_KINDS = frozenset({"base", "bases", "camp", "camps", "barracks", "garrison", "headquarters"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n)$")
_COMPASS_SIDES = frozenset("eastern western southern northern east west south north".split())


def _name_tail(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised alias of common words at ``start:end`` of ``text`` ends a longer capitalised name the
    catalogue lacks: "Popular Resistance fighters" (Yemen's), "Tihama Resistance fighters"; not after a country's
    word ("Syrian Resistance") or a function word ("The LNA", "The Islamic State"), nor in common words ("Local
    resistance fighters")."""
    before = text[:start].rstrip().rsplit(" ", 1)[-1]
    return (
        text[start : start + 1].isupper() and any(w[:1].islower() for w in text[start:end].split()[1:])
        and before[:1].isupper() and before.isalpha() and before.lower() not in STOP_WORDS
        and not gazetteer.country_code(before)
    )


def _common_words(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a name is written in common words: all lower case, or only its first letter capitalised where a
    sentence opens ("Regime troops", never "Russian troops")."""
    written = text[start:end]
    if written.islower():
        return True
    first, _, rest = written.partition(" ")
    if first.lower() in _COMPASS_SIDES and rest.islower():
        # "Eastern forces" (Haftar's in Libya) are a compass word and a common noun: "Units of the Eastern forces
        # liberated X", the Russian ministry said of a Ukrainian village, are Russia's own
        return True
    return (
        bool(_SENTENCE_START.search(text[max(0, start - 3):start])) and (written[:1].lower() + written[1:]).islower()
        and not gazetteer.country_code(written.split()[0])
    )


_AREA_SUFFIX = re.compile(r"\s+(?:Province|Region|Governorate|Oblast)$")
_ARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ar|an|at|az|ez|es|ed)[- ]")

_NOT_PLACE_ENTS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY NORP".split())
# what control is never held over, whatever is written after it: a company, a brand, an event, a law, a people
_HELD_NOT_PLACE_ENTS = _NOT_PLACE_ENTS | frozenset("ORG PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
_HELD_WORKS = frozenset("street road square tower highway avenue bank hospital mall hotel station factory school university"
                        " mosque church palace stadium building complex company agency ministry prison bridge junction market"
                        " airport base camp headquarters port crossing fort fortress site".split())  # never "dam": "Um Dam"
# "Hiiraan region", "Marib governorate", "Rakhine State's", "the province of Idlib": the admin area a note places its
# event in (the gazetteer knows the provinces of the countries at war, data/admin1_capitals.json)
_AREA = re.compile(
    r"\b((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)(?:'s|’s)? (?:[Rr]egion|[Pp]rovince|[Ss]tate|[Gg]overnorate|[Oo]blast)\b"
    r"|\b(?:[Rr]egion|[Pp]rovince|[Gg]overnorate|[Oo]blast) of ((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)"
)
# What brings a second side into a subject phrase as the companion or backer of the first.
_COMPANION = re.compile(
    r"\b(?:along ?with|together with|alongside|accompanied by|backed by|supported by|aided by|with the (?:help|support|backing) of)\b",
    re.I,
)
# against the state: "anti-regime groups", "anti-government forces", "anti-Assad fighters" (not "anti-Houthi forces")
_ANTI_STATE = re.compile(r"\banti[- ]?(?:regime|government|govt|assad|junta)\b", re.I)
# the one a sentence fights: "fighters battling Houthi rebels", "an offensive against Islamic State insurgents"
_FIGHTING = re.compile(
    r"\b(?:against|battling|fighting|combating|combatting|versus)\s+(?:the\s+)?(?:(?!between\b|and\b|with\b)[\w'-]+\s+){0,2}$", re.I
)
_AGAINST = re.compile(r"\b(?:against|opposed to)\s+(?:the\s+)?$", re.I)  # the foe a phrase names: "fighters against the Taliban"
_ACTOR_TAG = re.compile(r" ?\([A-Z][\w -]{1,30}\)")  # "(Mozambique)", "(West Africa)" right after a name
_PRONOUNS = frozenset({"they", "it", "we", "he", "she", "them"})
_REBEL_MODIFIERS = frozenset({"rebel", "opposition", "insurgent", "resistance", "anti-government", "militia"})
_JIHADIST_MODIFIERS = frozenset({"islamist", "jihadist", "islamic"})
_HOLDING_NOUNS = frozenset({"control", "hands", "hand", "rule", "grip", "flag", "tricolor", "tricolour", "occupation"})
_CAPTURE_NOUNS = frozenset({"seizure", "capture", "recapture", "takeover", "liberation"})  # "the Russian seizure of X"
# "Russian retreat from Lyman", "the Ukrainian withdrawal from X": the side named by its demonym left
_LEAVING_NOUNS = frozenset({"retreat", "withdrawal", "pullout"})
# after a two-letter capital: the word says it names a group ("AD militants", "AD fighters"), not a country's code
_ACRONYM_SIDE = re.compile(r"\s+(?:militants?|fighters?|rebels?|insurgents?|gunmen|members?|elements?|jihadists?)\b")
# two capitals that are a common abbreviation before they are a country's code ("Army retakes X: state TV")
_NOT_COUNTRY_CODES = frozenset({"TV"})
# a neighbour named as a border ("Darqad district, on the border with Tajikistan", "which borders Pakistan", "bordering
# Chad and Sudan"): where the place lies next to, never the story's country (its army is not the one that took it)
_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?i:borders?|bordering|bordered\s+by)\s+(?i:with\s+)?(?i:the\s+)?(?:[A-Z][\w'-]*\s*,?\s+(?i:and\s+)?(?i:the\s+)?){0,2}$"
)
# "a town situated along the China border", "near the Thai border", "towns on Indian border": a country written as the
# border's, where the place lies next to it (a joined "Myanmar-China border" names the story's own country too, and is left alone)
_NEIGHBOUR_AFTER = re.compile(r"\s+borders?\b")
_THE_BEFORE = re.compile(r"(?<![\w-])(?i:the|(?:on|along|near|at|across|to|towards?|by|from)(?:\s+the)?)\s+$")
_PRO_GOVERNMENT = re.compile(r"(?:pro-(?:government|regime|assad)|government-(?:allied|aligned|backed)|regime-loyal) ")
# ("a US-brokered deal", "a Qatari-mediated truce": the mediator's country is not where the places lie either)
_PATRON_AFTER = re.compile(r"[-\u2010\u2011]\s?(?:" + "|".join(sorted(_PATRON_WORDS | {"brokered", "mediated"})) + r")\b", re.IGNORECASE)
# "the British-based Syrian Observatory", "the UK-based war monitor", "the U.S.-based Institute for the Study of War":
# where a monitor or a think tank sits, not where the story's places lie
_SEAT_AFTER = re.compile(r"\.?[-\u2010\u2011]based\b", re.IGNORECASE)
# "pro-Russian separatists took Donetsk airport", "anti-Kyiv rebels": the patron (or the foe) a side is named by, not
# where the story's places lie (the Donetsk of Russia's Rostov region is a namesake)
_ALLEGIANCE_BEFORE = re.compile(r"\b(?i:pro|anti)[-\u2010\u2011]\s?$")
_GLUED_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,5}-$")  # "IS-", "AQ-" glued to the rest of a name
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MRAPs", "APCs", "IEDs", "UAVs": things taken, never a place
_ALLEGIANCE_PRO = re.compile(r"\b(?i:pro)[-\u2010\u2011]\s?$")
# bodies of states and continents: never a town, whatever namesake GeoNames lists ("Russia loses UN rights council
# seat", "Mali withdraws from ECOWAS", "China captures 60% of Africa solar market")
_NOT_TOWNS = frozenset(
    "un u.n. eu nato ecowas igad sadc opec asean icc icj who unesco unicef africa europe asia oceania isw acled sohr ocha".split()
)
_GLUED_PARTICLES = frozenset({"e", "i", "ul", "o", "y"})  # "Sar-e-Pol", "Mazar-i-Sharif", "Kamdesh-o-..."
# a political party's common noun (lower case): the side of an election, never of a war
_PARTY_NOUNS = frozenset({"party", "parties"})
# the armed senses of the noun ("an IS raiding party", "a landing party")
_ARMED_PARTIES = frozenset("raiding war landing boarding advance scouting search assault hunting".split())
_ACTOR_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "case", "punct", "npadvmod", "quantmod"})
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)
# a wire headline's compass abbreviations, written in capitals (heads27)
_COMPASS_ABBREVIATIONS = frozenset("NE NW SE SW".split())
_DIRECTIONAL = frozenset("northern southern eastern western central north south east west the a an northeastern "
                         "northwestern southeastern southwestern north-eastern north-western south-eastern "
                         "south-western key strategic besieged embattled".split())


def doc_text_of(tok: Token) -> str:
    """The text of ``tok``'s subtree (a prepositional phrase with its object)."""
    sub = list(tok.subtree)
    return tok.doc.text[sub[0].idx : sub[-1].idx + len(sub[-1].text)]


def span_is_one_word_name(tok: Token) -> bool:
    """A one-word PERSON entity with no title ("Maungdaw"): people in the news get a first and last name, so after
    a capture verb this is more likely a village the small model does not know."""
    ents = [e for e in tok.doc.ents if e.start <= tok.i < e.end]
    if not ents:
        return False
    words = ents[0].text.split()
    # "seized Kafr Naboudah", "took Tell Malh": a name opening with a settlement word is a village's, of any length
    if not (len(words) > 1 and words[0].lower() in TOPONYM_HEADS) and (
        sum(1 for w in words if w[:1].isupper() or "-" in w) != 1 or given_name(words[0].split("-")[0])
    ):
        return False  # ("seize Anefis" tagged as one PERSON is still one name, and so is "Ouadda-Djalle")
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is None or prev.lower_ not in _TITLES


_HOLIDAYS = frozenset("christmas easter ramadan eid passover hanukkah diwali lent advent nowruz ashura".split())
_ARRESTING = frozenset("police policeman policemen officer officers detective detectives interpol fbi".split())


def misread_date(tok: Token) -> bool:
    """A capitalised name the small model tagged as a date ("took over Mahaday on Sunday"): no digit, no month, day or
    holiday word in its entity, so the tag is the model's guess at an unknown word, not a date."""
    if tok.ent_type_ != "DATE" or tok.pos_ != "PROPN":
        return False
    ents = [e for e in tok.doc.ents if e.start <= tok.i < e.end]
    words = [t for t in (ents[0] if ents else [tok])]
    return not any(
        t.like_num or any(ch.isdigit() for ch in t.text) or t.lower_ in _MONTHS_DAYS or t.lower_ in _HOLIDAYS
        or t.lower_ in ("today", "tonight", "yesterday", "tomorrow", "weekend", "week", "month", "year", "day", "night")
        for t in words
    )


def _taken_by_arrest(tok: Token) -> bool:
    """What police took is a person: "Police capture Smith", "Maduro seized by police"."""
    verb = tok.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _ARRESTING for c in verb.children) or any(
        c.dep_ == "agent" and any(g.lower_ in _ARRESTING for g in c.children) for c in verb.children
    )


# "President Nicolas Maduro", "commander Abu Bakr": the surname a title introduces is a person's all through the article
_TITLED = re.compile(
    r"\b(?:President|Mr|Mrs|Ms|Dr|General|Gen\.|Commander|Colonel|Col\.|Leader|Minister|Sheikh|Imam|leader|commander|"
    r"president|general|colonel|minister)\.? ((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+)"
)


_WAR_TOWN = 20_000
# what the tagger may call a war town of 20,000 or more when nothing names a country: "Aleppo" read as a person, or
# as a nationality after "the army's takeover of"
_MISREAD_TOWN_ENTS = frozenset({"PERSON", "NORP"})
"""A name the small model tags as a person counts as a town in a country at war only from this size ("Palmyra")."""
_SETTLEMENT_NOUNS = SETTLEMENT_KINDS | {"towns", "cities", "villages"}
# A village named after a city this big is a village of the city's region ("Donetsk village", "a Kherson village").
_HAMLET_NOUNS = frozenset("village villages hamlet settlement".split())
_CITY_NOT_VILLAGE = 50_000
_TITLES = frozenset("mr mrs ms dr president general gen. commander colonel col. leader minister sheikh imam".split())


_NAME_OPENERS = TOPONYM_HEADS | {"um", "umm"}
"""Words that open a settlement's name, whatever the parser made of them ("Um" as an interjection, "Tell" as a verb)."""

_COMPASS = frozenset("s n e w south north east west southern northern eastern western central".split())


@dataclass(frozen=True)
class ResolvedActor:
    """An actor resolved from text: the catalogue entry (or a synthetic one) and the words used."""

    id: str
    name: str
    kind: ActorKind
    text: str
    default_country: str | None = None
    allies: frozenset[str] = frozenset()
    countries: tuple[str, ...] = ()
    inferred: bool = False
    """The words name no actor ("the army", "rebels"): which one is read from the place's country or the story."""

    def to_actor(self) -> Actor:
        return Actor(id=self.id, name=self.name, text=self.text, kind=self.kind)

    @classmethod
    def from_entry(cls, entry: ActorEntry, text: str) -> ResolvedActor:
        return cls(entry.id, entry.name, entry.kind, text, entry.default_country, entry.allies, entry.countries)


def _sides_country(wars: tuple[War, ...], sides: tuple[ResolvedActor | None, ...], when: dt.date | None) -> str | None:
    """The one country where the catalogued ``sides`` fight at ``when`` (wars.war_country), when they agree; None for
    an unknown or unnamed side only, a coalition of no country ("US troops"), or sides fighting in several."""
    found = {
        cc for a in sides
        if a is not None and not a.id.startswith("x-") and a.kind != ActorKind.UNKNOWN and (a.default_country or a.countries)  # no coalition
        and (cc := war_country(wars, a.id, when)) is not None
    }
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class StoryCountry:
    """Where a story puts a place GeoNames lacks or lists only abroad, when the place's own words say nowhere: the war
    country of the capture's sides, of the sides the text names, or the country at war the text itself writes."""

    sides: str | None
    """The one war country of the capture's catalogued sides then, when the story writes no country but their own
    ("the Hashd ... the villages of A and B": Iraq; "Turkish troops took the village of X" in 2018: Syria)."""
    named: str | None
    """The same of the sides as the text names them (never a common word read as the other side's home: "the troops
    drove ISIS from X" is no Iraqi army's), else of the sides the article names; None in a headline."""
    written: frozenset[str]
    areas: frozenset[str]
    located: Mapping[str, str]
    war: frozenset[str]

    def at_war(self, place: Place) -> bool:
        """Whether the text itself puts an unresolved place in a country at war: the place's own "in ..." or a city named
        beside it (``located``, by name key), a province of that country (``areas``), or the one country it names
        (``written``: "near the borders with Chad and Sudan" names two, neither the place's); never only a side's home
        country ("Syrian troops seized X" says who, not where)."""
        cc = place.country_code
        if cc is None or cc not in self.war:
            return False
        return self.located.get(name_key(place.name)) == cc or cc in self.areas or self.written == {cc}


@dataclass
class ArticleContext:
    """What the whole article says about countries and actors."""

    gazetteer: Gazetteer
    catalogue: ActorCatalogue
    countries: Counter[str] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)
    holders: dict[str, ResolvedActor] = field(default_factory=dict)
    area_names: set[str] = field(default_factory=set)  # name keys it writes as a province ("Shabwa province")
    located_names: dict[str, str] = field(default_factory=dict)  # name keys a sentence put in a country ("X in Kharkiv")
    listed_names: set[str] = field(default_factory=set)  # name keys GeoNames lacks read as one more town of a known list
    anchored_names: set[str] = field(default_factory=set)  # name keys GeoNames lacks the text anchors as a settlement (anchored_name.py)
    noted_places: set[str] = field(default_factory=set)  # name keys a coder note puts before "(district, region)"
    noted_names: set[str] = field(default_factory=set)  # the names of several words written there: "Ceel Xaar Dheere"
    noted_areas: dict[str, NoteArea] = field(default_factory=dict)  # those name keys -> where the hierarchy puts them
    note_line: bool = False  # a monitor's short line (note_line.py): its dated change is its news
    campaign_opened: bool = False  # the lead tells an offensive just launched (recap.opens_campaign): its tally is news
    when: dt.date | None = None
    """The article's reference day: a generic word ("insurgents") names only a side whose words it was then."""
    state_words: bool = False
    government_side: bool = False  # the story speaks of the state's side at all (civil wars' other side, adversary.py)
    written_countries: frozenset[str] = frozenset()  # countries the text itself names (not a note's hierarchy)
    area_countries: frozenset[str] = frozenset()  # countries of the admin areas it names ("Hiiraan region": SO)
    area_codes: frozenset[tuple[str, str]] = frozenset()  # those areas as (country, first-level code)
    body_countries: frozenset[str] = frozenset()  # states whose ministry or general staff it names ("Russia's defence ministry")
    speaker_countries: frozenset[str] = frozenset()  # states the article has speak by name ("Russia said", "Moscow says")
    person_names: frozenset[str] = frozenset()  # names a title introduces ("President Nicolas Maduro"): people's
    office_surnames: dict[str, str] = field(default_factory=dict)  # "Iraqi Prime Minister Haider al-Abadi": Abadi -> IQ
    common_named: frozenset[str] = frozenset()  # actors the text names only by a lower-case common noun ("the junta")
    kurdish_held: bool = False  # the text writes "in Kurdish hands" or "under Kurdish control" (a side by the place's country)
    kurdish_named: frozenset[str] = frozenset()  # actors the text names as "Kurdish ..." (the SDF's alias; Iraq's Peshmerga)
    spelt: dict[str, ActorEntry] = field(default_factory=dict)  # "Syrian National Army (SNA)": its "SNA" is that army
    catalogued_sides: tuple[ResolvedActor, ...] = ()  # every catalogued side the text names, in order of first count
    actor_countries: frozenset[str] = frozenset()  # their home countries and the countries they fight in
    neighbours: frozenset[str] = frozenset()  # countries written only as a border ("on the border with Tajikistan")
    # countries written only in the name of their own forces fighting abroad ("Russian forces seized X": Russia's army,
    # whose war is in Ukraine): no hint of where the place lies before the sides' own countries (country_hints)
    expedition_countries: frozenset[str] = frozenset()
    heads: dict[str, frozenset[str]] = field(default_factory=dict)  # "Russia-backed rebels": "rebel" -> ru-forces (named_head.py)
    _story_countries: dict[tuple, StoryCountry] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, text: str, gazetteer: Gazetteer, catalogue: ActorCatalogue) -> ArticleContext:
        ctx = cls(gazetteer, catalogue)
        # "Democratic Republic of Congo", "Republic of the Congo": a country whose name has an "of" in it (the short
        # "Congo" is ambiguous and counts for neither); blanked so that its words are not counted again
        for m in _OF_COUNTRY.finditer(text):
            if cc := gazetteer.country_code(m.group(0)):
                ctx.countries[cc] += 1
                text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        aliases = catalogue.find(text)
        named_spans = [(a.start, a.end) for a in aliases]
        neighbours: set[str] = set()
        expedition: dict[str, bool] = {}
        for m in _CAPITALISED.finditer(text):
            word = m.group(0)
            if word.split()[0] in catalogue.short_aliases:
                continue  # "IS forces" are Islamic State's, not Iceland's
            if len(word) == 2 and word.isupper() and (
                (m.start() > 0 and text[m.start() - 1] in "-/") or _ACRONYM_SIDE.match(text, m.end())
                or any(a <= m.start() < b for a, b in named_spans)
            ):
                # "SPLA-IO", "SPLA/IO", "SPLA/M IO forces", "AD militants": a group's acronym, not the Indian Ocean's or
                # Andorra's code
                continue
            if word in _NOT_COUNTRY_CODES:
                continue
            if (_NEIGHBOUR_BEFORE.search(text, max(0, m.start() - 40), m.start()) or (
                _NEIGHBOUR_AFTER.match(text, m.end()) and _THE_BEFORE.search(text, max(0, m.start() - 16), m.start())
            )) and (
                cc := gazetteer.country_code(word) or gazetteer.country_code(word.split()[0].rstrip("'’s"))
            ):
                neighbours.add(cc)  # "on the border with Tajikistan": written (the place lies next to it), never the
                continue  # story's own country, whose army or state a common word names
            if _PATRON_AFTER.match(text, m.end()) or _SEAT_AFTER.match(text, m.end()) or _ALLEGIANCE_BEFORE.search(
                text, max(0, m.start() - 6), m.start()
            ) or backer_before(text, m.start()) or air_power_after(text, m.end()):
                continue  # "Turkish-backed fighters took Ras al-Ain": the patron's country is not where the place lies
            if word in ("AM", "PM") and _CLOCK_BEFORE.search(text, 0, m.start()):
                continue  # "at 5:30 AM": the time of day, not Armenia's or St Pierre's code
            if " " in word and _SETTLEMENT_AFTER.match(text, m.end()) and not gazetteer.country_code(word):
                continue  # "Mali Chaung junta camp", "Jordan Valley village": a place's name, never the country its first word is
            cc = gazetteer.country_code(word) or gazetteer.country_code(word.split()[0].rstrip("'’s"))
            before = text[max(0, m.start() - 12):m.start()].split()
            if before and before[-1][:1].isupper() and (wider := gazetteer.country_code(f"{before[-1]} {word.split()[0]}")):
                cc = wider  # "Meanwhile South Sudanese rebels" runs as "Meanwhile South" + "Sudanese": South Sudan's, not Sudan's
            if cc:
                ctx.countries[cc] += 1
                expedition[cc] = expedition.get(cc, True) and any(
                    a.start <= m.start() < a.end and a.actor.government_of == cc and a.actor.default_country not in (None, cc)
                    for a in aliases
                )
        ctx.expedition_countries = frozenset(cc for cc, only in expedition.items() if only)
        ctx.neighbours = frozenset(neighbours - set(ctx.countries))
        ctx.written_countries = frozenset(ctx.countries) | ctx.neighbours
        areas = set()
        provinces = set()
        for m in _AREA.finditer(text):
            name = m.group(1) or m.group(2)
            if name.split()[0] in ("Islamic", "The", "In", "Of"):
                continue  # "Islamic State"
            if gazetteer.country_code(name):
                if (area := gazetteer.find_admin1(name)) is not None:
                    provinces.add(area)  # "Tigray Region" (its demonym is a country's word): the region still
                continue  # "the State of Palestine"
            if (area := gazetteer.find_admin1(name)) is not None:
                areas.add(area[0])
                provinces.add(area)
            if not _CAPITAL_NEAR.search(text, max(0, m.start() - 40), m.start()):
                ctx.area_names.add(name_key(name.removesuffix("'s").removesuffix("’s")))
        for cc in areas:
            ctx.countries[cc] += 1
        ctx.area_countries = frozenset(areas)
        ctx.area_codes = frozenset(provinces)
        ctx.spelt = spelt_out(text, catalogue, aliases, ctx.countries)  # (the same text: its aliases are found once)
        matches = respelt(aliases, text, ctx.spelt)
        ctx.actors = Counter(m.actor.id for m in matches)
        ctx.heads = named_heads(text, matches)
        # "the junta", "the army": sides named only by a common noun, which may be another country's word
        # (a sentence's first word is capitalised for the sentence: "Regime troops have captured X" in a Syrian story)
        ctx.common_named = frozenset(a for a in ctx.actors if all(_common_words(text, m.start, m.end, gazetteer) for m in matches if m.actor.id == a))
        ctx.catalogued_sides = tuple(
            ResolvedActor.from_entry(e, e.name) for a in ctx.actors if a not in ctx.common_named and (e := catalogue.entries.get(a)) is not None
        )  # (by name: "pro-government forces" names no one state)
        ctx.actor_countries = frozenset(c for a in ctx.catalogued_sides for c in (a.default_country, *a.countries) if c)
        ctx.kurdish_named = frozenset(m.actor.id for m in matches if text[m.start:m.end].lower().startswith("kurdish "))
        ctx.kurdish_held = "Kurdish" in text and _KURDISH_HELD.search(text) is not None
        ctx.body_countries = frozenset(
            cc for m in _STATE_BODY_NAMED.finditer(text) if (cc := gazetteer.country_code(m.group(1).removesuffix("'s").removesuffix("’s")))
        )
        ctx.speaker_countries = frozenset(
            cc for m in _STATE_SPEAKING.finditer(text)
            if (cc := gazetteer.country_code(m.group(1)) or CAPITALS.get(m.group(1).lower()))
        )
        ctx.state_words = bool(_STATE_WORDS.search(text))
        # ("opposition troops" are no state's)
        if words := [m.start() for m in _GOVERNMENT_SIDE.finditer(text) if not _NON_STATE_BEFORE.search(text, max(0, m.start() - 20), m.start())]:
            rebels = [(m.start, m.end) for m in matches if m.actor.kind != ActorKind.STATE]
            ctx.government_side = any(not any(a <= w < b for a, b in rebels) for w in words)
        ctx.person_names = frozenset(w for m in _TITLED.finditer(text) for w in m.group(1).split())
        ctx.office_surnames = office_surnames(text, gazetteer.country_code)
        return ctx

    # --- countries ---------------------------------------------------------------------------------
    def province_of(self, cc: str | None, admin1: str | None) -> str | None:
        """The first-level region of a place in ``cc``: its own (``admin1``), or else the only one of that country the
        text names ("Shire, 90 miles northwest of the capital of Tigray Region": a village GeoNames lacks)."""
        if admin1 is not None or cc is None:
            return admin1
        named = {code for c, code in self.area_codes if c == cc}
        return named.pop() if len(named) == 1 else None

    def story_country(self, sides: tuple[ResolvedActor | None, ...], when: dt.date | None, is_title: bool) -> StoryCountry:
        """Where the story puts an unknown name the capture of ``sides`` (gainer, loser: None where not catalogued as
        a side) takes, on ``when`` (StoryCountry); once per article and sides."""
        key = (sides, when, is_title)
        if (found := self._story_countries.get(key)) is not None:
            return found
        wars = self.catalogue.wars
        homes = {c for a in sides if a is not None for c in (a.default_country, *a.countries)}
        own = _sides_country(wars, sides, when) if self.written_countries <= homes else None
        named = None if is_title or not self.written_countries <= self.actor_countries else _sides_country(
            wars, tuple(a for a in sides if a is not None and a.id in self.actors) or self.catalogued_sides, when,
        )
        found = self._story_countries[key] = StoryCountry(
            own, named, self.written_countries, self.area_countries, self.located_names, self.catalogue.war_countries,
        )
        return found

    def _sides_other_country(self, place: GeoPlace, name: str) -> bool:
        """A town of the written name in another country a side the text names fights in, when the text writes no
        country at all: "Government forces took Jarabulus after IS fighters fled" is Syria's Jarabulus, one of the
        Islamic State's two countries (the side's first, Iraq, only stood in for the unwritten one), not an obscure
        namesake abroad. (A country written only as a border, "on the border with Turkey", is no country of the story.)"""
        return not (self.written_countries - self.neighbours) and place.country_code in self.actor_countries and bool(name)

    def country_hints(self, extra: list[str | None]) -> list[str]:
        hints: list[str] = []
        written = [c for c, _n in self.countries.most_common()]
        expedition = [c for c in written if c in self.expedition_countries]
        # (last, where the wars of the written states abroad are fought: "Avdiivka has been captured, the Russian
        # defence ministry said" is Ukraine's Avdiivka, though the story writes only Russia; never ahead of a country
        # the story writes, as Syria in a Russian outlet's report of a Syrian town)
        abroad = [a for c in written for a in self.catalogue.wars_abroad.get(c, ())]
        for cc in [c for c in written if c not in self.expedition_countries] + [e for e in extra if e] + expedition + abroad:
            if cc not in hints:
                hints.append(cc)
        return hints

    def main_country(self) -> str | None:
        if self.countries:
            return self.countries.most_common(1)[0][0]
        top = self.actors.most_common(1)
        if top:
            return self.catalogue.entries[top[0][0]].default_country
        return None

    # --- actors --------------------------------------------------------------------------------------
    def government(self, cc: str | None, text: str) -> ResolvedActor | None:
        """The state actor of country ``cc`` (its catalogue entry, or a synthetic "<country> government forces")."""
        return self._government(cc, text)

    def state_forces(self, cc: str | None, text: str) -> ResolvedActor | None:
        """The state forces of ``cc``, read from the text's words rather than named by them (``inferred``)."""
        gov = self._government(cc, text)
        return replace(gov, inferred=True) if gov is not None else None

    def _government(self, cc: str | None, text: str) -> ResolvedActor | None:
        if not cc:
            return None
        entry = self.catalogue.government(cc)
        if entry is not None:
            return ResolvedActor.from_entry(entry, text)
        name = country_name(cc) or cc
        return ResolvedActor(f"{cc.lower()}-gov", f"{name} government forces", ActorKind.STATE, text, cc)

    def _unknown_namer(self, tok: Token, toks: list[Token]) -> bool:
        """Whether a force noun carries a capitalised name that is no country, no known side and no rank of the state's
        own forces ("Kurd forces", not "Security Forces", "Special Forces", "Afghan forces")."""
        return any(
            t.i != tok.i and t.pos_ == "PROPN" and t.dep_ in ("compound", "amod") and t.head.i == tok.i and t.text[:1].isupper()
            and t.lower_ not in _STATE_FORCE_WORDS and not self.gazetteer.country_code(t.text) and not self.catalogue.find(t.text)
            for t in toks
        )

    def _of_unknown_group(self, tok: Token) -> bool:
        """Whether a common side noun belongs to a capitalised name after "of" that is no known side, country or place
        ("fighters of the Popular Resistance"): a group the catalogue lacks, which no generic word may stand for."""
        return any(
            o.pos_ == "PROPN" and o.text[:1].isupper() and not self.catalogue.find(doc_text_of(c))
            and not self.gazetteer.country_code(o.text) and not self.gazetteer.candidates(o.text)
            for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"
        )

    def _joint_home(self, toks: list[Token], backing: set[int], place_cc: str, text: str) -> ResolvedActor | None:
        """Of a joint force's nations ("French and Malian troops", "Russian and Syrian forces"), the one whose country
        the place lies in, or None."""
        for t in toks:
            if t.i in backing or t.is_stop or t.dep_ not in ("amod", "conj", "compound"):
                continue
            if self.gazetteer.country_code(t.text) == place_cc:
                return self._government(place_cc, text)
        return None

    def _office_holder(self, tok: Token, toks: list[Token], text: str) -> ResolvedActor | None:
        """The state a person's office names: "Russian Defence Minister Sergei Shoigu said his troops took X" speaks
        for Russia's forces (before, "his troops" fell to the place's country and reversed the change)."""
        if not any(t.lower_ in _OFFICES for t in toks):
            # "Duterte says Marawi liberated" under "Philippine President Rodrigo Duterte": the office the article gave
            # the surname (office_surname.py), for a lone name only
            held = self.office_surnames.get(tok.text) if tok.pos_ == "PROPN" and len(toks) <= 2 else None
            return self._government(held, text) if held is not None else None
        if tok.ent_type_ != "PERSON":
            return None
        if any(t.lower_ in _NOT_IN_OFFICE or t.lower_.startswith("ex-") for t in toks):
            return None
        person = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
        if person is not None and (named := [m for m in self.catalogue.find(person.text) if m.end == len(person.text)]):
            # "Libyan commander Khalifa Haftar says forces captured Derna": the man the catalogue names is whose side
            # speaks (the LNA's), not the state his country word names
            return ResolvedActor.from_entry(named[-1].actor, text)
        for t in sorted(toks, key=lambda t: t.i):
            if t.is_stop or t == tok:
                continue
            cc = self.gazetteer.country_code(t.text.removesuffix("'s").removesuffix("’s"))
            if cc and t.i > 0 and (wider := self.gazetteer.country_code(f"{t.nbor(-1).text} {t.text}")):
                cc = wider  # "South Sudan's president"
            if cc:
                return self._government(cc, text)
        return None

    def _generic(self, word: str, text: str, place_cc: str | None = None) -> ResolvedActor | None:
        """The actor a generic word ("rebels", "jihadists") stands for: the one of the place's country the story names
        most; with none named, the only actor of that country carrying the word (two or more: None, "unidentified")."""
        candidates = self.catalogue.generic_candidates(word, self.when)
        named_only = [e for e in candidates if place_cc and place_cc in e.named_only_in and self.actors.get(e.id, 0)]
        if place_cc:
            candidates = [e for e in candidates if place_cc not in e.named_only_in]  # no "fighters" of the IS in Libya
            local = [e for e in candidates if place_cc in e.countries]
            local.sort(key=lambda e: -self.actors.get(e.id, 0))
            if local and self.actors.get(local[0].id, 0) > 0:
                return ResolvedActor.from_entry(local[0], text)
            if local and not any(self.actors.get(e.id, 0) for e in candidates):
                # "Syrian rebels and Turkish forces capture al-Bab": the one whose ally the story names
                backed = [e for e in local if any(self.actors.get(a, 0) for a in e.allies)]
                if len(backed) == 1:
                    return replace(ResolvedActor.from_entry(backed[0], text), inferred=True)
                if len(local) > 1:
                    return None  # "Rebels seize X" in Syria: HTS or the SNA; the text does not say which
                return replace(ResolvedActor.from_entry(local[0], text), inferred=True)
            # "Rebel fighters in Central African Republic occupied X" over a Congolese border the story names: an armed
            # group's common word never names it at a place in a country it does not fight in
            candidates = [e for e in candidates if e.kind != ActorKind.NON_STATE or not e.countries or place_cc in e.countries]
        ranked = sorted(candidates, key=lambda e: (-self.actors.get(e.id, 0), -self.countries.get(e.default_country or "", 0)))
        if ranked and self.actors.get(ranked[0].id, 0) > 0:
            return ResolvedActor.from_entry(ranked[0], text)
        in_country = sorted(
            (e for e in candidates if e.default_country and self.countries.get(e.default_country)),
            key=lambda e: -self.countries[e.default_country or ""],
        )
        if in_country:
            return ResolvedActor.from_entry(in_country[0], text)
        # "Rebels claim to capture X" over "Russia-backed rebels in eastern Ukraine claimed ...": the one side the
        # story named with that head noun (named_head.py)
        if (named := side_by_head(word, self.heads, self.catalogue.entries, place_cc)) is not None:
            return ResolvedActor.from_entry(named, text)
        if named_only and len(takers := {
            holder for war in self.catalogue.wars if place_cc in war.countries and (self.when is None or war.during(self.when))
            for fights, holder in (war.foe_holder(named_only[0].id),) if fights
        }) == 1 and (taker := takers.pop()) is not None:
            # "The fighters seized Sirte from the Islamic State" in 2016: the foe of the side named there, in the war
            # fought there then (the unity government's)
            return replace(ResolvedActor.from_entry(self.catalogue.entries[taker], text), inferred=True)
        return None

    def _speakers_country(self, tok: Token) -> ResolvedActor | None:
        """The state forces of the country a governing clause's subject is of ("Russia's defence minister", "the
        Russian ministry"), or None."""
        for head in tok.ancestors:
            for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subject.i >= tok.i:
                    continue
                for mod in (c for c in subject.children if c.dep_ in ("poss", "amod", "compound") and not c.is_stop):
                    if (cc := self.gazetteer.country_code(mod.text.removesuffix("'s").removesuffix("’s"))) is not None:
                        return self._government(cc, tok.text)
        return None

    def _clause_subject_side(self, tok: Token) -> ResolvedActor | None:
        """The side a person named as the subject of the clause that holds ``tok`` stands for ("Russian President
        Vladimir Putin has hailed his army's capture": Russia's forces), or None: only a name the catalogue lists."""
        head = tok
        while True:
            while head.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj") and head.head.i != head.i:
                head = head.head
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON":
                break
            # "Machar told the BBC he will talk, claiming his forces have captured X": a clause whose subject is the
            # forces themselves, "he" or none is the claim of the person who governs it
            if (subject is not None and tok not in subject.subtree and subject.lower_ not in ("he", "she")) or (
                head.dep_ not in ("ccomp", "advcl") or head.head.i == head.i
            ):
                return None
            head = head.head
        start, end = token_span_text(subject.subtree)
        written = tok.doc.text[start:end]
        found = self.catalogue.find(written)
        return ResolvedActor.from_entry(found[-1].actor, written) if found else None

    def _not_its_foe(self, found: ResolvedActor | None, tok: Token, text: str, place_cc: str | None) -> ResolvedActor | None:
        """A side named by a common noun is never the one its own sentence shows it fighting ("Southern fighters
        battling Houthi rebels seized the airport": not the Houthis the story names most); in a two-sided war fought
        there then it is that one's foe (Yemen's government), elsewhere no side."""
        if found is None:
            return None
        sentence = tok.sent.text
        if not any(m.actor.id == found.id and _FIGHTING.search(sentence, 0, m.start) for m in self.catalogue.find(sentence)):
            return found
        taker = war_taker(self.catalogue.wars, found.id, place_cc, None, self.when, self.gazetteer)
        return replace(ResolvedActor.from_entry(self.catalogue.entries[taker], text), inferred=True) if taker else None

    def _named_rebels(self, text: str, place_cc: str | None) -> ResolvedActor | None:
        """The rebels of the place's country that the story names ("anti-regime groups" in a story of the HTS-led
        offensive are HTS's): None where it names none."""
        found = self._generic("rebels", text, place_cc)
        return found if found is not None and not found.inferred and self.actors.get(found.id, 0) > 0 else None

    def _sponsored(self, text: str, place_cc: str | None) -> ResolvedActor | None:
        """The side a sponsor's word names whatever armed noun follows it: "U.S.-backed militias", "the US-backed
        alliance", "US-backed coalition forces" in Syria are the catalogue's "US-backed forces" (the SDF); None where
        the phrase is no such compound or the catalogue has no side for it at the place."""
        found = _SPONSORED.match(text)
        if found is None or not place_cc or (written := f"{found['sponsor']} forces".lower()) == text.lower():
            return None
        if not [e for e in self.catalogue.generic_candidates(written, self.when) if place_cc in e.countries]:
            return None
        return self._generic(written, text, place_cc)

    def resolve_actor(
        self, tok: Token | None, speaker: ResolvedActor | None = None, place_cc: str | None = None
    ) -> ResolvedActor | None:
        """The actor a noun phrase names: alias, then "<demonym> forces", then context words ("the militants")."""
        if tok is None:
            return None
        if tok.lower_ in _PRONOUNS:
            return speaker
        if tok.lower_ in _PARTY_NOUNS and not prep_objects(tok, ("of",)) and not any(c.lower_ in _ARMED_PARTIES for c in tok.children):
            # "Erdogan's party loses Istanbul", "the ruling party takes Ankara": a political party, never an armed side,
            # even where its leader's name is an army's (a "Workers' Party" with a capital keeps its name; "a raiding
            # party of IS fighters" is its fighters) (heads39)
            return None
        tok = opposed_subject(tok)  # "Forces opposed to X have seized Y": the parse's subject is "opposed"
        if (owner := operation_owner(tok)) is not None:
            # "a sweeping rebel offensive which captured X", "the army's offensive retook X": whose operation it is
            return self.resolve_actor(owner, speaker, place_cc)
        if tok.dep_ in ("amod", "compound") and not tok.text.islower() and (
            tok.head.lemma_.lower() in _HOLDING_NOUNS | _CAPTURE_NOUNS | _LEAVING_NOUNS | OPERATION_NOUNS or (tok.head.lower_ in ("claims", "claim") and tok.head.dep_ == "ROOT")
        ):  # a headline's "Russian claims full control of X", "claims" read as a noun
            cc = self.gazetteer.country_code(tok.text)  # "returning to Ukrainian control", "in Russian hands"
            if cc:
                return self._government(cc, tok.text)
            if tok.lower_ == "kurdish" and tok.head.lemma_.lower() in _HOLDING_NOUNS and place_cc in _KURDISH_HOMES and (
                sdf := self.catalogue.entries.get("sdf")
            ) is not None:
                # "X back in Kurdish hands", "under Kurdish control": the adjective alone names a side only where the
                # place says whose Kurdish forces hold it (the SDF in Syria, the Peshmerga in Iraq)
                return ResolvedActor.from_entry(kurdish_side(sdf, place_cc, self.catalogue), tok.text)
        if tok.dep_ in ("acomp", "attr") and tok.head.lemma_.lower() == "be" and tok.text[:1].isupper() and (
            cc := self.gazetteer.country_code(tok.text)
        ):
            return self._government(cc, tok.text)  # "Kherson is Ukrainian again": the nation's state (freed_state.py)
        if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children) and (subject_side := self._clause_subject_side(tok)) is not None:
            return subject_side  # "Putin has hailed his army's capture of X": the person the clause's subject names is whose
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her") for c in tok.children) and speaker is not None:
            return speaker  # "a spokesman for the LNA said the city had fallen to his fighters"
        if speaker is not None and speaker.kind == ActorKind.STATE and any(
            c.dep_ == "poss" and c.lemma_.lower() in ("country", "nation") for c in tok.children
        ):
            return speaker  # "Russia's defence minister said the country's armed forces had seized X": the speaker's state
        if tok.lemma_.lower() in _FORCE_NOUNS and (
            any(c.dep_ == "poss" and c.lemma_.lower() in ("country", "nation") for c in tok.children)
            or any(o.lemma_.lower() in ("country", "nation") for o in prep_objects(tok, ("of",)))
        ) and (speakers_state := self._speakers_country(tok)) is not None:
            return speakers_state  # "Russia's defence minister asserted that the armed forces of the country had seized X"
        if ({tok.lemma_.lower(), tok.lower_} & (_FORCE_NOUNS | _NON_STATE_GENERIC)) and opposed_to_state(tok):
            # "Forces opposed to President Bashar al-Assad captured X": the rebels of the place's country (named in the
            # story, else unnamed: extractor._unnamed_side), never the state they fight
            return self._named_rebels(tok.text, place_cc)
        toks = [tok]
        if tok.lower_ == "group" and tok.i > 0 and tok.doc[tok.i - 1].text in _CAPITAL_GROUP_NAMES:
            # "IS group seizes X": the tagger reads "IS" as the verb "is", leaving "group" the subject alone (the
            # catalogue's alias "IS group" spans both)
            toks.append(tok.doc[tok.i - 1])
        # the end of the head's own phrase ("a spokesman for the rival faction"): an apposition starts right after it
        own_end = max([tok.i, *(c.right_edge.i for c in tok.children if c.dep_ != "appos")])
        for c in tok.children:
            # "the militant group Al Shabaab": a generic head with the name in apposition
            # (right beside it: "Nigeria's military recaptured X after it was overrun by a faction, the Islamic
            # State West Africa" hangs a far apposition on "military" in the parse)
            # (or read as a conjunct with no "and": "an armed resistance group, the MNDAA, captured X")
            set_off = c.dep_ == "appos" or (c.dep_ == "conj" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
                                            and not any(k.dep_ == "cc" for k in tok.children))
            appos = set_off and c.left_edge.i <= own_end + 3 and (
                tok.lemma_.lower() in _FORCE_NOUNS | _NON_STATE_GENERIC or tok.lower_ in _APPOSED_HEADS
            )
            # "Iraqi fighters from the Popular Mobilization Units": the group a generic head comes from is the side
            from_group = c.dep_ == "prep" and c.lower_ == "from" and (
                tok.lemma_.lower() in _FORCE_NOUNS | _NON_STATE_GENERIC or tok.lower_ in _FORCE_NOUNS | _NON_STATE_GENERIC
            ) and self.catalogue.find(doc_text_of(c))
            # "the PKK/YPG": names run together by a slash are one name, the second read as an apposition
            slashed = c.dep_ == "appos" and c.left_edge.i == tok.i + 1 and tok.doc[tok.i + 1].text == "/"
            holding_in = c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in _HOLDING_NOUNS for o in c.children)
            if holding_in:
                continue  # "Israel now in control of Gaza City": the hold the headline tells, never a part of the side's name
            if c.dep_ in _ACTOR_DEPS or appos or slashed or from_group or (c.dep_ == "prep" and c.lower_ in ("of", "for", "in")):
                if c.dep_ == "punct" and any(r.dep_ == "relcl" and r.i < c.i for r in tok.children):
                    continue  # "Resistance groups who have been fighting the junta, seized X": the comma closing a
                    # relative clause would stretch the phrase over whom they fight
                toks.extend(c.subtree)
        start, end = token_span_text(toks)
        doc_text = tok.doc.text
        if (glued := _GLUED_BEFORE.search(doc_text, 0, start)) is not None:
            start = glued.start()  # "IS-Sahel 20 Feb took X": the parse splits the name at its hyphen
        tag = _ACTOR_TAG.match(doc_text, end)
        if tag is not None:
            end = tag.end()  # a coder note's "Islamic State (Mozambique)": the bracket is part of the actor's name
        text = doc_text[start:end]
        if (sponsored := self._sponsored(text, place_cc)) is not None:
            return sponsored
        matches = [o for m in respelt(self.catalogue.find(text), text, self.spelt) if (o := self.catalogue.owner_here(m, text, place_cc))]
        if any(t.lower_ == "anti" or t.lower_.startswith("anti-") for t in toks) and not any(
            text[m.start : m.end].lower().startswith("anti") for m in matches
        ):
            # "anti-rebel fighters", "anti-Houthi forces": against the side they name (not the anti-Balaka); against
            # the state ("anti-regime groups", "anti-government forces"), the rebels of the place's country the story names
            return self._named_rebels(text, place_cc) if _ANTI_STATE.search(text) else None
        head_off = tok.idx - start
        backer = _COMPANION.search(text)
        if matches and backer is not None and head_off < backer.start() and all(m.start >= backer.start() for m in matches) and (
            tok.lemma_.lower() in _FORCE_NOUNS | _NON_STATE_GENERIC or tok.lower_ in _FORCE_NOUNS | _NON_STATE_GENERIC
        ):
            # "counter-terrorism troops, backed by tribesmen and US-led coalition air strikes, raised the flag": every
            # side the phrase names backs its head, whose own words say whose it is (read below)
            matches = []
        if matches and not any(m.start <= head_off < m.end for m in matches) and all(
            _AGAINST.search(text, 0, m.start) for m in matches
        ) and (tok.lemma_.lower() in _FORCE_NOUNS or tok.lower_ in self.catalogue.generic_state):
            # "Government forces in a crackdown against Taliban fighters recaptured X": every side the phrase names is
            # the one it fights, so the head's own words say whose the forces are
            matches = []
        if matches:
            # "HTS fighters, along with Turkish-backed factions, captured X": the side that comes along (or backs
            # it) is not the one the phrase names, unless it is the only one
            # (nor is the one it fights: "Fighters of the self-styled Resistance-2 against the Taliban")
            pool = [m for m in matches if not _COMPANION.search(text, 0, m.start) and not _AGAINST.search(text, 0, m.start)] or matches
            covering = [m for m in pool if m.start <= head_off < m.end]
            # "M23-Twirwaneho forces": of the names an alliance runs together, the first leads it
            chosen = first_joined(covering[0] if covering else pool[-1], pool, text)
            if covering and chosen.actor.kind == ActorKind.STATE and (pro := next((
                m for m in pool if m.actor.kind == ActorKind.NON_STATE and _ALLEGIANCE_PRO.search(text, 0, m.start)
            ), None)) is not None:
                # "the pro-Houthi Yemeni army": the army a side's loyalists call a country's is that side's
                chosen = pro
            if not covering and len(pool) > 1 and all(m.start > head_off for m in pool) and " and " in text[pool[0].end : pool[1].start]:
                # "the forces of the Syrian National Army and the Turkish army took X": the side named first leads
                chosen = pool[0]
            # "SNA and ATMIS forces took X": of allies named together, the army of the place's country holds it
            chosen = next((m for m in pool if place_cc and m.actor.government_of == place_cc and m.actor.id != chosen.actor.id and (
                m.actor.id in chosen.actor.allies or chosen.actor.id in m.actor.allies)), chosen)
            entry = chosen.actor
            # (not after another side's name: "LNA Saiqa forces" are the LNA's)
            tail = _name_tail(doc_text, start + chosen.start, start + chosen.end, self.gazetteer) and not any(
                m.end <= chosen.start and not text[m.end : chosen.start].strip() for m in matches
            )
            common = _common_words(doc_text, start + chosen.start, start + chosen.end, self.gazetteer) or tail
            if place_cc is None and entry.kind == ActorKind.NON_STATE and tail:
                return None  # "Popular Resistance fighters seized X": another group's name, which never pulls X to Myanmar
            if (
                place_cc and entry.kind == ActorKind.NON_STATE and entry.countries and place_cc not in entry.countries
                and not set(entry.countries) & self.written_countries
                and common
                and not text[chosen.start:chosen.end].lower().startswith("kurdish ")  # the Peshmerga in Iraq, below
                # "Turkish-backed factions": a country word says whose they are, wherever the place was put
                and not self.gazetteer.country_code(text[chosen.start:chosen.end].split()[0].split("-")[0])
            ):
                # "popular resistance fighters" in Yemen are no Myanmar PDF, "separatist forces" in Ukraine no
                # Yemeni STC: a group's common-noun alias names it only where it fights (or where the text goes);
                # "resistance forces in Panjshir" are the side of that region; a state's unnamed units its own
                if (native := self._homeland_side(tok, toks, text)) is not None:
                    return native
                own = speaker is not None and speaker.kind == ActorKind.STATE and tok.lemma_.lower() in _FORCE_NOUNS
                return speaker if own else None
            if (
                place_cc and entry.kind == ActorKind.STATE and entry.default_country not in (None, place_cc)
                and place_cc in self.written_countries | self.area_countries  # the text itself puts the place there
                and _common_words(doc_text, start + chosen.start, start + chosen.end, self.gazetteer)
                # (not a name the catalogue lists in both cases: "the peshmerga forces" are the Peshmerga anywhere)
                and text[chosen.start:chosen.end].split()[0].capitalize() not in entry.aliases
                and (gov := self._government(place_cc, text)) is not None
            ):
                # "the junta" in Sudan is Sudan's army, "Regime troops" opening a Syrian story Syria's: an alias in
                # lower case (but for a sentence's first letter) is a common noun there
                return gov
            if entry.kind == ActorKind.STATE and text[chosen.start:chosen.end].lower().startswith(("pro-government", "pro-regime")):
                # "Pro-government forces entered Adan Jabal": Somalia's, not Yemen's (whose alias it also is); with no
                # place yet, no side either, so the alias does not pull the place to Yemen
                if not place_cc:
                    return None
                if entry.default_country != place_cc and (gov := self._government(place_cc, text)) is not None:
                    return replace(gov, inferred=True)
            first = text[: chosen.start].split(" and ")[0]
            joined = text.find(" and ", 0, chosen.start)
            if (
                # (an "and" inside a name is no pair of sides: "Militants from the Islamic State of Iraq and the Levant")
                place_cc and joined >= 0 and not any(m.start <= joined < m.end for m in matches)
                # (not an "and" inside whose they are: "Forces loyal to Libyan general and former US citizen Khalifa
                # Haftar" are Haftar's, not Libya's)
                and not _LOYAL_TO.search(first)
                and (any(self.gazetteer.country_code(w) == place_cc for w in first.split())
                     or first.strip(" ,;:").lower().removeprefix("the ") in self.catalogue.generic_state)
                and (gov := self._government(place_cc, text)) is not None and gov.id != entry.id
            ):
                # "Somali and African Union (AMISOM) forces retook X" in Somalia, "government forces and the militias
                # of Ahlu Sunna Wal-Jama captured X": the country's own forces, named first
                return gov
            if text[chosen.start:chosen.end].lower().startswith("kurdish "):
                # "Kurdish fighters regained Zumar" in Iraq: Peshmerga; a place of no known country is in the country
                # whose Kurdish force the story names ("the Ministry of Peshmerga said Kurdish forces took X")
                home = place_cc or next((cc for cc, side in _KURDISH_IN.items() if self.actors.get(side)), None)
                entry = kurdish_side(entry, home, self.catalogue)
            return ResolvedActor.from_entry(self.catalogue.local_branch(entry, place_cc), text)
        for c in tok.children:
            # "fighters loyal to the UN-recognised government", "forces allied with the UN-backed government": whose
            if c.dep_ in ("amod", "acl") and c.lemma_.lower() in ("loyal", "ally", "allied", "aligned"):
                patron = next((g for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for g in p.children if g.dep_ == "pobj"), None)
                if patron is not None and (patron_named := self.catalogue.find(doc_text_of(patron))):
                    # "Forces loyal to Libyan general and former US citizen Khalifa Haftar": the man named, not the
                    # country word before his title
                    return ResolvedActor.from_entry(patron_named[-1].actor, text)
                if patron is not None and (found := self.resolve_actor(patron, speaker, place_cc)) is not None:
                    return found
                prep = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with") and not any(p.children)), None)
                if patron is None and prep is not None and (written := self.catalogue.find(
                    tok.doc[prep.i + 1 : tok.head.i if prep.i < tok.head.i <= prep.i + 10 else prep.i + 7].text
                )):
                    # a parse that hangs the patron's name on the verb: "Forces loyal to eastern commander Khalifa
                    # Haftar seized X" ("to" left with no object): the name written right after it
                    return ResolvedActor.from_entry(written[0].actor, text)
            # "rebel forces led by South Sudan's former vice president, Riek Machar", "fighters supporting exiled
            # President Hadi": the leader or the one supported names the side (his name in apposition too)
            if c.dep_ == "acl" and c.lower_ in ("known", "called") and (
                known_as := [g for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
            ) and (found := self.resolve_actor(known_as[0], speaker, place_cc)) is not None:
                return found  # "the rebel alliance known as Seleka"
            if c.dep_ == "prep" and c.lower_ == "under" and (tok.lemma_.lower() in _FORCE_NOUNS | _NON_STATE_GENERIC or tok.lower_ in _FORCE_NOUNS):
                # "forces under Ahmad Massoud", "fighters under the command of Hemedti": the commander's side
                for led in (g for g in c.children if g.dep_ == "pobj"):
                    if led.lemma_.lower() in _COMMANDED:
                        led = next(iter(prep_objects(led, ("of",))), led)
                    if (found := self.resolve_actor(led, speaker, place_cc)) is not None:
                        return found
            if c.dep_ == "acl" and c.lower_ in _PATRON_WORDS:
                # "Syrian rebels supported by Turkey", "fighters backed by Ankara": the catalogue's "Turkey-backed rebels"
                for patron in (g for p in c.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"):
                    backed = f"{patron.text}-backed {tok.text}"
                    backers = self.catalogue.find(backed)
                    if backers and backers[0].start == 0 and backers[0].end == len(backed):
                        return ResolvedActor.from_entry(backers[0].actor, text)
            if c.dep_ == "acl" and c.lower_ in ("led", "commanded", "headed", "supporting"):
                heads = [g for p in c.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by") for g in p.children if g.dep_ == "pobj"]
                heads += [g for g in c.children if g.dep_ == "dobj" and c.lower_ == "supporting"]
                for patron in heads:
                    for named in (patron, *(a for a in patron.children if a.dep_ == "appos")):
                        if (found := self.resolve_actor(named, speaker, place_cc)) is not None:
                            return found
        lemma = tok.lemma_.lower()
        low = tok.lower_
        if ({lemma, low} & _NON_STATE_GENERIC) and self._of_unknown_group(tok):
            return None  # "Fighters of the Popular Resistance seized the airport": a group the catalogue lacks, not the Houthis
        if lemma == "government" and (ruled := [o for o in prep_objects(tok, ("of",)) if o.pos_ == "PROPN"]):
            # "fallen to the hands of the government of South Sudan": that country's state forces
            start, end = token_span_text(ruled[0].subtree)
            if (cc := self.gazetteer.country_code(tok.doc.text[start:end])) is not None:
                return self._government(cc, text)
        # (not a possessive's "'s": "the rebel group's capture of X")
        phrase = " ".join(t.lower_ for t in sorted(toks, key=lambda t: t.i) if t.dep_ not in ("det", "case")).replace(" - ", "-")  # "UN-backed government"
        owner = next((c for c in tok.children if c.dep_ == "poss" and self.gazetteer.country_code(c.text)), None)
        if owner is not None and not self.catalogue.generic_candidates(phrase):
            # "Libya's UN-backed government": the country says where, the rest of the phrase whose
            phrase = " ".join(t.lower_ for t in sorted(toks, key=lambda t: t.i)
                              if t.dep_ != "det" and t not in owner.subtree).replace(" - ", "-")
        capital = next((CAPITALS[c.lower_] for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i
                        and c.lower_ in CAPITALS), None)
        if capital is not None and {lemma, low} & (_FORCE_NOUNS | _LOYAL_NOUNS):
            return self._government(capital, text)  # "Moscow troops", "into the hands of Kiev forces", "Damascus loyalists"
        if place_cc and _PRO_GOVERNMENT.match(phrase) and ({lemma, low} & (_FORCE_NOUNS | _NON_STATE_GENERIC)) and (
            gov := self._government(place_cc, text)
        ) is not None:
            return replace(gov, inferred=True)  # "pro-government fighters withdrew from Palmyra": the army's side, not ISIS
        if self.catalogue.generic_candidates(phrase):
            found = self._not_its_foe(self._generic(phrase, text, place_cc), tok, text, place_cc)
            if found is not None:
                return found
        if low == "rebel" and tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass", "ROOT") and not (
            tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-"  # "rebel-held Qusair" is no rebel
        ) and (found := self._generic("rebels", text, place_cc)) is not None:
            return found  # a headline's "South Sudan rebel agrees to talks after taking Bor": one of the rebels, theirs
        # (and "the revolutionary forces", in lower case: never a name's "Revolutionary Guard forces")
        rebel = next((t for t in toks if t != tok and (t.lower_ in _REBEL_MODIFIERS or t.text == "revolutionary")), None)
        if (rebel is not None or low in _NON_STATE_GENERIC or lemma in _NON_STATE_GENERIC) and (
            native := self._homeland_side(tok, toks, text)
        ) is not None:
            return native  # "Rebel forces in Ethiopia's Tigray region": the TPLF
        if rebel is not None and (lemma in _FORCE_NOUNS or low in _FORCE_NOUNS):
            # "Syrian rebel forces", "opposition troops": the country names where, not whose
            return self._generic("rebels", text, place_cc) or self._generic("opposition", text, place_cc)
        if rebel is not None and rebel.lower_ == "rebel" and lemma in ("fighter", "militant", "insurgent") and (
            found := self._generic("rebels", text, place_cc)
        ) is not None:
            return found  # "Rebel fighters in Central African Republic occupied X": the rebels of the place's war then
        if (lemma in _FORCE_NOUNS or low in _FORCE_NOUNS) and (kind := next((
            c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and self.catalogue.generic_candidates(c.lower_)
        ), None)) is not None and (found := self._not_its_foe(self._generic(kind, text, place_cc), tok, text, place_cc)) is not None:
            return found  # "the paramilitary force battling the army took X": the paramilitaries (the RSF), not the army
        if speaker is not None and (units := own_units(tok, toks, speaker, self.catalogue.entries)) is not None:
            return units  # "Libyan commander Khalifa Haftar says forces captured Derna": his (speaker_units.py)
        if {lemma, low} & (_FORCE_NOUNS | _NON_STATE_GENERIC) and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in _STATE_MODIFIERS for c in tok.children
        ) and (homeland := next((
            e for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree
            if (e := self.catalogue.of_homeland(t.text)) is not None
        ), None)) is not None:
            # "Forces from Ethiopia's Tigray region have taken control of Lalibela": the side of the region they come
            # from, never the country's army that the country word (or the place's country) would name
            return ResolvedActor.from_entry(homeland, text)
        if lemma in _RANK_NOUNS and (rank_cc := next((
            code for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and not c.is_stop
            and (code := self.gazetteer.country_code(c.text)) is not None
        ), None)) is not None:
            # "Fallujah retaken, Iraqi commander says": an officer named by his country speaks for its forces, as "army
            # says" does (a commander of no country, or of a named group, is read as before)
            return self._government(rank_cc, text)
        if lemma in _FORCE_NOUNS or low in _FORCE_NOUNS or low in self.catalogue.generic_state:
            # "regime forces backed by Russian aircraft": the backer is not whose forces they are
            # (or by the army they belong to: "Troops of the national army, FACA, supported by their Rwandan allies")
            backing = {t.i for h in toks for c in h.children if c.dep_ == "acl" and c.lower_ in _BACKER_WORDS for t in c.subtree}
            if place_cc and any(t.lower_ == "and" for t in toks) and (gov := self._joint_home(toks, backing, place_cc, text)):
                return gov  # "French and Malian troops retook Diabaly" in Mali: the country's own forces
            for t in toks:
                if t.i in backing:
                    continue
                cc = None if t.is_stop else self.gazetteer.country_code(t.text)  # "and" is Andorra's ISO code
                if cc and t.i > 0 and (wider := self.gazetteer.country_code(f"{t.nbor(-1).text} {t.text}")):
                    cc = wider  # "South Sudan army": South Sudan's, not Sudan's
                if cc and t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and t.nbor(2).lower_ in _BACKER_WORDS:
                    continue  # "Saudi-backed government forces" are not Saudi forces
                if cc and t != tok:
                    return self._government(cc, text)
                if t.dep_ == "poss" and t.lower_ in ("its", "their") and speaker is not None:
                    return speaker
            if any(t.lower_ in _OCCUPIER_WORDS for t in toks):  # the head word too: "liberated from the occupiers"
                # "liberated from the occupying forces", "enemy troops withdrew": the other side, never the place's own
                # forces or the speaker's (a country word before them was read above: "Russian occupying forces"):
                # the one state the place's government is at war with, else no side
                ruler = self.catalogue.government(place_cc)
                foes = [self.catalogue.entries[f] for f in (ruler.foes if ruler is not None else ()) if f in self.catalogue.entries]
                return replace(ResolvedActor.from_entry(foes[0], text), inferred=True) if len(foes) == 1 else None
            if speaker is not None and speaker.kind == ActorKind.STATE:
                # "Russia says forces seized ...", "units of the 'Southern' group of troops liberated ..., the Russian
                # ministry said": a state speaking of its unnamed units means its own
                return speaker
        if (dated := dated_side(tok, self.when)) is not None and (dated_entry := self.catalogue.entries.get(dated)) is not None:
            return ResolvedActor.from_entry(dated_entry, text)  # "Amhara forces" after April 2023: the Fano (dated_alias.py)
        if lemma == "rebel" and any(c.dep_ in ("amod", "compound") and c.lower_ in _JIHADIST_MODIFIERS for c in tok.children):
            # "Islamist rebels drove the army out of Konna" in Mali: jihadists, never the secular Tuareg rebels ("rebels"
            # alone stands for them; "jihadist fighters" keep the fighters' own reading)
            return self._generic("jihadists", text, place_cc)
        if low in _NON_STATE_GENERIC or lemma in _NON_STATE_GENERIC:
            found = self._generic(low, text, place_cc) or self._generic(lemma, text, place_cc)
            if found is None and lemma != low:
                found = self._generic(lemma + "s", text, place_cc)
            return self._not_its_foe(found, tok, text, place_cc)
        held = low == "state" and tok.head.lemma_.lower() in ("control", "rule")  # "X was now under state control"
        if (lemma == "government" or low in _GOVERNMENT_SHORT or held) and not any(t.lower_ in _REBEL_MODIFIERS or t.lower_ in ("rival", "parallel") for t in toks):
            # a government that takes a town ("The government recaptured it on Friday", "The Angolan government said
            # it had recaptured X") is its state's forces: the country it names, else the place's
            home = next((code for t in toks if t != tok and not t.is_stop and (code := self.gazetteer.country_code(t.text))), None)
            found = self._government(home or place_cc or self.main_country(), text)
            return replace(found, inferred=home is None) if found is not None else None
        if lemma in _FORCE_NOUNS and self._unknown_namer(tok, toks):
            return None  # "Last Kurd forces leave Manbij": forces a name the catalogue does not know calls its own
        if (rebel_army := rebel_national_army(
            tok, toks, self.actors, self.catalogue.entries, self.catalogue.government(place_cc or self.main_country()), place_cc,
        )) is not None:
            return replace(ResolvedActor.from_entry(rebel_army, text), inferred=True)  # national_army.py
        if low in self.catalogue.generic_state or lemma in _FORCE_NOUNS or text.lower() in self.catalogue.generic_state:
            # "Army recaptures Palmyra": the state forces of the country the place lies in, flagged as read, not written
            found = self._government(place_cc or self.main_country(), text)
            return replace(found, inferred=True) if found is not None else None
        if (lemma in _HEADS_OF_STATE or _prime_minister(tok)) and not any(t.lower_ in _NOT_IN_OFFICE for t in toks) and (home := next((
            code for t in toks if t.i != tok.i and not t.is_stop and t.dep_ in ("amod", "compound", "poss")
            and (code := self.gazetteer.country_code(t.text.removesuffix("'s").removesuffix("’s")))
        ), None)) is not None:
            return self._government(home, text)  # "Ukrainian president hails liberation of X": that state's forces
        if lemma in ("ministry", "staff") and any(c.lower_ == "the" for c in tok.children) and (
            body := self._body_named_before(tok, toks)
        ) is not None:
            return body  # "the ministry announced" after "the Russian Ministry of Defense declared": that state's
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "NORP", "PERSON", "GPE", ""):
            if self.gazetteer.country_code(text):  # "Russia completed its withdrawal"
                return self._government(self.gazetteer.country_code(text), text)
            if tok.tag_ == "NNPS" and text.lower().startswith("the ") and (cc := self.gazetteer.country_code(tok.text)):
                return self._government(cc, text)  # a monitor's "the Russians occupied X": that state's forces
            if text.lower() in CAPITALS and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "poss"):
                return self._government(CAPITALS[text.lower()], text)  # "Moscow says its troops seized X"
            if tok.ent_type_ == "GPE":
                return None
            if lemma in _STATE_BODIES:  # "Russia's defence ministry", "the Ukrainian General Staff"
                for t in toks:
                    cc = self.gazetteer.country_code(t.text.rstrip("'’s")) if t != tok and not t.is_stop else None
                    if cc:
                        return self._government(cc, text)
            if (office := self._office_holder(tok, toks, text)) is not None:
                return office
            if _AREA_COMMAND.match(text) and (gov := self._government(place_cc, text)) is not None:
                return replace(gov, inferred=True)  # "Al-Jazeera Operations Command liberated X" in Iraq: its army
            if any(t.lower_ in _MEDIA_WORDS for t in toks):
                # "The Global New Light of Myanmar", "the Syrian Observatory": who reports, not who fights ("the junta
                # said in state media The Global New Light of Myanmar it had retaken X": the paper parsed as a second
                # subject beside the pronoun that is the side)
                other = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i != tok.i and c.lower_ in _PRONOUNS), None)
                return self.resolve_actor(other, speaker, place_cc) if tok.dep_ == "nsubj" and other is not None else None
            if tok.ent_type_ == "ORG" and not any(t.lemma_.lower() in _BYSTANDERS for t in toks):
                if (split := split_name(doc_text, start, tok.idx, self.catalogue, place_cc)) is not None:
                    return ResolvedActor.from_entry(self.catalogue.local_branch(split, place_cc), text)  # split_name.py
                slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]
                return ResolvedActor(f"x-{slug}", text, ActorKind.UNKNOWN, text)
        return None

    def _homeland_side(self, tok: Token, toks: list[Token], text: str) -> ResolvedActor | None:
        """The side a generic phrase names by its region ("rebel forces in Tigray", "resistance fighters in Panjshir")."""
        home = next((e for t in toks if t != tok and (e := self.catalogue.of_homeland(t.text)) is not None), None)
        return ResolvedActor.from_entry(home, text) if home is not None else None

    def _body_named_before(self, tok: Token, toks: list[Token]) -> ResolvedActor | None:
        """The state whose ministry or general staff the article names, for a bare "the ministry" ("the Russian
        Ministry of Defense declared ... the ministry announced"), when the phrase names no country itself."""
        if any(t != tok and not t.is_stop and self.gazetteer.country_code(t.text.rstrip("'’s")) for t in toks):
            return None
        # (none named in full: the one state the article has speak by name, "Russia said on Monday its forces had
        # captured two villages ... the defense ministry said its troops had liberated X": Russia's ministry)
        bodies = self.body_countries or self.speaker_countries
        if len(bodies) != 1:
            return None  # two states' ministries named: no telling whose "the ministry" is
        return self._government(next(iter(bodies)), tok.text)

    # --- places --------------------------------------------------------------------------------------
    @staticmethod
    def place_span(tok: Token) -> Span:
        """The written name of a place headed by ``tok``: its proper-noun compounds and "al-" pieces."""
        doc = tok.doc
        start = tok.i
        j = tok.i - 1
        while j >= 0:
            left = doc[j]
            if left.lower_ in _DIRECTIONAL or left.ent_type_ == "NORP" or left.lower_ in _MONTHS_DAYS:
                break  # "took over Wednesday Al Hasha District": the day is no part of the name
            if left.lower_ in CLAUSE_OPENING_VERBS and (j == left.sent.start or doc[j - 1].text in (",", ":")):
                break  # a note's subjectless "Retook Marte from ISWAP": the verb the small model hangs on the name
            if left.text in _COMPASS_ABBREVIATIONS:
                break  # a wire headline's "base in NE Nigeria", "NW Syria town": the quarter, no part of the name
            if left.text == "-" and left.whitespace_ and j > 0 and doc[j - 1].whitespace_:
                break  # "towns in Donetsk Oblast - Kramatorsk, ...": a spaced dash sets a list off and joins no name
            attached = left.head.i >= left.i and left.head.i <= tok.i
            # "al-Jaysat" written as one word; "Tell Malh" read as two objects of one verb: still one name
            glued = not left.whitespace_ and (left.text == "-" or doc[j + 1].text == "-")
            twin = left.pos_ == "PROPN" and j == start - 1 and left.head.i == tok.head.i and left.dep_ == tok.dep_ != "conj"
            # "Sar-e Pul", "Qala-e Zal": a glued particle after a hyphen, set off from the next word by a space
            ezafe = (left.lower_ in _GLUED_PARTICLES and j == start - 1 and j >= 2 and doc[j - 1].text == "-"
                     and not doc[j - 1].whitespace_ and not doc[j - 2].whitespace_ and doc[j - 2].text[:1].isupper())
            # "seized Um Dabakir village", "the village of Tell Marzuq": a capitalised word that opens a settlement's
            # name, parsed as an interjection or a verb of its own, still opens the name right after it
            opener = j == start - 1 and left.text[:1].isupper() and left.lower_ in _NAME_OPENERS and left.pos_ in ("INTJ", "VERB", "PROPN", "NOUN", "X")
            attached = attached or glued or twin or ezafe or opener
            if attached and (left.pos_ == "PROPN" or left.text in ("-", "'") or ((glued or ezafe) and left.lower_ in _GLUED_PARTICLES) or left.lower_ in ("al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ez", "es", "ed", "tal", "tall", "tel", "tell", "deir", "jisr", "ras", "bab", "abu", "umm", "um", "ain", "kafr", "khan", "wadi") or (left.text[:1].isupper() and left.dep_ in ("compound", "nmod"))):
                start = j
                j -= 1
                continue
            break
        end = tok.i + 1
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
            if doc[end + 1].text[:1].isupper():
                end += 2
            elif (  # "Sar-e-Pol", "Mazar-i-Sharif": a glued particle between two capitals
                doc[end + 1].lower_ in _GLUED_PARTICLES and end + 3 < len(doc) and not doc[end + 1].whitespace_
                and doc[end + 2].text == "-" and doc[end + 3].text[:1].isupper()
            ):
                end += 4
            else:
                break
        return doc[start:end]

    def _side_owned_name(self, tok: Token, span: Span, name: str) -> str | None:
        """The town's own name where the written name opens on a side's ("Islamic State Ramadi stronghold" read as
        "State Ramadi", "ISIS Raqqa stronghold", "Daesh Mosul bastion"): what follows the side's alias, when only that
        is a town the gazetteer knows (heads39)."""
        if span.start == tok.i or self.gazetteer.candidates(name):
            return None
        doc = tok.doc
        lead = doc[span.start - 1].idx if span.start > 0 and doc[span.start - 1].text[:1].isupper() else span.start_char
        window = doc.text[lead : tok.idx]
        ends = [m.end for m in self.catalogue.find(window) if m.start == 0 and lead + m.end > span.start_char]
        if not ends:
            return None
        rest = doc.text[lead + max(ends) : span.end_char].strip(" -'")
        # (never a country written after a side's name: "stronghold of ISIS Mozambique" names the side's branch)
        return rest if rest[:1].isupper() and not self.gazetteer.country_code(rest) and self.gazetteer.candidates(rest) else None

    def resolve_site(self, tok: Token, hints_extra: list[str | None]) -> tuple[Place, GeoPlace | None]:
        """A site written with common nouns, named after its town when the text gives one: "Aden International
        Airport" from "Aden's international airport", "presidential palace" when no town is given."""
        town = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) or next(
            (o for o in prep_objects(tok, ("in", "of", "near", "outside")) if o.pos_ == "PROPN"), None
        )
        mods = [c.text.lower() for c in tok.children if c.dep_ in ("amod", "compound") and c.pos_ != "PROPN"]
        words = " ".join([*mods, tok.text.lower()])
        hints = self.country_hints(hints_extra)
        if town is None:
            return Place(name=words, canonical_name=words, country_code=hints[0] if hints else None), None
        town_name = self.place_span(town).text.strip(" -'")
        geo = self.gazetteer.resolve(town_name, hints)
        name = f"{town_name} {words.title()}"
        return Place(name=name, canonical_name=name, country_code=geo.country_code if geo else (hints[0] if hints else None),
                     admin1_code=geo.admin1_code if geo else None), None

    def resolve_place(
        self, tok: Token, kind_noun: str | None, hints_extra: list[str | None], strong: bool = False,
        person_ok: bool = True, corroborated: bool = False,
    ) -> tuple[Place, GeoPlace | None] | None:
        """Resolve a place head to GeoNames, or keep it as written when the text clearly names a place."""
        span = self.place_span(tok)
        name = span.text.strip(" -'")
        if name in ("Town", "City", "Village", "Township") and tok.i > 0 and tok.nbor(-1).pos_ == "PROPN" and tok.nbor(-1).head.i == tok.i:
            name = f"{tok.nbor(-1).text} {name}"  # "Adigrat Town", its first word tagged as a nationality
        if not name or len(name) < 2 or name.lower() in _MONTHS_DAYS or name.lower() in PLACE_NOUNS or name.lower() in _NOT_TOWNS:
            return None
        if names_area(tok, name, lambda n: self.gazetteer.find_admin1(n) is not None):
            return None  # "Eastern Ghouta falls", "seizes strategic Latakia town": a region, a town in a province
        # a note's name of several words the parse cut ("Ceel Xaar" of "Ceel Xaar Dheere village (Ceel Buur, Galgaduud)"):
        # the whole name the note wrote before its hierarchy, when the text goes on with it
        after = tok.doc.text[span.end_char : span.end_char + 60]
        name = next((full for full in self.noted_names if full.startswith(name + " ") and (name + after).startswith(full)), name)
        if kind_noun is None and self.is_noted_place(name):
            kind_noun = "place"
        if (area := called_area(tok, name)) is not None:
            kind_noun = area  # "Idlib Province", "Kandahar and Helmand, the two largest provinces": what the text calls it
            name = _AREA_SUFFIX.sub("", name)
        if not any(ch.isupper() for ch in _ARTICLE.sub("", name)[:2]):  # "al-Zakat" is capitalised after its article
            return None
        words = name.split()
        if self.gazetteer.country_code(name) or (
            len(words) > 1 and words[0].rstrip(".").lower() in _COMPASS and self.gazetteer.country_code(" ".join(words[1:]))
        ):
            return None  # "S. Somalia town", "southern Syria": a country, not a town
        if len(words) > 1 and words[-1].lower() in ("border", "frontier") and self.gazetteer.country_code(" ".join(words[:-1])):
            return None  # a Title Case headline's "an army camp near Thai Border": a country's border, no town
        if (NON_PLACE_WORDS | _TERRITORY_WORDS) & {w.lower() for w in re.split(r"[\s-]+", name)} or (
            tok.i > 0 and self.gazetteer.country_code(f"{tok.doc[tok.i - 1].text} {name}")
        ):
            return None  # "the World Cup", "South Africa" (the parser left "South" out of the name); a Title Case
            # headline's "Captures New Territory from RSF": land, no town
        alias = self.catalogue.find(name)
        if alias and alias[0].end - alias[0].start >= len(name) - 1:
            return None
        if tok.left_edge.i < span.start and (lead := self.catalogue.find(lead_text := tok.doc[tok.left_edge.i : span.end].text)) and (
            lead[0].start == 0 and lead[0].end >= len(lead_text) - 1
        ):
            return None  # "overran an Abu Sayyaf camp": the last word of a side's name before its camp, no town (news43)
        if (owned := self._side_owned_name(tok, span, name)) is not None:
            name = owned  # "retake Islamic State Ramadi stronghold", "ISIS Raqqa stronghold": the town after its side's name
        hints = self.country_hints(hints_extra)
        # the sentence's own "X in Ukraine's Kharkiv region" outranks the article's most-written country (a Russian
        # ministry's claim writes Russia most): a namesake elsewhere is then no reading of X
        located = located_country(tok.doc.text[span.end_char:tok.sent.end_char], self.gazetteer, self.catalogue.war_countries)
        if located is None:
            located = kind_country(tok, self.gazetteer)  # "Turkish troops took the Syrian border town of Ras al-Ayn"
        if located is not None:
            hints = [located] + [h for h in hints if h != located]
        # a note's own "(district, region)" says the country and province: namesakes elsewhere never stand for it
        noted = self.noted_areas.get(name_key(name))
        place, hints = resolve_noted(self.gazetteer, name, hints, noted)
        if located is None and noted is not None and noted.country_code is not None:
            located = noted.country_code  # (a spelling GeoNames lacks is then looked for there only, never abroad)
        if place is not None and not arabic_namesake(name, place):
            place = None  # "al-Jubah", a Yemeni district, folds to Juba's key: an Arabic name is no South Sudanese city
        if (kind := _KIND_SUFFIX.search(name)) is not None and (place is None or place.country_code not in hints[:3]):
            bare = self.gazetteer.resolve(name[: kind.start()], hints)  # "Adigrat Town", "Wad Madani City"
            if bare is not None and (not hints or bare.country_code in hints[:3]):
                place, name = bare, name[: kind.start()]
        at_war = beside = None
        if not hints:
            # nothing names a country ("Army recaptures Palmyra"): a namesake in a country at war comes first
            # only when it is also the largest namesake: a fuzzy key's smaller match abroad ("al-Rai", Chad) is not
            candidates = self.gazetteer.candidates(name)
            biggest = max(candidates, key=lambda p: p.population, default=None)
            at_war = biggest if biggest is not None and biggest.country_code in self.catalogue.war_countries else None
            # ... but a town written beside another country's border lies in a country at war across it ("Ras al-Ain
            # near the Turkish border" is Syria's, no larger namesake in Israel), and the story's "Kurdish forces" fight
            # in Syria and Iraq only (borderlands.py)
            beside = across_border(candidates, self.neighbours, self.catalogue.war_countries) or (
                next((p for p in candidates if p.country_code in _KURDISH_HOMES), None) if self.kurdish_named or self.kurdish_held else None
            )
            at_war = beside or at_war
            place = at_war or place
        if _from_around(tok):
            return None  # "withdrew from around the city of Chernihiv": from the land around it, never held
        if (kind_noun in _SETTLEMENT_NOUNS and tok.dep_ == "compound") or kind_noun in INSTALLATION_NOUNS:
            # "a strategic Amhara town", "a military base in Borno": a region names where it is, not the place taken
            region = self.gazetteer.find_admin1(name, hints[0] if hints else None)
            if region is not None and (place is None or place.country_code != region[0]):
                return None
        if place is not None and hints and place.country_code not in hints[:3] and not self._sides_other_country(place, name) and (
            place.population < 50000 or name_key(place.name) != name_key(name) or (
                place.country_code not in self.catalogue.war_countries
                and set(hints[:3]) & self.catalogue.war_countries & self.written_countries
            )
        ):
            # an obscure namesake abroad is likelier a wrong match than a right one, and so is a city abroad known
            # by the written name only as another spelling ("Arare", a Somali village, is no Harare), and a town of a
            # country at peace that a story written about a war never names ("Pakistani troops cleared Degan": no
            # Chinese Degan; "The NPA seized Kathmandu" writes no country, and its acronym may be Nepal's Maoists)
            place = None
        village_as_city = place is not None and kind_noun in _HAMLET_NOUNS and place.population >= _CITY_NOT_VILLAGE
        near_cc = near_country(tok.doc.text[span.end_char:tok.sent.end_char], self.gazetteer, self.catalogue.war_countries) if (
            village_as_city
        ) else None
        if place is not None and village_as_city and (
            (near_cc is not None and near_cc != place.country_code) or (
                near_cc is None and hints and hints[0] in self.catalogue.war_countries
                and place.country_code not in self.catalogue.war_countries
            )
        ):
            # "took the villages of A, B, Doha and C" in a Syrian story, "the village of Doha near Raqqa", "the village of
            # Salamiyah in the X district southeast of Mosul": a village named like a city abroad (at peace, or in
            # another war than the town it lies near) is no reading of that city (a city is never called a village)
            war_cc = near_cc or hints[0]
            place, hints = None, [war_cc] + [h for h in hints if h != war_cc]
        # a name GeoNames knows only abroad, which the sentence itself places in a country of a war: a place's name
        # there, whatever the tagger guessed of it ("captured Staritsa, Kharkiv region": no Russian Staritsa)
        placed_there = False
        if place is not None and located is not None and place.country_code != located and (
            place.population < 50000 or place.country_code not in self.written_countries
        ):
            # "Krasnoye in Kharkiv": a Russian village of the name is not it; nor is a city abroad the text never names
            # ("Palma in Cabo Delgado province" is no Spanish Palma, "New York in eastern Ukraine" no American city)
            place, placed_there = None, located in self.catalogue.war_countries
        if place is None and strong and hints:
            # a spelling GeoNames does not list, taken by a strong verb: the one town of the article's first or second
            # country that folds to it ("Tshinvali" is Tskhinvali in Georgia when "Russian troops" come first)
            # ("Oleshnya in the Kursk region" is no Ukrainian Vilshana: where the sentence puts it, only there)
            countries = [located] if located is not None else hints[:2]
            place = next(filter(None, (self.gazetteer.resolve_variant(name, cc) for cc in countries)), None)
        if place is not None and place.population < 50000:
            # "Bogdanovka, located near Chasov Yar" is not the Bohdanivka of another oblast: the namesake near that
            # town, else the village as written, in that town's country
            place, near_cc = near_anchor(tok.doc.text[span.end_char:tok.sent.end_char], place, name, self.gazetteer)
            if near_cc is not None:
                hints = [near_cc] + [h for h in hints if h != near_cc]
        if located is not None and (place is None or place.country_code == located):
            self.located_names[name_key(name)] = located  # its other mentions lie there too
        if place is not None and self._abroad(place, name):
            place = None  # "Bagda ... in the Hiiraan region" is no Baghdad: a note's admin area places its village
        if kind_noun == "area" and place is not None and self.gazetteer.find_admin1(name) is not None:
            # "troop withdrawal from Ukraine's Kharkiv area", "pulled back from the Kyiv area": the land around a city
            # that names its province, not the city (an area no province is named after stays: "the Kazgail area")
            return None
        if kind_noun in _AREA_KINDS and place is not None and (self.gazetteer.find_admin1(name) is not None or self.gazetteer.divisions(name)):
            # "regained control of the Kyiv region": the province, not its namesake city (a province with no town of
            # its name, "all of Shabwa province", stays the province taken, as the corpus labels it)
            return None
        if kind_noun in _AREA_KINDS and not whole_area(tok) and (
            place is not None or self.gazetteer.find_admin1(name) is not None or self.gazetteer.divisions(name)
        ):
            # but only the whole of it: "retook Shabwah governorate", "withdrew from Anbar province", "took back control
            # of its western Anbar province" name no town ("all of Nineveh province fell" is the province taken)
            return None
        if place is not None and kind_noun in _HAMLET_NOUNS and tok.dep_ == "compound" and (not hints or place.country_code in hints[:3]) and (
            (place.population >= _CITY_NOT_VILLAGE and name_key(place.name) == name_key(name))
            or self.gazetteer.find_admin1(name, place.country_code) is not None
        ):
            return None  # "Ukraine recaptures Donetsk village": a village of a city's region, never the city itself
        if place is not None and tok.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "NORP") and not (
            hints and place.country_code in hints[:2]
        ) and not (kind_noun and self._sides_other_country(place, name)) and not (at_war is not None and place is at_war and (at_war.population >= _WAR_TOWN or at_war == beside) and tok.ent_type_ in _MISREAD_TOWN_ENTS) and not (
            # "Russian forces captured Palmyra" in 2016, "Russia hailed the fall of Aleppo": a war town (read as a man or
            # a people) in a country where a side the frame names was at war then, though its home comes first
            tok.ent_type_ in _MISREAD_TOWN_ENTS and place.population >= _WAR_TOWN and self._side_at_war_in(place.country_code, hints_extra)
        ) and not (
            strong and self._war_town_read_as_person(tok, name, place)
            and not any(p.country_code in hints[:2] for p in self.gazetteer.candidates(name))
            and not set(hints[:2]) & self.catalogue.war_countries
        ):
            # (hints of a country at peace that hold no namesake are a foreign army's home: "French troops recaptured
            # Gao" is Mali's Gao; a Lebanese party's "Al-Juba" in Syria is no South Sudanese capital)
            place = None
        if place is not None and not kind_noun and tok.ent_type_ not in ("GPE", "LOC", "FAC") and (
            _taken_by_arrest(tok) or tok.text in self.person_names
        ):
            place = None  # "Police capture Smith": a namesake village is no reading of what police take
        if place is None:
            if _UNIT_WORDS & {w.lower() for w in name.split()}:
                return None  # "the 310th Armoured Brigade base" is a unit's camp, not a named place
            if _ACRONYM_PLURAL.fullmatch(name):
                return None  # "militants use MRAPs seized from the military": vehicles or weapons, an acronym's plural
            if name.split()[-1].lower() in _FIRM_WORDS or (names_building(name) and not kind_noun):
                return None  # "seized Salaam Bank", "took over Mogadishu University": a firm or a school, not a village
            # ("overruns military base in Zabul": a province with no town of its name places no base either)
            if (kind_noun is None or kind_noun in _BASE_KINDS) and hints and (set(hints[:2]) & set(self.gazetteer.provinces(name)) or (
                (province := self.gazetteer.find_admin1(name, hints[0])) is not None and province[0] in hints[:2]
            )):
                return None  # "pulled out of Hiraan", "Barire village, Lower Shabelle": a province of the war, no town
            proper = tok.pos_ == "PROPN" or (tok.i > tok.sent.start and tok.text[:1].isupper() and tok.tag_.startswith("NN"))
            # a capture whose sentence says the other side left is of a place, whatever the tagger guessed of an
            # unknown name ("retook Halgan" read as a nationality, "seized Ragi Ele" as a person)
            loose = corroborated and tok.ent_type_ in ("PERSON", "NORP", "ORG", "") and not self.gazetteer.country_code(name) \
                and not given_name(name.split()[0])
            named_by_verb = strong and proper and (tok.ent_type_ not in _NOT_PLACE_ENTS or misread_date(tok) or loose) and (
                person_ok or loose or tok.ent_type_ not in ("PERSON", "DATE") or span_is_one_word_name(tok)
            ) and tok.text not in self.person_names and not _taken_by_arrest(tok) and (tok.tag_ != "NNPS" or (  # "seized Land Cruisers"
                corroborated and not name.endswith("s"))) and not (
                corroborated and given_name(name.split()[0])  # "gained control of Hassan Mohamed": a man
            )
            # "announced its control of Wad El Haddad, in southern El Gezira": control is held over ground, never a
            # man, and the sentence's own "in <province>" puts the name in a country at war, whatever the tagger guessed
            held_there = located in self.catalogue.war_countries and proper and controlled_name(tok) and not given_name(name.split()[0]) \
                and tok.text not in self.person_names and tok.tag_ != "NNPS" and tok.ent_type_ not in _HELD_NOT_PLACE_ENTS and not (
                    {w.lower() for w in re.split(r"[\s-]+", name)} & _HELD_WORKS
                )  # "its control of Soba Bridge / Marshal Square": a work or a site in a town, not a village
            if not (kind_noun or tok.ent_type_ in ("GPE", "LOC", "FAC") or named_by_verb or held_there or (placed_there and strong and proper)):
                return None
            cc = hints[0] if hints else None
            opened = fronted_country(tok.sent.text, span.start_char - tok.sent.start_char, self.gazetteer) if located is None else None
            if opened in self.catalogue.war_countries:
                cc = opened  # "In North Kivu, the army retook the village of X": the province the sentence opens on
                self.located_names[name_key(name)] = opened
            # (its own "in <province>" says which region of that country: "Kafr Nabudah in northern Hama")
            region = located_area(tok.doc.text[span.end_char:tok.sent.end_char], self.gazetteer, cc)
            if region is not None and cc is None:
                cc = region[0]  # "X in the countryside of Hama": that province's country
            if region is None and cc is not None and cc not in self.catalogue.war_countries and not (
                kind_noun or tok.ent_type_ in ("GPE", "LOC", "FAC") or held_there
            ):
                # "US Special Forces Capture Maduro": a bare name GeoNames lacks, kept only for the verb that takes it,
                # in a country at peace is a man caught, not a town
                return None
            admin1 = region[1] if region is not None else (
                fronted_area(tok.sent.text, span.start_char - tok.sent.start_char, self.gazetteer, cc) if located is None else None
            )
            return Place(name=name, canonical_name=name, country_code=cc, admin1_code=admin1), None
        return (
            Place(
                name=name,
                canonical_name=place.name,
                geonames_id=place.geonames_id,
                country_code=place.country_code,
                admin1_code=place.admin1_code,
                lat=place.lat,
                lon=place.lon,
            ),
            place,
        )

    def _side_at_war_in(self, cc: str, side_countries: list[str | None]) -> bool:
        """Whether ``cc`` is a country at war (the catalogue's) that is one of the frame's sides' countries (their homes
        and the lands they fight in), or any such country when every side's country is at peace (a foreign army's
        home: "French troops marched into Gao")."""
        homes = {c for c in side_countries if c}
        return cc in self.catalogue.war_countries and (cc in homes or (bool(homes) and not homes & self.catalogue.war_countries))

    def plain_listed_name(self, tok: Token, name: str, held: bool = False, called: bool = False) -> bool:
        """Whether a listed name GeoNames lacks may be one more town of its list: no word of a body, a unit, a firm or
        land ("Mosul University", "the 9th Brigade"), no person ("Oleh Marchenko, a Ukrainian commander", a titled man,
        one arrested), no province ("the capital of Zabul province"), no country and no side. ``held``: the name may
        be what "control of" governs; ``called``: the text calls it a village outright, so a title before it ("Imam
        Hamdan, a village") makes no man of it (anchored_name.py)."""
        words = {w.lower() for w in re.split(r"[\s-]+", name)}
        if words & (NON_PLACE_WORDS | _TERRITORY_WORDS | _UNIT_WORDS | _FIRM_WORDS) or (given_name(name.split()[0]) and not called):
            return False
        if any(c.dep_ == "appos" for c in tok.children) or (tok.text in self.person_names and not called) or _taken_by_arrest(tok):
            return False
        if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and not (held and controlled_name(tok))) or (
            self.gazetteer.find_admin1(name) is not None or self.gazetteer.provinces(name)
        ):
            return False  # "Qalat, the capital of Zabul province, and Tarinkot": a province, where a listed town lies
        return not self.gazetteer.country_code(name) and not self.catalogue.find(name)

    def _war_town_read_as_person(self, tok: Token, name: str, place: GeoPlace) -> bool:
        """Whether a name a capture verb takes, tagged as a person (or a nationality) in a sentence that names no
        country, is the town of a country at war that GeoNames lists under that very spelling: the small model reads
        most small African towns as people ("Rebels seized Birao", "Government forces recaptured Gao") or peoples
        ("Rebels seize Kidal"), so the tag says nothing there; a given name, a titled man or an arrest still does."""
        return (
            (tok.ent_type_ == "PERSON" or (tok.ent_type_ == "NORP" and not self.gazetteer.country_code(name)))
            and place.country_code in self.catalogue.war_countries
            and name_key(place.name) == name_key(name) and not given_name(name.split()[0])
            and tok.text not in self.person_names and not _taken_by_arrest(tok)
        )

    def _abroad(self, place: GeoPlace, written: str) -> bool:
        """Whether ``place`` lies outside the one country whose admin area the text names, in a country the text
        never writes, and is a namesake there (an alternate-name match, a place under 100,000 people, or a city of a
        country at peace: "Mozambican troops retook Palma, in Cabo Delgado province" is no Spanish Palma)."""
        if len(self.area_countries) != 1 or place.country_code in self.area_countries or place.country_code in self.written_countries:
            return False
        return name_key(written) != name_key(place.name) or place.population < 100_000 or (
            place.country_code not in self.catalogue.war_countries
        )

    def is_noted_place(self, name: str) -> bool:
        """Whether a coder note wrote ``name`` with an admin hierarchy after it ("Boulkessi (Mondoro, Mopti)")."""
        return name_key(name) in self.noted_places

    def note_holder(self, place: Place, actor: ResolvedActor) -> None:
        self.holders.setdefault(place.key, actor)
        self.holders.setdefault("k:" + name_key(place.name), actor)

    def holder_of(self, place: Place) -> ResolvedActor | None:
        return self.holders.get(place.key) or self.holders.get("k:" + name_key(place.name))
