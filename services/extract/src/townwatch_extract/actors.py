"""The actors catalogue: canonical armed actors, their aliases and kinds, loaded from a YAML data file."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path

import ahocorasick
import yaml

from townwatch_extract.country_spelling import country_spelling_variants
from townwatch_extract.loyal_variants import loyal_variants
from townwatch_extract.wars import War, load_wars
from townwatch_schemas import Actor, ActorKind

# libyaml's parser where PyYAML was built with it (the wheels are): the same data as ``yaml.safe_load`` (the same
# safe constructor), parsed ~9x faster; this file is read on every extractor's start-up.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["ActorCatalogue", "ActorEntry", "AliasMatch", "lower_same_length", "packaged_catalogue"]

_WORD = re.compile(r"\w")
_INDEFINITE = re.compile(r"(?:^|\W)an? $", re.I)


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` without changing its length, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@dataclass(frozen=True)
class ActorEntry:
    """One canonical actor from the data file."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    generic: tuple[str, ...] = ()
    default_country: str | None = None
    government_of: str | None = None
    allies: frozenset[str] = field(default_factory=frozenset)
    fights_in: tuple[str, ...] = ()
    foes: tuple[str, ...] = ()
    """The side this actor fights in a two-sided war, taken as the other side where a story names none."""
    branch_of: str | None = None
    """The parent whose name this actor is written under in its own countries ("Islamic State" in Borno is ISWAP)."""
    homeland: tuple[str, ...] = ()
    """Regions whose name after a generic side names this actor ("rebel forces in Tigray" are the TPLF)."""
    people: tuple[str, ...] = ()
    """Aliases that name one person, a leader who speaks or acts for the side ("Putin", "Hemedti"): a man who leaves or
    flees a town is no side leaving it (flight.py)."""
    named_only_in: tuple[str, ...] = ()
    """Countries it fights in (listed in ``fights_in`` too) where only its names stand for it, never its ``generic``
    words: "Islamic State seizes Sirte" is the Islamic State's, but "fighters" or "militants" in Libya are not."""
    generic_from: dt.date | None = None
    generic_until: dt.date | None = None
    """The days its ``generic`` words name it: "insurgents" in Nigeria are Boko Haram's until ISWAP split from it in
    August 2016, "rebels" in the Central African Republic the Seleka's in 2012-14 and the CPC's from December 2020."""

    @property
    def countries(self) -> tuple[str, ...]:
        """Every country where the actor fights: its default country, the state it is the forces of, ``fights_in``."""
        return tuple(dict.fromkeys(c for c in (self.default_country, self.government_of, *self.fights_in) if c))

    def generic_on(self, when: dt.date | None) -> bool:
        """Whether its generic words can name it on ``when`` (undated: always)."""
        return when is None or (
            (self.generic_from is None or self.generic_from <= when) and (self.generic_until is None or when <= self.generic_until)
        )

    def to_actor(self, text: str) -> Actor:
        return Actor(id=self.id, name=self.name, text=text, kind=self.kind)


@dataclass(frozen=True)
class AliasMatch:
    """An alias found in a text: character span and the actor it names."""

    start: int
    end: int
    actor: ActorEntry


# a common name for a country's ruling army ("junta", "military junta", "junta forces"): a shared word of the local list
_STATE_WORD = re.compile(r"\bjunta\b", re.I)


def _is_acronym(alias: str) -> bool:
    return alias.isupper() and len(alias.replace("-", "")) <= 4


