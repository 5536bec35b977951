"""``Extractor.extract_many`` (the backfill's path: many articles' parses in one ``nlp.pipe`` a round) gives each
article exactly the events ``extract`` gives it alone, and a refused article its own error, not its neighbours'."""

from __future__ import annotations

import pytest

from tests.extract.test_prefilter_parity import _articles
from townwatch_extract.agents import extract_all
from townwatch_extract.budget import Budget, BudgetedExtractor
from townwatch_extract.corpus import DEV
from townwatch_extract.errors import ExtractionError
from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

pytestmark = [pytest.mark.slow]


def _dumped(events: list) -> list[str]:
    return sorted(e.model_dump_json() for e in events)


@pytest.mark.parametrize("group", [DEV, "realgrammar", "bench"])
def test_many_articles_at_once_give_each_its_own_events(extractor: Extractor, group: str) -> None:
    articles = _articles(group)
    alone = [_dumped(extractor.extract(a)) for a in articles]
    together = extractor.extract_many(articles)
    assert len(together) == len(articles)
    assert any(alone), f"{group}: no events at all, the comparison would prove nothing"
    differ = [a.id for a, one, many in zip(articles, alone, together, strict=True) if not isinstance(many, list) or _dumped(many) != one]
    assert differ == [], f"{group}: extract_many differs from extract in {differ}"


def test_a_refused_article_gets_its_error_and_the_others_their_events(extractor: Extractor) -> None:
    articles = _articles("bench")[:8]
    small = Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer,
                      max_chars=max(len(a.text) for a in articles))
    huge = Article(id="huge", text="Rebels captured the town of Hawija. " * 2000, received=articles[0].received)
    out = small.extract_many([*articles[:4], huge, *articles[4:]])
    assert isinstance(out[4], ExtractionError) and out[4].reason == "too_large"
    rest = out[:4] + out[5:]
    assert [_dumped(r) for r in rest if isinstance(r, list)] == [_dumped(extractor.extract(a)) for a in articles]


@pytest.mark.parametrize("group", [DEV, "bench"])
def test_the_stage_path_gives_each_article_its_own_events(extractor: Extractor, group: str) -> None:
    """The extract stage's call (``extract_all`` on the service's ``BudgetedExtractor``, batches of up to 64, as
    ``townwatch_runtime.batches`` hands them over) gives each article exactly ``extract``'s events."""
    articles = _articles(group)
    budgeted = BudgetedExtractor(extractor, Budget())
    staged = [outcome for start in range(0, len(articles), 64) for outcome in extract_all(budgeted, articles[start : start + 64])]
    alone = [_dumped(extractor.extract(a)) for a in articles]
    assert any(alone), f"{group}: no events at all, the comparison would prove nothing"
    differ = [a.id for a, one, got in zip(articles, alone, staged, strict=True) if not isinstance(got, list) or _dumped(got) != one]
    assert differ == [], f"{group}: the stage path differs from extract in {differ}"
