"""The prefilter: an Aho-Corasick scan for trigger forms that picks the few sentences worth parsing."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

import ahocorasick

from townwatch_extract.actors import lower_same_length
from townwatch_extract.lexicon import (
    CAPITALISED_OBJECT_FORMS,
    STATUS_FORMS,
    STRONG_FORMS,
    WEAK_FORMS,
)
from townwatch_extract.sentences import Sentence

__all__ = ["Prefilter"]

_WORD = re.compile(r"\w")
# Words that name an armed side without a catalogue alias; a trigger sentence needs a side to yield an event.
_SIDE_WORDS = re.compile(
    r"\b(forces|force|troops|army|armies|soldiers|military|militants?|rebels?|fighters|militias?|militiamen|"
    r"paramilitar\w*|jihadists?|insurgents?|junta|regime|separatists?|extremists?|terrorists?|gunmen|group|"
    r"resistance|mercenaries|guerrillas?|they|it|its|their|we|our|government|loyalists|defenders|units|"
    r"peacekeepers|tanks|brigades?|battalions?|commandos|police|coalition|alliance)\b",
    re.I,
)
# A side named only by its demonym: "returning to Ukrainian control", "in Russian hands", "the Ukrainian flag".
_DEMONYM_HOLD = re.compile(r"\b[A-Z][a-z]+(?:ian|ean|ese|ish|i|an|ic)\s+(?:control|hands|flags?)\b")
_STRONG, _WEAK, _STATUS, _CAP = 0, 1, 2, 3
_CAPITALISED_NEXT = re.compile(r"[ ]+[A-Z]")
_PARTICLES = ("out", "back", "over", "up")  # separable particles only ("fell sharply to" is no split "fell to")


def _split_phrasal(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Two-word trigger forms whose verb and particle the text may split ("pulls troops out of", "handed
    the town back"): verb, one to three words, particle. The parser reads these; the automaton alone would not."""
    pairs: dict[str, set[str]] = {}
    for form in forms:
        verb, _, particle = form.partition(" ")
        if particle in _PARTICLES:
            pairs.setdefault(particle, set()).add(verb)
    verbs = sorted({v for vs in pairs.values() for v in vs}, key=len, reverse=True)
    particles = sorted(pairs)
    return re.compile(r"\b(" + "|".join(map(re.escape, verbs)) + r")(?:\s+[\w'’-]+){1,3}?\s+(" + "|".join(particles) + r")\b")


class Prefilter:
    """Finds trigger forms in a text on word boundaries, in one pass."""

    def __init__(self) -> None:
        automaton = ahocorasick.Automaton()
        for form in STATUS_FORMS:
            automaton.add_word(form, (_STATUS, form))
        for form in WEAK_FORMS:
            automaton.add_word(form, (_WEAK, form))
        for form in CAPITALISED_OBJECT_FORMS:  # weak forms among them keep their support words too
            automaton.add_word(form, (_CAP, form))
        for form in STRONG_FORMS:
            automaton.add_word(form, (_STRONG, form))
        automaton.make_automaton()
        self._automaton = automaton
        self._split = _split_phrasal(STRONG_FORMS)
        self._split_pairs = {tuple(f.split(" ", 1)) for f in STRONG_FORMS if f.count(" ") == 1}

    def _hits(self, low: str, text: str) -> list[tuple[int, int, str]]:
        hits = []
        for end_idx, (kind, form) in self._automaton.iter(low):
            start = end_idx - len(form) + 1
            if start > 0 and _WORD.match(low[start - 1]):
                continue
            if end_idx + 1 < len(low) and _WORD.match(low[end_idx + 1]):
                continue
            if kind == _CAP:
                if _CAPITALISED_NEXT.match(text, end_idx + 1):
                    kind = _STRONG
                elif form in WEAK_FORMS:
                    kind = _WEAK
                else:
                    continue
            hits.append((start, kind, form))
        for m in self._split.finditer(low):
            if (m.group(1), m.group(2)) in self._split_pairs:
                hits.append((m.start(), _STRONG, f"{m.group(1)} {m.group(2)}"))
        return hits

    def has_trigger(self, text: str) -> bool:
        """Whether any strong or weak trigger form occurs (the cheap article-level test)."""
        return any(kind != _STATUS for _s, kind, _f in self._hits(lower_same_length(text), text))

    def select(
        self, text: str, sentences: list[Sentence], has_actor: Callable[[str], bool] | None = None
    ) -> tuple[set[int], set[int]]:
        """Indices of (trigger sentences, status sentences) among ``sentences`` of ``text``.

        A trigger sentence must also name a side (an actor alias via ``has_actor``, or a generic word such as
        "troops", "rebels", "they"): without one the parser could not yield an event from it anyway.
        """
        low = lower_same_length(text)
        starts = [s.start for s in sentences]
        triggers: set[int] = set()
        status: set[int] = set()
        for start, kind, form in self._hits(low, text):
            idx = bisect_right(starts, start) - 1
            if idx < 0 or start >= sentences[idx].end:
                continue
            if kind == _STRONG:
                triggers.add(idx)
            elif kind == _STATUS:
                status.add(idx)
            else:
                sent = sentences[idx]
                words = set(re.findall(r"[a-z]+", low[sent.start : sent.end]))
                if words & WEAK_FORMS[form]:
                    triggers.add(idx)
        if has_actor is not None:
            triggers = {
                i for i in triggers
                if _SIDE_WORDS.search(sentences[i].text) or has_actor(sentences[i].text) or _DEMONYM_HOLD.search(sentences[i].text)
            }
        return triggers, status - triggers
