"""StageShell: every message ends processed or dead-lettered; transient errors are retried, not lost."""

from __future__ import annotations

import asyncio
import datetime as dt

from prometheus_client import CollectorRegistry

from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.metrics import REGISTRY, StageMetrics
from townwatch_runtime.stage import STAGE_REASONS, RawMessage, StageShell
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


def _batch_shell(process_batch):  # type: ignore[no-untyped-def]
    letters: list[DeadLetter] = []

    async def send(topic, key, value):  # type: ignore[no-untyped-def]
        letters.append(DeadLetter.from_json_bytes(value))

    metrics = StageMetrics(Stage.EXTRACT, STAGE_REASONS)
    shell = StageShell(Article, process_batch=process_batch, metrics=metrics,
                       dead_letters=DeadLetterSink(Stage.EXTRACT, send, metrics.dead_letter), max_backoff_s=0.01)
    return shell, letters


def _article(article_id: str) -> bytes:
    return Article(id=article_id, text="t", received=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)).to_json_bytes()


def _messages(*values: bytes) -> list[RawMessage]:
    return [RawMessage(v, None, "articles.v1", 0, offset) for offset, v in enumerate(values)]


async def test_a_batch_is_one_core_call_and_bad_payloads_are_dead_lettered_alone() -> None:
    calls: list[list[str]] = []

    async def process_batch(articles):  # type: ignore[no-untyped-def]
        calls.append([a.id for a in articles])
        return [1 for _ in articles]

    shell, letters = _batch_shell(process_batch)
    before = _value("townwatch_items_in_total", stage="extract")
    done = await shell.handle_batch(_messages(_article("a"), b"not json", _article("b"), b'{"id": "c"}', _article("d")))
    assert done == [True, False, True, False, True]
    assert calls == [["a", "b", "d"]]
    assert [(x.reason, x.offset) for x in letters] == [("decode", 1), ("schema", 3)]
    assert _value("townwatch_items_in_total", stage="extract") == before + 5
    assert shell.positions[("articles.v1", 0)] == 5


async def test_an_item_that_fails_is_dead_lettered_and_a_transient_one_retried_alone() -> None:
    calls: list[list[str]] = []

    async def process_batch(articles):  # type: ignore[no-untyped-def]
        calls.append([a.id for a in articles])
        outcomes: list[int | BaseException] = []
        for a in articles:
            if a.id == "bad":
                outcomes.append(ValueError("extractor bug"))
            elif a.id == "flaky" and len(calls) < 3:
                outcomes.append(ConnectionError("broker went away"))
            else:
                outcomes.append(1)
        return outcomes

    shell, letters = _batch_shell(process_batch)
    done = await shell.handle_batch(_messages(_article("a"), _article("bad"), _article("flaky"), _article("b")))
    assert done == [True, False, True, True]
    assert calls == [["a", "bad", "flaky", "b"], ["flaky"], ["flaky"]]
    assert [(x.reason, x.offset) for x in letters] == [("processing", 1)]


async def test_a_batch_that_fails_whole_is_retried_when_transient_else_taken_one_by_one() -> None:
    calls: list[list[str]] = []

    async def process_batch(articles):  # type: ignore[no-untyped-def]
        calls.append([a.id for a in articles])
        if len(calls) == 1:
            raise TimeoutError("broker did not acknowledge")
        if any(a.id == "poison" for a in articles):
            raise ValueError("poison")
        return [2 for _ in articles]

    shell, letters = _batch_shell(process_batch)
    before = _value("townwatch_items_out_total", stage="extract")
    done = await shell.handle_batch(_messages(_article("a"), _article("poison"), _article("b")))
    assert done == [True, False, True]
    assert calls == [["a", "poison", "b"], ["a", "poison", "b"], ["a"], ["poison"], ["b"]]
    assert [(x.reason, x.offset) for x in letters] == [("processing", 1)]
    assert _value("townwatch_items_out_total", stage="extract") == before + 4


async def test_a_stage_without_a_batch_core_sends_a_batchs_dead_letters_in_one_round_trip() -> None:
    """The notifier has no ``process_batch``: a flood's batch of malformed messages must still leave as one round
    of sends (every letter in flight before any is acknowledged), not one acknowledged send after another; its
    good items are then processed one by one, in order, after the letters were acknowledged."""
    in_flight, rounds, acknowledged = 0, [], []
    calls: list[tuple[str, int]] = []

    async def send(topic, key, value):  # type: ignore[no-untyped-def]
        nonlocal in_flight
        in_flight += 1
        if in_flight == 1:
            rounds.append(0)
        rounds[-1] += 1
        await asyncio.sleep(0)  # the broker's round trip: every send started before it resumes is in this round
        in_flight -= 1
        acknowledged.append(DeadLetter.from_json_bytes(value).offset)

    async def process(article):  # type: ignore[no-untyped-def]
        calls.append((article.id, len(acknowledged)))
        return 1

    metrics = StageMetrics(Stage.NOTIFY, STAGE_REASONS)
    shell = StageShell(Article, process, metrics=metrics, dead_letters=DeadLetterSink(Stage.NOTIFY, send, metrics.dead_letter))
    before = _value("townwatch_items_in_total", stage="notify")
    bad = [b"not json %d" % i if i % 2 else b'{"id": "%d"}' % i for i in range(20)]
    done = await shell.handle_batch(_messages(_article("a"), *bad, _article("b")))
    assert rounds == [20]
    assert sorted(acknowledged) == list(range(1, 21))
    assert done == [True] + [False] * 20 + [True]
    assert calls == [("a", 20), ("b", 20)]
    assert _value("townwatch_items_in_total", stage="notify") == before + 22
    assert shell.positions[("articles.v1", 0)] == 22


async def test_a_stage_without_a_batch_core_sends_a_failed_items_letter_without_waiting_for_it() -> None:
    """The notifier's core fails an alert for good (a processing dead letter): the next alert is processed while
    that letter is on its way (the producer packs the batch's letters), not after its acknowledgement; the batch is
    done only once every letter is acknowledged, so no offset commits before its letter (at least once)."""
    acknowledged: list[int | None] = []
    calls: list[tuple[str, int]] = []

    async def send(topic, key, value):  # type: ignore[no-untyped-def]
        await asyncio.sleep(0)  # the broker's round trip
        acknowledged.append(DeadLetter.from_json_bytes(value).offset)

    async def process(article):  # type: ignore[no-untyped-def]
        calls.append((article.id, len(acknowledged)))
        if article.id.startswith("poison"):
            raise ValueError("no subscription store")
        return 1

    metrics = StageMetrics(Stage.NOTIFY, STAGE_REASONS)
    shell = StageShell(Article, process, metrics=metrics, dead_letters=DeadLetterSink(Stage.NOTIFY, send, metrics.dead_letter))
    ids = ["a", *(f"poison-{i}" for i in range(10)), "b"]
    done = await shell.handle_batch(_messages(*map(_article, ids)))
    assert done == [True] + [False] * 10 + [True]
    assert calls == [(i, 0) for i in ids]  # before: ("poison-1", 1), ("poison-2", 2), ...: one round trip each
    assert sorted(acknowledged) == list(range(1, 11))  # all acknowledged before handle_batch returned
