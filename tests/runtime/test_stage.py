"""StageShell: every message ends processed or dead-lettered; transient errors are retried, not lost."""

from __future__ import annotations

import datetime as dt

from prometheus_client import CollectorRegistry

from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.metrics import REGISTRY, StageMetrics
from townwatch_runtime.stage import STAGE_REASONS, StageShell
from townwatch_schemas import Article, DeadLetter, Stage

GOOD = Article(id="a", text="t", received=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)).to_json_bytes()


def _shell(process):  # type: ignore[no-untyped-def]
    letters: list[DeadLetter] = []

    async def send(topic, key, value):  # type: ignore[no-untyped-def]
        letters.append(DeadLetter.from_json_bytes(value))

    metrics = StageMetrics(Stage.EXTRACT, STAGE_REASONS)
    shell = StageShell(
        Article, process, metrics=metrics, dead_letters=DeadLetterSink(Stage.EXTRACT, send, metrics.dead_letter), max_backoff_s=0.01
    )
    return shell, letters


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def test_not_json_is_a_decode_dead_letter() -> None:
    async def process(article):  # type: ignore[no-untyped-def]
        raise AssertionError("must not be called")

    shell, letters = _shell(process)
    before = _value("townwatch_dead_letters_total", stage="extract", reason="decode")
    assert await shell.handle(b"\xff\xfe not json", topic="articles.v1", partition=0, offset=3) is False
    assert [(x.reason, x.offset, x.payload_encoding) for x in letters] == [("decode", 3, "base64")]
    assert _value("townwatch_dead_letters_total", stage="extract", reason="decode") == before + 1


async def test_wrong_shape_is_a_schema_dead_letter() -> None:
    async def process(article):  # type: ignore[no-untyped-def]
        return 0

    shell, letters = _shell(process)
    assert await shell.handle(b'{"id": "a"}') is False
    assert letters[0].reason == "schema" and "text" in letters[0].error


async def test_core_error_is_a_processing_dead_letter() -> None:
    async def process(article):  # type: ignore[no-untyped-def]
        raise ValueError("extractor bug")

    shell, letters = _shell(process)
    assert await shell.handle(GOOD) is False
    assert letters[0].reason == "processing" and "extractor bug" in letters[0].error


async def test_transient_errors_are_retried_until_success() -> None:
    calls = []

    async def process(article):  # type: ignore[no-untyped-def]
        calls.append(article.id)
        if len(calls) < 3:
            raise ConnectionError("redis went away")
        return 2

    shell, letters = _shell(process)
    before = _value("townwatch_items_out_total", stage="extract")
    assert await shell.handle(GOOD) is True
    assert calls == ["a", "a", "a"] and letters == []
    assert _value("townwatch_items_out_total", stage="extract") == before + 2


def test_label_series_exist_before_any_failure() -> None:
    StageMetrics(Stage.NOTIFY, ("delivery",), topics=["alerts.v1"])
    assert REGISTRY.get_sample_value("townwatch_dead_letters_total", {"stage": "notify", "reason": "delivery"}) == 0.0
    assert REGISTRY.get_sample_value("townwatch_consumer_lag_messages", {"stage": "notify", "topic": "alerts.v1"}) == 0.0
    assert isinstance(REGISTRY, CollectorRegistry)


async def test_a_missing_file_is_a_bug_dead_lettered_not_retried_for_ever() -> None:
    calls = 0

    async def process(article):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        raise FileNotFoundError(2, "No such file or directory", "/missing/model")

    shell, letters = _shell(process)
    assert await shell.handle(GOOD) is False
    assert calls == 1 and letters[0].reason == "processing" and "/missing/model" in letters[0].error


async def test_a_network_oserror_is_retried() -> None:
    import errno

    calls = 0

    async def process(article):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls < 3:
            raise OSError(errno.EHOSTUNREACH, "No route to host")
        return 1

    shell, letters = _shell(process)
    assert await shell.handle(GOOD) is True
    assert calls == 3 and letters == []


def test_transient_classification() -> None:
    import errno
    import socket

    from townwatch_runtime.stage import is_transient

    assert is_transient(ConnectionResetError()) and is_transient(TimeoutError())
    assert is_transient(socket.gaierror(-3, "Temporary failure in name resolution"))
    assert is_transient(OSError(errno.ENETUNREACH, "Network is unreachable"))
    assert not is_transient(FileNotFoundError(errno.ENOENT, "x")) and not is_transient(PermissionError(errno.EACCES, "x"))
    assert not is_transient(OSError("no errno")) and not is_transient(ValueError("bug"))
