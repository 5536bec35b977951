"""A missing broker or Redis gives one clear line naming what and where."""

from __future__ import annotations

import pytest

from townwatch.stack import free_port
from townwatch_runtime.preflight import Unreachable, check_kafka, check_redis, exit_if_unreachable


def test_unreachable_kafka_names_what_and_where() -> None:
    port = free_port()
    with pytest.raises(Unreachable, match=f"cannot reach the Kafka broker at 127.0.0.1:{port}"):
        check_kafka(f"127.0.0.1:{port}", timeout=0.5)


def test_unreachable_redis_hides_the_password() -> None:
    port = free_port()
    with pytest.raises(Unreachable) as info:
        check_redis(f"redis://:hunter2@127.0.0.1:{port}/0", timeout=0.5)
    assert f"127.0.0.1:{port}" in str(info.value) and "hunter2" not in str(info.value)


def test_exit_prints_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    with pytest.raises(SystemExit) as info:
        exit_if_unreachable("alert", (check_redis, f"redis://127.0.0.1:{port}/0", 0.5))
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("townwatch-alert: error: cannot reach Redis")


def test_reachable_redis_passes(redis_server) -> None:  # type: ignore[no-untyped-def]
    check_redis(redis_server.url)
