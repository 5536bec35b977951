"""Finding 5 of issue 11: a per-article extraction budget (candidate sentences, characters per sentence, wall time);
an article over it is refused with reason ``budget``, dead-lettered and counted, and its events so far are dropped."""

from __future__ import annotations

import gc
import itertools
import time
from collections.abc import Sequence

import pytest

from townwatch_extract.agents import extract_all, extract_counted
from townwatch_extract.budget import (
    Budget,
    BudgetedExtractor,
    BudgetExceeded,
    _Overrun,
    longest_sentence,
)
from townwatch_extract.budget_bench import hostile_articles
from townwatch_extract.extractor import Extractor
from townwatch_extract.metrics import BUDGET_EXCEEDED, stage_metrics
from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.metrics import REGISTRY
from townwatch_runtime.stage import RawMessage, StageShell
from townwatch_schemas import Article, DeadLetter, Stage

from .conftest import make_article

CAPTURE = "Iraqi forces captured the town of Hawija from Islamic State fighters on Tuesday."


def test_many_capture_sentences_go_over_the_sentence_budget(extractor: Extractor) -> None:
    """The probe's 20,000 short capture sentences (46 s); here 30 against a budget of 10."""
    article = make_article(" ".join([CAPTURE] * 30))
    assert extractor.extract(article)  # unbudgeted: events
    with pytest.raises(BudgetExceeded) as info:
        BudgetedExtractor(extractor, Budget(max_sentences=10)).extract(article)
    assert (info.value.reason, info.value.limit) == ("budget", "sentences")
    assert BudgetedExtractor(extractor, Budget(max_sentences=400)).extract(article)  # within budget: the same events


def test_one_huge_sentence_is_refused_before_any_parse(extractor: Extractor) -> None:
    """The probe's 990,000-character sentence (42 s): refused after one scan, nothing parsed."""
    huge = make_article(("Iraqi forces captured the town of Hawija " * 25_000)[:990_000])
    assert longest_sentence(huge.text) == 990_000
    budgeted = BudgetedExtractor(extractor, Budget())
    with pytest.raises(BudgetExceeded) as info:
        budgeted.extract(huge)
    assert info.value.limit == "sentence_chars" and budgeted._meter.parsed == 0


def test_wall_time_over_budget_is_refused(extractor: Extractor) -> None:
    ticks = itertools.count(0, 60)  # a clock that advances a minute per look
    budgeted = BudgetedExtractor(extractor, Budget(max_seconds=10), clock=lambda: float(next(ticks)))
    with pytest.raises(BudgetExceeded) as info:
        budgeted.extract(make_article(CAPTURE))
    assert info.value.limit == "seconds"
    assert extractor.nlp is not budgeted.extractor.nlp  # the shared extractor is not metered


async def test_an_article_over_budget_is_dead_lettered_with_reason_budget_and_counted(extractor: Extractor) -> None:
    budgeted = BudgetedExtractor(extractor, Budget(max_sentences=5))
    letters: list[DeadLetter] = []

    async def send(_topic: str, _key: bytes | None, value: bytes) -> None:
        letters.append(DeadLetter.model_validate_json(value))

    async def process(article: Article) -> int:
        return len(extract_counted(budgeted, article))

    metrics = stage_metrics()
    shell = StageShell(Article, process, metrics=metrics, dead_letters=DeadLetterSink(Stage.EXTRACT, send, metrics.dead_letter))
    before = BUDGET_EXCEEDED.labels("sentences")._value.get()
    dead_before = REGISTRY.get_sample_value("townwatch_dead_letters_total", {"stage": "extract", "reason": "budget"}) or 0
    handled = await shell.handle(make_article(" ".join([CAPTURE] * 20)).to_json_bytes(), topic="articles.v1", partition=0, offset=7)
    assert handled is False
    [letter] = letters
    assert letter.reason == "budget" and "candidate sentences" in letter.error
    assert BUDGET_EXCEEDED.labels("sentences")._value.get() == before + 1
    assert REGISTRY.get_sample_value("townwatch_dead_letters_total", {"stage": "extract", "reason": "budget"}) == dead_before + 1


