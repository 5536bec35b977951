"""The extract stage's metrics (see docs/METRICS.md), created up front so panels read 0."""

from __future__ import annotations

from prometheus_client import Counter

from townwatch_runtime.metrics import REGISTRY, StageMetrics
from townwatch_runtime.stage import STAGE_REASONS
from townwatch_schemas import ARTICLES, Stage

__all__ = ["BUDGET_EXCEEDED", "EVENTS", "PREFILTER", "SENTENCES_PARSED", "count_events", "stage_metrics"]

EVENTS = Counter("townwatch_extract_events_total", "Control-change events extracted, by kind.", ["kind"], registry=REGISTRY)
PREFILTER = Counter(
    "townwatch_extract_prefilter_articles_total",
    "Articles the lexicon prefilter passed to the parser (candidate) or skipped.",
    ["result"],
    registry=REGISTRY,
)
SENTENCES_PARSED = Counter(
    "townwatch_extract_sentences_parsed_total", "Sentences parsed with spaCy.", registry=REGISTRY
)
BUDGET_EXCEEDED = Counter(
    "townwatch_extract_budget_exceeded_total",
    "Articles dead-lettered for exceeding the extraction budget, by the limit they hit.",
    ["limit"],
    registry=REGISTRY,
)
BUDGET_LIMITS = ("sentences", "sentence_chars", "seconds")
EXTRACT_REASONS = (*STAGE_REASONS, "too_large", "budget")
for _limit in BUDGET_LIMITS:
    BUDGET_EXCEEDED.labels(_limit)
for _kind in ("news", "historical", "claimed"):
    EVENTS.labels(_kind)
for _result in ("candidate", "skipped"):
    PREFILTER.labels(_result)


def stage_metrics() -> StageMetrics:
    return StageMetrics(Stage.EXTRACT, EXTRACT_REASONS, topics=[ARTICLES.name])


def count_events(events: list) -> None:
    for event in events:
        EVENTS.labels("historical" if event.historical else "claimed" if event.claimed else "news").inc()
