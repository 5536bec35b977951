"""Headline casing: an ALL CAPS, all-lower-case or Title Case headline given the case of a wire headline, so names stand out.

"RUSSIA SAYS ITS TROOPS SEIZED KROKHMALNE" and "russia says its troops seized krokhmalne" both come back as
"Russia says its troops seized Krokhmalne". The parser and the place rules rely on capitals; a line in one case has none.
Same length as the input (only the case of letters changes), so offsets into it hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS

from townwatch_extract.lexicon import SETTLED

__all__ = ["CaseHints", "common_word", "one_case", "restore_case", "title_case"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Short words that stay lower inside a multi-word name ("Islamic State of Iraq", "Jisr al-Shughour").
_NAME_JOINERS = frozenset("of the and al el ad ash as ar ez az de du la le".split())


# Settlement nouns whose "of" names the place ("the town of X").
_SETTLEMENT_OF = SETTLED | {"port"}


# the verbs of a capture whose object a Title Case line names right after them ("Iraqi Forces Retake Hit"): a place the
# gazetteer knows keeps its capital there even when it is an English word ("Hit")
_CAPTURE_FORMS = frozenset(
    """capture captures captured recapture recaptures recaptured seize seizes seized retake retakes retook liberate
    liberates liberated overrun overruns""".split()  # never "take": "Forces Take Hit In Ambush" takes a blow
)


# prepositions and conjunctions neither spaCy's stop words nor WordNet's verbs, adjectives and adverbs list: in a
# Title Case line "Amidst" is no unknown name ("Syrian Forces Reclaim Raqqa Amidst Escalating Tensions")
_FUNCTION_WORDS = frozenset("amid amidst whilst despite versus unto".split())


# a label before a headline's colon ("Democratic Republic of the Congo: M23 seizes X"): a name in its own capitals
_LABEL = re.compile(r"^\s*\S+(?:\s+\S+){0,4}\s?:\s+(?=\S)")
# an acronym with a digit ("M23", "G5"): written in capitals, never a common word
_DIGIT_ACRONYM = re.compile(r"\b[A-Z]+\d[A-Z\d]*\b")


def title_case(text: str) -> bool:
    """Whether ``text`` capitalises (nearly) every word ("Army Takes Control Of The Game"): its capitals say nothing.
    A label before a colon is left out ("Republic of Congo: M23 seizes X" is a wire line after a name)."""
    label = _LABEL.match(text)
    words = [w for w in _WORD.findall(text[label.end() :] if label else text) if len(w) > 3]
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
    return frozenset(w for pos in ("verb", "adj", "adv") for w in _lemma_index(pos))


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(_lemma_index("noun"))


def common_word(name: str) -> bool:
    """Whether ``name`` is one English dictionary word ("Victory", "Tiger", "Cathedral"): written with a capital, such
    a word is a place only where the gazetteer knows it (the index also lists "Mosul", which resolves). Two words
    may be a village's name ("Sheikh Amir")."""
    low = name.lower()
    return _WORD.fullmatch(name) is not None and (low in _nouns() or low in _dictionary())


def _lemma_index(pos: str) -> list[str]:
    """The words WordNet's index lists for one part of speech (empty when the model has no such table)."""
    from spacy.pipeline import Lemmatizer

    from townwatch_extract.nlp import load_nlp

    try:
        lemmatizer = load_nlp().get_pipe("lemmatizer")
        if not isinstance(lemmatizer, Lemmatizer):
            return []
        table = lemmatizer.lookups.get_table("lemma_index")
    except (KeyError, ValueError):
        return []
    return [str(w) for w in table.get(pos, ())]


@dataclass(frozen=True, slots=True)
class CaseHints:
    """What the actor catalogue and the gazetteer tell of a line's words, for :func:`restore_case`."""

    alias_spans: Callable[[str], Iterable[tuple[int, int]]]
    """(start, end) of each actor alias found in a lower-cased line."""
    short_aliases: frozenset[str]
    """Actors' short aliases as written ("RSF", "M23"): in an ALL CAPS line they stay upper."""
    place_population: Callable[[str], int | None]
    """A place name's largest population in the gazetteer; None when it knows no such place."""
    is_country: Callable[[str], bool]
    """Whether a word names a country or is its demonym."""
    common: frozenset[str] = frozenset()
    """Words a headline writes in lower case even inside an alias or a place name ("forces", "town"): capitalised only
    as the first word."""


