"""Place coreference: "captured a town in central Myanmar ... may struggle to hold Kawlin" -> Kawlin.

A rule over the nearest compatible place mention, not a learned model: coreferee (the spaCy coreference library)
supports spaCy 3.0-3.5 only and fetches its English model from GitHub at set-up, and wire ledes name the town in the
next sentence or two with a narrow set of patterns that a rule reads fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from townwatch_extract.actors import ActorCatalogue, ActorEntry
from townwatch_extract.background_mention import named_as_background
from townwatch_extract.dates import is_day_of_month
from townwatch_extract.demonym import describes_people
from townwatch_extract.demonym_side import UnnamedSide, unnamed_after
from townwatch_extract.lexicon import REGION_CORE, SETTLED
from townwatch_extract.located import located_country
from townwatch_extract.monitor_note import NoteArea, resolve_noted
from townwatch_extract.note_quarter import NOTE_QUARTERS
from townwatch_extract.sentences import Sentence
from townwatch_extract.title_place import TITLE_NOUNS, one_place
from townwatch_gazetteer import Gazetteer, GeoPlace, name_key
from townwatch_gazetteer.countries import country_capital
from townwatch_schemas import ActorKind

__all__ = ["ANAPHOR_NOUNS", "NAME_PIECE", "NOTE_ONLY_ANAPHORS", "SINGULAR_ANAPHORS", "Antecedent", "PlaceMentions"]

# Nouns standing for one populated place: "a town", "the village", "a provincial capital", "it".
ANAPHOR_NOUNS = SETTLED | {"capital", "hamlet", "settlement", "stronghold", "it", "area", "locality"}
# ... and in the singular only, a coder note's "the neighbourhood" (the plural "several neighbourhoods in X" is a part
# of X, frames._part_towns)
SINGULAR_ANAPHORS = ANAPHOR_NOUNS | NOTE_QUARTERS
# "took control of the area" stands for a place only in a coder note, after the place it names with its hierarchy
# (and a monitor's "clashes continued in City - Quarter (City, Province), with SAF regaining control of the
# neighbourhood": the quarter it codes, note_quarter.py)
NOTE_ONLY_ANAPHORS = frozenset({"area", *NOTE_QUARTERS})
# the most people a place a text calls a village may hold, looking back ("the village" is never the Mogadishu or Kyiv
# the story named before) or ahead ("a small village" is no Odesa): GeoNames counts a village's whole area for some
# (Gamboru's), so well above context._CITY_NOT_VILLAGE
VILLAGE_AT_MOST = 200_000
_DISTANCE = re.compile(r"\b(?:km|kilomet(?:re|er)s?|miles?)\b[^.]{0,30}$", re.I)
NAME_PIECE = r"(?:(?:al|el|ad|as|ash|ar|an|at|az|ez|ed)-)?[A-Z][\w’'\-]*"
"""One word of a place's written name ("Kafr", "al-Bab"), as the look-ups of names in text match it."""
_PIECE = NAME_PIECE
_PARTICLE = r"(?:(?:da|de|del|do|dos|di|du|la|le|al|el|bin|ibn)\s)?"  # "Mocimboa da Praia"
# a day or month after a name is no part of it ("raised their flag in the town of Sinjar Sunday")
_NOT_A_DATE = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b)"
_NAME = re.compile(rf"{_PIECE}(?:\s{_PARTICLE}{_NOT_A_DATE}{_PIECE}){{0,3}}")
_KIND = r"(?:town|village|city|hamlet|settlement|locality|capital)"
_KIND_OF = re.compile(rf"\b{_KIND}\s*\(?of\s+({_PIECE}(?:\s{_NOT_A_DATE}{_PIECE}){{0,2}})")
# the same, keeping the noun: "the eastern border town of Bunagana" (a town), "the major city of Goma" (a city)
_KIND_NOUN_OF = re.compile(rf"\b(town|village|city)\s*\(?of\s+({_PIECE}(?:\s{_NOT_A_DATE}{_PIECE}){{0,2}})")
# "the town of X", "town (of X)", "X town", "X, a small town"
# (and a monitor's list after its count: "the recaptured villages are A, B", "named the villages as A, B")
_KIND_BEFORE = re.compile(rf"\b{_KIND}s?\s*(?:\(?(?:of\s+)?|(?<=s)\s+(?:are|were|as|include|included|including|namely)\s+|(?<=s):\s*)$", re.I)
# a list set off after a plural of places and what took them: "The areas liberated by the SNA include A", "the newly
# captured villages include: A", "Other recaptured towns include A" (the plain "villages are / include A" is _KIND_BEFORE's)
_PLURAL_LISTING = re.compile(
    r"\b(?:towns|villages|cities|districts|areas|settlements|localities|locations|communities|hamlets)\s+"
    r"(?:(?:liberated|recaptured|captured|seized|retaken|freed|regained|reclaimed)\s+(?:(?:by|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)?)?"
    r"(?:are|were|include|included|includes|comprise|comprised|(?:are|were)\s+(?:named|identified|listed)\s+as)\s*:?\s*$",
    re.I,
)
# "retook two towns north of Baghdad, A and B": the names a counted plural sets off after where the places lie
_COUNTED_SET_OFF = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}"
    r"(?:towns|villages|cities|settlements|localities|hamlets)\s+"
    r"(?:(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|near|outside|in)\s+)"
    r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3},\s*$",
    re.I,
)
# an "include" list names some of the places a count stands for ("took control of 14 villages ... the newly captured
# villages include: A, B, C and D")
_INCLUDING = re.compile(r"\b(?:include|included|includes|including)\s*:?\s*$", re.I)
_KIND_AFTER = re.compile(rf"^(?:,\s*(?:a|the)\s+(?:\w+\s+){{0,2}})?\s*{_KIND}\b|^\s+(?:is|was)\s+home\s+to\s+(?:some\s+|about\s+|around\s+)?[\d,.]+|^\s+(?:is|was)\s+home\s+to\s+(?:several|many|a\s+few)\s+(?:hundred|thousand)", re.I)
# "The captured village, al-Hadath, lies ...": a name set off after "the (...) village" is that village's
_KIND_APPOSED = re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}{_KIND},\s*$", re.I)
# "The capture of Mushaki Locality", "seized Tsawlaw Town": a kind noun written into the name in Title Case
_KIND_SUFFIX = re.compile(r"\s+(?:Town|Village|City|Locality|Township|Hamlet)$")
# "a town ... the fighters may struggle to hold Kawlin": a name held after a lede's "a town" is that town, even one
# GeoNames lacks (looked for only forward from an indefinite noun)
_HELD_BEFORE = re.compile(r"\b(?:hold|holding|held|keep|keeping|defend|defending|retain|retaining|control(?:ling)?(?:\s+over)?)\s+$", re.I)
# "lost two settlements ... where it is fighting to retain control of the twin cities of A and B": the places a side
# keeps are not the ones the counted plural says it lost
# a pair that locates another place: "X, a village between the towns of A and B" (not the places taken)
_LOCATING_PAIR = re.compile(r"\b(?:between|near|outside|from)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:towns|cities|villages|settlements)\s+(?:of\s+)?)?$", re.I)
_KEPT_LIST = re.compile(
    r"\b(?:retain|retaining|keep|keeping|hold|holding|maintain|maintaining|defend|defending)\s+(?:(?:control|hold)\s+(?:of|over|on)\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?$",
    re.I,
)
# "a town ... regained control of al-Qaraytan": a name taken in the sentences after a lede's "a town" is that town,
# even one GeoNames lacks; so is one whose loss is told ("seized a key town ... The apparent loss of X to the rebels
# leaves the army only Y"; not "the capture of X Locality", whose kind noun the name loses: ``_KIND_SUFFIX``)
_TAKEN_BEFORE = re.compile(
    r"\b(?:took|taken|retook|retaken|captured|recaptured|seized|liberated|regained|control\s+(?:of|over)|now\s+control(?:led|s)?"
    r"|loss\s+of)\s+$", re.I
)
# "al-Qaraytan, some 100 kilometers from the ancient city of Palmyra": a distance's reference point is elsewhere
_DISTANCE_FROM = re.compile(
    r"\b(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\w+\s+){0,2}(?:from|of)\s+the\s+(?:\w+\s+){0,2}(?:city|town|village)\s+of\s+$", re.I
)
# "Sheberghan, the capital city of ...", "the local capital, Sharana": a name the text calls a capital
_CAPITAL_BESIDE = re.compile(r"\bcapital\b", re.I)
# a name the next sentence locates is a place, even one GeoNames lacks: "X in the Sagaing region is the first capital
# seized", "X, in Lower Shabelle, is about 50 km from ...", "Fighting broke out in X, north of Mogadishu"
_UNIT = r"(?:region|province|state|district|governorate|oblast|county|prefecture)"
_LOCATED_AFTER = re.compile(
    rf"\s*(?:,\s*(?:which\s+is\s+|located\s+|situated\s+)?in\s+(?:the\s+)?{_PIECE}(?:\s{_PIECE}){{0,2}}(?:\s+{_UNIT})?\s*,"
    rf"|(?:,\s*)?(?:located\s+|situated\s+)?in\s+(?:the\s+)?{_PIECE}(?:\s{_PIECE}){{0,2}}\s+{_UNIT}\b"
    r"|,\s*(?:about\s+|some\s+|around\s+|roughly\s+)?(?:\d+\s*(?i:km|kilomet(?:re|er)s|miles)\s+(?:\(\d+\s*(?i:km|miles)\)\s+)?)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?[A-Z])"
)
# "Ahmed Nur, in Mogadishu, said": a person the next words locate, who speaks
_LOCATED_SPEAKS = re.compile(r"\s*(?:said|says|told|added|adds|stated|explained|confirmed|declared|noted|wrote)\b")
# "residents in X welcomed the troops": the people of a place
_DWELLERS_BEFORE = re.compile(r"\b(?:residents|inhabitants|villagers|townspeople|elders)\s+(?:in|of)\s+$", re.I)
_STILL = re.compile(r"\b(?:still|continue[sd]?\s+to|remain\w*)\b", re.I)
# Mentions that are somewhere else: "north of X", "near X", "from X", "X province"
# "withdrew from X, handing the city to Z", "pulled out of X; Z took over the town": the town a side left is the one a
# later "the town" stands for (another "from", "40 km from X", "fled from X to Y", places the news elsewhere)
_LEFT_FROM = re.compile(
    r"\b(?:withdr[ae]wn?|withdrawing|withdraws?|retreat(?:ed|ing|s)?|pull(?:ed|ing|s)?\s+out|pulled\s+back)\s+"
    r"(?:from|of)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_ELSEWHERE_BEFORE = re.compile(
    # ("40 km south of the city of X": the town a place is measured from; "fighting continues around the city of X")
    r"\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of(?:\s+the\s+(?:city|town)\s+of)?|(?:near|outside|around)(?:\s+the\s+(?:city|town|village)\s+of)?|from|to|towards?|"
    r"km|kilometres|kilometers|miles|province\s+of|region\s+of|district\s+of|governorate\s+of|state\s+of|capital,?|"
    r"countryside\s+of|rural)\s*"  # "in the northern countryside of Hama": the province a monitor places a village in
    r"(?:[A-Z][a-z]+['’]s\s+)?$",  # "near Syria's Aleppo"
    re.I,
)
# a capital that speaks or acts is its government ("Moscow said", "since Moscow launched", "Kyiv mounts")
# (and a name that takes a place is a side, not a place: "the US-trained Bancroft took Gambale")
_SPEAKS = re.compile(
    r"['’]?s?(?:\s+on\s+\w+day)?\s+(?:said|says|announced|announces|claimed|claims|denied|denies|stated|insisted|admitted|"
    r"launched|launches|mounted|mounts|sent|sends|ordered|orders|accused|accuses|wants|vowed|vows|"
    r"took|takes|captured|captures|seized|seizes|retook|retakes|recaptured|recaptures|overran|overruns)\b"
)
# a name qualifying a ruling body: "the Damascus government", "the Kabul regime", "Khartoum authorities"
_GOVERNING = re.compile(r"\s+(?:government|regime|authorities|administration|leadership)\b", re.I)
_AIMED_AT = re.compile(
    r"\b(?:to|bid\s+for|battle\s+for|push\s+(?:on|into|toward|towards))\s+(?:(?:re)?(?:take|capture|seize)|liberate|storm|free|encircle)?"
    r"\s*(?:the\s+(?:\w+\s+)?(?:city|town|village|capital)\s+of\s+)?$",
    re.I,
)
# "forces had managed to retake Khaldiyah town": a goal reached, not one aimed at
_ACHIEVED = re.compile(r"\b(?:managed|able|went\s+on)\s+to\s+\w+\s+(?:the\s+(?:\w+\s+)?(?:city|town|village|capital)\s+of\s+)?$", re.I)
# a place named in the news's time frame, not its news: "comes a month after the provincial capital, also called X, fell"
_BACKDATED = re.compile(r"\b(?:(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)|since\s+the\s+(?:fall|capture|loss|seizure)\s+of)\b[^.;:!?]{0,60}$", re.I)
# a name inside a sentence's opening "Following ..." / "After ..." phrase is the step the news came after, not what
# a lede's "another village" stands for ("Another village was recaptured today ... Following yesterday's assault which
# ousted IS from X, the forces marched on")
_STEP_BEFORE = re.compile(r"(?:^|[.;!?]\s+)(?:Following|After)\b[^,.;:!?]{0,140}$")
# where someone spoke or met is no antecedent: "said at a press conference in Mogadishu that the forces liberated
# villages" (the headline's "village" went to Mogadishu)
_VENUE = re.compile(r"\b(?:(?:press|news)\s+conference|briefing|summit|talks|meeting|speech|address|rally|ceremony|visit)\s+(?:in|at)\s+$", re.I)
# "said spokesman Mustafa Bali", "according to commander Ali Hassan": a person's name after his title, never a place
_TITLE_BEFORE = re.compile(
    r"\b(?:spokes(?:wo)?man|spokesperson|commander|governor|minister|official|leader|general|colonel|mayor|chief)"
    r"\s+(?:[A-Z][\w'’-]+\s+){0,2}$"
)
# "the Institute for the Study of War", "the Centre for Strategic Studies": a word of a body's name, never a place
_BODY_NAME = re.compile(r"\b(?:Institute|Center|Centre|Council|Foundation|Society|Academy)\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:of\s+|and\s+)?){0,3}$")
# "a council member told CNN that the town fell": whom a speaker tells is an outlet or a person, never the town
# "the village of X in Y": Y is where the named village lies, never what a later "it" or "the town" stands for
_CONTAINER_BEFORE = re.compile(r"\b(?:village|town|city|settlement|hamlet|township)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+in\s+(?:the\s+)?$")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$")
_TOLD_AFTER = re.compile(r"(?:\s+(?:that|on|in|by|over|via)\b|\s*[,.;:\"'’”])")
_OF_BEFORE = re.compile(r"\b(?:of|in|from)\s+$")  # "Residents of Jowhar said": people of a place, who speak
# "40 km south of the city of El Obeid": the town a place is measured from, never the place
_MEASURED_FROM = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+the\s+(?:city|town|village)\s+of\s+$", re.I)
# "The governor of Bossaso says ...": the seat of an official who speaks, not the town a lede's noun stands for
_OFFICE_OF = re.compile(r"\b(?:governor|mayor|commissioner|administrator|police\s+chief)\s+of\s+(?:the\s+)?$", re.I)
# "the capital of North Kordofan State": a name with its division's word is the division, never a town
_DIVISION_NAME = re.compile(r"\s(?:State|Province|Region|Governorate|Oblast|Prefecture)$")
# "a radio station based in Mogadishu": where a speaker or an outlet sits, not the town a lede's noun stands for
_BASED_IN = re.compile(r"\bbased\s+in\s+$", re.I)
# "the Sunni town of X", "the mainly Turkoman town of Y": a word qualifying the named town, never a town itself
_QUALIFIES_TOWN = re.compile(r"\s+(?:town|village|city|district)\s+of\b", re.I)
# "Khanabad district", "the district of Khanabad"
# a name the text writes as a district's, capitalised or not ("the Lawlash District government headquarters", "the
# Taywara district headquarters"), and the small counts a plural "districts" is read by (_named_districts)
_DISTRICT_WRITTEN = re.compile(rf"({_PIECE}(?:\s{_PIECE}){{0,2}}?)\s+[Dd]istrict\b(?!\s+of\b)")
_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_DISTRICT_NAMED = re.compile(rf"({_PIECE}(?:\s{_PIECE}){{0,2}})\s+district\b(?!\s+of\b)|\bdistrict\s+of\s+({_PIECE}(?:\s{_PIECE}){{0,2}})")
# ("A in the Sumy region and both B and C in the Donetsk region": "both" opens a pair of the list)
_LISTED = re.compile(rf"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:both\s+)?({_PIECE}(?:\s{_PARTICLE}{_PIECE}){{0,2}})")
# "... recaptured more towns. The towns include A, B, C and D": a list the next sentence opens with
_LIST_OPENING = re.compile(
    # (after a source: "According to the government news agency, the reclaimed areas include the towns of A and B")
    # (a side's name on the plural: "The Taliban-controlled areas are: A in P, B in Q"; the plural as a pronoun: "five
    # cities have fallen ... They are the centres of A, B and C provinces")
    # ("Among them were A and B", "Among the liberated villages are A and B"; "The liberated villages: A, B, C")
    r"\s*(?:According to [^,.]{1,60},\s+)?(?:(?:(?:The|These|the|these)\s+(?:[\w-]+\s+){0,2}"
    r"(?:towns|villages|cities|districts?|settlements|localities|locations|capitals|communities|hamlets|areas)\s+|(?:They|These)\s+)"
    r"(?:are|were|include|included|includes)\s*:?\s+|(?:The|These)\s+(?:[\w-]+\s+){0,2}"
    r"(?:towns|villages|cities|districts|settlements|localities|communities|hamlets)\s*:\s+|"
    r"Among\s+(?:them|these|(?:the|these)\s+(?:[\w-]+\s+){0,2}(?:towns|villages|cities|districts|settlements|localities|"
    r"communities|hamlets))\s+(?:are|were)\s+)(?:the\s+(?:towns|villages|cities|districts)\s+of\s+|(?P<seats>the\s+"
    r"(?:provincial\s+)?(?:centres|centers|capitals|seats)\s+of\s+))?"
)
# an opening that names some of the places counted before: "The villages include", "Among them were", "The villages:"
_SOME_OF = re.compile(r"\b(?:include|included|includes|Among)\b|:\s*$")
# a list opening whose own words name another set of places than the ones taken
_OTHER_SET = re.compile(
    r"\b(?:shelled|attacked|bombed|struck|targeted|besieged|encircled|surrounded|evacuated|threatened|contested|remaining|"
    r"surrounding|nearby|neighbouring|neighboring|affected|damaged|destroyed|flooded|visited|frontline|front-line)\b",
    re.I,
)
# a listed name's own location, with the list going on after it: "Obe in Herat, Saghar in Ghor, ...", "Iskan in the
# west of Jandaris town and Juqali village", "A in the Kharkiv region, B in the Donetsk region" (not "Uba in Askira Uba
# and Damboa local government areas")
_TAIL = re.compile(
    rf"\s+in\s+(?:the\s+(?:\w+\s+){{0,2}}of\s+|the\s+(?:(?:north|south|east|west)\w*\s+|central\s+)?(?={_PIECE}(?:\s{_PIECE}){{0,2}}\s+(?:province|district|region|governorate|state|oblast)\b))?"
    rf"{_PIECE}(?:\s{_PARTICLE}{_PIECE}){{0,2}}"
    r"(?:\s+(?:town|city|village|province|district|state|region|governorate))?"
)
_TAIL_GOES_ON = re.compile(
    rf"\s*[,;]|\s+and\s+{_PIECE}(?:\s{_PIECE})?\s+(?:village|town|city)\b|\s+and\s+{_PIECE}(?:\s{_PARTICLE}{_PIECE}){{0,2}}\s+in\s+[A-Z]"
    # ("A in the Sumy region and both B and C in the Donetsk region")
    rf"|\s+and\s+both\s+{_PIECE}"
)
_ELSEWHERE_AFTER = re.compile(
    r"^\s*(?:(?:and|,)\s+[A-Z][\w'’-]+\s+(?:provinces|regions|districts|governorates|states|oblasts)|"  # "the Donetsk and Zaporizhzhia oblasts"
    r"(?:province|region|district|governorate|state|county|oblast)s?|valley|river|countryside)\b",
    re.I,
)
_COUNTRY_WORD = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\b(?!\s+(?:forces|troops|army|military|soldiers))")
_HELD_AGAINST = re.compile(
    r"\b(?:grip|rule|stronghold|positions|fight|war|offensive|campaign) (?:of|against|on) (?:the )?$|\bagainst (?:the )?$"
    r"|\b(?:war|wars|fight|fighting|battle|battles|clashes|conflict) with (?:the )?$"  # "its war with Armenia"
    # the side a capture or a rout was of, or a victory's object: "won victories, including the capture of the Myanmar
    # army's base ... They also took X", "The MNDAA defeated junta troops in Y. They took control of the town"
    r"|\b(?:capture|fall|loss|defeat|rout|seizure|surrender) of (?:the )?$"
    r"|\b(?:defeated|defeating|routed|routing|repelled|repulsed|ousted|expelled|ambushed|overpowered|overwhelmed) (?:the )?$"
)
# the side a place was taken from ("retook villages from al-Shabaab"), and the one that had taken it before a side
# took it back ("recovered communities overrun by Boko Haram")
_TAKEN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# a verb of taking told with a side ("Z seized / took / overran / recaptured ... "), for a list of taken places after it
_TAKING_AFTER = re.compile(
    r"\b(?:seized?|seizing|captur(?:ed?|ing)|t(?:ook|aken?|aking)|overr[au]n|retook|retak(?:en?|ing)|recaptur(?:ed?|ing)"
    r"|liberat(?:ed?|ing)|regain(?:ed)?|reclaim(?:ed)?|conquer(?:ed)?|freed|overrunning)\b",
    re.I,
)
_EARLIER_TAKER = re.compile(r"\b(?:overrun|overran|held|controlled|occupied|seized|captured|taken)\s+by\s+(?:the\s+)?$", re.I)
_LOCATIVE = re.compile(r"\b(?:in|into|of|from|to|across|throughout|on|at|near|inside|outside|over|across)\s+(?:the\s+)?$")
_BORDER = re.compile(r"\bborders?\s+with\s+(?:(?:the\s+)?[\w'-]+\s*,?\s+){0,3}(?:and\s+)?(?:the\s+)?$", re.I)
_REGION_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
_NOT_PLACES = frozenset(
    """the a an it its they he she we this that these those on in at after before when while but and as according
    state tv military monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today tonight yesterday tomorrow now meanwhile earlier later""".split()
)


