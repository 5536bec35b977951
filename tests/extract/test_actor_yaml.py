"""The actor catalogue's YAML, read with libyaml's loader, is the same data the pure-Python safe loader reads."""

from importlib import resources

import yaml

from townwatch_extract import actors


def test_fast_loader_reads_the_same_catalogue() -> None:
    raw = resources.files("townwatch_extract").joinpath("data/actors.yaml").read_text("utf-8")
    assert actors._YAML_LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    fast = yaml.load(raw, Loader=actors._YAML_LOADER)  # a safe loader
    assert fast == yaml.safe_load(raw)
    assert len(fast["actors"]) > 10


def test_loader_stays_safe() -> None:
    # a tag the safe constructor refuses is refused by the fast loader too (no arbitrary objects from data files)
    try:
        yaml.load("!!python/object/apply:os.getcwd []", Loader=actors._YAML_LOADER)
    except yaml.constructor.ConstructorError:
        return
    raise AssertionError("the catalogue's loader built a Python object from a tag")
