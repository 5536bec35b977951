"""Shared fixtures for the extractor tests: one spaCy pipeline and one Extractor per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

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
