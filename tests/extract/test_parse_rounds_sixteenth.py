"""The parse of a relevant article in fewer rounds, and no work done twice (issue 14, session 16).

spaCy's fixed cost per ``nlp.pipe`` call is about two sentences' parse, so the sentences that may hold a denial are
parsed in the change rules' first round, not in a call of their own; ``extract`` reads an article's prefilter once,
not once to ask whether it needs a parse and again to parse it; and the extract stage hands the verdicts it read on
the event loop to the executor, which reads only the articles that need a parse. Outputs do not change (the corpora,
``tests/extract/test_extract_many.py``, and a scratch check over the 8,000 bench articles)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from typing import Any

from townwatch_extract import agents
from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

CAPTURE = "Houthi rebels seized the town of Al Hazm on Sunday."
DENIAL = "The government denied that its forces had withdrawn from Marib."
EVERYDAY = "The council approved the new budget for the city's schools on Tuesday after a long debate about buses."


class CountingNlp:
    """The spaCy pipeline, recording the texts of each ``pipe`` call."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self.rounds: list[list[str]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        texts = list(texts)
        self.rounds.append(texts)
        return self._nlp.pipe(texts, **kwargs)


def _article(n: int, text: str, title: str = "News") -> Article:
    return Article.model_validate({"id": f"r-{n}", "source": "Example", "url": f"https://example.org/{n}", "title": title,
                                   "text": text, "received": "2026-12-03T12:00:00+00:00"})


def _sides(events: list[Any]) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.kind, e.place.name, e.gaining and e.gaining.id, e.losing and e.losing.id) for e in events]


def test_a_denial_is_parsed_in_the_same_round_as_the_change(extractor: Extractor) -> None:
    nlp = CountingNlp(extractor.nlp)
    counted = Extractor(nlp=nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer)
    events = counted.extract(_article(1, f"{CAPTURE} {DENIAL}"))
    assert _sides(events) == [("change", "Al Hazm", "houthis", "ye-gov"), ("denial", "Marib", None, "ye-gov")]
    assert CAPTURE in nlp.rounds[0] and DENIAL in nlp.rounds[0]
    assert sum(DENIAL in texts for texts in nlp.rounds[1:]) <= 1  # read as written, and at most once in the rules' form


def test_a_denial_alone_is_one_round(extractor: Extractor) -> None:
    nlp = CountingNlp(extractor.nlp)
    counted = Extractor(nlp=nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer)
    counted.extract(_article(2, "The army denied reports that rebels had captured Kidal on Friday."))
    assert len(nlp.rounds) == 1


def test_a_change_with_no_denial_is_parsed_as_before(extractor: Extractor) -> None:
    """The twin: no denial hint, nothing added to the round (the capture's own sentence only)."""
    nlp = CountingNlp(extractor.nlp)
    counted = Extractor(nlp=nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer)
    assert _sides(counted.extract(_article(3, CAPTURE))) == [("change", "Al Hazm", "houthis", "ye-gov")]
    assert nlp.rounds[0] == [CAPTURE]


def test_extract_reads_the_prefilter_once(extractor: Extractor) -> None:
    counted = Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer)
    picks: list[str] = []
    pick = counted.prefilter.pick

    def counting_pick(text: str, *args: Any, **kwargs: Any) -> Any:
        picks.append(text)
        return pick(text, *args, **kwargs)

    counted.prefilter.pick = counting_pick  # type: ignore[method-assign]
    assert [e.place.name for e in counted.extract(_article(4, CAPTURE))] == ["Al Hazm"]
    assert len(picks) == 1
    assert counted.extract(_article(5, EVERYDAY)) == [] and len(picks) == 1  # no trigger word: no pick at all


class _Judged:
    """An extractor whose verdicts and extractions are recorded (``needs_parse`` says yes for the ids in ``relevant``)."""

    def __init__(self, relevant: set[str]) -> None:
        self.relevant = relevant
        self.asked: list[str] = []
        self.extracted: list[str] = []

    def needs_parse(self, article: Article) -> bool:
        self.asked.append(article.id)
        return article.id in self.relevant

    def extract(self, article: Article) -> list[Any]:
        self.extracted.append(article.id)
        return []


def test_the_stage_reads_only_the_articles_that_need_a_parse() -> None:
    judged = _Judged({"r-7"})
    batch = [_article(6, EVERYDAY), _article(7, CAPTURE), _article(8, EVERYDAY)]
    assert asyncio.run(agents.outcomes_of(judged, batch)) == [[], [], []]
    assert judged.asked == ["r-6", "r-7", "r-8"]  # each verdict read once, on the loop
    assert judged.extracted == ["r-7"]  # the executor reads the one article that needs a parse


def test_a_large_batch_is_read_whole_in_the_executor() -> None:
    """The twin: behind a backlog (more than ``INLINE_MAX_BATCH``) no verdict is read on the loop."""
    judged = _Judged(set())
    batch = [_article(n, EVERYDAY) for n in range(agents.INLINE_MAX_BATCH + 1)]
    assert asyncio.run(agents.outcomes_of(judged, batch)) == [[] for _ in batch]
    assert judged.asked == [] and judged.extracted == [a.id for a in batch]
