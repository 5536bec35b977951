"""A learned sentence classifier: does a sentence report a change of control as news, tell one as history, or neither.

A spaCy ``textcat`` (bag of words and word pairs, exclusive classes) over a blank English tokenizer, trained
deterministically (fixed seed, fixed order) on the committed own-words corpora's development part
(``tests/extract/corpus/*.yaml`` and ``realgrammar/``): make eval's held-out and blind parts stay out, so their
rows stay honest. Each case gives sentence labels: a sentence naming a news event's place is ``news``, one naming
only a historical event's place ``history``, every sentence of a negative case ``none`` (a sentence of a case with
events that names none of their places says nothing certain and is left out).

The model is built at set-up (``scripts/bootstrap.sh``) into the cache directory, under a name keyed by the training
data's hash and this module's :data:`MODEL_VERSION`, so a changed corpus builds a new one. The extractor uses it only
when asked (``ExtractSettings.classifier``, off by default: it did not gain on the spent real sets, see
``services/extract/README.md``).
"""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

from townwatch_extract.corpus import DEV, Case, load_corpus
from townwatch_extract.sentences import split_sentences
from townwatch_gazetteer.index import cache_dir

__all__ = [
    "DROP_BELOW",
    "HISTORY",
    "LABELS",
    "MODEL_VERSION",
    "NEWS",
    "NONE",
    "RECALL_AT",
    "ChangeClassifier",
    "ClassifierModel",
    "ClassifierUse",
    "Labelled",
    "SentenceScorer",
    "case_segments",
    "corpus_hash",
    "default_model_path",
    "ensure_model",
    "labelled_sentences",
    "names_place",
    "plain_text",
    "train",
    "training_cases",
]

ClassifierUse = Literal["recall", "precision"]
"""How the extractor uses the classifier (``ExtractSettings.classifier`` other than ``off``)."""
ClassifierModel = Literal["words", "minilm"]
"""Which model scores the sentences (``ExtractSettings.classifier_model``): this module's bag of words, or the
logistic gate on MiniLM sentence embeddings (``gate.py``)."""

NEWS = "news"
HISTORY = "history"
NONE = "none"
LABELS = (NEWS, HISTORY, NONE)

MODEL_VERSION = 1
"""Bumped when the labelling, the architecture or the training loop changes (a new cached model is built)."""

RECALL_AT = 0.5
"""``recall`` use: a parsed sentence no rule reads, scored at least this, is read by argument roles (``role_frame``).
On the seven spent real sets and the committed corpora (classifier24, session 24), role frames read with no threshold
gave 12 events of a gold place and 23 elsewhere (raids left again, shelling, sieges, "briefly took control"), every
one of those scored at most 0.17; at 0.5 they gave 6 of a gold place (5 as news) and none on a negative."""
DROP_BELOW = 0.05
"""``precision`` use: a rule's event whose sentence scores below this is dropped."""

SEED = 24
EPOCHS = 8
BATCH = 32
HASH_LENGTH = 2**16
"""Feature buckets of the bag of words (2**16 x 3 labels: a model of about 1 MB)."""

_ARCHITECTURE = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": HASH_LENGTH,
}
_NUMBER = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Labelled:
    """One training sentence and its class."""

    text: str
    label: str


def plain_text(text: str) -> str:
    """The text the model reads: digits as 0 (dates and counts say nothing of the class)."""
    return _NUMBER.sub("0", text)


def names_place(sentence: str, place: str) -> bool:
    """Whether ``sentence`` writes ``place`` (the name, or its first long word: "Novomykhailivka village")."""
    s = sentence.casefold()
    p = place.casefold()
    if p in s:
        return True
    first = p.split()[0] if p.split() else ""
    return len(first) >= 5 and first in s


def case_segments(case: Case) -> list[str]:
    out = [case.title.strip()] if case.title and case.title.strip() else []
    out += [s.text for s in split_sentences(case.text) if s.text.strip()]
    return out


