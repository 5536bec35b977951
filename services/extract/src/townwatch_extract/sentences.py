"""A cheap sentence splitter with character offsets (the prefilter's unit; spaCy parses only the candidates)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["MAX_SENTENCE_CHARS", "Sentence", "SentenceIndex", "split_sentences"]

MAX_SENTENCE_CHARS = 600
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*\s+|\n\s*|\|\s*")
_ABBREV = frozenset(
    "u.s u.k u.n mr mrs ms dr gen lt col maj capt sgt st no jan feb mar apr jun jul aug sep sept oct nov dec "
    "vs etc e.g i.e al approx est govt dept prof sen rep gov cpl pte brig adm cmdr".split()
)
_CLOCK = frozenset({"a.m", "p.m"})
_RUNS_ON = re.compile(r"[ \t]+[a-z0-9(\[]")
_SOFT_BREAK = re.compile(r"[;:]\s+|,\s+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].casefold()
    if word in _CLOCK:
        # "attacked the camp at 5 a.m. on Sunday and captured it": a clock time ends no sentence before a lower-case
        # word, a digit or a bracket ("at 5 a.m. Troops then ..." may still end one)
        return bool(_RUNS_ON.match(text, dot + 1))
    if word == "x" and text[max(0, word_start - 3) : word_start].casefold() == "on ":
        return False  # "the spokesman wrote on X. M23 gained ...": the platform, not an initial
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    while end - start > MAX_SENTENCE_CHARS:
        cut = start + MAX_SENTENCE_CHARS
        soft = None
        for m in _SOFT_BREAK.finditer(text, start + MAX_SENTENCE_CHARS // 2, cut):
            soft = m.end()
        if soft is None:
            space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, cut)
            soft = space + 1 if space > start else cut
        _emit(text, start, soft, out)
        start = soft
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        out.append(Sentence(start, end, text[start:end]))


def split_sentences(text: str, begin: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[begin:end]`` into sentences; offsets index into ``text``.

    Splits at sentence punctuation followed by whitespace (not after common abbreviations or initials),
    at line breaks, and hard-wraps anything longer than ``MAX_SENTENCE_CHARS``.
    """
    stop = len(text) if end is None else end
    out: list[Sentence] = []
    start = begin
    for match in _BOUNDARY.finditer(text, begin, stop):
        punct = match.start()
        if text[punct] == "." and "\n" not in match.group() and _is_abbreviation(text, punct):
            continue
        _emit(text, start, match.end(), out)
        start = match.end()
    _emit(text, start, stop, out)
    return out


class SentenceIndex:
    """The sentences of a text, split one line at a time when asked for: most articles need the few sentences
    around a trigger word, never the whole split.

    Every line break ends a sentence (``_BOUNDARY``), so a line's sentences are the same whether the line is split
    alone or with the whole text: ``all()`` equals ``split_sentences(text)`` (mapped through ``transform``).
    """

    def __init__(self, text: str, transform: Callable[[list[Sentence]], list[Sentence]] | None = None) -> None:
        self.text = text
        self._transform = transform
        self._lines: dict[int, list[Sentence]] = {}
        self._all: list[Sentence] | None = None

    def _line(self, pos: int) -> list[Sentence]:
        start = self.text.rfind("\n", 0, pos) + 1
        found = self._lines.get(start)
        if found is None:
            end = self.text.find("\n", pos)
            found = split_sentences(self.text, start, len(self.text) if end < 0 else end)
            if self._transform is not None:
                found = self._transform(found)
            self._lines[start] = found
        return found

    def at(self, pos: int) -> Sentence | None:
        """The sentence that holds character ``pos`` (None between sentences)."""
        if not 0 <= pos < len(self.text):
            return None
        for sentence in self._line(pos):
            if sentence.start <= pos < sentence.end:
                return sentence
        return None

    def all(self) -> list[Sentence]:
        """Every sentence of the text, in order."""
        if self._all is None:
            found = split_sentences(self.text)
            self._all = self._transform(found) if self._transform is not None else found
        return self._all
