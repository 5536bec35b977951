"""Shared fixtures for the extractor tests: one spaCy pipeline and one Extractor per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article, ControlChange

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def seed_article(name_prefix: str) -> Article:
    """A seed file as an Article: the leading ' date YYYY-MM-DD' line (if any) becomes ``published``."""
    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    raw = path.read_text(encoding="utf-8")
    published = None
    if raw.startswith(" date "):
        published = dt.date.fromisoformat(raw[6:16])
        raw = raw[17:]
    return Article(id=path.stem, text=raw, published=published, received=dt.datetime(2017, 10, 5, tzinfo=dt.UTC))


def make_article(text: str, *, published: dt.date | None = dt.date(2024, 3, 14), title: str | None = None, id: str = "t1") -> Article:
    return Article(id=id, text=text, title=title, published=published, received=dt.datetime(2024, 3, 14, tzinfo=dt.UTC))


NOTE_WEEK = dt.date(2024, 6, 4)
"""The monitor-note tests' publication date: their "on Monday" is news."""


def note_sides(extractor: Extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each place a note changes hands as news (not historical), with the gaining and losing actor ids."""
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in extractor.extract(make_article(text, published=NOTE_WEEK))
        if e.kind == "change" and not e.historical
    }


def headline_changes(extractor: Extractor, title: str, text: str = "", *, published: dt.date) -> list[ControlChange]:
    """The changes of hands told as news (not historical) in an article with ``title`` (and ``text``), received on
    the day it was published."""
    article = Article(id="h", title=title, text=text, published=published,
                      received=dt.datetime(published.year, published.month, published.day, tzinfo=dt.UTC))
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


def sides(events: list[ControlChange]) -> list[tuple[str, str | None, str | None]]:
    """(place name, gaining side, losing side) of each event: the sides as actor ids, None where not told."""
    return [(e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None) for e in events]


def change_rows(extractor: Extractor, text: str, published: dt.date, title: str | None = None) -> list[tuple[str, str | None, str | None, bool]]:
    """(place, gaining id, losing id, historical) of each change event the extractor finds in one article."""
    article = make_article(text, published=published, title=title)
    return [
        (e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.historical)
        for e in extractor.extract(article) if e.kind == "change"
    ]


def news_rows(extractor: Extractor, text: str, published: dt.date, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    """(place, gaining id, losing id) of each change the article reports as news (background dropped)."""
    return [(p, g, lo) for p, g, lo, h in change_rows(extractor, text, published, title) if not h]


def placed_rows(extractor: Extractor, text: str, day: str, title: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    """(place, country code, gaining id, losing id) of each change an article dated ``day`` (ISO) reports as news,
    sorted: where the place was put, beside its sides."""
    events = extractor.extract(make_article(text, published=dt.date.fromisoformat(day), title=title))
    return sorted(
        (e.place.name, e.place.country_code, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in events if e.kind == "change" and not e.historical
    )


def headline_rows(extractor: Extractor, title: str, published: dt.date) -> list[tuple[str, str | None, str | None, bool]]:
    """(place, gaining id, losing id, partial) of each change a headline alone reports as news."""
    events = extractor.extract(make_article("", published=published, title=title))
    return [
        (e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.partial)
        for e in events if e.kind == "change" and not e.historical
    ]


def news_places(extractor: Extractor, text: str, published: dt.date) -> list[str]:
    """The places an article reports changing hands as news, sorted."""
    return sorted(p for p, _g, _lo in news_rows(extractor, text, published))


def news_partial(extractor: Extractor, text: str, published: dt.date) -> dict[str, bool]:
    """Each place of a news change, with whether only part of it changed hands."""
    events = extractor.extract(make_article(text, published=published))
    return {e.place.name: e.partial for e in events if e.kind == "change" and not e.historical}


def assert_retold(extractor: Extractor, text: str, published: dt.date, news: str | None, retold: str) -> None:
    """``retold`` is given as background and not as news; ``news``, when named, is news."""
    rows = change_rows(extractor, text, published)
    assert (retold, True) in {(p, h) for p, _g, _lo, h in rows}, rows
    news_places = [p for p, _g, _lo in news_rows(extractor, text, published)]
    assert retold not in news_places
    if news is not None:
        assert news in news_places
