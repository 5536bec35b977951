"""Session 24 (helper classifier24, issue 10): the learned "this sentence reports a change of control" classifier.

``classifier.py`` labels the committed corpora's development sentences (news / history / none), trains a spaCy
bag-of-words ``textcat`` deterministically and caches it at set-up; ``role_frame.py`` reads a sentence no rule reads
by its main verb's argument roles. The extractor uses them only when asked (``ExtractSettings.classifier``: ``recall``
or ``precision``; ``off`` by default, since neither gained on the spent real sets without a false alert more).
The tests train on a small fixture (no cache, no network) and test behaviour, not scores that drift: the labels, the
split kept out of training, determinism, the cache, the setting, and each use with a classifier whose score is fixed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from pydantic import ValidationError

from townwatch_extract.classifier import (
    HISTORY,
    NEWS,
    NONE,
    ChangeClassifier,
    ClassifierUse,
    Labelled,
    corpus_hash,
    ensure_model,
    labelled_sentences,
    train,
    training_cases,
)
from townwatch_extract.corpus import Case, GoldEvent
from townwatch_extract.extractor import Extractor
from townwatch_extract.role_frame import ROLE_FRAME, role_frames
from townwatch_extract.settings import ExtractSettings

from .conftest import make_article

DAY = dt.date(2024, 6, 4)

# Our own words: captures told as news, as history, and twins from the same vocabulary that report none.
FIXTURE = [
    Labelled("Government forces captured the town of Kunduz on Monday, the army said.", NEWS),
    Labelled("Rebels seized the village of Tal Hamis after a day of fighting.", NEWS),
    Labelled("The militants took control of the district centre on Tuesday.", NEWS),
    Labelled("Troops recaptured the border town from the insurgents this morning.", NEWS),
    Labelled("The army liberated three villages in the province on Sunday.", NEWS),
    Labelled("The town fell to the rebels late on Friday, residents said.", NEWS),
    Labelled("The rebels had seized the town in 2014 before losing it a year later.", HISTORY),
    Labelled("Islamic State overran the city in 2014 and held it for three years.", HISTORY),
    Labelled("The village, captured by the army a decade ago, is now a garrison.", HISTORY),
    Labelled("The rebels plan to capture the town before the rains.", NONE),
    Labelled("The army failed to seize the village after a day of fighting.", NONE),
    Labelled("The company took control of the board on Tuesday.", NONE),
    Labelled("The minister said talks on the town's future would resume on Monday.", NONE),
    Labelled("Floods cut the road to the district centre on Sunday.", NONE),
    Labelled("The team captured the title after a day of play.", NONE),
]


class _Fixed(ChangeClassifier):
    """A classifier whose every score is ``value``: the extractor's use of a score, without a trained model."""

    def __init__(self, value: float) -> None:
        self.value = value
        self.asked: list[str] = []

    def scores(self, texts: Sequence[str]) -> list[float]:
        self.asked.extend(texts)
        return [self.value] * len(texts)


@pytest.fixture(scope="module")
def fixture_model() -> ChangeClassifier:
    return ChangeClassifier(train(FIXTURE, epochs=12))


def _case(id: str, text: str, events: tuple[GoldEvent, ...] = (), title: str | None = None) -> Case:
    return Case(id=id, region="x", kind="article", text=text, title=title, published=DAY, events=events, negative=None)


# --- labels ------------------------------------------------------------------------------------------------------

def test_a_sentence_naming_a_news_place_is_news_one_naming_a_historical_place_history() -> None:
    case = _case(
        "a",
        "Rebels seized Tal Hamis on Monday. They had held Rawa since 2014. Fighting went on elsewhere.",
        (GoldEvent("Tal Hamis", "rebels", None), GoldEvent("Rawa", "rebels", None, historical=True)),
        title="Rebels take Tal Hamis",
    )
    assert [(x.text, x.label) for x in labelled_sentences([case])] == [
        ("Rebels take Tal Hamis", NEWS),
        ("Rebels seized Tal Hamis on Monday.", NEWS),
        ("They had held Rawa since 2014.", HISTORY),
        # "Fighting went on elsewhere." names neither place: in a case with events it says nothing certain, left out
    ]


