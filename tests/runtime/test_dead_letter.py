"""Dead-letter records keep the whole payload and a readable reason."""

from __future__ import annotations

import base64

from townwatch_runtime.dead_letter import DeadLetterSink, make_dead_letter
from townwatch_schemas import DeadLetter, Stage


def test_utf8_payload_is_kept_as_text() -> None:
    letter = make_dead_letter(Stage.EXTRACT, b'{"id": 1}', ValueError("bad id"), "schema", topic="articles.v1", partition=2, offset=7, key=b"k")
    assert (letter.payload, letter.payload_encoding) == ('{"id": 1}', "utf-8")
    assert letter.error == "ValueError: bad id"
    assert (letter.topic, letter.partition, letter.offset, letter.key) == ("articles.v1", 2, 7, "k")


def test_binary_payload_is_kept_whole_as_base64() -> None:
    raw = bytes(range(256))
    letter = make_dead_letter(Stage.ALERT, raw, "not JSON", "decode")
    assert letter.payload_encoding == "base64"
    assert base64.b64decode(letter.payload) == raw


async def test_sink_sends_to_the_stage_topic() -> None:
    sent = []

    async def send(topic, key, value):  # type: ignore[no-untyped-def]
        sent.append((topic, key, value))

    reasons = []
    sink = DeadLetterSink(Stage.INGEST, send, on_dead_letter=reasons.append)
    await sink.put(make_dead_letter(Stage.INGEST, b"x", "boom", "decode", key="abc"))
    [(topic, key, value)] = sent
    assert topic == "dead-letters.ingest.v1" and key == b"abc"
    assert DeadLetter.from_json_bytes(value).reason == "decode"
    assert reasons == ["decode"]
