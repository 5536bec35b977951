"""Fuzzing the article's way in: the wire model, the stage shell's decode step, and the extractor on any text."""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from townwatch_extract.extractor import ExtractionError, Extractor
from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.metrics import StageMetrics
from townwatch_runtime.stage import STAGE_REASONS, StageShell
from townwatch_schemas import Article, ControlChange, DeadLetter, Stage, dead_letter_topic

from .conftest import FUZZ

# --- strategies ---------------------------------------------------------------------------------
JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)

ODD_STRINGS = st.sampled_from(["", " ", "\x00", "\ud800", "\u202e", "a" * 5000, "<script>alert(1)</script>", "2017-02-30",
                               "2017-10-05", "2017-10-05T09:30:00Z", "2017-10-05T09:30:00", "not a date", "-1", "1e309"])
FIELD_VALUES = JSON_SCALARS | ODD_STRINGS | st.lists(st.text(max_size=10), max_size=3) | JSON_VALUES


@st.composite
def article_shaped(draw: st.DrawFn) -> dict[str, Any]:
    """A dict with some of Article's fields, each a plausible or hostile value: many validate, many do not."""
    good: dict[str, Any] = {
        "id": draw(st.text(min_size=1, max_size=20)),
        "text": draw(st.text(max_size=200)),
        "received": "2017-10-05T09:30:00+00:00",
        "source": draw(st.none() | st.text(max_size=20)),
        "published": draw(st.none() | st.dates().map(dt.date.isoformat)),
        "credits": draw(st.lists(st.text(max_size=10), max_size=3)),
    }
    for name in draw(st.lists(st.sampled_from([*Article.model_fields, "unknown"]), max_size=3, unique=True)):
        good[name] = draw(FIELD_VALUES)
    for name in draw(st.lists(st.sampled_from(sorted(good)), max_size=2, unique=True)):
        del good[name]
    return good


def _json_bytes(value: Any) -> bytes:
    # ensure_ascii keeps lone surrogates as \\ud800 escapes, as any JSON producer may send them
    return json.dumps(value).encode("utf-8")


