"""Finding 4 of issue 11: the size limits agree end to end. Every article ingest accepts ends in exactly one place:
processed by the extractor (events, or none), or a dead letter that fits the producer's request limit."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.agents import extract_counted
from townwatch_extract.budget import Budget, BudgetedExtractor
from townwatch_extract.extractor import Extractor
from townwatch_extract.metrics import stage_metrics
from townwatch_ingest.draft import ArticleDraft, build_article
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.dead_letter import DeadLetterSink, make_dead_letter
from townwatch_runtime.stage import StageShell
from townwatch_schemas import ARTICLE_MAX_BYTES, Article, DeadLetter, Stage

PRODUCER_MAX_REQUEST_BYTES = 1_000_000  # faust's default producer_max_request_size, which the extract app keeps
RECEIVED = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
FILLER = {"ascii": "The council met again on Tuesday. ", "arabic": "\u0627\u062c\u062a\u0645\u0639 \u0627\u0644\u0645\u062c\u0644\u0633. "}
CAPTURE = "Iraqi forces captured the town of Hawija from Islamic State fighters on Tuesday. "


def _text(size: int, filler: str, capture: bool) -> str:
    """About ``size`` UTF-8 bytes of ``filler`` (ending with one capture sentence when ``capture``)."""
    tail = CAPTURE if capture else ""
    unit = filler.encode()
    body = filler * ((size - len(tail)) // len(unit) + 1)
    raw = (body.encode()[: max(0, size - len(tail))]).decode("utf-8", errors="ignore")
    return raw + tail


SIZES = [1_000, 999_999, 1_000_001, 1_920_000, ARTICLE_MAX_BYTES]
CASES = [(size, "ascii", True) for size in SIZES] + [(size, "arabic", False) for size in SIZES[2:]] + [(1_920_000, "ascii", False)]


@pytest.mark.parametrize(("size", "filler", "capture"), CASES)
async def test_every_size_up_to_the_ingest_limit_ends_in_exactly_one_place(
    extractor: Extractor, size: int, filler: str, capture: bool
) -> None:
    settings = IngestSettings()
    assert settings.max_article_bytes == ARTICLE_MAX_BYTES
    article = build_article(ArticleDraft(text=_text(size, FILLER[filler], capture)), received=RECEIVED,
                            max_bytes=settings.max_article_bytes)  # ingest accepts it
    budgeted = BudgetedExtractor(extractor, Budget())
    sent: dict[str, list[bytes]] = {"events": [], "dead": []}

    async def send(topic: str, _key: bytes | None, value: bytes) -> None:
        if len(value) > PRODUCER_MAX_REQUEST_BYTES:
            raise RuntimeError(f"MessageSizeTooLargeError: {len(value)} bytes")  # what aiokafka raises
        sent["dead" if topic.startswith("dead-letters") else "events"].append(value)

    async def process(item: Article) -> int:
        events = extract_counted(budgeted, item)
        for event in events:
            await send("control-changes.v1", None, event.to_json_bytes())
        return len(events)

    metrics = stage_metrics()
    shell = StageShell(Article, process, metrics=metrics, dead_letters=DeadLetterSink(Stage.EXTRACT, send, metrics.dead_letter))
    handled = await shell.handle(article.to_json_bytes(), topic="articles.v1", partition=0, offset=1)
    if handled:
        assert sent["dead"] == []
        assert bool(sent["events"]) == capture  # the capture sentence at the end was read
    else:
        [raw] = sent["dead"]
        letter = DeadLetter.model_validate_json(raw)
        assert letter.payload_bytes == len(article.to_json_bytes()) and letter.payload_sha256


def test_a_dead_letter_always_fits_with_the_payloads_length_and_hash() -> None:
    for payload in (b"x" * 5_000_000, "\u00e9".encode() * 2_000_000, b"\xff\xfe" * 1_500_000):
        letter = make_dead_letter(Stage.EXTRACT, payload, "too big", "too_large")
        assert len(letter.to_json_bytes()) < PRODUCER_MAX_REQUEST_BYTES
        assert letter.payload_truncated and letter.payload_bytes == len(payload)
        import hashlib

        assert letter.payload_sha256 == hashlib.sha256(payload).hexdigest()
    small = make_dead_letter(Stage.EXTRACT, b'{"id": 1}', "bad", "schema")
    assert (small.payload, small.payload_truncated, small.payload_bytes) == ('{"id": 1}', False, 9)
