"""Shared fixtures: a real broker (Tansu, or real Kafka for the suites run on both) and a real redis-server, each
on a free loopback port.

``broker_kind`` parametrises a test (module-scoped, so a module's tests run on one broker, then the other) over the
brokers chosen with ``--broker tansu|kafka|tansu-memory`` (repeatable), else ``TOWNWATCH_BROKER``, else ``tansu`` (the
stack's default: Tansu on its object store on disk) and ``kafka``; the in-memory Tansu runs with ``--broker tansu-memory``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from townwatch.stack import BROKERS, TESTED_BROKERS, Broker, RedisServer, StackSettings

pytest_plugins = ["tests.smtp_inbox"]  # the ``inbox`` SMTP server fixture (e-mail channel and backfill digests)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--broker", action="append", choices=sorted(BROKERS), default=None,
                     help="broker(s) for the suites that run on each (default: TOWNWATCH_BROKER, else tansu and kafka)")


def broker_kinds(config: pytest.Config) -> list[str]:
    chosen = config.getoption("--broker")
    if chosen:
        return list(dict.fromkeys(chosen))
    settings = StackSettings()
    return [settings.broker] if "broker" in settings.model_fields_set else list(TESTED_BROKERS)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "broker_kind" in metafunc.fixturenames:
        metafunc.parametrize("broker_kind", broker_kinds(metafunc.config), scope="module")


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """One Tansu broker for the session. Tests use their own topic names or consumer groups to stay apart."""
    log = tmp_path_factory.mktemp("tansu") / "tansu.log"
    with Broker(log_path=log) as b:
        yield b


@pytest.fixture
def fresh_broker(tmp_path) -> Iterator[Broker]:  # type: ignore[no-untyped-def]
    """A broker of the test's own (in-memory: nothing survives it)."""
    with Broker(log_path=tmp_path / "tansu.log") as b:
        yield b


@pytest.fixture
def redis_server(tmp_path) -> Iterator[RedisServer]:  # type: ignore[no-untyped-def]
    """A private redis-server with AOF on, for one test. Never the shared one on 6379."""
    with RedisServer(data_dir=tmp_path / "redis") as r:
        yield r