# --- the wall-time limit holds outside the parser too (issue 11, finding 5's open part) -----------------------------

WALL_TIME_ONLY = Budget(max_sentences=10**9, max_sentence_chars=10**9, max_seconds=0.3)


# The interrupt may land in a gc callback running in the extracting thread (hypothesis installs one), which swallows
# it ("Exception ignored in ...", an unraisable warning) and is why the watchdog fires again: the test checks that the
# article is stopped all the same; the suite's warning filter lets that report pass (pyproject.toml).
@pytest.mark.parametrize("name", sorted(hostile_articles()))
def test_each_hostile_article_is_stopped_by_the_wall_time_limit_alone(extractor: Extractor, name: str) -> None:
    """With the sentence limits lifted, every hostile article (each needs seconds of linear work before or between
    parses) ends with the ``seconds`` limit, counted once; the timings are in ``townwatch_extract.budget_bench``."""
    article = hostile_articles()[name]
    budgeted = BudgetedExtractor(extractor, WALL_TIME_ONLY)
    before = BUDGET_EXCEEDED.labels("seconds")._value.get()
    with pytest.raises(BudgetExceeded) as info:
        extract_counted(budgeted, article)
    assert (info.value.reason, info.value.limit) == ("budget", "seconds")
    assert BUDGET_EXCEEDED.labels("seconds")._value.get() == before + 1
    budgeted.budget = Budget(max_seconds=120)  # the next article is not timed (a loaded machine may take 0.3 s for it)
    assert budgeted.extract(make_article(CAPTURE))  # the same extractor goes on, with no interrupt left behind


def test_a_stage_outside_the_parser_is_stopped_without_any_parse(extractor: Extractor) -> None:
    """The SimHash, prefilter, sentence split and scans of a 2 MB filler article run before its one parse: stopped there."""
    budgeted = BudgetedExtractor(extractor, Budget(max_seconds=0.05))
    with pytest.raises(BudgetExceeded) as info:
        budgeted.extract(hostile_articles()["filler_2mb"])
    assert info.value.limit == "seconds" and budgeted._meter.parsed == 0


class _Stubborn:
    """An extractor whose rule loops for ever and swallows every ``Exception``."""

    nlp = None

    def __init__(self) -> None:
        self.laps = 0

    def extract(self, _article: Article) -> list[object]:
        while True:
            try:
                self.laps += 1
            except Exception:  # what a careless rule does
                continue


def test_the_interrupt_gets_through_a_rules_except_exception() -> None:
    stubborn = _Stubborn()
    budgeted = BudgetedExtractor(stubborn, Budget(max_seconds=0.05))
    with pytest.raises(BudgetExceeded) as info:
        budgeted.extract(make_article(CAPTURE))
    assert info.value.limit == "seconds" and budgeted.extractor.laps > 0


def test_an_article_done_in_time_keeps_its_events_and_leaves_no_interrupt_behind(extractor: Extractor) -> None:
    budgeted = BudgetedExtractor(extractor, Budget(max_seconds=60))
    first = budgeted.extract(make_article(CAPTURE))
    assert first and budgeted._watchdog._job is None and budgeted._watchdog._fired is None
    assert budgeted.extract(make_article(CAPTURE)) == first


class _Swallower:
    """An extractor whose loop swallows every interrupt once, as a gc callback or a ``__del__`` does."""

    nlp = None

    def __init__(self) -> None:
        self.swallowed = 0

    def extract(self, _article: Article) -> list[object]:
        while True:
            try:
                while True:
                    pass
            except BaseException:  # what "Exception ignored in ..." amounts to
                self.swallowed += 1
                if self.swallowed > 1:
                    raise


