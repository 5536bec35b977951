"""Session 32 (helper learn32, issue 10): is a learned component worth it? ``textcat_study.py`` measures it.

The study trains spaCy bags of words on the committed own-words corpora only and measures them beside the rules on
labelled sets (services/extract/docs/constructions.md, "Thirty-second reading (helper learn32)": it stays a study,
nothing in the extractor uses it). These tests hold its parts that a wrong edit would silently break: the rank
statistic, the case labels, the kind read from a folder's name, deterministic training that learns from its pairs,
and the report it prints on a small own-words set.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
import yaml

from townwatch_extract.corpus import Case, GoldEvent
from townwatch_extract.extractor import Extractor
from townwatch_extract.textcat_study import (
    CASE_LABELS,
    auc,
    case_label,
    case_text,
    kind_of,
    main,
    train_bow,
)


def _case(events: tuple[GoldEvent, ...] = (), title: str | None = None) -> Case:
    return Case(id="x", region="sy", kind="news", text="Body.", title=title, published=dt.date(2020, 1, 1),
                events=events, negative=None if events else "no change")


def test_auc_counts_pairs_and_halves_ties() -> None:
    assert auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert auc([0.1], [0.9]) == 0.0
    assert auc([0.5], [0.5]) == 0.5
    assert auc([0.9, 0.3], [0.5, 0.1]) == 0.75  # 3 of 4 pairs ordered
    assert math.isnan(auc([], [0.1]))


def test_case_labels_follow_the_gold() -> None:
    news = GoldEvent(place="Tal Rifat", gaining="sdf", losing=None)
    background = GoldEvent(place="Tal Rifat", gaining="sdf", losing=None, historical=True)
    assert case_label(_case((news, background))) == "change"
    assert case_label(_case((background,))) == "historical"
    assert case_label(_case()) == "none"
    assert case_text(_case(title="Army takes the ridge ")) == "Army takes the ridge\nBody."
    assert case_text(_case()) == "Body."


@pytest.mark.parametrize(
    ("folder", "kind"),
    [("holdout31a/heads", "heads"), ("heads29/test", "heads"), ("acled27a/dev", "notes"),
     ("holdout30b/notes", "notes"), ("history27/dev", "news"), ("holdout28a/news", "news")],
)
def test_the_kind_comes_from_the_folder_or_its_parent(folder: str, kind: str) -> None:
    assert kind_of(Path("/sets") / folder) == kind


_PAIRS = [
    ("Rebels captured the hill town after a day of fighting.", "change"),
    ("Troops seized the border crossing on Monday.", "change"),
    ("The militia took control of the river port overnight.", "change"),
    ("The army recaptured the airport from the insurgents.", "change"),
    ("The club won the cup final on penalties.", "none"),
    ("Shares fell after the merger was announced.", "none"),
    ("The minister visited the flooded district.", "none"),
    ("Voters queued at polling stations across the region.", "none"),
    ("In 2014 the group had captured the town before it was driven out.", "historical"),
]


def test_training_is_deterministic_and_learns_its_pairs() -> None:
    first = train_bow(_PAIRS, CASE_LABELS, epochs=12)
    second = train_bow(_PAIRS, CASE_LABELS, epochs=12)
    probe = "Militants seized the hill town on Monday."
    assert first(probe).cats == second(probe).cats
    assert first(probe).cats["change"] > first("The club won the final.").cats["change"]


def test_the_report_runs_the_rules_and_prints_each_part(
    extractor: Extractor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [{"id": f"t{i}", "region": "sy", "kind": "news", "published": "2020-01-01", "text": text,
             **({"events": [{"place": "Saraqib", "gaining": "sy-gov", "losing": None}]} if label == "change" else {"negative": "no change"})}
            for i, (text, label) in enumerate(_PAIRS) if label != "historical"]
    (corpus / "own.yaml").write_text(yaml.safe_dump(rows), "utf-8")
    heads = tmp_path / "sets" / "heads"
    heads.mkdir(parents=True)
    (heads / "cases.yaml").write_text(yaml.safe_dump([
        {"id": "h1", "region": "sy", "kind": "headline", "published": "2020-02-08",
         "text": "Syrian army captures Saraqib", "events": [{"place": "Saraqib", "gaining": "sy-gov", "losing": None}]},
        {"id": "h2", "region": "sy", "kind": "headline", "published": "2020-02-08",
         "text": "Syrian army plans to capture Saraqib", "negative": "intention"},
    ]), "utf-8")
    assert main([str(heads), "--corpus", str(corpus)], extractor) == 0
    out = capsys.readouterr().out
    assert "## heads: 2 cases (1 change, 1 without one)" in out
    assert "the rules: P 1.00 R 1.00" in out
    assert "VETO (rules: tp 1, fp 0, fn 0, F1 1.000)" in out
    assert "RESCUE (0 missed events, 1 silent negatives)" in out