@dataclass(frozen=True)
class Antecedent:
    """The named place a generic place noun stands for."""

    name: str
    geo: GeoPlace | None
    country: str | None = None  # where the mention's own sentence puts an unknown name ("X in Ukraine's Kharkiv region")


# the nouns a note's later sentence calls its one noted place by ("The forces took control of the village.")
_NOTED_NOUNS = frozenset({"village", "town", "locality", "city", "settlement"})


# the last word of an area's name as written ("Katha Township", "Mone District"): an area, never a settlement
_AREA_NAME_WORDS = frozenset("township district county province region state governorate division".split())


def _too_big_for(noun: str, found: Antecedent) -> bool:
    """Whether a text's "village" or "hamlet" cannot be ``found``: a place of more people than a village holds, or an
    area named as one ("attacked X in Katha Township ... occupied the village": the village is X, never the township)."""
    if noun in ("village", "hamlet", "town") and found.name.split()[-1].lower() in _AREA_NAME_WORDS:
        return True
    return noun in ("village", "hamlet") and found.geo is not None and found.geo.population >= VILLAGE_AT_MOST


# a headline's label before its colon: a few words, then the headline proper ("El-Fasher: Rebel group claims ...")
_TITLE_LABEL = re.compile(r"^\s*([A-Z][^:]{1,38}?)\s*:\s+\S")