class ActorCatalogue:
    """Aliases of every actor in one Aho-Corasick automaton (plus a case-sensitive one for acronyms)."""

    def __init__(
        self, entries: list[ActorEntry], generic_state: tuple[str, ...] = (), war_countries: tuple[str, ...] = (),
        local_acronyms: tuple[str, ...] = (), wars: tuple[War, ...] = (),
    ) -> None:
        self.entries = {e.id: e for e in entries}
        self.wars = wars
        """Wars known as two-sided where and when they were fought (wars.py): who lost a place its taker took."""
        self._parents = frozenset(e.branch_of for e in entries if e.branch_of)
        self.local_acronyms = frozenset(local_acronyms)
        """Acronyms other bodies share ("ADF", "SLA", "NPA"): they name their actor only in its own countries."""
        self._state_words = frozenset(a.casefold() for a in local_acronyms if _STATE_WORD.search(a))
        """Common words for a country's ruling army ("the junta", "military junta"): its actor's in its own countries, the
        government's of any other country (Mali's, Burkina Faso's, Niger's juntas)."""
        self.generic_state = frozenset(g.casefold() for g in generic_state)
        self.war_countries = frozenset(war_countries) | {c for e in entries for c in e.countries}
        """Countries where some actor of the catalogue fights, plus the data file's ``war_countries``."""
        self._folded = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
        self._government: dict[str, ActorEntry] = {}
        self._generic: dict[str, list[ActorEntry]] = {}
        self._homeland = {region.casefold(): entry for entry in entries for region in entry.homeland}
        self.wars_abroad: dict[str, tuple[str, ...]] = {}
        """Country -> the countries of the wars its state fights abroad (Russia: Ukraine; Turkey: Syria): where the
        places a story about that state's army names lie, though it writes only the state's own country."""
        for entry in entries:
            if entry.government_of:
                # (a war fought only in some border regions, Ukraine's in Russia's Kursk, is no place a story's
                # unknown name should be looked for)
                abroad = [c for w in wars if not w.regions and any(entry.id in side.actors or entry.id == side.holder for side in w.sides)
                          for c in sorted(w.countries) if c != entry.government_of]
                if abroad:
                    self.wars_abroad[entry.government_of] = tuple(dict.fromkeys(abroad))
        self.person_names = frozenset(p.casefold() for e in entries for p in e.people)
        """The aliases that name one person (``ActorEntry.people``), folded."""
        self.short_aliases = frozenset(a for e in entries for a in e.aliases if _is_acronym(a))
        """Aliases written in capitals and matched as written ("IS", "RSF")."""
        owners: dict[str, list[ActorEntry]] = {}
        for entry in entries:
            for alias in entry.aliases:
                if _is_acronym(alias):
                    self._exact.add_word(alias, (len(alias), entry.id))  # (two owners: the later one is found)
                    owners.setdefault(alias, []).append(entry)
                else:
                    key = lower_same_length(alias)
                    if key not in self._folded:
                        self._folded.add_word(key, (len(key), entry.id))
            if entry.government_of:
                self._government.setdefault(entry.government_of, entry)
            for word in entry.generic:
                self._generic.setdefault(word.casefold(), []).append(entry)
        for entry in entries:  # "pro-Hadi tribesmen": after every written alias, which wins over a variant
            loyal = [v for alias in entry.aliases for v in loyal_variants(alias)]
            # "Türkiye-backed factions": the country's own spelling of a sponsor compound ("pro-Türkiye fighters" too)
            for variant in (*loyal, *(v for alias in (*entry.aliases, *loyal) for v in country_spelling_variants(alias))):
                key = lower_same_length(variant)
                if key not in self._folded:
                    self._folded.add_word(key, (len(key), entry.id))
        for automaton in (self._folded, self._exact):
            if len(automaton):
                automaton.make_automaton()
        self.shared = {alias: tuple(found) for alias, found in owners.items() if len(found) > 1}
        """Acronyms two actors list ("SNA": the Somali and the Syrian National Army): found as the one listed later,
        each names its own where the place or the rest of the text lies in its countries (``owner_here``)."""

    @classmethod
    def load(cls, path: Path | None = None) -> ActorCatalogue:
        """Load the YAML catalogue (default: the packaged ``data/actors.yaml``)."""
        if path is None:
            raw = resources.files("townwatch_extract").joinpath("data/actors.yaml").read_text("utf-8")
        else:
            raw = Path(path).read_text("utf-8")
        data = yaml.load(raw, Loader=_YAML_LOADER) or {}  # a safe loader
        entries = []
        for item in data.get("actors") or []:
            entries.append(
                ActorEntry(
                    id=str(item["id"]),
                    name=str(item["name"]),
                    kind=ActorKind(item.get("kind", "unknown")),
                    aliases=tuple(str(a) for a in item.get("aliases") or ()),
                    generic=tuple(str(a) for a in item.get("generic") or ()),
                    default_country=item.get("default_country"),
                    government_of=item.get("government_of"),
                    allies=frozenset(item.get("allies") or ()),
                    fights_in=tuple(str(c) for c in item.get("fights_in") or ()),
                    foes=tuple(str(c) for c in item.get("foes") or ()),
                    branch_of=item.get("branch_of"),
                    homeland=tuple(str(r) for r in item.get("homeland") or ()),
                    people=tuple(str(p) for p in item.get("people") or ()),
                    named_only_in=tuple(str(c) for c in item.get("named_only_in") or ()),
                    generic_from=_day(item.get("generic_from")),
                    generic_until=_day(item.get("generic_until")),
                )
            )
        return cls(
            entries, tuple(data.get("generic_state") or ()), tuple(str(c) for c in data.get("war_countries") or ()),
            tuple(str(a) for a in data.get("local_acronyms") or ()),
            load_wars(data.get("wars") or (), (e.id for e in entries)),
        )

    def find(self, text: str) -> list[AliasMatch]:
        """Every alias in ``text`` on word boundaries, longest first at each position, non-overlapping."""
        found: list[AliasMatch] = []
        for automaton, haystack in ((self._folded, lower_same_length(text)), (self._exact, text)):
            if not len(automaton):
                continue
            for end_idx, (length, actor_id) in automaton.iter(haystack):
                start = end_idx - length + 1
                end = end_idx + 1
                if start > 0 and _WORD.match(text[start - 1]):
                    continue
                if end < len(text) and _WORD.match(text[end]):
                    continue
                if text[start].isupper() and _INDEFINITE.search(text, max(0, start - 4), start) and any(
                    w[:1].islower() for w in text[start:end].split()[1:]
                ):
                    continue  # "to create an Islamic state": a common noun, not the group
                found.append(AliasMatch(start, end, self.entries[actor_id]))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[AliasMatch] = []
        last_end = -1
        for match in found:
            if match.start >= last_end:
                kept.append(match)
                last_end = match.end
        return kept

    def names_here(self, match: AliasMatch, text: str, cc: str | None) -> bool:
        """Whether an alias found in ``text`` names its actor at a place in ``cc``: a shared acronym ("ADF" is also
        Australia's Defence Force, "SLA" Sri Lanka's army) does only in the actor's own countries."""
        if match.actor.id in self._parents and not match.actor.countries:
            # a parent written for its branches ("al-Qaeda militants") names one only where a branch fights
            return self.local_branch(match.actor, cc).id != match.actor.id
        written = text[match.start:match.end]
        return not cc or (written not in self.local_acronyms and written.casefold() not in self._state_words) or cc in match.actor.countries

    def owner_here(self, match: AliasMatch, text: str, cc: str | None) -> AliasMatch | None:
        """``match`` when its alias names its actor at a place in ``cc`` (``names_here``), else the match given to the
        other owner of a shared acronym who fights in ``cc`` ("SNA forces took Tal Rifaat": Syria's SNA), else None."""
        if self.names_here(match, text, cc):
            return match
        other = next((e for e in self.shared.get(text[match.start:match.end], ()) if e.id != match.actor.id and cc in e.countries), None)
        if other is None and text[match.start:match.end].casefold() in self._state_words:
            other = self.government(cc)  # "Mali's junta retook Kidal": Mali's army, never Myanmar's
        return replace(match, actor=other) if other is not None else None

    def government(self, cc: str | None) -> ActorEntry | None:
        """The actor whose ``government_of`` is ``cc``."""
        return self._government.get(cc or "")

    def local_branch(self, entry: ActorEntry, cc: str | None) -> ActorEntry:
        """The branch of ``entry`` that fights in ``cc`` where the parent itself does not ("Islamic State" in Nigeria)."""
        if not cc or cc in entry.countries:
            return entry
        branches = [e for e in self.entries.values() if e.branch_of == entry.id and cc in e.countries]
        return branches[0] if len(branches) == 1 else entry

    def of_homeland(self, region: str) -> ActorEntry | None:
        """The actor a region's name stands for after a generic side ("rebels in Tigray"), if any."""
        return self._homeland.get(region.casefold())

    def generic_candidates(self, word: str, when: dt.date | None = None) -> list[ActorEntry]:
        """Actors that the context word ("militants", "rebels") can stand for (on ``when``, if given)."""
        return [e for e in self._generic.get(word.casefold(), []) if e.generic_on(when)]


def _day(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@cache
def packaged_catalogue() -> ActorCatalogue:
    """The packaged catalogue, loaded once per process: for the parse-level helpers that ask it about a name
    (list_tails.py, flight.py) without an extractor to hand."""
    return ActorCatalogue.load()