def restore_case(text: str, hints: CaseHints) -> str:
    """``text`` in headline case when it is written in one case; any other text comes back unchanged.

    Capitalised: the first word; the words of an actor's alias (``hints.alias_spans`` over the lower-cased line) but its
    common words ("Iraqi forces"); a country or demonym; a place name of two or three words ("wad madani"); a one-word
    place the gazetteer knows (``hints.place_population``: None when unknown) that is no English word, or only a noun and a
    town of 50,000 ("mosul", not "guns"); and a word no dictionary knows ("krokhmalne"). An ALL CAPS acronym that is
    an actor's short alias ("RSF", "M23") stays upper.
    """
    mode = one_case(text) or ("title" if title_case(text) else None)
    if mode is None:
        return text
    if mode == "title":
        return _title_to_wire(text, hints)
    low = text.lower()
    out = list(low)
    dictionary, nouns = _dictionary(), _nouns()

    def cap(i: int) -> None:
        out[i] = out[i].upper()

    for i in _alias_starts(low, hints):
        cap(i)
    words = list(_WORD.finditer(low))
    for group in _name_groups(words, hints.common):
        if low[group[-1].end() : group[-1].end() + 1] != "-" and (hints.place_population(low[group[0].start() : group[-1].end()]) or 0):
            for w in group:
                if w.group(0) not in _NAME_JOINERS or w is group[0]:  # "El Fasher", "Al Hazm": a name's first word
                    cap(w.start())
    first = True
    for m in words:
        word = m.group(0)
        start = m.start()
        if first:
            cap(start)
            first = False
        if mode != "lower" and text[start:m.end()] in hints.short_aliases and word not in STOP_WORDS:
            for i in range(start, m.end()):
                cap(i)
            continue
        if word.endswith(("'s", "’s")) and len(word) > 4:
            word = word[:-2]  # "myrnohrad’s southern part": the name before a possessive is checked as the name
        if word in STOP_WORDS or word in _FUNCTION_WORDS or word in hints.common or len(word) < 3:
            continue
        stems = {word, word[:-1], word[:-2], word[:-3]} if word.endswith(("s", "ed", "ing")) else {word}
        english = bool(stems & dictionary)
        noun = bool(stems & nouns)
        population = hints.place_population(word)
        if hints.is_country(word) or (
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


def _title_to_wire(text: str, hints: CaseHints) -> str:
    """A Title Case line read as if it were in lower case (its capitals say nothing about names), then given back the
    capitals of an actor's name ("Islamic State", not "Iraqi Forces"), of a place name of two or three words the
    gazetteer knows even with no population ("Tal Afar"), and of words written all in capitals ("ISIS")."""
    low = text.lower()
    out = list(restore_case(low, hints))
    keep = set(_alias_starts(low, hints))
    words = list(_WORD.finditer(low))
    for group in _name_groups(words, hints.common):
        if hints.place_population(low[group[0].start() : group[-1].end()]) is not None:
            keep.update(w.start() for w in group if w.group(0) not in _NAME_JOINERS or w is group[0])
    for prev2, prev, m in zip(words, words[1:], words[2:], strict=False):
        # "Rebels Take Town Of Sake", "Forces Retake Town Of Hit": after "town of" a known place's capital is its name
        if prev.group(0) == "of" and prev2.group(0) in _SETTLEMENT_OF and hints.place_population(m.group(0)) is not None:
            keep.add(m.start())
    for prev, m in pairwise(words):
        # "Iraqi Forces Retake Hit": the object of a capture verb, a known place, is its name
        if prev.group(0) in _CAPTURE_FORMS and m.group(0) not in hints.common and hints.place_population(m.group(0)) is not None:
            keep.add(m.start())
    for m in words:
        if text[m.start() : m.end()].isupper() and len(m.group(0)) > 1:
            out[m.start() : m.end()] = list(text[m.start() : m.end()])
        elif m.start() in keep:
            out[m.start()] = text[m.start()]
    for m in _DIGIT_ACRONYM.finditer(text):
        out[m.start() : m.end()] = list(m.group(0))  # "M23 Rebels Seize X": the group's name as written
    return "".join(out)


def _alias_starts(low: str, hints: CaseHints) -> Iterator[int]:
    """Where each word of an actor's alias in the lower-cased line ``low`` starts, but joiners and common words."""
    for start, end in hints.alias_spans(low):
        for m in _WORD.finditer(low, start, end):
            if m.group(0) not in _NAME_JOINERS and m.group(0) not in hints.common:
                yield m.start()


def _name_groups(words: list[re.Match[str]], common: frozenset[str]) -> Iterator[list[re.Match[str]]]:
    """Runs of three, then of two, words that may make a place's name: neither end is a stop word or a common word."""
    for n in (3, 2):
        for i in range(len(words) - n + 1):
            group = words[i : i + n]
            if not any(w.group(0) in STOP_WORDS or w.group(0) in common for w in (group[0], group[-1])):
                yield group
