"""The prefilter only saves parsing: on every corpus we have, the extractor with it gives exactly the events it
gives without it (every sentence parsed). A new rule whose trigger the prefilter does not pass fails here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.corpus import generate
from townwatch_extract.corpus import BLIND, DEV, HELDOUT, load_corpus
from townwatch_extract.extractor import Extractor
from townwatch_ingest.draft import build_article, parse_draft
from townwatch_ingest.replay_source import read_items
from townwatch_schemas import Article

pytestmark = [pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "extract" / "corpus"
RECEIVED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _articles(group: str) -> list[Article]:
    if group == "seeds":
        items = read_items(sorted((ROOT / "seeds").iterdir()), 2_000_000)
        return [build_article(i.draft, received=RECEIVED, max_bytes=2_000_000) for i in items if i.draft]
    if group == "bench":
        # The bench mix's reports and war stories (where the prefilter decides), and a few everyday articles.
        items = list(generate(1500))
        chosen = [i for i in items if i.kind != "everyday"][:30] + [i for i in items if i.kind == "everyday"][:6]
        return [build_article(parse_draft(i.json_line(), 2_000_000), received=RECEIVED, max_bytes=2_000_000) for i in chosen]
    if group == "realgrammar":
        return [case.article() for case in load_corpus(CORPUS / "realgrammar")]
    return [case.article() for case in load_corpus(CORPUS, split=group)]


def _events(extractor: Extractor, article: Article) -> list[str]:
    return sorted(e.model_dump_json() for e in extractor.extract(article))


@pytest.mark.parametrize("group", [DEV, HELDOUT, BLIND, "realgrammar", "seeds", "bench"])
def test_prefilter_on_equals_off(extractor: Extractor, group: str) -> None:
    off = Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer, use_prefilter=False)
    articles = _articles(group)
    assert articles
    differ = [a.id for a in articles if _events(extractor, a) != _events(off, a)]
    assert differ == [], f"{group}: the prefilter loses or changes events in {differ}"
