"""Replay against a real broker: order, publication dates, speed, dead letters, the seen record, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from townwatch_ingest.cli import replay_main
from townwatch_ingest.replay import replay
from townwatch_schemas import ARTICLES, Article, DeadLetter, dead_letter_topic

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _articles(messages: list[tuple[bytes | None, bytes]]) -> list[Article]:
    articles = [Article.from_json_bytes(value) for _, value in messages]
    for (key, _), article in zip(messages, articles, strict=True):
        assert key == article.id.encode()
    return sorted(articles, key=lambda a: a.received)


async def test_seeds_replay_in_name_order_with_their_dates(fresh_broker, make_settings, read_topic) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers)
    report = await replay([SEEDS], settings, progress=False)
    assert (report.published, report.duplicates, report.rejected) == (5, 0, 0)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert [Path(e.origin).name for e in report.entries] == names

    articles = _articles(await read_topic(fresh_broker.bootstrap_servers, ARTICLES.name, 5))
    assert [a.id for a in articles] == [e.article_id for e in report.entries]
    assert [a.published for a in articles] == [dt.date(2017, 10, 5), None, None, None, dt.date(2017, 6, 28)]
    assert [a.source for a in articles] == ["Al Jazeera", "Reuters", "TRT World", None, None]
    assert articles[1].credits == ["Reuters"]
    assert articles[0].text.startswith("The capture of Hawija")  # the date marker is not part of the text
    assert all(a.received.tzinfo is not None for a in articles)


async def test_replay_publishes_again_by_default_and_skip_seen_skips(fresh_broker, make_settings, read_topic) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers)
    first = await replay([SEEDS], settings, progress=False)
    again = await replay([SEEDS], settings, progress=False)
    assert (again.published, again.duplicates) == (5, 0)
    assert [e.article_id for e in again.entries] == [e.article_id for e in first.entries]  # stable ids
    messages = await read_topic(fresh_broker.bootstrap_servers, ARTICLES.name, 10)
    assert len(messages) == 10


async def test_skip_seen_uses_redis_across_replays(fresh_broker, redis_server, make_settings) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers, redis_url=redis_server.url)
    first = await replay([SEEDS], settings, progress=False, skip_seen=True)
    second = await replay([SEEDS], settings, progress=False, skip_seen=True)
    assert (first.published, first.duplicates) == (5, 0)
    assert (second.published, second.duplicates) == (0, 5)


async def test_jsonl_order_dates_speed_and_dead_letters(tmp_path, fresh_broker, make_settings, read_topic) -> None:  # type: ignore[no-untyped-def]
    t0 = dt.datetime(2017, 6, 1, 8, 0, tzinfo=dt.UTC)
    rows = [
        {"text": "First report from Mosul.", "published_at": t0.isoformat(), "url": "https://example.com/1?utm_source=x"},
        {"text": "Second report, one hour later.", "published_at": (t0 + dt.timedelta(hours=1)).isoformat()},
        {"text": "A report of unknown date."},
        {"text": "Third report, two hours later.", "published": "2017-06-01", "published_at": (t0 + dt.timedelta(hours=2)).isoformat()},
    ]
    lines = [json.dumps(r) for r in rows]
    lines.insert(2, '{"text": "broken json"')           # line 3: malformed
    lines.insert(3, '{"title": "no text"}')             # line 4: fails the schema
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")

    speed = 3600 / 0.4  # one hour of publication time per 0.4 s
    settings = make_settings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers)
    started = dt.datetime.now(dt.UTC)
    report = await replay([path], settings, speed=speed, progress=False)
    assert (report.published, report.rejected) == (4, 2)
    assert [e.outcome for e in report.entries] == [
        "published", "published", "rejected:malformed", "rejected:schema", "published", "published"]
    assert report.entries[2].origin.endswith("articles.jsonl:3")

    articles = _articles(await read_topic(fresh_broker.bootstrap_servers, ARTICLES.name, 4))
    assert [a.text for a in articles] == [r["text"] for r in rows]
    assert articles[0].url == "https://example.com/1"
    assert articles[0].published_at == t0 and articles[0].published == dt.date(2017, 6, 1)
    assert articles[2].published is None and articles[2].published_at is None
    # Paced: an article published h hours after the first is not taken before 0.4*h s into the replay;
    # the undated one goes right after its predecessor. (No upper bound: the machine may be loaded.)
    offsets = [(a.received - started).total_seconds() for a in articles]
    assert offsets[1] >= 0.4 and offsets[2] >= offsets[1] and offsets[3] >= 0.8
    assert report.elapsed_s >= 0.8

    letters = [DeadLetter.from_json_bytes(v) for _, v in
               await read_topic(fresh_broker.bootstrap_servers, dead_letter_topic("ingest"), 2)]
    assert [(d.reason, d.payload) for d in letters] == [("decode", lines[2]), ("schema", lines[3])]
    assert "articles.jsonl:4" in (letters[1].key or "")


async def test_oversized_and_non_utf8_seed_files_are_dead_lettered(tmp_path, fresh_broker, make_settings, read_topic) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "replay"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("001_*.txt")), folder / "b.txt")
    (folder / "a.txt").write_bytes(b"x" * 2_000)
    (folder / "c.txt").write_bytes("Caf\u00e9 in Latin-1".encode("latin-1"))
    settings = make_settings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers, max_article_bytes=1_500)
    report = await replay([folder], settings, progress=False)
    assert [e.outcome for e in report.entries] == ["rejected:too_large", "rejected:too_large", "rejected:malformed"]
    settings = make_settings(kafka_bootstrap_servers=fresh_broker.bootstrap_servers)
    report = await replay([folder / "b.txt"], settings, progress=False)
    assert report.published == 1
    letters = [DeadLetter.from_json_bytes(v) for _, v in
               await read_topic(fresh_broker.bootstrap_servers, dead_letter_topic("ingest"), 3)]
    assert [d.reason for d in letters] == ["too_large", "too_large", "decode"]
    assert letters[2].payload_encoding == "base64"


def test_cli_exit_codes_and_summary(fresh_broker, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert replay_main([str(SEEDS), "--no-progress", "--bootstrap-servers", fresh_broker.bootstrap_servers]) == 0
    assert "published 5, duplicates 0, rejected 0" in capsys.readouterr().err

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\nnot json\n', encoding="utf-8")
    assert replay_main([str(bad), "--no-progress", "--bootstrap-servers", fresh_broker.bootstrap_servers]) == 1
    assert "published 1, duplicates 0, rejected 1" in capsys.readouterr().err

    assert replay_main([str(tmp_path / "missing"), "--bootstrap-servers", fresh_broker.bootstrap_servers]) == 2
    assert "no such file or directory" in capsys.readouterr().err


def test_cli_missing_broker_is_one_clear_line(capsys) -> None:  # type: ignore[no-untyped-def]
    from townwatch.stack import free_port

    with pytest.raises(SystemExit) as exc:
        replay_main([str(SEEDS), "--bootstrap-servers", f"127.0.0.1:{free_port()}"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("townwatch-ingest: error: cannot reach the Kafka broker") and "\n" not in err


def test_compressed_json_lines_read_like_plain_ones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import gzip

    import zstandard

    from townwatch_ingest.replay_source import count_items, read_items

    data = b'{"text": "Rebels took the town."}\n\n{"text": ""}\n'
    plain = tmp_path / "a.jsonl"
    plain.write_bytes(data)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(data))
    (tmp_path / "c.ndjson.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    files = [plain, tmp_path / "b.jsonl.gz", tmp_path / "c.ndjson.zst"]
    assert count_items(files) == 6
    items = list(read_items(files, 10_000))
    assert [i.origin.rsplit("/", 1)[1] for i in items] == ["a.jsonl:1", "a.jsonl:3", "b.jsonl.gz:1", "b.jsonl.gz:3", "c.ndjson.zst:1", "c.ndjson.zst:3"]
    assert [i.draft is not None for i in items] == [True, False] * 3