def test_a_swallowed_interrupt_is_raised_again() -> None:
    budgeted = BudgetedExtractor(_Swallower(), Budget(max_seconds=0.05))
    with pytest.raises(BudgetExceeded) as info:
        budgeted.extract(make_article(CAPTURE))
    assert info.value.limit == "seconds" and budgeted.extractor.swallowed == 2
    assert budgeted._watchdog._job is None  # disarmed: nothing will land on the next article


class _SwallowsTheInterrupt:
    """Stands for a gc callback or ``__del__`` in the extracting thread that the watchdog's interrupt lands in."""

    def __del__(self) -> None:
        raise _Overrun()


def test_an_interrupt_swallowed_by_a_finaliser_is_not_a_test_failure() -> None:
    """CI at load 20: ``test_size_limits``' 2 MB article ran over its 10 s budget and the interrupt landed in
    hypothesis's gc callback; the article still ended (the watchdog fires again), but pytest failed the test on the
    unraisable report. The suite's warning filter lets exactly that report pass (pyproject.toml)."""
    holder = [_SwallowsTheInterrupt()]
    holder.clear()  # the finaliser runs here and raises; Python reports it as unraisable
    gc.collect()


# --- a batch (the stage's ``extract_all`` → ``BudgetedExtractor.extract_many``): each article within its own budget ---

def test_in_a_batch_an_article_over_budget_is_refused_alone_and_counted(extractor: Extractor) -> None:
    many = make_article(" ".join([CAPTURE] * 30), id="many")  # 30 candidate sentences against a budget of 10
    huge = make_article(("Iraqi forces captured the town of Hawija " * 1_000)[:40_000], id="huge")  # one 40,000-char sentence
    ok = [make_article(CAPTURE, id=f"ok{i}") for i in range(3)]
    budgeted = BudgetedExtractor(extractor, Budget(max_sentences=10))
    before = {limit: BUDGET_EXCEEDED.labels(limit)._value.get() for limit in ("sentences", "sentence_chars")}
    out = extract_all(budgeted, [ok[0], many, ok[1], huge, ok[2]])
    assert [(o.reason, o.limit) for o in out if isinstance(o, BudgetExceeded)] == [("budget", "sentences"), ("budget", "sentence_chars")]
    assert isinstance(out[1], BudgetExceeded) and isinstance(out[3], BudgetExceeded)
    alone = extractor.extract(ok[0])
    assert alone and all(isinstance(o, list) and len(o) == len(alone) for o in (out[0], out[2], out[4]))
    assert {limit: BUDGET_EXCEEDED.labels(limit)._value.get() - before[limit] for limit in before} == {"sentences": 1, "sentence_chars": 1}


async def test_in_a_batch_the_stage_dead_letters_only_the_article_over_budget(extractor: Extractor) -> None:
    """The stage shell over ``extract_all``'s outcomes (as the extract agent's batch core returns them): the
    article over budget is dead-lettered with reason ``budget``, its neighbours in the batch are processed."""
    budgeted = BudgetedExtractor(extractor, Budget(max_sentences=5))
    letters: list[DeadLetter] = []

    async def send(_topic: str, _key: bytes | None, value: bytes) -> None:
        letters.append(DeadLetter.model_validate_json(value))

    async def process_batch(articles: Sequence[Article]) -> list[int | BaseException]:
        return [o if isinstance(o, Exception) else len(o) for o in extract_all(budgeted, articles)]

    metrics = stage_metrics()
    shell = StageShell(Article, process_batch=process_batch, metrics=metrics,
                       dead_letters=DeadLetterSink(Stage.EXTRACT, send, metrics.dead_letter))
    articles = [make_article(CAPTURE, id="a"), make_article(" ".join([CAPTURE] * 20), id="over"), make_article(CAPTURE, id="b")]
    done = await shell.handle_batch([RawMessage(a.to_json_bytes(), a.id.encode(), "articles.v1", 0, i) for i, a in enumerate(articles)])
    assert done == [True, False, True]
    [letter] = letters
    assert (letter.key, letter.reason) == ("over", "budget") and "candidate sentences" in letter.error


