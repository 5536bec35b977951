"""`townwatch up`'s YAML settings: the documented example validates, mistakes get a clear error naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from townwatch.cli import main
from townwatch.deployment import load_deployment

EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / "townwatch.example.yaml"


def _config(tmp_path: Path, **changes: object) -> Path:
    (tmp_path / "subscriptions.yaml").write_text("desks: []\n")
    (tmp_path / "feeds.yaml").write_text("[]\n")
    data = yaml.safe_load(EXAMPLE.read_text())
    data.update(workdir="state", **changes)
    path = tmp_path / "townwatch.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_the_documented_example_validates_with_relative_paths_resolved(tmp_path: Path) -> None:
    settings = load_deployment(_config(tmp_path))
    assert settings.workdir == tmp_path / "state"
    assert settings.subscriptions_file == tmp_path / "subscriptions.yaml"
    assert settings.feeds_file == tmp_path / "feeds.yaml"
    assert settings.broker == "tansu" and settings.ports.api == 8000 and settings.env["alert"]["TOWNWATCH_SMTP_HOST"]
    assert settings.push_tokens is None


def test_the_broker_defaults_to_the_durable_tansu_and_kafka_is_selectable(tmp_path: Path) -> None:
    """A fresh clone runs ``up`` without ``make kafka``: a config that names no broker gets the durable Tansu,
    the demo's and the tests' default; ``broker: kafka`` still picks Apache Kafka."""
    from townwatch.stack import BROKERS

    path = _config(tmp_path)
    data = yaml.safe_load(path.read_text())
    del data["broker"]
    path.write_text(yaml.safe_dump(data))
    settings = load_deployment(path)
    assert settings.broker == "tansu" and BROKERS[settings.broker].durable
    assert load_deployment(_config(tmp_path, broker="kafka")).broker == "kafka"


def test_secrets_come_from_the_environment_and_stay_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOWNWATCH_PUSH_TOKENS", "from-env")
    monkeypatch.setenv("TOWNWATCH_PORTS__API", "8123")
    settings = load_deployment(_config(tmp_path, push_tokens="from-file"))
    assert settings.push_tokens is not None and settings.push_tokens.get_secret_value() == "from-env"
    assert "from-env" not in repr(settings)
    assert settings.ports.api == 8123


@pytest.mark.parametrize("given", ["info", " Warning "])
def test_the_log_level_is_taken_in_any_case_from_the_file_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    """As the services take ``TOWNWATCH_LOG_LEVEL=info`` (issue 16), so does ``up``, which hands it on to them."""
    expected = given.strip().upper()
    assert load_deployment(_config(tmp_path, log_level=given)).log_level == expected
    monkeypatch.setenv("TOWNWATCH_LOG_LEVEL", given)
    assert load_deployment(_config(tmp_path)).log_level == expected


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"brokr": "kafka"}, "brokr: Extra inputs are not permitted"),
        ({"broker": "redpanda"}, "broker: Input should be"),
        ({"ports": {"api": 8000, "ingest": 8000}}, "used twice: [8000]"),
        ({"ports": {"api": 70000}}, "ports.api: Input should be less than or equal to 65535"),
        ({"restart": {"initial_s": 0}}, "restart.initial_s"),
        ({"env": {"ingets": {}}}, "unknown services ['ingets']"),
        ({"subscriptions_file": "missing.yaml"}, "subscriptions_file: no such file"),
        ({"log_level": "chatty"}, "log_level"),
    ],
)
def test_a_mistake_names_the_file_and_the_field(tmp_path: Path, changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=r"townwatch\.yaml") as caught:
        load_deployment(_config(tmp_path, **changes))
    assert message in str(caught.value)


def test_not_yaml_or_not_a_mapping(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("workdir: [unclosed\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        load_deployment(bad)
    bad.write_text("- a list\n")
    with pytest.raises(ValueError, match="mapping"):
        load_deployment(bad)
    with pytest.raises(ValueError, match="cannot read"):
        load_deployment(tmp_path / "absent.yaml")


def test_up_refuses_a_bad_config_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["up", "--config", str(_config(tmp_path, brokr="x"))]) == 2
    assert "brokr" in capsys.readouterr().err


def test_status_without_a_state_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--workdir", str(tmp_path)]) == 1
    assert "no state file" in capsys.readouterr().out
