"""The command line and the evaluation floor."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from townwatch_extract import cli
from townwatch_extract.corpus import BLIND, DEV, HELDOUT, load_corpus
from townwatch_extract.evaluation import evaluate
from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import CORPUS, SEEDS


def test_cli_reads_json_lines_and_reports_bad_lines() -> None:
    stdin = io.StringIO(
        json.dumps({"id": "a1", "text": "Iraqi forces captured Tal Afar from ISIS on Sunday.", "published": "2017-08-27", "source": "AP"})
        + "\nnot json\n"
        + json.dumps({"id": "a2", "text": "Nothing happened today."})
        + "\n"
    )
    out, err = io.StringIO(), io.StringIO()
    rc = cli.main([], stdin=stdin, stdout=out, stderr=err)
    assert rc == 1
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    event = ControlChange.model_validate_json(lines[0])
    assert event.article_id == "a1" and event.source == "AP" and event.place.geonames_id == 90393
    assert "line 2" in err.getvalue()


def test_cli_reads_seed_files() -> None:
    out, err = io.StringIO(), io.StringIO()
    rc = cli.main([str(next(SEEDS.glob("000_*.txt")))], stdout=out, stderr=err)
    assert rc == 0, err.getvalue()
    events = [ControlChange.model_validate_json(line) for line in out.getvalue().splitlines()]
    news = [e for e in events if not e.historical]
    assert [e.place.geonames_id for e in news] == [390188]
    assert all(str(e.published) == "2017-10-05" for e in events)


def test_corpus_meets_the_brief() -> None:
    dev = load_corpus(CORPUS, DEV)
    assert len(dev) >= 200
    assert len({c.region for c in dev}) >= 12
    assert sum(1 for c in dev if not c.news) >= 60
    heldout = load_corpus(CORPUS, HELDOUT)
    assert len(heldout) >= 100
    assert len({c.region for c in heldout}) >= 12
    assert sum(1 for c in heldout if not c.news) >= 35
    assert {c.negative for c in heldout if not c.news} >= {
        "intent", "hypothetical", "negation", "denial", "ongoing", "status", "historical", "noise"
    }
    assert not {c.id for c in dev} & {c.id for c in heldout}


# Figures measured when these floors were set (see the report); each floor sits just under them.
# dev: P 1.000 R 0.748 direction 0.765 FAR 0/86; held-out: P 1.000 R 0.853 direction 0.857 FAR 0/59;
# blind (never tuned on): P 0.972 R 0.729 direction 0.743 FAR 0/35, historical-as-news 0 of 8.
FLOORS = {
    DEV: {"precision": 0.97, "recall": 0.73, "direction": 0.74, "false_alert_rate": 0.03, "historical_as_news": 0},
    HELDOUT: {"precision": 0.97, "recall": 0.83, "direction": 0.83, "false_alert_rate": 0.03, "historical_as_news": 0},
    BLIND: {"precision": 0.95, "recall": 0.70, "direction": 0.72, "false_alert_rate": 0.03, "historical_as_news": 0},
}


@pytest.mark.parametrize("split", [DEV, HELDOUT, BLIND])
def test_evaluation_floor(extractor: Extractor, split: str) -> None:
    floor = FLOORS[split]
    report = evaluate(load_corpus(Path(CORPUS), split), extractor)
    assert report.precision >= floor["precision"], report.summary()
    assert report.recall >= floor["recall"], report.summary()
    assert report.direction_accuracy >= floor["direction"], report.summary()
    assert report.false_alert_rate <= floor["false_alert_rate"], report.summary()
    assert report.historical_as_news <= floor["historical_as_news"], report.summary()
