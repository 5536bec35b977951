"""The outlet catalogue's YAML, read with libyaml's loader, is the same data the pure-Python safe loader reads."""

from importlib import resources

import yaml

from townwatch_ingest import outlets


def test_fast_loader_reads_the_same_outlets() -> None:
    raw = resources.files("townwatch_ingest").joinpath("data/outlets.yaml").read_text("utf-8")
    fast = yaml.load(raw, Loader=outlets._YAML_LOADER)  # a safe loader
    assert fast == yaml.safe_load(raw)
    catalogue = outlets.default_catalogue()
    assert len(fast) > 5
    assert all(catalogue.lookup(row["name"]).name == row["name"] for row in fast)
