"""Headline casing: an ALL CAPS, all-lower-case or Title Case headline given the case of a wire headline, so names stand out.

"RUSSIA SAYS ITS TROOPS SEIZED KROKHMALNE" and "russia says its troops seized krokhmalne" both come back as
"Russia says its troops seized Krokhmalne". The parser and the place rules rely on capitals; a line in one case has none.
Same length as the input (only the case of letters changes), so offsets into it hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["one_case", "restore_case", "title_case"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Short words that stay lower inside a multi-word name ("Islamic State of Iraq", "Jisr al-Shughour").
_NAME_JOINERS = frozenset("of the and al el ad ash as ar ez az de du la le".split())


def title_case(text: str) -> bool:
    """Whether ``text`` capitalises (nearly) every word ("Army Takes Control Of The Game"): its capitals say nothing."""
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.75 and one_case(text) is None


def one_case(text: str) -> str | None:
    """"upper" or "lower" when every letter of ``text`` has that case (and there are at least three words), else None."""
    letters = [c for c in text if c.isalpha()]
    if len(_WORD.findall(text)) < 3 or not letters:
        return None
    if all(c.isupper() for c in letters):
        return "upper"
    if all(c.islower() for c in letters):
        return "lower"
    return None


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """English verbs, adjectives and adverbs (WordNet's index in the spaCy lemmatizer's tables): a word in it is not
    capitalised as a place ("hit", "bar", "mine"); nouns are left out because the index also lists "mosul", "kabul"."""
    from townwatch_extract.nlp import load_nlp

    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    words: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        words.update(str(w) for w in table.get(pos, ()))
    return frozenset(words)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    from townwatch_extract.nlp import load_nlp

    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return frozenset()
    return frozenset(str(w) for w in table.get("noun", ()))


def restore_case(
    text: str,
    alias_spans: Callable[[str], Iterable[tuple[int, int]]],
    short_aliases: frozenset[str],
    place_population: Callable[[str], int | None],
    is_country: Callable[[str], bool],
    common: frozenset[str] = frozenset(),
) -> str:
    """``text`` in headline case when it is written in one case; any other text comes back unchanged.

    Capitalised: the first word; the words of an actor's alias (``alias_spans`` over the lower-cased line) but its
    common words ("Iraqi forces"); a country or demonym; a place name of two or three words ("wad madani"); a one-word
    place the gazetteer knows (``place_population``: None when unknown) that is no English word, or only a noun and a
    town of 50,000 ("mosul", not "guns"); and a word no dictionary knows ("krokhmalne"). An ALL CAPS acronym that is
    an actor's short alias ("RSF", "M23") stays upper.
    """
    mode = one_case(text) or ("title" if title_case(text) else None)
    if mode is None:
        return text
    if mode == "title":
        return _title_to_wire(text, alias_spans, short_aliases, place_population, is_country, common)
    low = text.lower()
    out = list(low)
    dictionary, nouns = _dictionary(), _nouns()

    def cap(i: int) -> None:
        out[i] = out[i].upper()

    for start, end in alias_spans(low):
        for m in _WORD.finditer(low, start, end):
            if m.group(0) not in _NAME_JOINERS and m.group(0) not in common:
                cap(m.start())
    words = list(_WORD.finditer(low))
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            group = words[i : i + n]
            if any(w.group(0) in STOP_WORDS or w.group(0) in common for w in (group[0], group[-1])):
                continue
            if low[group[-1].end() : group[-1].end() + 1] == "-" or not (place_population(low[group[0].start() : group[-1].end()]) or 0):
                continue
            for w in group:
                if w.group(0) not in _NAME_JOINERS:
                    cap(w.start())
    first = True
    for m in words:
        word = m.group(0)
        start = m.start()
        if first:
            cap(start)
            first = False
        if mode != "lower" and text[start:m.end()] in short_aliases and word not in STOP_WORDS:
            for i in range(start, m.end()):
                cap(i)
            continue
        if word in STOP_WORDS or word in common or len(word) < 3:
            continue
        stems = {word, word[:-1], word[:-2], word[:-3]} if word.endswith(("s", "ed", "ing")) else {word}
        english = bool(stems & dictionary)
        noun = bool(stems & nouns)
        population = place_population(word)
        if is_country(word) or (
            population is not None and not english and (not noun or population >= 50_000)
        ) or (
            len(word) >= 4 and not english and not noun and "'" not in word and "’" not in word and "-" not in word
            and not word.endswith(("ed", "ing", "s"))
        ):
            cap(start)
    # "al-hazm" → "al-Hazm": the part after a joiner's hyphen
    for m in re.finditer(r"\b(?:al|el|ad|ash|ar|as|az)-([a-z])", low):
        cap(m.start(1))
    return "".join(out)


def _title_to_wire(
    text: str,
    alias_spans: Callable[[str], Iterable[tuple[int, int]]],
    short_aliases: frozenset[str],
    place_population: Callable[[str], int | None],
    is_country: Callable[[str], bool],
    common: frozenset[str],
) -> str:
    """A Title Case line read as if it were in lower case (its capitals say nothing about names), then given back the
    capitals of an actor's name ("Islamic State", not "Iraqi Forces"), of a place name of two or three words the
    gazetteer knows even with no population ("Tal Afar"), and of words written all in capitals ("ISIS")."""
    low = text.lower()
    out = list(restore_case(low, alias_spans, short_aliases, place_population, is_country, common))
    keep: set[int] = set()
    for start, end in alias_spans(low):
        keep.update(m.start() for m in _WORD.finditer(low, start, end) if m.group(0) not in common and m.group(0) not in _NAME_JOINERS)
    words = list(_WORD.finditer(low))
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            group = words[i : i + n]
            if any(w.group(0) in STOP_WORDS or w.group(0) in common for w in (group[0], group[-1])):
                continue
            if place_population(low[group[0].start() : group[-1].end()]) is not None:
                keep.update(w.start() for w in group if w.group(0) not in _NAME_JOINERS)
    for m in words:
        if text[m.start() : m.end()].isupper() and len(m.group(0)) > 1:
            out[m.start() : m.end()] = list(text[m.start() : m.end()])
        elif m.start() in keep:
            out[m.start()] = text[m.start()]
    return "".join(out)
