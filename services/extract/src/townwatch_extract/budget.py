"""The per-article extraction budget: candidate sentences parsed, characters per sentence, wall time.

One article must not stall its partition (agents run with concurrency 1): an article over budget is refused with
``ExtractionError("budget")``, which the stage dead-letters with reason ``budget`` and counts
(``townwatch_extract_budget_exceeded_total{limit}``).

Rule for the events found so far: they are dropped. An article's events are published all together or not at all,
so a dead-lettered article replayed with a larger budget yields every event once (event ids are deterministic).

- ``max_sentence_chars``: the longest run of text without a sentence end (``.``, ``!``, ``?``, a line break) is
  checked before any analysis, so a 990,000-character "sentence" costs one scan, not a parse of every fragment.
- ``max_sentences``: sentences handed to the parser (candidates the prefilter kept), counted as spaCy yields them;
  a neighbour read only beside a candidate is not counted (``pace.Round``).
- ``max_seconds``: wall time since the article started, for the whole extraction: a watchdog thread interrupts the
  extracting thread when the time is up (``PyThreadState_SetAsyncExc``: an exception raised in that thread at its
  next bytecode), so every linear stage (sentence split, prefilter, parentheses, place and actor scans, SimHash,
  parsing) stops there, not only at parsed sentences (where the clock is also checked). What cannot be interrupted
  is one call into C already running: one regular-expression scan or ``join`` over the text, one spaCy parse of one
  sentence (at most ``MAX_SENTENCE_CHARS``), one numpy step of the SimHash; each is linear in an article bounded by
  ``ARTICLE_MAX_BYTES``, so an article over budget stops within the budget plus that margin (``python -m
  townwatch_extract.budget_bench`` prints both for the issue's hostile inputs). Checkpoints in every stage would
  have had to be written into every rule module (and kept there by everyone who writes rules); a subprocess would
  have to load a second spaCy model and ship each article across.
"""

from __future__ import annotations

import copy
import ctypes
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from townwatch_extract.errors import ExtractionError
from townwatch_schemas import Article, ControlChange

__all__ = ["Budget", "BudgetExceeded", "BudgetedExtractor", "SharedParseOverrun", "longest_sentence"]

R = TypeVar("R")

REFIRE_S = 0.25
"""After firing, the watchdog fires again this often until the article ends (an interrupt can be swallowed)."""

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


class SharedParseOverrun(RuntimeError):
    """A batch's shared parse ran past the budget of every article in it: no article is refused for it (whose time it
    was is not known); the batch is to be extracted again one article at a time (``agents.extract_all`` does)."""


class _Overrun(BaseException):
    """Raised inside the extracting thread by the watchdog (a BaseException, so no rule's ``except Exception`` keeps it)."""


