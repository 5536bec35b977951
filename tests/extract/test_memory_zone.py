"""Each extraction parses in a spaCy memory zone (``townwatch_extract.nlp.memory_zone``): a long-running extractor
fed new words keeps its string store, its vocabulary and spaCy's lemma cache bounded; without the zone all three grow
with every new word (issue 16: the extract service's RSS rose for as long as it ran)."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import string
from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.pipeline import Lemmatizer

import townwatch_extract.extractor as extractor_module
import townwatch_extract.nlp as nlp_module
from townwatch_extract.budget import Budget, BudgetedExtractor
from townwatch_extract.extractor import Extractor
from townwatch_extract.nlp import load_nlp, memory_zone
from townwatch_schemas import Article

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module")
def private(extractor: Extractor) -> Extractor:
    """An extractor on a pipeline of its own: what these tests add to a vocabulary is theirs to count."""
    return Extractor(nlp=load_nlp.__wrapped__(), catalogue=extractor.catalogue, gazetteer=extractor.gazetteer,
                     use_prefilter=False)


_PLACES = ["Hawija", "Kupiansk", "Bukavu", "Kidal", "Paletwa", "Tal Afar"]


def _articles(n: int, seed: int) -> list[Article]:
    """Articles full of words no pipeline has seen: names, and lower-case words the lemmatizer looks up."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 11)))

    return [
        Article(
            id=f"new-words-{seed}-{i}",
            text=f"Iraqi forces captured the town of {rng.choice(_PLACES)} from Islamic State on Tuesday, "
                 f"{word().title()} {word().title()} of the {word().title()} brigade said. Residents reported {word()}s and "
                 f"{word()}ing near the {word()} market, where {word().title()} {word().title()} had {word()}ed.",
            published=dt.date(2024, 5, 10), received=dt.datetime(2024, 5, 10, tzinfo=dt.UTC),
        )
        for i in range(n)
    ]


def _sizes(nlp: Language) -> tuple[int, int, int]:
    """Strings, vocabulary entries (counted: ``len(vocab)`` counts dropped ones too) and lemma-cache entries."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    return len(nlp.vocab.strings), sum(1 for _ in nlp.vocab), len(lemmatizer.cache)


@pytest.fixture
def small_lemma_cache(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(nlp_module, "LEMMA_CACHE_LIMIT", 300)
    return 300


@contextlib.contextmanager
def _no_zone(_nlp: object) -> Iterator[None]:
    yield


def test_new_words_leave_nothing_behind_with_the_zone_and_pile_up_without_it(
    private: Extractor, small_lemma_cache: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = private.nlp
    for article in _articles(5, seed=1):  # the first parses add what every parse needs (labels, morphology)
        private.extract(article)
    before = _sizes(nlp)
    events = [private.extract(article) for article in _articles(150, seed=2)]
    after = _sizes(nlp)
    assert sum(map(len, events)) >= 100, "the articles must be parsed through to events, or this proves nothing"
    assert not nlp.vocab.in_memory_zone  # type: ignore[attr-defined]
    assert after[:2] == before[:2], f"strings and vocabulary entries grew with the zone: {before} -> {after}"
    assert after[2] <= small_lemma_cache
    # The same run without the zone (as before it): every new word stays, and the lemma cache passes its limit.
    monkeypatch.setattr(extractor_module, "memory_zone", _no_zone)
    for article in _articles(150, seed=3):
        private.extract(article)
    grown = _sizes(nlp)
    assert grown[0] - after[0] > 1000 and grown[1] - after[1] > 1000, (after, grown)
    assert grown[2] > small_lemma_cache


def test_the_services_batches_keep_the_vocabulary_bounded_and_close_their_zone(private: Extractor) -> None:
    """The extract stage's path: ``BudgetedExtractor.extract_many`` opens the zone before its watchdog is armed."""
    budgeted = BudgetedExtractor(private, Budget())
    budgeted.extract_many(_articles(4, seed=4))
    before = _sizes(private.nlp)[:2]
    articles = _articles(96, seed=5)
    for start in range(0, len(articles), 32):
        outcomes = budgeted.extract_many(articles[start : start + 32])
        assert all(isinstance(o, list) and o for o in outcomes)
        assert not private.nlp.vocab.in_memory_zone  # type: ignore[attr-defined]
    assert _sizes(private.nlp)[:2] == before
    assert budgeted.extract(articles[0]) and _sizes(private.nlp)[:2] == before


def test_an_extraction_inside_an_open_zone_does_not_open_another(private: Extractor) -> None:
    """spaCy's zones do not nest: an outer zone (the budget's) holds, and the events come out whole."""
    [article] = _articles(1, seed=6)
    alone = [e.model_dump_json() for e in private.extract(article)]
    with memory_zone(private.nlp):
        assert private.nlp.vocab.in_memory_zone  # type: ignore[attr-defined]
        inside = private.extract(article)
        assert private.nlp.vocab.in_memory_zone  # type: ignore[attr-defined]
    assert not private.nlp.vocab.in_memory_zone  # type: ignore[attr-defined]
    assert alone and [e.model_dump_json() for e in inside] == alone  # built inside, read after: plain Python
