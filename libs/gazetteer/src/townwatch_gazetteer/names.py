"""Place-name normalisation: folds transliteration variants of one name to one key."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

__all__ = ["ARTICLE_PREFIXES", "loose_key", "name_key", "normalise_name", "variant_key"]

# Arabic definite-article forms as they appear in romanised names ("al-Hawija", "Ash Shatrah", "ad-Dawr").
ARTICLE_PREFIXES = frozenset({"al", "el", "ad", "ed", "as", "ash", "es", "ar", "an", "at", "az", "adh", "ath", "ul", "il"})
_APOSTROPHES = re.compile(r"['`´ʻʼʽʾʿ‘’′]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")
_TELL = frozenset({"tall", "tell", "tel", "til", "tal"})
# looser pairs for a second lookup only: Georgian, Tamil, Russian and Arabic romanisations drop or add an h after a
# consonant ("Tshinvali" / Tskhinvali, "Mullaithivu" / Mullaittivu), write y for i, w for u, ei for ai ("Beiji" / Bayji)
_LOOSE_FOLDS = (("kh", "h"), ("gh", "g"), ("th", "t"), ("zh", "z"), ("y", "i"), ("w", "u"), ("ei", "ai"))
# Russian and Ukrainian romanisations of one village: g/h, and the vowels of each ending and syllable ("Bogdanovka" /
# Bohdanivka, "Semyonovka" / Semenivka, "Zhelannoye" / Zhelanne, "Novomikhailovka" / Novomykhailivka)
_VOWEL_RUN = re.compile(r"[aeiou]+")
_SLAVIC_ENDING = re.compile(r"(?:oie|oe|aia|aja|ie|ii|ij)$")
_VARIANT_MIN = 6
_VARIANT_FOLDS = (("kh", "h"), ("g", "h"), ("y", "i"), ("w", "u"))  # zh stays: Zhelanne and Zelene are two villages
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
    # (an article opens a word: a last token is the name's own, "Guri-El" is no "Guri", "Beit El" no "Beit")
    kept = [t for i, t in enumerate(tokens) if t not in ARTICLE_PREFIXES or i == len(tokens) - 1] or tokens
    return " ".join(_fold_token(t) for t in kept)


def name_key(name: str) -> str:
    """The gazetteer lookup key: the normalised name without spaces ("Tala'afar" == "Tal Afar")."""
    return _DOUBLED.sub(r"\1", normalise_name(name).replace(" ", ""))


def loose_key(key: str) -> str:
    """A looser form of a :func:`name_key` (h after k/g/t/z, y/i, w/u, ei/ai folded), for a lookup the exact key missed."""
    for old, new in _LOOSE_FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


def variant_key(name: str) -> str:
    """A loose comparison form of a whole name for telling whether two spellings may be one place: the :func:`name_key`
    with kh and g read as h, y as i, a Russian adjectival ending (-oye, -aya, -iy) as the Ukrainian -e, and every run of vowels as one
    "a" ("Novomikhailovka" and "Novomykhailivka", "Bogdanovka" and "Bohdanivka", "Zhelannoye" and "Zhelanne" share
    one). Too loose to look a name up by; empty for a name of under 6 letters, which it would confuse with others."""
    key = name_key(name)
    for old, new in _VARIANT_FOLDS:
        key = key.replace(old, new)
    if len(key) < _VARIANT_MIN:
        return ""
    return _VOWEL_RUN.sub("a", _SLAVIC_ENDING.sub("e", _DOUBLED.sub(r"\1", key)))
