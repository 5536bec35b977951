"""The labelled corpus: development cases (YAML) and held-out cases (``heldout*.jsonl``) with the events a reader should get."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from townwatch_schemas import Article

__all__ = ["BLIND", "DEV", "HELDOUT", "Case", "GoldEvent", "load_corpus"]

DEV = "dev"
HELDOUT = "heldout"
BLIND = "blind"


@dataclass(frozen=True)
class GoldEvent:
    place: str
    gaining: str | None
    losing: str | None
    historical: bool = False
    partial: bool = False
    claimed: bool = False


@dataclass(frozen=True)
class Case:
    id: str
    region: str
    kind: str
    text: str
    title: str | None
    published: dt.date | None
    events: tuple[GoldEvent, ...]
    negative: str | None
    split: str = DEV

    @property
    def news(self) -> tuple[GoldEvent, ...]:
        return tuple(e for e in self.events if not e.historical)

    def article(self) -> Article:
        return Article(
            id=self.id, text=self.text, title=self.title, published=self.published,
            received=dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
        )


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _case(raw: dict, split: str) -> Case:
    events = tuple(
        GoldEvent(
            place=str(e["place"]), gaining=e.get("gaining"), losing=e.get("losing"),
            historical=bool(e.get("historical", False)), partial=bool(e.get("partial", False)),
            claimed=bool(e.get("claimed", False)),
        )
        for e in raw.get("events") or []
    )
    return Case(
        id=str(raw["id"]), region=str(raw.get("region", "?")), kind=str(raw.get("kind", "sentence")),
        text=str(raw.get("text") or ""), title=raw.get("title"), published=_date(raw.get("published")),
        events=events, negative=raw.get("negative"), split=split,
    )


def _raw_cases(path: Path) -> list[dict]:
    text = path.read_text("utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return yaml.safe_load(text) or []


def load_corpus(directory: Path, split: str | None = None) -> list[Case]:
    """Every case in every ``*.yaml`` and ``*.jsonl`` file of ``directory``, in file then case order.

    Files whose name starts with ``heldout`` form the held-out split (written before tuning, later tuned on),
    ``blind*`` the blind split (written by someone who never saw the rules, and never tuned on), the rest the
    development split; ``split`` keeps only one of them.
    """
    cases: list[Case] = []
    paths = sorted([*Path(directory).glob("*.yaml"), *Path(directory).glob("*.jsonl")])
    for path in paths:
        file_split = next((s for s in (HELDOUT, BLIND) if path.name.startswith(s)), DEV)
        if split is not None and file_split != split:
            continue
        cases.extend(_case(raw, file_split) for raw in _raw_cases(path))
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate case ids in the corpus")
    return cases