def test_every_sentence_of_a_negative_case_is_none() -> None:
    case = _case("n", "The rebels plan to seize Tal Hamis. Talks resume on Monday.")
    assert [x.label for x in labelled_sentences([case])] == [NONE, NONE]


@pytest.mark.parametrize("written", ["Novomykhailivka village", "Novomykhailivka"])
def test_a_place_is_found_by_its_first_long_word(written: str) -> None:
    case = _case("v", f"Troops took {written} on Monday.", (GoldEvent("Novomykhailivka village", "x", None),))
    assert [x.label for x in labelled_sentences([case])] == [NEWS]


def _write_corpus(root: Path) -> None:
    (root / "realgrammar").mkdir(parents=True)
    (root / "dev.yaml").write_text("- id: d1\n  text: Rebels seized Tal Hamis on Monday.\n  events: [{place: Tal Hamis, gaining: x, losing: null}]\n")
    (root / "realgrammar" / "rg.yaml").write_text("- id: r1\n  text: The rebels plan to seize the town.\n  events: []\n")
    (root / "heldout.jsonl").write_text(json.dumps({"id": "h1", "text": "Troops took Rawa.", "events": [{"place": "Rawa"}]}) + "\n")
    (root / "blind.jsonl").write_text(json.dumps({"id": "b1", "text": "Troops took Ana.", "events": [{"place": "Ana"}]}) + "\n")


def test_training_keeps_the_held_out_and_blind_cases_out(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    assert sorted(c.id for c in training_cases(tmp_path)) == ["d1", "r1"]


# --- training and the cache --------------------------------------------------------------------------------------

def test_the_same_examples_and_seed_train_the_same_model() -> None:
    texts = ["Soldiers retook the village on Friday.", "The rebels hope to take the village."]
    first = ChangeClassifier(train(FIXTURE, epochs=3)).scores(texts)
    second = ChangeClassifier(train(FIXTURE, epochs=3)).scores(texts)
    assert first == second


def test_the_fixture_model_ranks_a_capture_above_its_twins(fixture_model: ChangeClassifier) -> None:
    capture, plan, business = fixture_model.scores([
        "Government forces captured the village of Tal Hamis on Monday, the army said.",
        "The rebels plan to capture the village of Tal Hamis before the rains.",
        "The company took control of the board of Tal Hamis Holdings.",
    ])
    assert capture > plan and capture > business
    assert all(0.0 <= s <= 1.0 for s in (capture, plan, business))


def test_the_cached_model_is_trained_once_and_again_when_the_corpus_changes(tmp_path: Path) -> None:
    corpus, target = tmp_path / "corpus", tmp_path / "cache" / "classifier"
    _write_corpus(corpus)
    path = ensure_model(corpus, target)
    stamp = (path / "corpus.sha").read_text().strip()
    assert stamp == corpus_hash(labelled_sentences(training_cases(corpus)))
    made = (path / "meta.json").stat().st_mtime_ns
    assert ensure_model(corpus, target) == path and (path / "meta.json").stat().st_mtime_ns == made  # cached
    (corpus / "dev.yaml").write_text("- id: d2\n  text: The army retook Rawa on Friday.\n  events: [{place: Rawa, gaining: x, losing: null}]\n")
    ensure_model(corpus, target)
    assert (path / "corpus.sha").read_text().strip() != stamp
    assert ChangeClassifier.load(path).score("The army retook Rawa on Friday.") >= 0.0


def test_loading_a_model_set_up_never_built_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make setup"):
        ChangeClassifier.load(tmp_path / "absent")


# --- the setting -------------------------------------------------------------------------------------------------

def test_the_classifier_is_off_by_default() -> None:
    settings = ExtractSettings()
    assert settings.classifier == "off" and settings.extractor_classifier() is None


@pytest.mark.parametrize("use", ["recall", "precision"])
def test_a_use_is_passed_to_the_extractor(use: ClassifierUse) -> None:
    assert ExtractSettings(classifier=use).extractor_classifier() == use


def test_an_unknown_use_is_refused() -> None:
    with pytest.raises(ValidationError):
        ExtractSettings(classifier="always")


# --- argument roles ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        ("Government troops moved into Domalik on Tuesday.", "Domalik", "troops"),
        ("The army said its soldiers were in control of Tarhuna by evening.", "Tarhuna", "soldiers"),
        ("Somali forces established their hold over Bulo Burte on Sunday.", "Bulo Burte", "forces"),
        ("Kanaker was reclaimed by the army on Monday.", "Kanaker", "army"),  # a passive: its agent gains
    ],
)
def test_the_main_verbs_roles_give_the_place_and_the_side(extractor: Extractor, text: str, place: str, gainer: str | None) -> None:
    frames = role_frames(extractor.nlp(text))
    assert len(frames) == 1
    frame = frames[0]
    assert frame.construction == ROLE_FRAME and frame.needs_known
    assert [r.token.text for r in frame.places] == place.split()[-1:]  # a name's head is its last word
    if gainer is not None:
        assert frame.gaining is not None and frame.gaining.text == gainer


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke about the economy on Tuesday.",  # no place among the roles
        "The army said on Tuesday.",  # a speech verb with nothing reported
    ],
)
def test_no_frame_without_a_place_among_the_roles(extractor: Extractor, text: str) -> None:
    assert role_frames(extractor.nlp(text)) == []


