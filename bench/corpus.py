"""The benchmark corpus: a deterministic, endless stream of realistic article drafts, about 2 in 100 reporting
a town changing hands, with wire copies and independent corroborations of some of those reports.

Each item is an ingest draft (the JSON a wire pushes to ``POST /articles``) plus what the generator knows
about it: its kind and, for a change report, the change it reports (so a run can be scored).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.phrasebook import (
    BACKGROUND,
    CHANGE_FOLLOWS,
    CHANGE_LEADS,
    DAYS,
    EVERYDAY,
    EVERYDAY_TITLES,
    NO_CHANGE,
    NO_CHANGE_TITLES,
)
from bench.theatres import AGENCIES, OUTLETS, THEATRES, Outlet, Theatre

__all__ = ["Change", "CorpusItem", "generate", "write_jsonl"]

START = dt.date(2022, 1, 3)
CHANGE_SPACING_DAYS = 21  # more than the ledger's 14-day window: every flip of a town is a new change
NAMES = ("Silva", "Okafor", "Haddad", "Kowalski", "Nakamura", "Moreau", "Ibrahim", "Jensen", "Rossi", "Petrov")
CLUBS = ("United", "Athletic", "Rovers", "City", "Sporting", "Dynamo")


@dataclass(frozen=True)
class Change:
    """The change of control a report describes (ground truth)."""

    story: str
    town: str
    country_code: str
    gaining: str
    losing: str
    date: dt.date


@dataclass(frozen=True)
class CorpusItem:
    """One article draft. ``kind``: ``change`` (first report), ``wire_copy``, ``corroboration``, ``war`` or ``everyday``."""

    index: int
    kind: str
    draft: dict[str, Any]
    change: Change | None = None

    @property
    def relevant(self) -> bool:
        return self.change is not None

    def json_line(self) -> str:
        return json.dumps(self.draft, ensure_ascii=False)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _words(rng: random.Random) -> int:
    """A realistic article length in words: log-normal, median ~500, between 120 and 2,000."""
    return int(min(2000, max(120, rng.lognormvariate(6.2, 0.45))))


def _fill(rng: random.Random, bank: tuple[str, ...], words: int, **slots: str) -> list[str]:
    """Paragraphs of two or three sentences from ``bank`` until about ``words`` words."""
    paragraphs: list[str] = []
    total = 0
    while total < words:
        values = _slots(rng, slots)
        sentences = [s.format(**values) for s in rng.sample(bank, rng.randint(2, 3))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph.split())
    return paragraphs


def _slots(rng: random.Random, slots: dict[str, str]) -> dict[str, str]:
    r = rng.random
    return {
        "n": str(3 + int(r() * 88)), "n2": str(2 + int(r() * 39)), "pct": f"{0.5 + 9 * r():.1f}",
        "year": str(2025 + int(r() * 6)), "name": NAMES[int(r() * len(NAMES))], "club": CLUBS[int(r() * len(CLUBS))],
        "score": f"{1 + int(r() * 4)}-{int(r() * 3)}", "day": DAYS[int(r() * 7)], **slots,
    }


@dataclass
class _Town:
    theatre: Theatre
    name: str
    holder: int  # index into theatre.sides
    offset: int  # days: spreads the towns' changes over the calendar
    changes: int = 0


@dataclass
class _State:
    rng: random.Random
    towns: list[_Town]
    pending: deque[tuple[int, CorpusItem]] = field(default_factory=deque)  # (due index, item)
    stories: int = 0


def _url(outlet: Outlet, section: str, date: dt.date, slug: str, salt: str) -> str:
    digest = hashlib.sha1(salt.encode()).hexdigest()[:10]
    return f"https://www.{outlet.domain}/{section}/{date:%Y/%m/%d}/{slug}-{digest}"


def _slug(text: str) -> str:
    return "-".join("".join(ch for ch in word.lower() if ch.isalnum()) for word in text.split()[:8]).strip("-")


def _draft(outlet: Outlet, title: str, body: str, date: dt.date, section: str, salt: str, credits: list[str]) -> dict[str, Any]:
    return {
        "url": _url(outlet, section, date, _slug(title), salt),
        "source": outlet.name,
        "title": title,
        "text": body,
        "published": date.isoformat(),
        "credits": credits,
        "language": "en",
    }


def _change_report(state: _State, index: int) -> CorpusItem:
    rng = state.rng
    town = rng.choice(state.towns)
    sides = town.theatre.sides
    losing_i = town.holder
    gaining_i = rng.choice([i for i in range(len(sides)) if i != losing_i][:2])
    town.changes += 1
    town.holder = gaining_i
    date = START + dt.timedelta(days=CHANGE_SPACING_DAYS * town.changes + town.offset)
    state.stories += 1
    change = Change(f"s{state.stories}", town.name, town.theatre.country_code, sides[gaining_i], sides[losing_i], date)
    slots = {"town": town.name, "gaining": change.gaining, "Gaining": _cap(change.gaining), "losing": change.losing,
             "Losing": _cap(change.losing), "day": DAYS[date.weekday()],
             "capital_title": town.theatre.capital.title()}
    agency = rng.choice(AGENCIES)
    lead = rng.choice(CHANGE_LEADS).format(**slots)
    follow = rng.choice(CHANGE_FOLLOWS).format(**slots)
    background = _fill(rng, BACKGROUND, _words(rng) // 2, **slots)
    body = "\n\n".join([f"{town.theatre.capital} ({agency.name}) - {lead}", follow, *background])
    title = f"{_cap(change.gaining)} take {town.name} from {change.losing}"
    item = CorpusItem(index, "change", _draft(agency, title, body, date, "world", f"{change.story}/0", [agency.name]), change)
    # Wire copies (the same story, the agency credited, a new headline and tail) and independent reports.
    for copy in range(rng.choice((0, 1, 1, 2))):
        outlet = rng.choice(OUTLETS)
        tail = f"\n\nSource: {agency.name}"
        copy_body = body + tail
        draft = _draft(outlet, f"{town.name}: {change.gaining} in control", copy_body, date, "news", f"{change.story}/w{copy}", [agency.name])
        state.pending.append((index + rng.randint(3, 60), CorpusItem(-1, "wire_copy", draft, change)))
    if rng.random() < 0.4:
        outlet = rng.choice(OUTLETS)
        lead2 = rng.choice([t for t in CHANGE_LEADS if t.format(**slots) != lead]).format(**slots)
        body2 = "\n\n".join([lead2, *_fill(rng, BACKGROUND, _words(rng) // 2, **slots), rng.choice(CHANGE_FOLLOWS).format(**slots)])
        later = date + dt.timedelta(days=rng.randint(0, 1))
        draft = _draft(outlet, f"{town.name} changes hands", body2, later, "world", f"{change.story}/c", [])
        state.pending.append((index + rng.randint(5, 120), CorpusItem(-1, "corroboration", draft, change)))
    return item


def _war_report(state: _State, index: int) -> CorpusItem:
    rng = state.rng
    town = rng.choice(state.towns)
    sides = town.theatre.sides
    other = rng.choice([i for i in range(len(sides)) if i != town.holder])
    slots = {"town": town.name, "gaining": sides[other], "Gaining": _cap(sides[other]),
             "losing": sides[town.holder], "Losing": _cap(sides[town.holder]),
             "capital_title": town.theatre.capital.title()}
    words = _words(rng)
    paragraphs = _fill(rng, NO_CHANGE, words // 3, **slots) + _fill(rng, BACKGROUND, 2 * words // 3, **slots)
    date = START + dt.timedelta(days=rng.randint(0, 900))
    outlet = rng.choice(OUTLETS + AGENCIES)
    title = rng.choice(NO_CHANGE_TITLES).format(**_slots(rng, slots))
    return CorpusItem(index, "war", _draft(outlet, title, "\n\n".join(paragraphs), date, "world", f"war/{index}", []))


def _everyday(state: _State, index: int) -> CorpusItem:
    rng = state.rng
    paragraphs = _fill(rng, EVERYDAY, _words(rng))
    date = START + dt.timedelta(days=rng.randint(0, 900))
    outlet = rng.choice(OUTLETS + AGENCIES)
    title = rng.choice(EVERYDAY_TITLES).format(**_slots(rng, {}))
    return CorpusItem(index, "everyday", _draft(outlet, title, "\n\n".join(paragraphs), date, "news", f"day/{index}", []))


def generate(count: int, *, seed: int = 7, relevant_share: float = 0.02, war_share: float = 0.15) -> Iterator[CorpusItem]:
    """``count`` articles, the same ones for the same arguments.

    About ``relevant_share`` of them report a change of control (first reports, wire copies and independent
    corroborations together); ``war_share`` talk about the wars without reporting a change; the rest is
    everyday news. Follow-ups of a story come 3 to 120 articles after its first report.
    """
    rng = random.Random(seed)
    towns = [_Town(t, name, i % len(t.sides), (7 * i) % CHANGE_SPACING_DAYS) for t in THEATRES for i, name in enumerate(t.towns)]
    state = _State(rng, towns)
    # ~2.4 articles per story on average (first report + 1 wire copy + 0.4 corroborations).
    first_share = relevant_share / 2.4
    for index in range(count):
        if state.pending and state.pending[0][0] <= index:
            _due, item = state.pending.popleft()
            yield CorpusItem(index, item.kind, item.draft, item.change)
            continue
        roll = rng.random()
        if roll < first_share:
            yield _change_report(state, index)
            state.pending = deque(sorted(state.pending, key=lambda p: p[0]))
        elif roll < first_share + war_share:
            yield _war_report(state, index)
        else:
            yield _everyday(state, index)


def write_jsonl(path: Path, items: Iterator[CorpusItem] | list[CorpusItem]) -> Path:
    """Write the drafts as JSON Lines (the format ``townwatch replay`` and ``POST /articles`` bulk take)."""
    with path.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(item.json_line() + "\n")
    return path
