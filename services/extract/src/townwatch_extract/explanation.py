"""The trace of one article's reading: each sentence's frames, how their places resolved, and the guard that dropped each.

The extractor takes an optional :class:`Trace` (``Extractor.explain``; ``townwatch extract --explain``) and tells it
what it reads; with none (every ordinary call) nothing is recorded. A guard is named by a short fixed word
(``GUARDS`` lists them with what each means), so misses can be counted by the guard that dropped them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["GUARDS", "Drop", "FrameNote", "PlaceNote", "SentenceNote", "Trace"]

GUARDS: dict[str, str] = {
    # the article as a whole
    "not-english": "the article's language is not English",
    "prefilter": "no capture word in the article, or only weak ones with none of their support words on their line (the lexicon prefilter)",
    "binary": "the text looks binary",
    "prefilter-sentence": "the sentence holds no capture word the prefilter picks",
    # a trigger word's frame
    "no-frame": "a capture word, but no frame its grammar supports (frames.frames_for)",
    "actor-as-place": "the place read is a side's name, written whole ('stronghold of ISIS Mozambique'), and no town GeoNames knows",
    "brief-raid": "'briefly seized X' in a headline or before a withdrawal: a raid",
    "hold-span": "a capture told with how long it was held ('for several hours'): a hold that ended (hold_span.py)",
    "headline-entry": "a bare entry in a headline",
    "modality": "not told as an event (intention, attempt, question, negation, future...; modality.py)",
    "crosses-clause": "a headline frame read across two clauses (left to the headline grammar)",
    "contested": "a claim the other side denies or says it still holds (contested.py)",
    "refuted-note": "a coder note's claim that the next sentence refutes",
    "fall-without-holder": "'X has fallen' with no holder told next to it (entry.py)",
    "entry-unconfirmed": "an entry told alone, no sentence next to it saying more (entry.py)",
    # a place of a frame
    "headline-unnamed-district": "a headline's 'district' with no district named",
    "area-anaphor": "'the area' with no coder note's place to stand for",
    "place-unresolved": "the place (name, anaphor or site) resolved to nothing",
    "cited-source": "a name inside a bracket citing a source and a date: no place (false_place.py)",
    "seized-machine": "a drone, tank or vehicle seized: no place (false_place.py)",
    "group-named": "the people or region an armed group owning the site is named for (false_place.py)",
    "distributive-anaphor": "\"village after village\": no place named (false_place.py)",
    "site-of-city": "a police headquarters in a city: one building of it, no site (city_site.py)",
    "named-base": "a base's own name GeoNames lacks, in no country at war (city_site.py)",
    "site-in-town-taken": "a base or headquarters of a town whose capture the report tells: part of that event",
    "title-case-capital": "a Title Case headline's capital word GeoNames lacks",
    "headline-common-word": "a headline's dictionary word GeoNames knows only at peace",
    "backer-leaving": "a backer leaving its ally's town, which the ally still holds",
    "leaving-unknown-place": "a force leaving a name GeoNames lacks in no country at war",
    "raiders-retreat": "raiders falling back, no one named taking the place",
    "raid-leaving": "a side leaving a place after looting or burning it, no one named taking it",
    "coded-elsewhere": "what a coder note marks '(coded separately)': another row's event",
    "container": "the place another place of the frame lies in ('the village of X in Donetsk'), no second place (unnamed_town.py)",
    "no-side": "neither side named nor a sideless construction at war",
    "unknown-place-and-side": "a place GeoNames lacks taken by a side the catalogue lacks",
    "name-at-peace": "a headline's bare name GeoNames lacks, or a namesake in a country at peace the headline does not write: a man caught, not a town",
    "army-at-peace": "a headline's unnamed army taking a town of its own country at peace: a namesake of a town at war",
    "needs-known-place": "a weak verb's place GeoNames lacks, not vouched for by a note, grammar or the text",
    "needs-named-side": "a weak verb with no side the catalogue knows",
    "no-armed-side": "a headline or a loss with no armed side named",
    "sport": "a sports report",
    "unrest-site": "a prison's or a campus's order restored, or a mutiny: takers protesting over their pay (extractor._pay_grievance)",
    "business": "a deal, a bid or a ballot",
    "expropriation": "a state taking over a company or its works in its own country (a nationalisation)",
    "contest": "a person or team falls to another",
    # a candidate after its sentence
    "historical": "read as background, not news (kept as a historical event)",
    "chronicle": "repeats the chronicle's last known change of the place, over two weeks before the story, undated (kept as historical)",
    "undone": "taken and given up again by the same side",
    "undone-in-report": "given up again in another sentence of the report",
    "landmark": "named only as where another place lies (\"60 km south of X\")",
    "fell-lately": "retaken after a fall the report dates days or hours back",
    "disputed-elsewhere": "another sentence calls it untrue or still fought over",
    "merged-away": "one of the merge's drops (one name, one extent, a headline's area, an own withdrawal)",
    "correction": "a correction line",
    "claim-denied": "a side's claim that a denial in the same report contradicts (labelling.md)",
    "muted": "a muted place (ExtractSettings.muted_places)",
    "classifier": "the learned classifier's precision use scored its sentence low",
}
"""Every guard a trace may name, with what it means."""


@dataclass
class Drop:
    """A candidate (or a frame, or a sentence) a guard dropped."""

    guard: str
    place: str = ""
    trigger: str = ""
    detail: str = ""

    def line(self) -> str:
        what = " ".join(filter(None, [f"place {self.place!r}" if self.place else "", f"trigger {self.trigger!r}" if self.trigger else ""]))
        return f"dropped by {self.guard}" + (f": {what}" if what else "") + (f" ({self.detail})" if self.detail else "")


@dataclass
class PlaceNote:
    """A place a frame names and what it resolved to (None: nothing)."""

    text: str
    resolved: str | None
    how: str


@dataclass
class FrameNote:
    """A frame read in a sentence: its construction, trigger and sides as written."""

    construction: str
    trigger: str
    gaining: str | None
    losing: str | None
    places: list[PlaceNote] = field(default_factory=list)


@dataclass
class SentenceNote:
    """One sentence (or the headline) that was parsed, with its frames, drops and the candidates kept."""

    text: str
    is_title: bool
    frames: list[FrameNote] = field(default_factory=list)
    drops: list[Drop] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


@dataclass
class Trace:
    """The collector the extractor tells what it reads (pass one to ``Extractor.explain``)."""

    article: list[Drop] = field(default_factory=list)
    """Drops of the whole article, before any sentence is read (``prefilter``, ``not-english``)."""
    sentences: dict[tuple[int, bool], SentenceNote] = field(default_factory=dict)
    late: list[Drop] = field(default_factory=list)
    """Drops after the sentences were read (undone, disputed, merged away...)."""
    events: list[str] = field(default_factory=list)
    """The events the article gave, described."""
    _current: SentenceNote | None = None

    def enter(self, start: int, is_title: bool, text: str) -> None:
        """The sentence read from now on (a second visit goes on with its note)."""
        self._current = self.sentences.setdefault((start, is_title), SentenceNote(text, is_title))

    def frame(self, note: FrameNote) -> None:
        if self._current is not None:
            self._current.frames.append(note)

    def place(self, text: str, resolved: str | None, how: str) -> None:
        if self._current is not None and self._current.frames:
            self._current.frames[-1].places.append(PlaceNote(text, resolved, how))

    def drop(self, guard: str, place: str = "", trigger: str = "", detail: str = "") -> None:
        assert guard in GUARDS, guard
        where = self._current.drops if self._current is not None else self.article
        where.append(Drop(guard, place, trigger, detail))

    def drop_late(self, guard: str, place: str, detail: str = "") -> None:
        assert guard in GUARDS, guard
        self.late.append(Drop(guard, place, detail=detail))

    def kept(self, description: str) -> None:
        if self._current is not None:
            self._current.kept.append(description)

    def leave(self) -> None:
        self._current = None

    @property
    def drops(self) -> list[Drop]:
        """Every drop, in the order: article, sentences, late."""
        return [*self.article, *(d for s in self.sentences.values() for d in s.drops), *self.late]

    def guards(self) -> list[str]:
        return [d.guard for d in self.drops]

    def render(self) -> str:
        """The trace as text, one sentence after another."""
        lines = [f"article: {d.line()}" for d in self.article]
        for note in sorted(self.sentences.values(), key=lambda n: not n.is_title):
            lines.append(("headline: " if note.is_title else "sentence: ") + " ".join(note.text.split())[:300])
            for f in note.frames:
                lines.append(f"  frame {f.construction} trigger {f.trigger!r} gaining {f.gaining!r} losing {f.losing!r}")
                lines += [f"    place {p.text!r} -> {p.resolved or 'unresolved'} ({p.how})" for p in f.places]
            lines += [f"  {d.line()}" for d in note.drops]
            lines += [f"  candidate {k}" for k in note.kept]
        lines += [f"after the sentences: {d.line()}" for d in self.late]
        lines += [f"event: {e}" for e in self.events] or ["no event"]
        return "\n".join(lines)
