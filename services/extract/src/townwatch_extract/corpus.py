"""The labelled development corpus: YAML cases with the events a reader should get from each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from townwatch_schemas import Article

__all__ = ["Case", "GoldEvent", "load_corpus"]


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


def load_corpus(directory: Path) -> list[Case]:
    """Every case in every ``*.yaml`` file of ``directory``, in file then case order."""
    cases: list[Case] = []
    for path in sorted(Path(directory).glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text("utf-8")) or []:
            events = tuple(
                GoldEvent(
                    place=str(e["place"]), gaining=e.get("gaining"), losing=e.get("losing"),
                    historical=bool(e.get("historical", False)), partial=bool(e.get("partial", False)),
                    claimed=bool(e.get("claimed", False)),
                )
                for e in raw.get("events") or []
            )
            cases.append(
                Case(
                    id=str(raw["id"]), region=str(raw.get("region", "?")), kind=str(raw.get("kind", "sentence")),
                    text=str(raw.get("text") or ""), title=raw.get("title"), published=_date(raw.get("published")),
                    events=events, negative=raw.get("negative"),
                )
            )
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate case ids in the corpus")
    return cases
