"""The pace of a batch: how ``Extractor.extract_many`` runs each article's own steps and the parses it shares.

``extract_many`` analyses many articles in lockstep: each article's own steps (its analysis up to the sentences it wants
parsed, what it does with their parses, its events) run one article at a time, and one ``nlp.pipe`` a round parses
every article's sentences together. A pace sees both, article by article, so a per-article budget (``budget.py``) can
meter a batch exactly as it meters one article alone: its own steps' time and parses, its share of the shared parse,
and the sentences it asks for, refusing that article alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

__all__ = ["Pace", "Round", "Unpaced", "counted"]

R = TypeVar("R")
T = TypeVar("T")


class Round(list[T]):
    """The sentences an article asks parsed in one round, the last ``context`` of them read only beside a candidate
    (the sentence before "The capture of X ..." that names the taker, the one after "X has fallen." that names the
    holder): the sentence budget counts the candidates alone (``counted``). Neighbours are at most three a candidate,
    so the candidates' budget bounds them already, and the wall-time budget still covers their parse; counted, they
    made an article's refusal depend on how many changes the rules read in it (a chronology of captures told as
    nouns refused where the same candidates told with verbs passed), and a refusal drops every event it has."""

    def __init__(self, items: Iterable[T] = (), context: int = 0) -> None:
        super().__init__(items)
        self.context = context


def counted(asked: Sequence[object]) -> int:
    """How many of a round's sentences the sentence budget counts: all but its neighbours (``Round.context``)."""
    return len(asked) - (asked.context if isinstance(asked, Round) else 0)


class Pace(Protocol):
    def step(self, i: int, work: Callable[[], R]) -> R:
        """Run article ``i``'s own step; raising ``ExtractionError`` refuses article ``i`` alone."""
        ...

    def admit(self, i: int, sentences: int) -> None:
        """Article ``i`` asks for ``sentences`` more parsed in this round; raising ``ExtractionError`` refuses it
        alone, before anything of it is parsed."""
        ...

    def parse(self, asked: dict[int, int], work: Callable[[], R]) -> R:
        """Run the round's shared parse: ``asked`` holds how many of its sentences each article asked for."""
        ...


class Unpaced:
    """No budget: every step and parse runs as it comes."""

    def step(self, i: int, work: Callable[[], R]) -> R:
        return work()

    def admit(self, i: int, sentences: int) -> None:
        return None

    def parse(self, asked: dict[int, int], work: Callable[[], R]) -> R:
        return work()