# --- the extractor's uses ----------------------------------------------------------------------------------------

def _with(extractor: Extractor, use: ClassifierUse, value: float) -> tuple[Extractor, _Fixed]:
    fixed = _Fixed(value)
    return Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer,
                     classifier=use, change_classifier=fixed), fixed


def _places(ex: Extractor, text: str) -> list[str]:
    return sorted(e.place.name for e in ex.extract(make_article(text, published=DAY)) if e.kind == "change" and not e.historical)


RULE_READ = "Afghan army troops captured Kunduz by Tuesday evening, the ministry said."
ROLE_READ = [  # states no rule reads as a change (verbs24 made "were in control of X by Tuesday evening" one)
    "Afghan army troops were in full control of Kunduz, the ministry said.",
    "Afghan army troops had full control of Kunduz on Tuesday evening, the ministry said.",
    "Afghan army troops held full control of Kunduz on Tuesday evening, the ministry said.",
]


@pytest.mark.parametrize("text", ROLE_READ)
def test_recall_reads_a_sentence_no_rule_reads_when_the_classifier_scores_it_high(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []  # the rules alone
    assert _places(_with(extractor, "recall", 0.0)[0], text) == []
    found = _with(extractor, "recall", 1.0)[0].extract(make_article(text, published=DAY))
    assert [e.place.name for e in found] == ["Kunduz"]
    ruled = extractor.extract(make_article(RULE_READ, published=DAY))
    assert [e.place.name for e in ruled] == ["Kunduz"]
    assert found[0].raw_confidence is not None and ruled[0].raw_confidence is not None
    assert found[0].raw_confidence < ruled[0].raw_confidence  # weaker than a rule's reading of the same sentence


@pytest.mark.parametrize(
    "text",
    [
        "Afghan army troops hope to be in full control of Kunduz by Tuesday evening, the ministry said.",  # intention
        "Tourists were in full control of Kunduz's hotels by Tuesday evening, the ministry said.",  # no armed side
        "Afghan army troops were in full control of the situation by Tuesday evening, the ministry said.",  # no place
    ],
)
def test_recall_twins_stay_empty_however_high_the_score(extractor: Extractor, text: str) -> None:
    assert _places(_with(extractor, "recall", 1.0)[0], text) == []


def test_recall_leaves_headlines_and_sentences_the_rules_read_to_the_rules(extractor: Extractor) -> None:
    ex, fixed = _with(extractor, "recall", 1.0)
    ex.extract(make_article("Government forces captured Kunduz on Monday.", published=DAY, title="Army in full control of Kunduz"))
    assert fixed.asked == []


@pytest.mark.parametrize(("value", "kept"), [(0.0, []), (1.0, ["Kunduz"])])
def test_precision_drops_a_rule_event_whose_sentence_scores_very_low(extractor: Extractor, value: float, kept: list[str]) -> None:
    text = "Government forces captured Kunduz on Monday, the army said."
    assert _places(extractor, text) == ["Kunduz"]
    assert _places(_with(extractor, "precision", value)[0], text) == kept
