"""Place-name normalisation: folds transliteration variants of one name to one key."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

__all__ = ["ARTICLE_PREFIXES", "loose_key", "name_key", "normalise_name"]

# Arabic definite-article forms as they appear in romanised names ("al-Hawija", "Ash Shatrah", "ad-Dawr").
ARTICLE_PREFIXES = frozenset({"al", "el", "ad", "ed", "as", "ash", "es", "ar", "an", "at", "az", "adh", "ath", "ul", "il"})
_APOSTROPHES = re.compile(r"['`´ʻʼʽʾʿ‘’′]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_TELL = frozenset({"tall", "tell", "tel", "til", "tal"})
# looser pairs for a second lookup only: Georgian, Tamil, Russian and Arabic romanisations drop or add an h after a
# consonant ("Tshinvali" / Tskhinvali, "Mullaithivu" / Mullaittivu), write y for i, w for u, ei for ai ("Beiji" / Bayji)
_LOOSE_FOLDS = (("kh", "h"), ("gh", "g"), ("th", "t"), ("zh", "z"), ("y", "i"), ("w", "u"), ("ei", "ai"))
_FOLDS = (("dh", "d"), ("q", "k"), ("ou", "u"), ("ee", "i"), ("ay", "ai"), ("ey", "ei"), ("ph", "f"))


def _fold_token(token: str) -> str:
    if token in _TELL:
        return "tal"
    for old, new in _FOLDS:
        token = token.replace(old, new)
    token = _DOUBLED.sub(r"\1", token)
    if len(token) > 3 and token.endswith("h") and token[-2] in "aeiou":
        token = token[:-1]
    return token


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Fold a place name to a comparison form.

    Folds diacritics, case, apostrophes and ayn/hamza marks, Arabic article prefixes (al-/el-/ad-/as-...),
    Tall/Tel/Tal, doubled letters, a final -h after a vowel (-ah/-a) and a few transliteration pairs
    (q/k, dh/d, ou/u, ee/i). ``normalise_name("al-Hawijah") == normalise_name("Hawija")``.
    Tokens stay space-separated; :func:`name_key` drops the spaces too.
    """
    text = _APOSTROPHES.sub("", anyascii(name or "")).casefold()
    text = _APOSTROPHES.sub("", text)
    tokens = _NON_ALNUM.sub(" ", text).split()
    kept = [t for t in tokens if t not in ARTICLE_PREFIXES] or tokens
    return " ".join(_fold_token(t) for t in kept)


def name_key(name: str) -> str:
    """The gazetteer lookup key: the normalised name without spaces ("Tala'afar" == "Tal Afar")."""
    return _DOUBLED.sub(r"\1", normalise_name(name).replace(" ", ""))


def loose_key(key: str) -> str:
    """A looser form of a :func:`name_key` (h after k/g/t/z, y/i, w/u, ei/ai folded), for a lookup the exact key missed."""
    for old, new in _LOOSE_FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)
