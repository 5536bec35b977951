"""A small batch whose articles need no parse is answered on the event loop, without the executor hop: at 100
articles/s a batch is one to three articles, most of them everyday news the prefilter settles in a fraction of a
millisecond, and the hop (the worker thread woken, the result handed back to the loop) cost about as much CPU."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from typing import Any

import pytest

from tests.extract.test_prefilter_parity import _articles
from townwatch_extract import agents
from townwatch_extract.budget import Budget, BudgetedExtractor
from townwatch_extract.corpus import DEV
from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

from .test_extract_many import _dumped

EVERYDAY = "The council approved the new budget for the city's schools on Tuesday after a long debate about buses."
CAPTURE = "Russian forces captured the town of Bakhmut on Saturday, the Ukrainian military said."


class CountingExecutor(concurrent.futures.ThreadPoolExecutor):
    """The loop's default executor, counting the calls handed to it."""

    def __init__(self) -> None:
        super().__init__(max_workers=1)
        self.calls = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        self.calls += 1
        return super().submit(fn, *args, **kwargs)


def _article(n: int, text: str, title: str = "Local news") -> Article:
    return Article.model_validate({"id": f"u-{n}", "source": "Example", "url": f"https://example.org/{n}", "title": title,
                                   "text": text, "received": "2026-12-03T12:00:00+00:00"})


def _outcomes(extractor: Any, articles: list[Article]) -> tuple[list[Any], int]:
    async def run() -> tuple[list[Any], int]:
        executor = CountingExecutor()
        asyncio.get_running_loop().set_default_executor(executor)
        return await agents.outcomes_of(extractor, articles), executor.calls

    return asyncio.run(run())


def test_a_small_batch_that_needs_no_parse_stays_on_the_loop(extractor: Extractor) -> None:
    budgeted = BudgetedExtractor(extractor, Budget())
    got, hops = _outcomes(budgeted, [_article(1, EVERYDAY), _article(2, EVERYDAY + " The mayor spoke.")])
    assert got == [[], []] and hops == 0


def test_a_batch_with_an_article_to_parse_goes_to_the_executor(extractor: Extractor) -> None:
    budgeted = BudgetedExtractor(extractor, Budget())
    got, hops = _outcomes(budgeted, [_article(1, EVERYDAY), _article(2, CAPTURE, "Russia takes Bakhmut")])
    assert hops == 1 and got[0] == [] and [e.place.name for e in got[1]] == ["Bakhmut"]


def test_a_long_article_or_a_large_batch_goes_to_the_executor(extractor: Extractor) -> None:
    budgeted = BudgetedExtractor(extractor, Budget())
    long_text = " ".join([EVERYDAY] * (agents.INLINE_MAX_CHARS // len(EVERYDAY) + 1))
    assert _outcomes(budgeted, [_article(1, long_text)]) == ([[]], 1)  # read under the budget's watchdog
    many = [_article(n, EVERYDAY) for n in range(agents.INLINE_MAX_BATCH + 1)]
    assert _outcomes(budgeted, many) == ([[] for _ in many], 1)  # behind a backlog the hop is shared by many


def test_an_extractor_that_cannot_say_goes_to_the_executor() -> None:
    class Plain:
        def extract(self, article: Article) -> list[Any]:
            return []

    assert _outcomes(Plain(), [_article(1, EVERYDAY)]) == ([[]], 1)


@pytest.mark.slow
@pytest.mark.parametrize("group", [DEV, "realgrammar", "bench"])
def test_the_stage_gives_each_article_extracts_events_one_at_a_time(extractor: Extractor, group: str) -> None:
    """At a low rate every batch is small: each article alone through ``agents.outcomes`` gives ``extract``'s events."""
    articles = _articles(group)
    budgeted = BudgetedExtractor(extractor, Budget())
    staged = [_outcomes(budgeted, [a])[0][0] for a in articles]
    alone = [_dumped(extractor.extract(a)) for a in articles]
    assert any(alone), f"{group}: no events at all, the comparison would prove nothing"
    differ = [a.id for a, one, got in zip(articles, alone, staged, strict=True) if not isinstance(got, list) or _dumped(got) != one]
    assert differ == [], f"{group}: the stage differs from extract in {differ}"
