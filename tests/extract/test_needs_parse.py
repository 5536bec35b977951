"""``Extractor.needs_parse``: an article it says needs no parse has no events, and deciding parses nothing."""

from __future__ import annotations

from typing import Any, NoReturn

import pytest

from tests.extract.conftest import make_article
from tests.extract.test_prefilter_parity import _articles
from townwatch_extract.corpus import DEV
from townwatch_extract.extractor import Extractor

pytestmark = [pytest.mark.slow]


class _Refuses:
    """A pipeline that fails any parse: deciding must not need one."""

    def __call__(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        raise AssertionError("needs_parse parsed a text")

    pipe = __call__


@pytest.fixture(scope="module")
def unparsed(extractor: Extractor) -> Extractor:
    return Extractor(nlp=_Refuses(), catalogue=extractor.catalogue, gazetteer=extractor.gazetteer)


@pytest.mark.parametrize("group", [DEV, "realgrammar", "bench", "seeds"])
def test_an_article_that_needs_no_parse_has_no_events(extractor: Extractor, unparsed: Extractor, group: str) -> None:
    articles = _articles(group)
    needs = [unparsed.needs_parse(a) for a in articles]
    events = [extractor.extract(a) for a in articles]
    assert any(events), f"{group}: no events at all, the comparison would prove nothing"
    wrong = [a.id for a, need, found in zip(articles, needs, events, strict=True) if found and not need]
    assert wrong == [], f"{group}: events in articles said to need no parse: {wrong}"
    assert needs == [extractor.needs_parse(a) for a in articles]  # the same answer with the pipeline loaded


def test_most_of_the_bench_mix_needs_no_parse(unparsed: Extractor) -> None:
    articles = _articles("bench")  # its reports and war stories first: the prefilter decides on these
    needs = [unparsed.needs_parse(a) for a in articles]
    assert any(needs) and not all(needs)


def test_a_denial_alone_needs_a_parse(unparsed: Extractor) -> None:
    # no change trigger for the prefilter, but a denial the denial finder reads from a parse
    article = make_article("Ukraine's military denied that Russian forces had taken Robotyne on Tuesday.")
    assert unparsed.needs_parse(article)
    plain = make_article("The council met on Tuesday to discuss the new budget for the town's schools.")
    assert not unparsed.needs_parse(plain)


def test_refused_input_needs_a_parse(extractor: Extractor) -> None:
    # extract reports the refusal (too large): the decision leaves it to extract
    small = Extractor(nlp=_Refuses(), catalogue=extractor.catalogue, gazetteer=extractor.gazetteer, max_chars=100)
    assert small.needs_parse(make_article("Nothing happened in the town today. " * 10))
