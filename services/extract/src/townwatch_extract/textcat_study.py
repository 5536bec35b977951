"""A study of a learned text classifier beside the rules: what it would add as a veto or a rescue, measured on labelled sets.

``python -m townwatch_extract.textcat_study SET_DIR [SET_DIR ...]`` trains two spaCy ``textcat`` bags of words
(words and word pairs, exclusive classes, deterministic: fixed seed and order) on the committed own-words corpora only
(the development part of ``tests/extract/corpus`` and ``realgrammar/``, as :mod:`townwatch_extract.classifier` does):
one reads a whole case (``change``: a news event in the gold; ``historical``: only background events; ``none``), the
other a sentence (:func:`townwatch_extract.classifier.labelled_sentences`). It then runs the rules over every case of
the given folders (each a corpus :func:`~townwatch_extract.corpus.load_corpus` reads; the folder's name or its
parent's says the kind: a name holding ``head`` is headlines, ``note`` or ``acled`` coder notes, else news) and prints,
per kind: how well each model separates change from the rest (AUC, precision and recall at a few thresholds, beside
the rules' own); as a VETO, the rules' wrong and right news events dropped when the score is below t; as a RESCUE, the
missed events whose sentence scores at least t, the silent negatives that score as high, and what
:meth:`~townwatch_extract.extractor.Extractor.explain` shows for each miss (a guard's drop of its place, a frame of
another place in its sentence, a parsed sentence with no frame, or nothing read). Session 32's figures:
services/extract/docs/constructions.md, "Thirty-second reading (helper ``learn32``)". Nothing here is used by the
extractor.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from townwatch_extract.classifier import (
    case_segments,
    labelled_sentences,
    names_place,
    plain_text,
    training_cases,
)
from townwatch_extract.corpus import Case, load_corpus
from townwatch_extract.errors import ExtractionError
from townwatch_extract.evaluation import place_matches
from townwatch_extract.extractor import Extractor

__all__ = ["CASE_LABELS", "CHANGE", "auc", "case_label", "case_text", "kind_of", "main", "train_bow"]

CHANGE = "change"
CASE_LABELS = (CHANGE, "historical", "none")
SENTENCE_LABELS = ("news", "history", "none")
SEED = 32
EPOCHS = 8
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)
VETO_BELOW = (0.02, 0.05, 0.1, 0.2, 0.5)
_SKIPPED = frozenset({"no-frame", "prefilter-sentence", "prefilter", "not-english", "binary"})


def case_text(case: Case) -> str:
    """What the case model reads: the title, then the text."""
    title = case.title.strip() if case.title else ""
    return f"{title}\n{case.text}" if title else case.text


def case_label(case: Case) -> str:
    """``change`` (a news event), ``historical`` (only background events) or ``none``."""
    return CHANGE if case.news else "historical" if case.events else "none"


def kind_of(folder: Path) -> str:
    """The kind of a set folder from its name or its parent's: heads, notes or news."""
    name = f"{folder.parent.name}/{folder.name}".casefold()
    return "heads" if "head" in name else "notes" if "note" in name or "acled" in name else "news"


