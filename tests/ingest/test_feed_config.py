"""The feeds file: shapes, durations, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from townwatch_ingest.feed_config import FeedsFileError, load_feeds, parse_interval


def test_mapping_list_and_bare_urls(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n"
        "  - url: https://example.com/rss\n    interval: 5m\n    source: TRTWorld\n"
        "  - url: https://example.com/atom\n    interval: 90\n    fetch_pages: false\n"
        "  - https://example.com/plain\n",
        encoding="utf-8",
    )
    first, second, third = load_feeds(path)
    assert (first.interval, first.source, first.fetch_pages) == (300.0, "TRTWorld", None)
    assert (second.interval, second.fetch_pages) == (90.0, False)
    assert (third.url, third.interval) == ("https://example.com/plain", None)


def test_absent_or_empty_means_no_feeds(tmp_path: Path) -> None:
    assert load_feeds(None) == []
    assert load_feeds(tmp_path / "missing.yaml") == []
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    assert load_feeds(tmp_path / "empty.yaml") == []
    (tmp_path / "none.yaml").write_text("feeds:\n", encoding="utf-8")
    assert load_feeds(tmp_path / "none.yaml") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: 3\n", "expected a list"),
        ("- url: https://e.com/x\n  interval: soon\n", "feed 1: interval"),
        ("- url: https://e.com/x\n  intervall: 5m\n", "feed 1: intervall"),
        ("- {}\n", "feed 1: url"),
        ("feeds: [\n", "while parsing"),
    ],
)
def test_bad_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FeedsFileError, match=message):
        load_feeds(path)


def test_interval_forms() -> None:
    assert [parse_interval(v) for v in (30, 2.5, "45", "45s", "2m", "1.5h", "1d")] == [30, 2.5, 45, 45, 120, 5400, 86400]
    for bad in (0, -5, "0s", "fast", True):
        with pytest.raises(ValueError):
            parse_interval(bad)