PAYLOADS = (
    st.binary(max_size=300)
    | st.text(max_size=200).map(lambda s: s.encode("utf-8"))
    | JSON_VALUES.map(_json_bytes)
    | article_shaped().map(_json_bytes)
    | article_shaped().map(lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8", errors="surrogatepass"))
)


# --- the wire model -----------------------------------------------------------------------------
@settings(FUZZ, max_examples=400)
@given(raw=PAYLOADS)
def test_article_model_accepts_or_raises_validation_error_only(raw: bytes) -> None:
    try:
        article = Article.model_validate_json(raw)
    except ValidationError as exc:
        assert exc.errors(), raw
        return
    assert article.id and isinstance(article.text, str)
    assert Article.model_validate_json(article.to_json_bytes()) == article  # what it accepts, it can send on


# --- the stage shell ----------------------------------------------------------------------------
class Recorder:
    """A stage shell over a core that records what it was given, with a dead-letter sink that records letters."""

    def __init__(self) -> None:
        self.processed: list[Article] = []
        self.letters: list[tuple[str, bytes | None, DeadLetter]] = []
        metrics = StageMetrics(Stage.EXTRACT, STAGE_REASONS)

        async def send(topic: str, key: bytes | None, value: bytes) -> None:
            self.letters.append((topic, key, DeadLetter.from_json_bytes(value)))

        async def process(article: Article) -> int:
            self.processed.append(article)
            return 1

        self.shell = StageShell(Article, process, metrics=metrics,
                                dead_letters=DeadLetterSink(Stage.EXTRACT, send, metrics.dead_letter))


def _original(letter: DeadLetter) -> bytes:
    return base64.b64decode(letter.payload) if letter.payload_encoding == "base64" else letter.payload.encode("utf-8")


def _parses_as_json(raw: bytes) -> bool:
    try:
        json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return True


@settings(FUZZ, max_examples=300)
@given(raw=PAYLOADS, key=st.none() | st.binary(max_size=20), offset=st.integers(0, 2**40))
async def test_every_message_ends_processed_or_dead_lettered_with_its_payload(raw: bytes, key: bytes | None, offset: int) -> None:
    r = Recorder()
    handled = await r.shell.handle(raw, key=key, topic="articles.v1", partition=2, offset=offset)
    assert len(r.processed) + len(r.letters) == 1, "exactly one outcome per message"
    event("processed" if handled else f"dead letter: {r.letters[0][2].reason}")
    if handled:
        assert r.processed == [Article.model_validate_json(raw)]
        return
    [(topic, sent_key, letter)] = r.letters
    assert topic == dead_letter_topic(Stage.EXTRACT) and letter.stage is Stage.EXTRACT
    assert letter.reason in ("decode", "schema") and letter.error
    assert _original(letter) == raw, "the dead letter keeps the message whole"
    assert (letter.topic, letter.partition, letter.offset) == ("articles.v1", 2, offset)
    assert sent_key == (key.decode("utf-8", errors="replace").encode("utf-8") if key else None)
    if not _parses_as_json(raw):
        assert letter.reason == "decode", (raw, letter.error)
    elif letter.reason == "decode":
        # Python's json is laxer than pydantic's in one known place: a lone surrogate escape (\\ud800) parses
        # in Python but is refused by pydantic's parser. Anything else valid JSON must be 'schema'.
        assert "\\ud" in raw.decode("utf-8").lower(), (raw, letter.error)
    assert r.shell.positions[("articles.v1", 2)] == offset + 1


# --- the extractor ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """One extractor for the module (loading spaCy takes ~2 s)."""
    return Extractor()


WORDS = st.sampled_from(
    "Iraqi forces captured took seized retook liberated the town of Mosul Hawija Baaj Hatra Raqqa Kirkuk from ISIS "
    "Islamic State PMF Kurdish Peshmerga SDF militants withdrew pulled out fell on Sunday 2017 . , ; : ' \" ( ) "
    "said claimed reportedly <p> </p> <script>x</script> [click](http://evil) @channel <@U1> \n \x00 \ufffd".split(" ")
)
ACTORS = st.sampled_from(["Iraqi forces", "ISIS", "Islamic State militants", "the PMF", "Kurdish Peshmerga", "the SDF", "<b>ISIS</b>"])
VERBS = st.sampled_from(["captured", "took", "seized", "retook", "liberated", "entered", "withdrew from", "claimed to have taken"])
PLACES = st.sampled_from(["Mosul", "Hawija", "the town of Baaj", "Hatra", "Raqqa", "Kirkuk", "the eastern side of Mosul", "Xyzzyville"])
# A capture sentence with junk spliced in: reaches the parser and the event builder, not only the prefilter.
CLAUSES = st.lists(
    st.tuples(ACTORS, VERBS, PLACES, st.sampled_from(["from", "after", ","]), ACTORS, st.text(max_size=12), WORDS)
    .map(lambda t: " ".join(t) + "."),
    min_size=1, max_size=4,
).map(" ".join)
TEXTS = (
    CLAUSES
    | st.text(max_size=400)
    | st.lists(WORDS, max_size=80).map(" ".join)
    | st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60).map(" ".join)
    | st.binary(max_size=300).map(lambda b: b.decode("latin-1"))
)


@settings(FUZZ, max_examples=150)
@given(text=TEXTS, title=st.none() | st.lists(WORDS, max_size=12).map(" ".join) | st.text(max_size=60),
       language=st.none() | st.sampled_from(["en", "EN-gb", "fr", "", "x" * 16]))
def test_extractor_returns_events_or_raises_its_documented_error(
    extractor: Extractor, text: str, title: str | None, language: str | None
) -> None:
    article = Article(id="fuzz", text=text, title=title, language=language, received=dt.datetime(2017, 10, 5, tzinfo=dt.UTC))
    try:
        events = extractor.extract(article)
    except ExtractionError as exc:
        assert exc.reason, exc
        return
    event("events" if events else "no events")
    for change in events:
        assert isinstance(change, ControlChange) and change.article_id == "fuzz"
        assert ControlChange.model_validate_json(change.to_json_bytes()) == change
        ev = change.evidence
        assert (ev.start, ev.end) == (0, 0) or 0 <= ev.start <= ev.end <= len(text), (text, ev)


def test_extractor_refuses_only_over_its_limit(extractor: Extractor) -> None:
    small = Extractor(extractor.nlp, extractor.catalogue, extractor.gazetteer, max_chars=100)
    article = Article(id="big", text="Iraqi forces captured Hawija from ISIS. " * 5, received=dt.datetime(2017, 10, 5, tzinfo=dt.UTC))
    with pytest.raises(ExtractionError) as info:
        small.extract(article)
    assert info.value.reason == "too_large"
    assert small.extract(article.model_copy(update={"text": article.text[:100]})) is not None