def auc(pos: Sequence[float], neg: Sequence[float]) -> float:
    """The chance that a positive scores above a negative (ties count half); NaN with either side empty."""
    if not pos or not neg:
        return float("nan")
    ranked = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += (i + j + 1) / 2 * sum(flag for _, flag in ranked[i:j])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def train_bow(pairs: Sequence[tuple[str, str]], labels: Sequence[str], *, seed: int = SEED, epochs: int = EPOCHS) -> Language:
    """A bag of words (and word pairs) over ``pairs`` (text, label): the same pairs and seed give the same weights."""
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    arch = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
            "no_output_layer": False, "length": 2**18}
    textcat = nlp.add_pipe("textcat", config={"model": arch})
    for label in labels:
        textcat.add_label(label)  # type: ignore[attr-defined]
    data = [Example.from_dict(nlp.make_doc(plain_text(t)), {"cats": {la: float(la == y) for la in labels}}) for t, y in pairs]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(data)
        for batch in minibatch(data, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


@dataclass
class _Read:
    """One case as the rules and the models read it."""

    case: Case
    kind: str
    p_change: float
    segments: list[tuple[str, float]]
    events: list[tuple[str, float, bool]] = field(default_factory=list)  # status (tp / fp), sentence score, historical-as-news
    missed: list[tuple[float, str]] = field(default_factory=list)  # the best score of a sentence naming it, explain()'s cause


def _cause(extractor: Extractor, case: Case, place: str) -> str:
    trace = extractor.explain(case.article())
    guards = [d.guard for s in trace.sentences.values() for d in s.drops if d.guard not in _SKIPPED and d.place and names_place(d.place, place)]
    guards += [d.guard for d in trace.late if d.place and names_place(d.place, place)]
    if guards:
        return f"guard {guards[-1]}"
    naming = [s for s in trace.sentences.values() if names_place(s.text, place)]
    if any(s.frames for s in naming):
        return "a frame of another place in its sentence"
    if naming:
        return "sentence parsed, no frame"
    return "nothing read"


def _read(extractor: Extractor, case: Case, kind: str, case_nlp: Language, sent_nlp: Language) -> _Read:
    def news(text: str) -> float:
        return float(sent_nlp(plain_text(text)).cats["news"])

    read = _Read(case, kind, float(case_nlp(plain_text(case_text(case))).cats[CHANGE]), [(s, news(s)) for s in case_segments(case)])
    try:
        events = [e for e in extractor.extract(case.article()) if e.kind == "change" and not e.historical]
    except ExtractionError:
        events = []
    unmatched = list(events)
    for gold in case.news:
        match = next((e for e in unmatched if place_matches(gold, e, extractor.gazetteer)), None)
        if match is None:
            best = max((p for s, p in read.segments if names_place(s, gold.place)), default=0.0)
            read.missed.append((best, _cause(extractor, case, gold.place)))
        else:
            unmatched.remove(match)
            read.events.append(("tp", news(match.evidence.sentence), False))
    for e in unmatched:
        background = any(g.historical and place_matches(g, e, extractor.gazetteer) for g in case.events)
        read.events.append(("fp", news(e.evidence.sentence), background))
    return read


def _report(reads: list[_Read], kind: str) -> list[str]:
    out: list[str] = []
    positives = [r for r in reads if case_label(r.case) == CHANGE]
    rest = [r for r in reads if case_label(r.case) != CHANGE]
    out.append(f"## {kind}: {len(reads)} cases ({len(positives)} change, {len(rest)} without one)")
    scorers: dict[str, Callable[[_Read], float]] = {
        "case model": lambda r: r.p_change,
        "sentence model (best sentence)": lambda r: max((p for _, p in r.segments), default=0.0),
    }
    for name, score in scorers.items():
        line = f"  {name}: AUC {auc([score(r) for r in positives], [score(r) for r in rest]):.3f};"
        for t in THRESHOLDS:
            high = [r for r in reads if score(r) >= t]
            hits = sum(1 for r in high if case_label(r.case) == CHANGE)
            line += f" >={t}: P {hits / len(high) if high else float('nan'):.2f} R {hits / max(1, len(positives)):.2f};"
        out.append(line)
    found = [r for r in reads if r.events]
    hits = sum(1 for r in found if case_label(r.case) == CHANGE)
    out.append(f"  the rules: P {hits / max(1, len(found)):.2f} R {hits / max(1, len(positives)):.2f}")
    events = [e for r in reads for e in r.events]
    tp = sum(1 for e in events if e[0] == "tp")
    fp = len(events) - tp
    fn = sum(len(r.missed) for r in reads)
    line = f"  VETO (rules: tp {tp}, fp {fp}, fn {fn}, F1 {2 * tp / max(1, 2 * tp + fp + fn):.3f}):"
    for t in VETO_BELOW:
        wrong = sum(1 for s, p, _ in events if s == "fp" and p < t)
        background = sum(1 for s, p, b in events if b and p < t)
        right = sum(1 for s, p, _ in events if s == "tp" and p < t)
        f1 = 2 * (tp - right) / max(1, 2 * (tp - right) + fp - wrong + fn + right)
        line += f" <{t}: drops {wrong} wrong ({background} background) and {right} right, F1 {f1:.3f};"
    out.append(line)
    silent = [r for r in reads if not r.case.news and not r.events]
    line = f"  RESCUE ({fn} missed events, {len(silent)} silent negatives):"
    for t in THRESHOLDS:
        flagged = sum(1 for r in reads for p, _ in r.missed if p >= t)
        loud = sum(1 for r in silent if max((p for _, p in r.segments), default=0.0) >= t)
        line += f" >={t}: flags {flagged} missed, {loud} negatives;"
    out.append(line)
    causes = Counter(c for r in reads for _, c in r.missed)
    flagged_causes = Counter(c for r in reads for p, c in r.missed if p >= 0.7)
    out.append(f"  what explain() shows for the misses: {dict(causes.most_common())}")
    out.append(f"  ... for those scoring 0.7 or more: {dict(flagged_causes.most_common())}")
    return out


def main(argv: list[str] | None = None, extractor: Extractor | None = None) -> int:
    """Train, read and print (``extractor``: the rules to read with; a new one by default)."""
    parser = argparse.ArgumentParser(prog="python -m townwatch_extract.textcat_study", description=__doc__)
    parser.add_argument("sets", nargs="+", type=Path, help="labelled set folders (cases.yaml)")
    parser.add_argument("--corpus", default=Path("tests/extract/corpus"), type=Path, help="the committed corpora to train on")
    args = parser.parse_args(argv)
    cases = training_cases(args.corpus)
    case_nlp = train_bow([(case_text(c), case_label(c)) for c in cases], CASE_LABELS)
    sent_nlp = train_bow([(x.text, x.label) for x in labelled_sentences(cases)], SENTENCE_LABELS)
    extractor = extractor or Extractor()
    reads = [_read(extractor, c, kind_of(d), case_nlp, sent_nlp) for d in args.sets for c in load_corpus(d)]
    for kind in ("news", "heads", "notes"):
        if any(r.kind == kind for r in reads):
            print("\n".join(_report([r for r in reads if r.kind == kind], kind)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