def _interrupt(thread_id: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in thread ``thread_id`` at its next bytecode (None: cancel one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class _Watchdog:
    """One daemon thread per budgeted extractor: interrupts the extracting thread when its article's time is up."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._job: tuple[int, int, float] | None = None  # (ticket, thread id, deadline on time.monotonic)
        self._fired: int | None = None  # the ticket whose thread was interrupted
        self._tickets = 0
        self._thread: threading.Thread | None = None
        self._wake_at: float | None = None  # when the watchdog thread looks at the job next (None: when notified)

    def arm(self, seconds: float) -> int:
        with self._cond:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="extract-budget-watchdog", daemon=True)
                self._thread.start()
            self._tickets += 1
            deadline = time.monotonic() + seconds
            self._job = (self._tickets, threading.get_ident(), deadline)
            # Woken only when it would look too late: articles (and a batch's steps) come one after another, each
            # deadline later than the last, so the thread wakes about once per budget instead of once per arm
            # (waking it on every arm cost the extract service a tenth of its samples, measured with py-spy).
            if self._wake_at is None or deadline < self._wake_at:
                self._cond.notify()
            return self._tickets

    def disarm(self, ticket: int) -> bool:
        """Stop watching; True when the watchdog fired for ``ticket`` (a pending interrupt is cancelled)."""
        with self._cond:
            if self._job is not None and self._job[0] == ticket:
                self._job = None
            fired = self._fired == ticket
            if fired:
                self._fired = None
                _interrupt(threading.get_ident(), None)
            return fired

    def _run(self) -> None:
        with self._cond:
            while True:
                job = self._job
                if job is None:
                    self._wake_at = None
                    self._cond.wait()
                    continue
                left = job[2] - time.monotonic()
                if left > 0:
                    self._wake_at = job[2]
                    self._cond.wait(left)
                    continue
                ticket, thread_id, _ = job
                # Keep watching: an interrupt that lands in a gc callback or a ``__del__`` is swallowed there
                # ("Exception ignored in ..."), so it is raised again until the article ends (``disarm``).
                self._job, self._fired = (ticket, thread_id, time.monotonic() + REFIRE_S), ticket
                _interrupt(thread_id, _Overrun)


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

    def _check(self, counted: bool = True) -> None:
        budget = self.budget
        if budget is None:
            return
        self.parsed += counted
        if self.parsed > budget.max_sentences:
            raise BudgetExceeded("sentences", f"more than {budget.max_sentences} candidate sentences to parse")
        elapsed = self._clock() - self.started
        if elapsed > budget.max_seconds:
            raise BudgetExceeded("seconds", f"still parsing after {elapsed:.1f}s (budget {budget.max_seconds:g}s)")

    def __call__(self, text: str, **kwargs: Any) -> Any:
        doc = self._nlp(text, **kwargs)
        self._check()
        return doc

    def pipe(self, texts: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        """The docs of ``texts``; with ``as_tuples``, (text, counted) pairs: a neighbour read beside a candidate
        (``counted`` False) is timed but not counted (``pace.Round``)."""
        tuples = bool(kwargs.get("as_tuples"))
        for item in self._nlp.pipe(texts, **kwargs):
            self._check(counted=not tuples or bool(item[1]))
            yield item


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
        self._watchdog = _Watchdog()

    def extract(self, article: Article) -> list[ControlChange]:
        # The memory zone opens before the watchdog is armed and closes after it is disarmed: an interrupt landing
        # while spaCy closes a zone would leave its vocabulary half inside one (the extractor then opens none).
        # (Imported here: the settings import this module, and spaCy is heavy.)
        from townwatch_extract.nlp import memory_zone

        with memory_zone(self._meter):
            ticket = self._watchdog.arm(self.budget.max_seconds)
            try:
                try:
                    return self._extract(article)  # done in time, or the interrupt came too late to land: the events stand
                finally:
                    self._disarm(ticket)
            except _Overrun:
                self._disarm(ticket)  # done already unless the interrupt landed in the ``finally`` before it
                raise BudgetExceeded("seconds", f"stopped at the wall-time budget of {self.budget.max_seconds:g}s") from None

    def needs_parse(self, article: Article) -> bool:
        """Whether ``extract`` would parse anything of ``article`` (``Extractor.needs_parse``: no parse, no events);
        True when the extractor cannot say, or a sentence is over the budget (``extract`` refuses the article)."""
        needs = getattr(self.extractor, "needs_parse", None)
        if needs is None:
            return True
        try:
            self._check_sentence_chars(article)
        except BudgetExceeded:
            return True
        return bool(needs(article))

    def _disarm(self, ticket: int) -> None:
        """Disarm the watchdog for sure: an interrupt fired just before may land inside ``disarm`` itself; once
        ``disarm`` has returned, none is pending and none will come."""
        while True:
            try:
                self._watchdog.disarm(ticket)
                return
            except _Overrun:
                continue

    def extract_many(self, articles: Sequence[Article]) -> list[list[ControlChange] | ExtractionError]:
        """``extract`` of each article, their parses made together (``Extractor.extract_many``), each article within
        its own budget: its own steps under the watchdog and the meter with its own time and count so far, its share
        of a shared parse (by sentences) added to its time, and a round's sentences counted before they are parsed.
        An article over budget is refused alone; the others keep their events."""
        if not hasattr(self.extractor, "extract_many"):  # a test double with ``extract`` alone
            return [self._one(article) for article in articles]
        out: list[list[ControlChange] | ExtractionError] = [[] for _ in articles]
        pending: list[int] = []
        for i, article in enumerate(articles):
            try:
                self._check_sentence_chars(article)
                pending.append(i)
            except BudgetExceeded as exc:
                out[i] = exc
        from townwatch_extract.nlp import memory_zone

        pace = _BatchPace(self, len(pending))
        with memory_zone(self._meter):  # around every armed step, as in ``extract``
            outcomes = self.extractor.extract_many([articles[i] for i in pending], pace)
        for i, outcome in zip(pending, outcomes, strict=True):
            out[i] = outcome
        return out

    def _one(self, article: Article) -> list[ControlChange] | ExtractionError:
        try:
            return self.extract(article)
        except ExtractionError as exc:
            return exc

    def _check_sentence_chars(self, article: Article) -> None:
        for text in (article.text, article.title or ""):
            # a text no longer than the limit has no sentence over it: most articles skip the scan
            chars = longest_sentence(text) if isinstance(text, str) and len(text) > self.budget.max_sentence_chars else 0
            if chars > self.budget.max_sentence_chars:
                raise BudgetExceeded("sentence_chars", f"a sentence of {chars} characters (budget {self.budget.max_sentence_chars})")

    def _extract(self, article: Article) -> list[ControlChange]:
        self._check_sentence_chars(article)
        self._meter.budget, self._meter.parsed, self._meter.started = self.budget, 0, self._clock()
        try:
            return self.extractor.extract(article)
        finally:
            self._meter.budget = None


class _BatchPace:
    """``BudgetedExtractor.extract_many``'s pace: each article's time and parses so far, metered as ``extract`` does."""

    def __init__(self, owner: BudgetedExtractor, n: int) -> None:
        self._owner = owner
        self._spent = [0.0] * n  # seconds of its own steps and its share of the shared parses
        self._parsed = [0] * n  # sentences parsed for it (its rounds' and its own steps' parses)

    def step(self, i: int, work: Callable[[], R]) -> R:
        owner, budget, meter = self._owner, self._owner.budget, self._owner._meter
        if self._spent[i] > budget.max_seconds:
            raise BudgetExceeded("seconds", f"still parsing after {self._spent[i]:.1f}s (budget {budget.max_seconds:g}s)")
        ticket = owner._watchdog.arm(budget.max_seconds - self._spent[i])
        meter.budget, meter.parsed, meter.started = budget, self._parsed[i], owner._clock() - self._spent[i]
        try:
            try:
                return work()
            finally:
                owner._disarm(ticket)
                meter.budget = None
                self._spent[i], self._parsed[i] = owner._clock() - meter.started, meter.parsed
        except _Overrun:
            owner._disarm(ticket)
            raise BudgetExceeded("seconds", f"stopped at the wall-time budget of {budget.max_seconds:g}s") from None

    def admit(self, i: int, sentences: int) -> None:
        self._parsed[i] += sentences
        limit = self._owner.budget.max_sentences
        if self._parsed[i] > limit:
            raise BudgetExceeded("sentences", f"more than {limit} candidate sentences to parse")

    def parse(self, asked: dict[int, int], work: Callable[[], R]) -> R:
        """The round's shared parse, charged to each article by its share of the sentences. Under the watchdog until
        the most time any asked article has left: a parse still running then has no article it could go on for, so
        it stops there (``SharedParseOverrun``) and the caller extracts the batch again one article at a time, where
        each stops at its own budget (unwatched, one long article held its partition for its whole parse: 7.9 s
        against a 1 s budget that ``extract`` kept to 1.0 s)."""
        owner = self._owner
        left = max((owner.budget.max_seconds - self._spent[i] for i in asked), default=owner.budget.max_seconds)
        ticket = owner._watchdog.arm(max(left, 0.0))
        started = owner._clock()
        try:
            try:
                return work()
            finally:
                owner._disarm(ticket)
                took, total = owner._clock() - started, sum(asked.values())
                for i, n in asked.items():
                    self._spent[i] += took * n / total if total else 0.0
        except _Overrun:
            owner._disarm(ticket)
            raise SharedParseOverrun(f"a shared parse ran past every asked article's budget ({left:.1f}s left at most)") from None
