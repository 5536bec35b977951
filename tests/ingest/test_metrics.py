"""The ingest metrics exist exactly as docs/METRICS.md names them, every label series from the start."""

from __future__ import annotations

import re
from pathlib import Path

from townwatch_ingest.metrics import IngestMetrics
from townwatch_runtime.metrics import REGISTRY

DOC = Path(__file__).resolve().parents[2] / "docs" / "METRICS.md"


def _documented_ingest_metrics() -> dict[str, list[str]]:
    section = DOC.read_text("utf-8").split("## ingest", 1)[1].split("\n## ", 1)[0]
    found = {}
    for name, labels in re.findall(r"^\| `(townwatch_ingest_\w+)` \| \w+ \| ([^|]*)\|", section, re.MULTILINE):
        values = re.findall(r"(\w+)\s*=\s*([\w, ]+)", labels)
        found[name] = [v.strip() for _, vs in values for v in vs.split(",")] if values else []
    return found


def _samples() -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {}
    for family in REGISTRY.collect():
        for sample in family.samples:
            out.setdefault(sample.name, []).append(dict(sample.labels))
    return out


def test_every_documented_series_exists_up_front() -> None:
    IngestMetrics()
    documented = _documented_ingest_metrics()
    assert len(documented) == 5
    samples = _samples()
    for name, values in documented.items():
        assert name in samples, name
        present = {v for labels in samples[name] for v in labels.values()}
        assert set(values) <= present, (name, values, present)
    assert {"ingest"} <= {labels.get("stage") for labels in samples["townwatch_items_in_total"]}
