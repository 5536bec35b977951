"""The backfill's worker: a rule's bug on one article is that article's reported error, never the whole run's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bench.corpus import generate
from townwatch.backfill.archive import RawItem
from townwatch.backfill.worker import Model, _Worker
from townwatch_ingest.outlets import default_catalogue
from townwatch_schemas import Article, ControlChange


class _BuggyExtractor:
    """Raises a non-ValueError (a rule's bug) on the article whose text holds ``poison``; nothing found otherwise."""

    def __init__(self, poison: str) -> None:
        self.poison = poison
        self.one_at_a_time: list[str] = []

    def extract(self, article: Article) -> list[ControlChange]:
        self.one_at_a_time.append(article.id)
        if self.poison in article.text:
            raise KeyError("a rule's missing key")
        return []

    def extract_many(self, articles: Sequence[Article]) -> list[list[ControlChange]]:
        if any(self.poison in article.text for article in articles):
            raise KeyError("a rule's missing key")
        return [[] for _ in articles]


def test_a_bug_on_one_article_is_its_error_and_the_rest_of_the_batch_goes_on() -> None:
    items = list(generate(4))
    items[2].draft["text"] += " Zanzibar-poison-marker."
    lines = [item.json_line().encode() for item in items]
    extractor = _BuggyExtractor("Zanzibar-poison-marker")
    worker = _Worker(1 << 20, None, Model(extractor, default_catalogue()))  # type: ignore[arg-type]
    results = worker.many([RawItem(i, f"a.jsonl:{i + 1}", line) for i, line in enumerate(lines)])
    assert [r.seq for r in results] == [0, 1, 2, 3]
    assert [r.error is None for r in results] == [True, True, False, True]
    assert results[2].error is not None and results[2].error.startswith("extraction failed (KeyError)")
    assert len(extractor.one_at_a_time) == 4  # the batch was extracted again one by one to find the article


class _Recorder:
    """Records which articles reached extraction; finds nothing."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def extract_many(self, articles: Sequence[Article]) -> list[list[ControlChange]]:
        self.seen.extend(article.title for article in articles)
        return [[] for _ in articles]


def test_since_skips_articles_published_before_it_unextracted_and_keeps_the_rest() -> None:
    items = list(generate(3))
    for item, (title, published) in zip(items, [("old", "2022-03-09"), ("on the day", "2022-03-10"), ("later", "2022-03-11")], strict=True):
        item.draft.update(title=title, published=published)
    lines = [RawItem(i, f"a.jsonl:{i + 1}", item.json_line().encode()) for i, item in enumerate(items)]
    seed = RawItem(3, "old-seed.txt", b"date 2022-03-01 Iraqi forces captured the town of Hawija from ISIL.", seed=True)
    extractor = _Recorder()
    worker = _Worker(1 << 20, dt.date(2022, 3, 10), Model(extractor, default_catalogue()))  # type: ignore[arg-type]
    results = worker.many([*lines, seed])
    assert [r.skipped for r in results] == [True, False, False, True]
    assert all(r.error is None and not r.events for r in results)
    assert extractor.seen == ["on the day", "later"]
