"""Monitor notes: the parenthesised admin hierarchies and actor tags of conflict-monitor coder notes.

Coder notes write "JNIM took control of Boulkessi (Mondoro, Mopti)" and "Military Forces of Mali (2021-)". The
parser reads the bracketed names as more places (or as the object), so they are blanked to spaces of the same length
before parsing (offsets stay valid), and the countries they name are kept as hints for resolving the place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from townwatch_extract.bracket_area import bracketed_areas
from townwatch_extract.sentences import Sentence
from townwatch_gazetteer import Gazetteer, GeoPlace, name_key
from townwatch_schemas import LocationPrecision, Place

__all__ = ["NoteArea", "NoteParentheses", "anchored", "blank_actor_labels", "compact", "hierarchy_division", "note_area", "note_date", "read_parentheses", "resolve_noted"]

# "(Mondoro, Mopti)", "(Belet Xaawo district, Gedo)", "(Shan-North)", "(2021-)", "(Mali)": after a word, inside one line.
_PAREN = re.compile(r"(?<=[\w.'’-]) ?\(([^()\n]{1,90})\)")
_YEARS = re.compile(r"^(?:19|20)\d\d-(?:(?:19|20)\d\d)?$")
_CHUNK = re.compile(r"^[A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*){0,4}$")
# the name before a hierarchy, with the kind noun a note may write after it: "Kuchi village (Munya, Niger)"
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*[ -]){0,3}[A-Z][\w'’.-]*)(?:\s+(?:village|town|city|locality|area|settlement|hamlet)s?)?\s*$")
# the names listed before the last one: "Yontoy, Bulo and Buulo Gaduud villages (Kismayo, Lower Juba)"
_LISTED_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*[ -]){0,3}[A-Z][\w'’.-]*)(?:,? and|,)\s+$")
_SPACES = re.compile(r"  +")
_ADMIN_WORDS = re.compile(r"\s+(?:district|region|province|governorate|state|township|county|municipality|oblast|raion|department|prefecture|commune|sub-?district|division|zone|woreda|LGA)$", re.I)


# A monitor's half of a province: "Shan-North", "Bago-East" (ACLED's Myanmar regions) is in Shan, Bago; "North-West" is a
# name of its own.
_COMPASS_HALF = re.compile(r"^(?!(?:North|South|East|West)\b)(.+?)-(?:North|South|East|West)$")


def _chunk_name(chunk: str) -> str:
    """A bracket chunk's name without its kind ("Masisi territory" -> "Masisi") or its compass half ("Shan-North")."""
    name = _ADMIN_WORDS.sub("", chunk).strip()
    return half.group(1) if (half := _COMPASS_HALF.match(name)) else name


