"""bench.codec: both JSON ways are timed on round-tripping Articles, orjson's only when it is installed."""

from __future__ import annotations

import types

import pytest

from bench import codec


def test_pydantic_ways_are_timed_on_the_bench_corpus_and_round_trip() -> None:
    sample = codec.articles(5)
    assert len({a.id for a in sample}) == 5 and all(a.text for a in sample)
    figures = codec.measure(sample, repeat=1, orjson=None)
    assert set(figures) == {"decode: Article.model_validate_json(bytes)", "encode: article.model_dump_json()"}
    assert all(micros > 0 for micros in figures.values())


def test_a_way_that_loses_the_article_is_refused() -> None:
    """A decoder that returns something else than the article it was given fails the round trip, not timed."""
    broken = types.SimpleNamespace(loads=lambda wire: {"id": "other", "text": "", "received": codec.RECEIVED},
                                   dumps=lambda obj: b"{}")
    with pytest.raises(AssertionError, match="orjson"):
        codec.measure(codec.articles(2), repeat=1, orjson=broken)  # type: ignore[arg-type]


def test_main_prints_a_line_per_way(capsys: pytest.CaptureFixture[str]) -> None:
    assert codec.main(["--articles", "3", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "model_validate_json" in out and "µs/article" in out
