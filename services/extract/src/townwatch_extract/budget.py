"""The per-article extraction budget: candidate sentences parsed, characters per sentence, wall time.

One article must not stall its partition (agents run with concurrency 1): an article over budget is refused with
``ExtractionError("budget")``, which the stage dead-letters with reason ``budget`` and counts
(``townwatch_extract_budget_exceeded_total{limit}``).

Rule for the events found so far: they are dropped. An article's events are published all together or not at all,
so a dead-lettered article replayed with a larger budget yields every event once (event ids are deterministic).

- ``max_sentence_chars``: the longest run of text without a sentence end (``.``, ``!``, ``?``, a line break) is
  checked before any analysis, so a 990,000-character "sentence" costs one scan, not a parse of every fragment.
- ``max_sentences``: sentences handed to the parser (candidates the prefilter kept), counted as spaCy yields them.
- ``max_seconds``: wall time since the article started, checked at every parsed sentence (the extractor's work
  between parses is bounded by the other two limits). The work outside the parser (SimHash, sentence split, actor
  and place scans) is linear in the text: for a 2 MB article of filler (ingest's size limit) with one capture it
  took 7.5 s in process at a load average of 14 on 2 cores, after the SimHash was vectorised (33 s before, 27 s of
  it in the SimHash's per-bit Python loop).
"""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from townwatch_extract.errors import ExtractionError
from townwatch_schemas import Article, ControlChange

__all__ = ["Budget", "BudgetExceeded", "BudgetedExtractor", "longest_sentence"]

_SENTENCE_END = re.compile(r"[.!?\n\u3002\u061f\u06d4]")


@dataclass(frozen=True)
class Budget:
    max_sentences: int = 400
    max_sentence_chars: int = 20_000
    max_seconds: float = 10.0


class BudgetExceeded(ExtractionError):
    """An article over its extraction budget; ``limit`` is which one (sentences, sentence_chars, seconds)."""

    def __init__(self, limit: str, message: str) -> None:
        super().__init__("budget", message)
        self.limit = limit


def longest_sentence(text: str) -> int:
    """Characters in the longest stretch of ``text`` without a sentence end."""
    longest, last = 0, 0
    for m in _SENTENCE_END.finditer(text):
        longest = max(longest, m.start() - last)
        last = m.end()
    return max(longest, len(text) - last)


class _Meter:
    """Wraps the spaCy pipeline: counts the docs it yields and checks the clock, raising when over budget."""

    def __init__(self, nlp: Any, clock: Callable[[], float]) -> None:
        self._nlp = nlp
        self._clock = clock
        self.budget: Budget | None = None
        self.parsed = 0
        self.started = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def _check(self) -> None:
        budget = self.budget
        if budget is None:
            return
        self.parsed += 1
        if self.parsed > budget.max_sentences:
            raise BudgetExceeded("sentences", f"more than {budget.max_sentences} candidate sentences to parse")
        elapsed = self._clock() - self.started
        if elapsed > budget.max_seconds:
            raise BudgetExceeded("seconds", f"still parsing after {elapsed:.1f}s (budget {budget.max_seconds:g}s)")

    def __call__(self, text: str, **kwargs: Any) -> Any:
        doc = self._nlp(text, **kwargs)
        self._check()
        return doc

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        for doc in self._nlp.pipe(texts, **kwargs):
            self._check()
            yield doc


class BudgetedExtractor:
    """An ``Extractor`` whose ``extract`` raises ``BudgetExceeded`` (an ``ExtractionError``) for an article over budget.

    Not for concurrent use from several threads (one meter per instance; the agent runs one article at a time).
    """

    def __init__(self, extractor: Any, budget: Budget = Budget(), clock: Callable[[], float] = time.monotonic) -> None:
        self.extractor = copy.copy(extractor)  # the caller's extractor keeps its own, unmetered pipeline
        self.budget = budget
        self._clock = clock
        self._meter = _Meter(extractor.nlp, clock)
        self.extractor.nlp = self._meter

    def extract(self, article: Article) -> list[ControlChange]:
        for text in (article.text, article.title or ""):
            chars = longest_sentence(text) if isinstance(text, str) else 0
            if chars > self.budget.max_sentence_chars:
                raise BudgetExceeded("sentence_chars", f"a sentence of {chars} characters (budget {self.budget.max_sentence_chars})")
        self._meter.budget, self._meter.parsed, self._meter.started = self.budget, 0, self._clock()
        try:
            return self.extractor.extract(article)
        finally:
            self._meter.budget = None