def labelled_sentences(cases: Iterable[Case]) -> list[Labelled]:
    """Sentence labels of ``cases`` (the module's docstring says how)."""
    out: list[Labelled] = []
    for case in cases:
        news = [e.place for e in case.events if not e.historical]
        history = [e.place for e in case.events if e.historical]
        for text in case_segments(case):
            if not case.events:
                out.append(Labelled(text, NONE))
            elif any(names_place(text, p) for p in news):
                out.append(Labelled(text, NEWS))
            elif any(names_place(text, p) for p in history):
                out.append(Labelled(text, HISTORY))
    return out


def training_cases(corpus: Path) -> list[Case]:
    """The development cases of ``corpus`` and of its ``realgrammar`` folder (never held-out or blind)."""
    cases = load_corpus(corpus, split=DEV)
    if (corpus / "realgrammar").is_dir():
        cases += load_corpus(corpus / "realgrammar", split=DEV)
    return cases


def corpus_hash(examples: Sequence[Labelled]) -> str:
    """A short hash of the training data (with :data:`MODEL_VERSION`): the cached model's key."""
    h = hashlib.sha256(f"v{MODEL_VERSION}".encode())
    for ex in examples:
        h.update(f"{ex.label}\t{ex.text}\n".encode())
    return h.hexdigest()[:12]


def _blank() -> Language:
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": _ARCHITECTURE})
    for label in LABELS:
        textcat.add_label(label)  # type: ignore[attr-defined]
    return nlp


def _example(nlp: Language, ex: Labelled) -> Example:
    doc = nlp.make_doc(plain_text(ex.text))
    return Example.from_dict(doc, {"cats": {label: float(label == ex.label) for label in LABELS}})


def train(examples: Sequence[Labelled], *, seed: int = SEED, epochs: int = EPOCHS) -> Language:
    """A classifier trained on ``examples``: the same examples and seed give the same weights."""
    fix_random_seed(seed)
    nlp = _blank()
    data = [_example(nlp, ex) for ex in examples]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(data)
        for batch in minibatch(data, size=BATCH):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def default_model_path() -> Path:
    """Where set-up caches the model (one per :data:`MODEL_VERSION`; its ``corpus.sha`` names the data it learnt)."""
    return cache_dir() / f"classifier-v{MODEL_VERSION}"


def _stamp(path: Path) -> str | None:
    try:
        return (path / "corpus.sha").read_text("utf-8").strip()
    except OSError:
        return None


def ensure_model(corpus: Path, target: Path | None = None) -> Path:
    """Train and cache the model for ``corpus`` unless the cached one learnt the same data (set-up:
    scripts/bootstrap.sh); its path. A changed corpus (its hash) trains a new one in its place."""
    examples = labelled_sentences(training_cases(corpus))
    key = corpus_hash(examples)
    target = target or default_model_path()
    if _stamp(target) == key:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    try:
        train(examples).to_disk(staging)
        (staging / "corpus.sha").write_text(key + "\n", "utf-8")
        old = target.with_name(target.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        staging.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


class SentenceScorer(Protocol):
    """What the extractor asks of a learned model: P(news) per sentence, the model's own two thresholds, and whether
    its recall use reads every verb's roles (``role_frame``'s ``broad``) or the main verb's only."""

    recall_at: float
    drop_below: float
    broad_roles: bool

    def scores(self, texts: Sequence[str]) -> list[float]: ...


class ChangeClassifier:
    """A trained model's scores: the probability that a sentence reports a change of control as news."""

    recall_at = RECALL_AT
    drop_below = DROP_BELOW
    broad_roles = False

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @classmethod
    def load(cls, path: Path | None = None) -> ChangeClassifier:
        """The model saved at ``path`` (default: set-up's cached one): the one read this module does."""
        path = path or default_model_path()
        if _stamp(path) is None:
            raise FileNotFoundError(f"no classifier model at {path}: run `make setup` (scripts/bootstrap.sh) to train it")
        return cls(spacy.load(path))

    def scores(self, texts: Sequence[str]) -> list[float]:
        """P(news) of each of ``texts``, in order."""
        return [float(doc.cats.get(NEWS, 0.0)) for doc in self.nlp.pipe(plain_text(t) for t in texts)]

    def score(self, text: str) -> float:
        return self.scores([text])[0]