# the trouble a side may have keeping the town it took, said of the town by name ("may struggle to hold Kawlin", "whether
# they can hold on to X", "a bid to keep X"; never the other side's vow: "the army said it would hold X at all costs")
_HOLD_VERB = re.compile(
    r"\b(?:struggle|struggling|struggled|fight|fighting|battle|battling|able|unable|try|trying|tried|bid|efforts?|hard|difficult|"
    r"seek|seeking|sought)\s+to\s+(?:hold|keep|retain|defend)\s+(?:on\s+to\s+|onto\s+)?"
    r"|\b(?:can|could)\s+(?:hold|keep|retain)\s+(?:on\s+to\s+|onto\s+)?"
)


# a counted noun ("a second town", "a 10th village") and the words that tell a series' earlier member
_COUNTED_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}$", re.I
)
_SERIES_EARLIER = re.compile(r"\b(?:earlier|previously|already|first|before)\b", re.I)


# told as a doubt about the future ("may struggle to hold X", "whether they can hold on to X")
_DOUBT = re.compile(r"\b(?:may|might|could|will|can|whether)\b", re.I)


class PlaceMentions:
    """Named populated places in an article, to resolve "a town" / "the town" / "it" to the nearest one."""

    def __init__(
        self, text: str, sentences: Sequence[Sentence], gazetteer: Gazetteer, catalogue: ActorCatalogue,
        noted: set[str] | frozenset[str] = frozenset(), areas: Mapping[str, NoteArea] | None = None, title: str = "",
    ) -> None:
        self.text = text
        self.title = title  # the headline over the text: what a body's "the city" stands for when the body names none
        self.sentences = list(sentences)
        self.gazetteer = gazetteer
        self.catalogue = catalogue
        self._actor_matches = catalogue.find(text)
        self._aliases = [(m.start, m.end) for m in self._actor_matches]
        # names the article itself calls a town somewhere ("stormed the town (of Halgan)"): places everywhere
        # (not "the capital of North Kordofan State": a division, not a town)
        self._kind_of = [(m.start(1), m.group(1).strip(" -’'")) for m in _KIND_OF.finditer(text) if not _DIVISION_NAME.search(m.group(1).strip(" -’'"))]
        self._kind_named = {name for _start, name in self._kind_of}
        self._kind_noun_of = [(m.start(2), m.group(1), m.group(2).strip(" -’'")) for m in _KIND_NOUN_OF.finditer(text)]
        self.noted = noted  # name keys a coder note wrote before its "(district, region)": places though unknown
        self.areas = areas or {}  # those name keys -> where the note's hierarchy puts them
        self.last: Antecedent | None = None  # the place the article's previous "the town" stood for
        self._for_title = False  # looking for what a headline's "town" stands for: not a town named in the time frame
        self._within: frozenset[tuple[str, str]] | None = None  # (country, province) an unnamed capital lies in
        # name keys of antecedents the gazetteer lacks that the text itself calls a town ("The village of Tel Meleh,
        # northwest of Hama, ..."): places by the article's grammar, as a coder note's "X (district, region)"
        self.called: set[str] = set()

    def _mention(self, start: int, end: int, name: str, hints: Sequence[str]) -> Antecedent | None:
        before = self.text[max(0, start - 40) : start]
        after = self.text[end : end + 40]
        noted = name_key(name) in self.noted and not _DISTANCE.search(before)  # "withdrew from Titao (Loroum, Nord)"
        if (_AIMED_AT.search(before) and not _ACHIEVED.search(before)) or (self._for_title and (
            _BACKDATED.search(self.text, max(0, start - 100), start) or _STEP_BEFORE.search(self.text, max(0, start - 160), start)
        )):
            return None  # "an offensive to retake the city of Mosul": a goal, not the town a lede stands for
        if _VENUE.search(before) or _TITLE_BEFORE.search(before) or _BASED_IN.search(before) or _QUALIFIES_TOWN.match(self.text, end) or (
            _BODY_NAME.search(before)
        ):
            return None
        if _TOLD_BEFORE.search(before) and _TOLD_AFTER.match(self.text, end):
            return None
        if _SPEAKS.match(self.text, end) and not _OF_BEFORE.search(before):
            return None  # "Moscow said its troops had withdrawn from their stronghold": a capital speaking, no place
        if _SPEAKS.match(self.text, end) and _OFFICE_OF.search(before):
            return None  # "The governor of Bossaso says 30 militants were killed": where he governs, not the town
        if _DIVISION_NAME.search(name):
            return None
        if _GOVERNING.match(self.text, end):
            return None  # "rose up against the Damascus government": a capital standing for its rulers, no place
        elsewhere = (_ELSEWHERE_BEFORE.search(before) and not _LEFT_FROM.search(before)) or _DISTANCE_FROM.search(before) or (
            _ELSEWHERE_AFTER.match(after)
        )
        if name.split()[0].lower() in _NOT_PLACES or (not noted and elsewhere) or is_day_of_month(self.text, start, end):
            return None  # ("will be held Aug. 20": a month, not the town a lede's "a town" stands for)
        if self.gazetteer.country_code(name) or self.gazetteer.country_code(name.split()[0]):
            return None
        kind = bool(_KIND_BEFORE.search(before) or _PLURAL_LISTING.search(self.text, max(0, start - 80), start)
                    or _COUNTED_SET_OFF.search(self.text, max(0, start - 80), start) or _KIND_AFTER.match(after) or _KIND_APPOSED.search(before)) or name in self._kind_named or noted or (
            self._for_title and bool(_HELD_BEFORE.search(before)) and not _STILL.search(before)
        ) or bool(_TAKEN_BEFORE.search(before)) or (
            (located_after := _LOCATED_AFTER.match(self.text, end)) is not None and not _LOCATED_SPEAKS.match(self.text, located_after.end())
        ) or bool(_DWELLERS_BEFORE.search(before))
        # ("its troops still hold X": X is the town another side kept, not the one taken
        # (a name taken is a place looking back too: "captured Kafr Naboudah, but rebels have since taken back the town")
        located = located_country(self.text[end : end + 160].split("\n")[0], self.gazetteer)
        if located is not None:
            hints = [located, *(h for h in hints if h != located)]
        geo, hints = resolve_noted(self.gazetteer, name, list(hints), self.areas.get(name_key(name)))
        if geo is not None and (not hints or geo.country_code not in hints[:2]):
            geo = None
        if geo is not None and located is not None and geo.country_code != located and geo.population < 50000:
            geo = None  # "Krasnoye in Kharkiv": a Russian village of the name is not it
        if geo is None and (not kind or describes_people(name.lower())):
            return None  # (not "a key Northern Malian city, Kidal": a demonym before the noun names no town)
        if geo is None:
            self.called.add(name_key(name))
        return Antecedent(name, geo, located)

    def actor_before(self, pos: int, non_state: bool = False) -> ActorEntry | str | None:
        """The side named last before ``pos`` in its sentence or the one before: who "they" / "its fighters" are.
        An actor entry, or a country code when a country was named last ("Russia's biggest gain since it captured").
        ``non_state``: the armed group named last ("Al Shabaab attacked SNA positions ... The group took X")."""
        idx = next((i for i, s in enumerate(self.sentences) if s.start <= pos < s.end), None)
        if idx is None:
            return None
        lo = self.sentences[idx - 1].start if idx > 0 else self.sentences[idx].start
        named: list[tuple[int, ActorEntry | str]] = [
            (m.start, m.actor) for m in self._actor_matches if lo <= m.start and m.end <= pos
            and not (non_state and m.actor.kind == ActorKind.STATE)
        ]
        # "to loosen the grip of IS. After months of fighting they drove militants out": the side held against is
        # not who "they" are while another side was named
        acting = [n for n in named if not _HELD_AGAINST.search(self.text, max(lo, n[0] - 24), n[0])]
        if non_state and named and not acting and idx > 1:
            # "The Islamic State says ... The militant group also said it clashed with Kurdish forces ... the group
            # captured X": the only group named the sentence before is the one fought; the one who acts is named earlier
            earlier = self.sentences[idx - 2].start
            acting = [(m.start, m.actor) for m in self._actor_matches if earlier <= m.start < lo and m.actor.kind != ActorKind.STATE
                      and not _HELD_AGAINST.search(self.text, max(earlier, m.start - 24), m.start)]
        named = acting or named
        # a name two wars share, its own war's country unnamed beside another's ("Russian and separatist forces":
        # Yemen's "separatist forces" alias is no side where only Russia is named; actors.yaml local_acronyms)
        named = [n for n in named if not self._foreign_local(n, lo, pos)]
        if non_state and not named:
            # "The Taliban captured X. The insurgent group had earlier claimed Y. Later ... the group took Z": with no
            # side named in the two sentences, the only armed group the story has named before (never one of several)
            before = {m.actor.id: m.actor for m in self._actor_matches if m.end <= pos and m.actor.kind != ActorKind.STATE}
            return next(iter(before.values())) if len(before) == 1 else None
        if non_state:
            return max(named, key=lambda n: n[0])[1] if named else None
        for m in _COUNTRY_WORD.finditer(self.text, lo, pos):
            cc = self.gazetteer.country_code(m.group(1))
            if _LOCATIVE.search(self.text, max(lo, m.start() - 12), m.start()) or _BORDER.search(self.text, max(lo, m.start() - 40), m.start()) or (
                named and _HELD_AGAINST.search(self.text, max(lo, m.start() - 24), m.start())
            ):
                continue  # "its reach into Iraq", "towns near the borders with Uganda and the DRC": a place, not a side
            if cc and not any(a <= m.start() < b for a, b in self._aliases):
                # ("Syrian rebels attacked ... They took X": the country's rebels, never its state; demonym_side.py)
                word = unnamed_after(self.text, m.end())
                named.append((m.start(), UnnamedSide(cc, word) if word is not None else cc))
        return max(named, key=lambda n: n[0])[1] if named else None

    def _foreign_local(self, named: tuple[int, ActorEntry | str], lo: int, pos: int) -> bool:
        """Whether a side named at ``named`` is a shared local name ("separatist forces") whose own countries the
        window ``lo``..``pos`` never names while it names another country."""
        start, actor = named
        if isinstance(actor, str):
            return False
        match = next((m for m in self._actor_matches if m.start == start), None)
        if match is None or self.text[match.start : match.end] not in self.catalogue.local_acronyms:
            return False
        codes = {self.gazetteer.country_code(m.group(1)) for m in _COUNTRY_WORD.finditer(self.text, lo, pos)} - {None, ""}
        return bool(codes) and not codes & set(actor.countries)

    def named_by_word(self, word: str, pos: int) -> ActorEntry | None:
        """The side last named before ``pos`` by a name holding ``word``: the rebels a "Y rebel group" the table lacks
        belongs to ("Turkish-backed rebels have captured X ... the Y rebel group had also retaken Z"), never one it was
        taken from or fought against."""
        stem = word.lower().rstrip("s")
        named = [
            (m.start, m.actor) for m in self._actor_matches if m.end <= pos and m.actor.kind != ActorKind.STATE
            and any(w.lower().rstrip("s") == stem for w in re.findall(r"[\w-]+", self.text[m.start : m.end]))
            and not _HELD_AGAINST.search(self.text, max(0, m.start - 24), m.start)
            and not _TAKEN_FROM.search(self.text, max(0, m.start - 12), m.start)
        ]
        return max(named, key=lambda n: n[0])[1] if named else None

    def taker_before(self, pos: int, taken_back: bool, back: int = 1, told_taking: bool = False) -> ActorEntry | None:
        """The side named last before ``pos`` (its sentence or the ``back`` ones before) that may have taken what a
        participle says was taken, not the side it was taken from ("recovered villages from Boko Haram"); for places
        taken back, not the side that had overrun them ("recovered several communities overrun by Boko Haram").
        ``told_taking``: only a side told with a verb of taking before ``pos`` ("Z seized a string of towns. The
        seized towns include ...", "A was retaken by Z. B was also ..."; not "Z attacked the area. The liberated
        villages include ...")."""
        idx = next((i for i, s in enumerate(self.sentences) if s.start <= pos < s.end), None)
        if idx is None:
            return None
        lo = self.sentences[max(0, idx - back)].start
        named = [
            (m.start, m.actor) for m in self._actor_matches if lo <= m.start and m.end <= pos
            and not _HELD_AGAINST.search(self.text, max(lo, m.start - 24), m.start)
            and not _TAKEN_FROM.search(self.text, max(lo, m.start - 12), m.start)
            and not (taken_back and _EARLIER_TAKER.search(self.text, max(lo, m.start - 24), m.start))
            and not (told_taking and not _TAKING_AFTER.search(self.text, max(lo, m.start - 30), pos))
        ]
        return max(named, key=lambda n: n[0])[1] if named else None

    def named(self, name: str, hints: Sequence[str]) -> Antecedent:
        """The place a name the text writes stands for, resolved with ``hints`` (an anaphor whose place the grammar
        gives, not the nearest mention)."""
        return self._mention_named(name, hints)

    def _mention_named(self, name: str, hints: Sequence[str]) -> Antecedent:
        geo, hints = resolve_noted(self.gazetteer, name, list(hints), self.areas.get(name_key(name)))
        return Antecedent(name, geo if geo is not None and hints and geo.country_code in hints[:2] else None)

    def _noted_before(self, head_at: int, hints: Sequence[str], exclude: frozenset[str]) -> Antecedent | None:
        """A coder note's one place written with its "(district, region)", two sentences or more before its "the
        village" ("... in X village (A, B). The two sides exchanged fire for hours. The forces took control of the
        village."): that place. None where the note wrote two places so, or the noun is not a settlement's."""
        noun = self.text[head_at : head_at + 12].split(" ", 1)[0].lower().rstrip(".,;")
        if len(self.noted) != 1 or noun not in _NOTED_NOUNS:
            return None
        found = None
        for m in _NAME.finditer(self.text, 0, head_at):
            name = m.group(0).strip(" -’'")
            if name.isupper() and len(name) > 3:
                continue  # a dateline ("MOGADISHU (Reuters) -") places the reporter, not the event
            if name_key(name) in self.noted and name_key(name) not in exclude:
                found = self._mention(m.start(), m.start() + len(name), name, hints) or found
        return found

    def _first_in(self, lo: int, hi: int, hints: Sequence[str], last: bool = False, exclude: frozenset[str] = frozenset()) -> Antecedent | None:
        found = []
        for m in _NAME.finditer(self.text, lo, hi):
            name = m.group(0).strip(" -’'")
            if name.endswith(("'s", "’s")) and len(name) > 4:
                name = name[:-2]  # "Kandahar's fall leaves ...": the town, not its possessive
            if name.isupper() and len(name) > 3:
                continue  # a dateline ("MOGADISHU (Reuters) -") places the reporter, not the event
            if any(a < m.end() and m.start() < b for a, b in self._aliases):
                continue  # "Hayat Tahrir al-Sham": an actor, nor any word of it a place
            if (held := _CONTAINER_BEFORE.search(self.text, max(0, m.start() - 80), m.start())) is not None:
                # "the village of Storozheve in Donetsk ... liberating it": the village, not the city it lies in
                ante = self._mention(held.start(1), held.end(1), held.group(1), hints)
                if ante is not None and not (exclude and {name_key(ante.name), name_key(ante.name.split()[-1])} & exclude):
                    if not last:
                        return ante
                    found.append(ante)
                continue
            if (after := _REGION_AFTER.match(self.text, m.end())) is not None and after.group(1).lower() in REGION_CORE:
                continue  # "the last settlement in the Kursk region": the region's name, not the settlement's
            # a sentence-initial capital is not a name unless the gazetteer or a kind noun says it is
            ante = self._mention(m.start(), m.start() + len(name), name, hints) if len(name) > 2 else None
            if ante is None and (suffix := _KIND_SUFFIX.search(name)) is not None and suffix.start() > 2:
                # "Mushaki Locality": the name is "Mushaki", the town its kind noun says ("Gaza City" is found whole)
                ante = self._mention(m.start(), m.start() + suffix.start(), name[: suffix.start()], hints)
            elsewhere = _ELSEWHERE_BEFORE.search(self.text[max(0, m.start() - 40) : m.start()]) and name_key(name) not in self.noted
            if ante is None and 0 < name.count(" ") < 3 and not elsewhere:  # "Fighting broke out in X": try the last word alone
                # (not "withdrew to Ceel Dheere town": the destination's last word is no other place; not "Aung San
                # Suu Kyi": four capitalised words are a person's or a body's name, its last word no place)
                tail = name.split()[-1]
                ante = self._mention(m.start() + len(name) - len(tail), m.start() + len(name), tail, hints)
            if ante is not None and exclude and {name_key(ante.name), name_key(ante.name.split()[-1])} & exclude:
                ante = None
            if ante is not None and self._within is not None and not (
                (ante.geo is not None and (ante.geo.country_code, ante.geo.admin1_code or "") in self._within)
                or (not self._within and _CAPITAL_BESIDE.search(self.text, max(0, m.start() - 30), m.end() + 40))
            ):
                ante = None  # "the capital of Jawzjan province" is no town of another province
            if ante is not None:
                if not last:
                    return ante
                found.append(ante)
        return found[-1] if found else None

    def antecedent(
        self, sent_start: int, sent_end: int, head_at: int, definite: bool, hints: Sequence[str], exclude: frozenset[str] = frozenset(),
        province: str | None = None, countries: frozenset[str] = frozenset(), noun: str = "",
    ) -> Antecedent | None:
        """The place named nearest to a generic place noun at ``head_at``, in the sentence spanning
        ``sent_start:sent_end`` (a title has ``sent_start == sent_end == 0``).

        "the town", "it": the last name before it in its sentence or the sentence before, else the next sentences.
        "a town": the first name in the next three sentences (the lede's container, "a town in central Myanmar",
        is never the town itself). ``exclude``: name keys of the places the noun's own phrase locates it by
        ("another village near the captured town of X" is not X). ``province``: the province whose unnamed capital
        the noun is ("the provincial capital of Jawzjan province"): only a town the gazetteer puts in it. ``noun``: the
        noun as written, for a title's noun (``head_at`` then counts in the title, not in this text).
        """
        if province is not None and not province:
            return None
        idx = next((i for i, s in enumerate(self.sentences) if s.start <= sent_start < s.end), None)
        title = sent_start == sent_end == 0
        self._for_title = title or not definite  # a lede's "a town" looks forward too
        # (a spelling GeoNames lacks, "Jawzjan" for "Jowzjan": the town the text itself calls a capital)
        self._within = frozenset(self.gazetteer.divisions(province)) if province else None
        try:
            found = self._search(idx, sent_start, head_at, definite, title, hints, exclude, countries, noun)
        finally:
            self._for_title = False
            self._within = None
        written = noun.lower() or self.text[head_at : head_at + 10].split(" ", 1)[0].lower().rstrip(".,;")
        if found is not None and _too_big_for(written, found):
            # "... said the militants had captured the village": no village stands for Mogadishu or Kyiv, the last
            # city the story named (the village it means went unnamed)
            found = None
        if found is not None:
            self.last = found
        return found

    def plural(self, sent_start: int, head_at: int, count: int, definite: bool, hints: Sequence[str]) -> list[Antecedent]:
        """The ``count`` places a plural anaphor stands for: "recaptured two towns ... entered the towns of A and B".
        Looked for in one sentence, this one after the noun or the next two ("the towns" also the one before); a
        sentence naming another number of places does not count. An uncounted plural (``count`` < 0: "recaptured
        more towns") stands for the list the next sentence opens with ("The towns include A, B and C")."""
        idx = next((i for i, s in enumerate(self.sentences) if s.start <= sent_start < s.end), None)
        if idx is None:
            return []
        if count < 0:  # "more towns", "several villages", "13 districts": only a list the next sentence opens with
            return self._opened_list(idx, hints) or self._named_districts(idx, head_at, hints)
        spans = [(head_at, self.sentences[idx].end)] + [(s.start, s.end) for s in self.sentences[idx + 1 : idx + 3]]
        if definite and idx > 0:
            spans.insert(0, (self.sentences[idx - 1].start, self.sentences[idx - 1].end))
        nxt_start = self.sentences[idx + 1].start if idx + 1 < len(self.sentences) else -1
        for lo, hi in spans:
            # "Two more provincial capitals were handed over ... These are A in P and B in Q": the list the next sentence
            # opens with, read with each name's location, before any run in it (a town GeoNames lacks would leave P first)
            if lo == nxt_start and len(opened := self._opened_list(idx, hints)) == count:
                return opened
            # lazily: the lists read with tails are scanned only when none read without them has the count
            for run in chain(self._lists_in(lo, hi, hints), self._lists_in(lo, hi, hints, tails=True)):
                at = self.text.find(run[0].name, lo, hi)
                if len(run) == count and not (at >= 0 and (
                    _KEPT_LIST.search(self.text, max(lo, at - 80), at) or _LOCATING_PAIR.search(self.text, max(lo, at - 40), at)
                )):
                    return run
        # "took control of 14 more villages. ... the newly captured villages include: A, B, C and D": some of them
        nxt = self.sentences[idx + 1] if idx + 1 < len(self.sentences) else None
        if nxt is not None:
            for run in self._lists_in(nxt.start, nxt.end, hints, tails=True):
                at = self.text.find(run[0].name, nxt.start, nxt.end)
                if 1 < len(run) < count and at >= 0 and _INCLUDING.search(self.text, max(nxt.start, at - 30), at):
                    return run
        # "took three villages ... Among them were A and B", "... The liberated villages: A, B": some of them, told so
        some = self._opened_list(idx, hints, some=True)
        if 1 < len(some) <= count:
            return some
        # "Five more cities, in part or in whole, have fallen ... They are the centres of A, B, C and D provinces": the
        # seats of the provinces the next sentence lists, as many as the gazetteer has towns of those names (a plain
        # "The villages are A, B and C" after another count names other places: all of them or none)
        opened = self._opened_list(idx, hints, seats=True)
        return opened if len(opened) <= count else []

    def _named_districts(self, idx: int, head_at: int, hints: Sequence[str]) -> list[Antecedent]:
        """"took control of two districts ... the first assault took place on the Lawlash District government
        headquarters ... stormed the Taywara district headquarters": a small counted "districts" stands for as many
        names the text calls districts (written "X district"), in its sentence after it and the two after; none when
        the text names another number of them."""
        count = _SMALL_COUNTS.get(self.text[max(0, head_at - 8) : head_at].split()[-1].lower() if self.text[max(0, head_at - 8) : head_at].split() else "")
        if count is None or not self.text.startswith("districts", head_at):
            return []
        names: dict[str, str] = {}
        for s in self.sentences[idx : idx + 3]:
            for m in _DISTRICT_WRITTEN.finditer(self.text, max(s.start, head_at), s.end):
                name = m.group(1).strip(" -’'")
                if name.split()[0].lower() not in _NOT_PLACES and not self.gazetteer.country_code(name):
                    names.setdefault(name_key(name), name)
        return [self._mention_named(n, hints) for n in names.values()] if len(names) == count else []

    def _opened_list(self, idx: int, hints: Sequence[str], seats: bool = False, some: bool = False) -> list[Antecedent]:
        """The list of two names or more the sentence after sentence ``idx`` opens with ("The towns include A, B and C",
        "The districts are A in X, B in Y and C in Z"), or none; ``seats``: only a list of the seats of provinces;
        ``some``: only a list told as some of them ("include", "Among them were", "The liberated villages:")."""
        nxt = self.sentences[idx + 1] if idx + 1 < len(self.sentences) else None
        opening = _LIST_OPENING.match(self.text, nxt.start, nxt.end) if nxt is not None else None
        if seats and (opening is None or opening.group("seats") is None):
            return []
        if some and (opening is None or not _SOME_OF.search(opening.group(0))):
            return []
        if opening is not None and _OTHER_SET.search(opening.group(0)):
            return []  # "The shelled villages: A, B", "The remaining villages include A": not the ones taken
        first = _NAME.match(self.text, opening.end(), nxt.end) if opening is not None and nxt is not None else None
        if opening is None or first is None or nxt is None or first.group(0).split()[0].lower() in _NOT_PLACES:
            return []
        run, _end = self._run(self._mention_named(first.group(0), hints), first.end(), nxt.end, hints, tails=True)
        if opening.group("seats") is not None:
            # "the centres of Herat, Kandahar and Helmand provinces": a province's seat is named after it only where
            # the gazetteer has a town of that name (Helmand's is Lashkar Gah)
            run = [a for a in run if a.geo is not None]
        elif opening.group(0).lstrip().startswith(("They", "These are", "These were", "These include", "Among them", "Among these")) and all(a.geo is None for a in run):
            return []  # after a bare "They are" some name must be a known town ("They are Kurdish and Arab villages")
        return run if len(run) > 1 else []

    def _lists_in(self, lo: int, hi: int, hints: Sequence[str], tails: bool = False) -> Iterator[list[Antecedent]]:
        """Named places in ``lo:hi``, each with the names listed right after it ("the towns of A and B", "A, B and C");
        ``tails``: a listed name may carry its own location ("A in X, B in Y and C")."""
        pos = lo
        while (found := self._first_in(pos, hi, hints)) is not None:
            at = self.text.find(found.name, pos, hi)
            if at < 0:
                break
            run, pos = self._run(found, at + len(found.name), hi, hints, tails)
            yield run

    def _run(self, found: Antecedent, pos: int, hi: int, hints: Sequence[str], tails: bool) -> tuple[list[Antecedent], int]:
        """``found`` and the names listed right after it from ``pos``, and where the list ends."""
        run = [found]
        while True:
            if tails and (t := _TAIL.match(self.text, pos, hi)) is not None and _TAIL_GOES_ON.match(self.text, t.end(), hi):
                pos = t.end()
            m = _LISTED.match(self.text, pos, hi)
            if m is None or any(a < m.end(1) and m.start(1) < b for a, b in self._aliases) or m.group(1).split()[0].lower() in _NOT_PLACES:
                return run, pos
            if m.group(1).endswith(("'s", "’s")) or self.text.startswith(("'s", "’s"), m.end(1)):
                return run, pos  # "took Jaar and Abyan's provincial capital": the province owns what comes next
            run.append(self._mention_named(m.group(1), hints))
            pos = m.end(1)

    def _same_kind(self, found: Antecedent, head_at: int, hints: Sequence[str]) -> Antecedent:
        """"the town" stands for the place the article called a town, not the one it called a city since: "seized the
        border town of Bunagana ... briefly overran the major city of Goma ... the town fell on Sunday night"."""
        noun = self.text[head_at : head_at + 8].split(" ", 1)[0].lower()
        kinds = {kind for _start, kind, name in self._kind_noun_of if name_key(name) == name_key(found.name)}
        if noun not in ("town", "village", "city") or not kinds or noun in kinds:
            return found
        same = [name for start, kind, name in self._kind_noun_of if start < head_at and kind == noun]
        return self._mention_named(same[-1], hints) if same else found

    def _written_kind(
        self, lo: int, head_at: int, found: Antecedent | None, hints: Sequence[str], exclude: frozenset[str] = frozenset(),
    ) -> Antecedent | None:
        """"attacked a base in Talhandak village in Kidal and took over the village": "the village" is the name the
        text calls a village, not a later region or town named without the noun (None when the found name is one)."""
        noun = self.text[head_at : head_at + 10].split(" ", 1)[0].lower().rstrip(".,;")
        if noun not in ("town", "village", "city", "hamlet"):
            return None
        # ("the Sunni town of X": the word before "town of" qualifies X, the name is after it)
        # ("Novomykhailivka, a village located between A and B": the name the apposition calls one, not A or B)
        called = re.compile(rf"({_PIECE}(?:\s{_PARTICLE}{_PIECE}){{0,3}})\s+{noun}\b(?!\s+of\b)|\b{noun}\s+of\s+({_PIECE}(?:\s{_PIECE}){{0,2}})"
                            rf"|({_PIECE}(?:\s{_PARTICLE}{_PIECE}){{0,3}}),\s+an?\s+(?:[a-z][\w-]*\s+){{0,2}}{noun}\b(?!\s+of\b)")
        names = [(m.group(1) or m.group(2) or m.group(3)).strip(" -’'") for m in called.finditer(self.text, lo, head_at)]
        names = [n for n in names if n.split()[0].lower() not in _NOT_PLACES and name_key(n) not in exclude and not describes_people(n.lower())
                 and not self.gazetteer.country_code(n)]  # ("a central Somali town": a people's word, no town's name)
        if not names or (found is not None and name_key(found.name) in {name_key(n) for n in names}):
            return None
        return self._mention_named(names[-1], hints)

    def _headline_place(self, hints: Sequence[str]) -> Antecedent | None:
        """The one town the headline over the text names (title_place.py), or None."""
        if not self.title.strip():
            return None
        over = PlaceMentions(self.title, [Sentence(0, len(self.title), self.title)], self.gazetteer, self.catalogue)
        return one_place([a for run in over._lists_in(0, len(self.title), hints) for a in run])

    def _title_label(self, hints: Sequence[str]) -> Antecedent | None:
        """The one town a headline's label names before its colon ("El-Fasher: Rebel group claims capture of key city",
        "Urozhaine: Ukraine recaptured a settlement in Donetsk region"), or None (a country, a war, a speaker)."""
        if (m := _TITLE_LABEL.match(self.title)) is None:
            return None
        label = m.group(1)
        over = PlaceMentions(label, [Sentence(0, len(label), label)], self.gazetteer, self.catalogue)
        return one_place([a for run in over._lists_in(0, len(label), hints) for a in run])

    def _held_after(self, head_at: int, sent_end: int, hints: Sequence[str], exclude: frozenset[str]) -> Antecedent | None:
        """The town a lede's "a town" stands for, named later in its own sentence as what is held ("captured a town on
        Sunday, but the fighters may struggle to hold Kawlin"; never a town named as a goal or a landmark: "captured
        a village on the road to X")."""
        for m in _HOLD_VERB.finditer(self.text, head_at, sent_end):
            if not _DOUBT.search(self.text, max(head_at, m.start() - 30), m.end()):
                continue  # "as the army struggled to hold X": a town the other side still held, not the one taken
            found = self._first_in(m.end(), min(sent_end, m.end() + 60), hints, exclude=exclude)
            written = self.text[head_at : head_at + 10].split(" ", 1)[0].lower().rstrip(".,;")
            if found is not None and self.text.startswith(found.name, m.end()) and not _too_big_for(written, found):
                return found
        return None

    def _search(self, idx: int | None, sent_start: int, head_at: int, definite: bool, title: bool,
                hints: Sequence[str], exclude: frozenset[str] = frozenset(), countries: frozenset[str] = frozenset(),
                written: str = "") -> Antecedent | None:
        # the noun as written: a title's own word (its ``head_at`` counts in the title, not in this text)
        noun = written.lower() or self.text[head_at : head_at + 10].split(" ", 1)[0].lower().rstrip(".,;")
        if definite and not title and idx is not None:
            prev_lo = self.sentences[idx - 1].start if idx > 0 else sent_start
            found = self._first_in(prev_lo, head_at, hints, last=True, exclude=exclude)
            if (kin := self._written_kind(prev_lo, head_at, found, hints, exclude)) is not None:
                return kin
            if found is not None:
                return self._same_kind(found, head_at, hints)
            if (noted := self._noted_before(head_at, hints, exclude)) is not None:
                return noted
            if self.last is not None:
                return self.last
            # the article's own "the town of X" earlier on
            earlier = [name for start, name in self._kind_of if start < head_at
                       and not _MEASURED_FROM.search(self.text, max(0, start - 40), start)]
            if earlier:
                return self._mention_named(earlier[-1], hints)
            if noun in TITLE_NOUNS and (headline := self._headline_place(hints)) is not None:
                return headline  # "Ukraine retakes Kherson" over "Jubilant crowds greeted troops ... the city" (title_place.py)
        if title and (label := self._title_label(hints)) is not None:
            return label  # "El-Fasher: Rebel group claims capture of key city in Sudan": the label is the city
        if title:
            following = self.sentences[:3]
        elif idx is None:
            return None
        else:
            following = self.sentences[idx + 1 : idx + 4]
            if not definite and (held := self._held_after(head_at, self.sentences[idx].end, hints, exclude)) is not None:
                return held  # "captured a town in central Myanmar ..., but may struggle to hold Kawlin"
        district = noun == "district" if written else re.match(r"district\b", self.text[head_at : head_at + 9], re.I) is not None
        if district:
            # "captured a strategic district ... the fall of Khanabad district": only a name the text calls a district
            # (not "retreated to Kunduz city" in between)
            for s in following:
                for m in _DISTRICT_NAMED.finditer(self.text, s.start, s.end):
                    name = (m.group(1) or m.group(2)).strip(" -’'")
                    if name.split()[0].lower() not in _NOT_PLACES and name_key(name) not in exclude:
                        return self._mention_named(name, hints)
            return None
        capital = self.text[max(0, head_at - 8) : head_at].lower().endswith("capital ")  # "the capital city"
        # looking ahead, a town named in the news's time frame is not the one meant ("The fall of the city comes
        # after ... That was less than 24 hours after Zaranj fell")
        self._for_title = True
        # a name the text calls another kind of place is not the one meant ("retook another village ... before the
        # counteroffensives that retook the northern city of X ... the flag over the village of Y": Y)
        # "retaken a second town ... Earlier, the army said it had recaptured X": a counted town is never the one a
        # sentence tells as taken before it (the series' earlier member)
        counted = _COUNTED_BEFORE.search(self.text, max(0, head_at - 30), head_at) is not None
        for s in following:
            if counted and _SERIES_EARLIER.search(self.text, s.start, s.end):
                continue
            skip = set(exclude)
            while (found := self._first_in(s.start, s.end, hints, exclude=frozenset(skip))) is not None:
                kinds = {kind for _start, kind, name in self._kind_noun_of if name_key(name) == name_key(found.name)}
                # "seized another town in Iraq's Anbar province ... in Syria ... Palmyra": a town of that country only
                elsewhere = bool(countries) and found.geo is not None and found.geo.country_code not in countries
                # "... in its biggest advance since capturing the town of X in May": X is the news's setting
                at = self.text.find(found.name, s.start, s.end)
                told_before = at >= 0 and named_as_background(self.text, at, s.start)
                # "Ukraine Recaptures a Small Village" over a text naming "the Odesa port": a village is never a city
                city = _too_big_for(noun, found)
                # "captured the capital city on Sunday ... Before that, the rebels captured the key city of Homs": the
                # capital is never another town named after it
                city = city or (capital and (found.geo is None or name_key(found.geo.name) != name_key(
                    country_capital(found.geo.country_code) or "")))
                if not elsewhere and not told_before and not city and (noun not in ("town", "village", "city") or not kinds or noun in kinds):
                    return found
                skip.add(name_key(found.name))
        return None