class _Scripted:
    """An inner extractor whose ``extract_many`` drives the pace as ``Extractor.extract_many`` does: article text
    'loop' never finishes its step, 'slow' asks for 3 sentences of a shared parse that takes 4 s on ``clock``."""

    nlp = None

    def __init__(self, clock: list[float]) -> None:
        self.clock = clock

    def _loop(self) -> list[object]:
        while True:
            pass

    def _parse(self) -> list[str]:
        self.clock[0] += 4.0
        return ["doc"] * 4

    def extract_many(self, articles: list[Article], pace) -> list[object]:  # type: ignore[no-untyped-def]
        out: list[object] = []
        for i, a in enumerate(articles):
            try:
                out.append(pace.step(i, self._loop if a.text == "loop" else list))
            except BudgetExceeded as exc:
                out.append(exc)
        asked = {i: (3 if a.text == "slow" else 1) for i, a in enumerate(articles) if not isinstance(out[i], BudgetExceeded)}
        for i in asked:
            pace.admit(i, asked[i])
        pace.parse(asked, self._parse)
        for i in asked:
            try:
                out[i] = pace.step(i, lambda: ["event"])
            except BudgetExceeded as exc:
                out[i] = exc
        return out


def test_in_a_batch_the_wall_time_limit_stops_one_article_and_charges_shared_parses_by_share() -> None:
    """Each article's own steps run under the watchdog with its own time left ('loop' is interrupted, its neighbours
    are not); a shared parse is charged by sentences asked (4 s: 'slow' 3 s, over the 2 s budget; 'fast' 1 s)."""
    clock = [0.0]
    budgeted = BudgetedExtractor(_Scripted(clock), Budget(max_seconds=2), clock=lambda: clock[0])
    out = budgeted.extract_many([make_article("fast", id="a"), make_article("loop", id="b"), make_article("slow", id="c")])
    assert out[0] == ["event"]
    assert isinstance(out[1], BudgetExceeded) and out[1].limit == "seconds" and "stopped at" in str(out[1])
    assert isinstance(out[2], BudgetExceeded) and out[2].limit == "seconds" and "3.0s" in str(out[2])
    assert budgeted._watchdog._job is None  # nothing left to land on the next batch


class _LongParse:
    """An inner extractor whose shared parse runs long when article 'long' is in it (until interrupted, or a bound
    far past the budget), and whose one-article path does the same for 'long' alone."""

    nlp = None

    def __init__(self) -> None:
        self.parses_finished = 0

    def _run_long(self) -> list[str]:
        bound = time.monotonic() + 60  # a bound for a broken build, far past the 0.2 s budget
        while time.monotonic() < bound:
            pass
        self.parses_finished += 1
        return ["doc"]

    def extract(self, article: Article) -> list[str]:
        return self._run_long() if article.text == "long" else ["event"]

    def extract_many(self, articles: list[Article], pace) -> list[object]:  # type: ignore[no-untyped-def]
        asked = {i: 1 for i in range(len(articles))}
        for i in asked:
            pace.admit(i, 1)
        pace.parse(asked, self._run_long if any(a.text == "long" for a in articles) else list)
        return [pace.step(i, lambda: ["event"]) for i in asked]


def test_a_shared_parse_past_every_budget_is_stopped_and_the_batch_goes_one_article_at_a_time() -> None:
    """One article whose sentences take long to parse must not hold the batch (and its partition) for the whole
    parse: the shared parse stops at the budget, and each article is extracted again alone under its own."""
    budgeted = BudgetedExtractor(_LongParse(), Budget(max_seconds=0.2))
    out = extract_all(budgeted, [make_article("short", id="a"), make_article("long", id="b"), make_article("short", id="c")])
    assert budgeted.extractor.parses_finished == 0  # neither the shared parse nor 'long' alone ran to its end
    assert out[0] == ["event"] and out[2] == ["event"]
    assert isinstance(out[1], BudgetExceeded) and out[1].limit == "seconds" and "stopped at" in str(out[1])
    assert budgeted._watchdog._job is None
