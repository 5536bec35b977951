"""Shared fixtures: a real Tansu broker and a real redis-server, each on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from townwatch.stack import Broker, RedisServer


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