# A coder note opens with its own date: "On 14 May 2023, ...", "Around 5 March 2023 (month of), ...", "Between 3 and
# 5 May 2023, ...", "On May 14, 2023, ...", optionally after a label of up to six words ("Non-state actor overtakes territory: On ...").
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NOTE_DATE = re.compile(
    r"\s*(?:[A-Z][\w/-]*(?: [\w/-]+){0,5}[:.]\s+)?(?:(?:On or (?:about|around)|(?:On|During|In) the (?:night|morning|evening|afternoon) of|On|Around|(?:Some ?time )?Between|Overnight on)\s+)?"
    r"(?:(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:and|-|–|to)\s*)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.replace("(", "(?P<m>", 1)
    + r"|" + _MONTH.replace("(", "(?P<m2>", 1) + r"\s+(?:\d{1,2}\s*(?:and|-|–|to)\s*)?(?P<e>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b|(?=,\s|\s\((?:month|week) of\)))",  # "On 12 May, ...": the year is the publication's
    re.I,
)
_DAY_IN_TEXT = re.compile(r"(?<![\w-])(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?,?\s+(?:19|20)\d\d\b|[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b)")
_MONTH_NUMBER = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
NOTE_MAX_CHARS = 1500  # a coder note is a paragraph; a longer text with a dated lead is a story
YEARLESS_NOTE_MAX_DAYS = 31
"""A note's opening date without a year is its own date only within a month of the publication: monitors leave the
year out of the day's or the week's notes; a text that leaves it out of a date months old is a story recalling it."""


def note_date(text: str, published: dt.date | None, anywhere: bool = False) -> dt.date | None:
    """The date a short coder note opens with, or None. It is the note's own reference time: the note records that
    day's event, so a note filed (or published) months later does not make its event background history.
    ``anywhere``: a note that wrote its place with an admin hierarchy may give the date later in its first sentence
    ("JNIM took control of Dioura (Tenenkou, Segou) on 3 May 2023")."""
    if len(text) > NOTE_MAX_CHARS:
        return None
    m = _NOTE_DATE.match(text)
    if m is None and anywhere:
        first = re.split(r"(?<=[a-z\])])\.\s", text, maxsplit=1)[0]
        m = next((d for i in _DAY_IN_TEXT.finditer(first) if (d := _NOTE_DATE.match(first, i.start()))), None)
    if m is None:
        return None
    month = _MONTH_NUMBER[(m.group("m") or m.group("m2"))[:3].lower()]
    day = int(m.group("d") or m.group("e"))
    if m.group("y") is None:  # "On 12 May, ...": the last 12 May on or before the publication
        if published is None:
            return None
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
        with contextlib.suppress(ValueError):
            if (published - dt.date(year, month, day)).days > YEARLESS_NOTE_MAX_DAYS:
                return None  # "MANBIJ: On Aug 6, ... recaptured Manbij" in October: a story recalling it, not a note
    else:
        year = int(m.group("y"))
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if published is not None and date > published + dt.timedelta(days=1):
        return None  # dated after its own publication: a forecast or a typo, not the note's date
    return date


@dataclass
class NoteParentheses:
    """The text with note parentheses blanked, and the country codes their names point to (most telling first)."""

    text: str
    countries: list[str] = field(default_factory=list)
    places: set[str] = field(default_factory=set)  # names written just before a hierarchy: "Boulkessi"
    hierarchies: dict[str, list[str]] = field(default_factory=dict)  # "boulkessi" -> ["Mondoro", "Mopti"]
    full_names: dict[str, str] = field(default_factory=dict)  # "dheere" -> "Ceel Dheere": the whole written name
    names: set[str] = field(default_factory=set)  # the written names before a hierarchy: "Ceel Xaar Dheere"


def _chunk_country(chunk: str, gazetteer: Gazetteer, hierarchy: bool = False) -> str | None:
    """The country a bracket chunk names. In a hierarchy ("(Munya, Niger)") a chunk is a region first: Nigeria's
    Niger state, not the country Niger; a lone "(Mali)" is a country."""
    name = _chunk_name(chunk)
    admin = gazetteer.find_admin1(name) if hierarchy else None
    if admin is not None:
        return admin[0]
    cc = gazetteer.country_code(name)
    if cc:
        return cc
    admin = gazetteer.find_admin1(name)
    if admin is not None:
        return admin[0]
    return None


# A coder's actor label "JNIM: Group for Support of Islam and Muslims", "PDF: People's Defense Force": a known actor's
# acronym, a colon, and the full name in Title Case (connectors in lower case), naming an organisation
_ACTOR_LABEL = re.compile(
    r"\b([A-Z][A-Z0-9-]{1,7}): ((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and|de|du|des|al|el|wal|in|to))*)"
)
_ORG_WORDS = frozenset(
    "group groups force forces movement front army council party union alliance volunteers militia militias brigade "
    "brigades coalition organization organisation defense defence liberation support state committee".split()
)


def blank_actor_labels(text: str, is_actor: Callable[[str], bool] | None) -> str:
    """"JNIM: Group for Support of Islam and Muslims took control of X": the full name after a known actor's acronym
    blanked, so that the acronym is the subject the parser sees ("IDF: Hezbollah fighters ..." keeps its words: no
    organisation is named after the colon)."""
    if is_actor is None or ": " not in text:
        return text
    out = text
    for m in _ACTOR_LABEL.finditer(text):
        words = m.group(2).split()
        while words and not words[-1][:1].isupper():
            words.pop()  # "... Muslims and" : the name ends on a capitalised word
        if not any(w.lower().rstrip("'’s") in _ORG_WORDS for w in words) or not is_actor(m.group(1)):
            continue
        name_end = m.start(2) + len(" ".join(words))
        start = m.end(1)  # the colon on
        out = out[:start] + " " * (name_end - start) + out[name_end:]
    return out


# "took control of the city (Al-Alia)", "seized the village (Kuchi, Munya, Niger)": a note that names its place only in
# the bracket after a settlement noun (and the bracket's first name is a place, not a state or a region)
_DISTRICT_WORD = re.compile(r"\s+(?:district|township|county|sub-?district|commune|locality)$", re.I)
_BRACKETED_NOUN = re.compile(r"\b[Tt]he\s+(?:[a-z][a-z-]+\s+){0,2}(?:town|village|city|locality|area|settlement|hamlet|township|district|commune)\s*$")


def _named_in_bracket(text: str, m: re.Match[str], line_start: int) -> tuple[int, int, int, list[str]] | None:
    """For a bracket ``m`` after "the town" / "the village": the start of that noun phrase, the span of the bracket's
    first name and the hierarchy after it; None when the bracket follows no such noun or its first name is an admin
    area ("the town (Kachin State)")."""
    noun = _BRACKETED_NOUN.search(text, max(line_start, m.start() - 40), m.start())
    if noun is None:
        return None
    inner = m.group(1)
    written = inner.split(",")[0].strip()
    name = _DISTRICT_WORD.sub("", written)  # "(Bayhan district, Shabwa)": Bayhan
    if not name or _ADMIN_WORDS.search(name) or _COMPASS_HALF.match(name):
        return None  # "the town (Kachin State)", "(Shan-North)": where the place lies, not its name
    start = m.start(1) + inner.index(name)
    return noun.start(), start, start + len(name), [c.strip() for c in inner.split(",")[1:]]


def read_parentheses(text: str, gazetteer: Gazetteer, is_actor: Callable[[str], bool] | None = None) -> NoteParentheses:
    """Blank year tags, country tags and admin hierarchies in brackets; keep acronyms and actor names ("(IS)", "(Sahel)"
    of "Islamic State (Sahel)" when ``is_actor`` says the bracket belongs to an actor's name). A coder's actor label
    "JNIM: Group for Support of Islam and Muslims" keeps only its acronym."""
    text = bracketed_areas(blank_actor_labels(text, is_actor))  # "A [Luhansk oblast], B and C" (bracket_area)
    if "(" not in text:
        return NoteParentheses(text)
    out = text
    countries: list[str] = []
    places: set[str] = set()
    hierarchies: dict[str, list[str]] = {}
    full_names: dict[str, str] = {}
    names: set[str] = set()
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        if _YEARS.match(inner):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end():]
            continue
        chunks = [c.strip() for c in inner.split(",")]
        if not 1 <= len(chunks) <= 4 or not all(_CHUNK.match(c) for c in chunks):
            continue
        if any(c.replace("-", "").isupper() for c in chunks):
            continue  # "(IS)", "(SNA)": an acronym that later sentences use
        line_start = text.rfind("\n", 0, m.start()) + 1
        if is_actor is not None and is_actor(text[max(line_start, m.start() - 60) : m.end()]):
            continue
        def noted(name: str, chunks: list[str] = chunks) -> None:
            """``name`` is a place under ``chunks``; a name of several words is also known by its last word."""
            for key in (name_key(name), name_key(name.split()[-1])):
                places.add(key)
                hierarchies.setdefault(key, chunks)
            if " " in name:
                full_names.setdefault(name_key(name.split()[-1]), name)
                names.add(name)

        before = _NAME_BEFORE.search(text, max(line_start, m.start() - 60), m.start())
        if before is not None and before.group(1).lower() in ("the", "this", "that"):
            before = None  # "The town (Al-Alia) fell": no name before the bracket
        named = None if before is not None else _named_in_bracket(text, m, line_start)
        if named is not None:  # "took control of the city (Al-Alia)": the bracket's first name is the place taken
            lo, name_start, name_end, rest = named
            noted(text[name_start:name_end], rest)
            found = [cc for cc in (_chunk_country(c, gazetteer, len(rest) > 1) for c in reversed(rest)) if cc]
            if not found and rest and (division := hierarchy_division(rest, gazetteer)) is not None:
                found = [division[0]]
            countries.extend(cc for cc in found if cc not in countries)
            out = out[:lo] + " " * (name_start - lo) + out[name_start:name_end] + " " * (m.end() - name_end) + out[m.end():]
            continue
        if before is not None:
            noted(before.group(1))
            end = before.start()
            for _ in range(6):  # the names listed before it share the hierarchy
                listed = _LISTED_BEFORE.search(text, max(line_start, end - 60), end)
                if listed is None or listed.end() != end:
                    break
                noted(listed.group(1))
                end = listed.start()
        found = [cc for cc in (_chunk_country(c, gazetteer, len(chunks) > 1) for c in reversed(chunks)) if cc]
        if not found and (division := hierarchy_division(chunks, gazetteer)) is not None:
            found = [division[0]]  # a province the curated table lacks: "(Rutshuru, Nord-Kivu)", "(Kousseri, Logone-et-Chari)"
        countries.extend(cc for cc in found if cc not in countries)
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return NoteParentheses(out, countries, places, hierarchies, full_names, names)


def hierarchy_division(hierarchy: list[str], gazetteer: Gazetteer, prefer_cc: str | None = None) -> tuple[str, str] | None:
    """The (country, admin1 code) on which the hierarchy's chunks agree, read from GeoNames' divisions of every
    country: "(Masisi, North Kivu)" -> Masisi territory and North Kivu province, both CD.11. A name that recurs in
    several countries with no chunk or ``prefer_cc`` to tell them apart gives None (an ambiguous chunk is no
    evidence)."""
    votes: Counter[tuple[str, str]] = Counter()
    for chunk in hierarchy:
        votes.update(set(gazetteer.divisions(_chunk_name(chunk))))
    if not votes:
        return None
    top = max(votes.values())
    best = [area for area, n in votes.items() if n == top]
    if len(best) > 1:
        best = [area for area in best if area[0] == prefer_cc]
    return best[0] if len(best) == 1 else None


@dataclass(frozen=True)
class NoteArea:
    """Where a note's hierarchy puts its place: the country, the province, and the most specific chunk that is a
    populated place of that country (the anchor)."""

    country_code: str | None
    admin1_code: str | None = None
    anchor: GeoPlace | None = None


def note_area(hierarchy: list[str], gazetteer: Gazetteer, fallback_cc: str | None = None) -> NoteArea:
    """The area a note's "(district, region)" names, read from the hierarchy alone: "Novoselivka Persha (Pokrovsk,
    Donetsk)" is in Ukraine however often the note says "Russian". ``fallback_cc`` (the article's country) is used only
    when no chunk names a country or a known province."""
    cc = admin1 = None
    for chunk in reversed(hierarchy):  # the region is last
        cc = _chunk_country(chunk, gazetteer, len(hierarchy) > 1)
        if cc is not None:
            region = gazetteer.find_admin1(_chunk_name(chunk), cc)
            admin1 = region[1] if region is not None and region[0] == cc else None
            break
    if cc is None and (division := hierarchy_division(hierarchy, gazetteer, fallback_cc)) is not None:
        cc, admin1 = division
    cc = cc or fallback_cc
    if cc is None:  # no chunk names a country or a province: a namesake town anywhere is no evidence ("Kokang" in Indonesia)
        return NoteArea(None)
    for chunk in hierarchy:  # the district first: it is usually named after its main town
        town = gazetteer.resolve(_chunk_name(chunk), [cc] if cc else [], admin1)
        if town is not None and (cc is None or town.country_code == cc):
            return NoteArea(town.country_code, admin1 or town.admin1_code, town)
    return NoteArea(cc, admin1)


def resolve_noted(
    gazetteer: Gazetteer, name: str, hints: list[str], area: NoteArea | None,
) -> tuple[GeoPlace | None, list[str]]:
    """``name`` resolved in the area its note's hierarchy gives (that country first, its province, nearest its anchor;
    a namesake elsewhere is no match), and the hints with that country first; without an area, as the gazetteer does."""
    if area is None or area.country_code is None:
        return gazetteer.resolve(name, hints), hints
    hints = [area.country_code, *(h for h in hints if h != area.country_code)]
    near = (area.anchor.lat, area.anchor.lon) if area.anchor is not None else None
    place = gazetteer.resolve(name, hints, area.admin1_code, near)
    return (place if place is not None and place.country_code == area.country_code else None), hints


def anchored(place: Place, hierarchy: list[str], gazetteer: Gazetteer) -> Place:
    """An unresolved noted place located by its hierarchy: the most specific chunk that is a populated place of the
    hierarchy's country gives the coordinates and ``anchor_geonames_id`` ("Berkhivka (Bakhmut, Donetsk)" -> Bakhmut),
    the region chunk the ``admin1_code`` and the country; ``location_precision`` says the coordinates are the
    anchor's, not the village's. The place keeps its written name and its name key."""
    area = note_area(hierarchy, gazetteer, place.country_code)
    update: dict[str, object] = {}
    if area.country_code is not None:
        update.update(country_code=area.country_code)
    if area.admin1_code is not None:
        update.update(admin1_code=area.admin1_code)
    if area.anchor is not None:
        town = area.anchor
        update.update(lat=town.lat, lon=town.lon, anchor_geonames_id=town.geonames_id, location_precision=LocationPrecision.NEAR)
    return place.model_copy(update=update) if update else place


def compact(sentences: list[Sentence]) -> list[Sentence]:
    """Runs of blanks inside each sentence's text made one space, so the parser sees no whitespace tokens (the
    offsets of a ``Sentence`` still index the source; only the text parsed and searched for dates changes)."""
    return [Sentence(s.start, s.end, _SPACES.sub(" ", s.text)) if "  " in s.text else s for s in sentences]
