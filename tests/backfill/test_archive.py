"""The archive reader: JSON Lines plain, gzip and zstd; seed files; positions; a corrupt archive reported."""

from __future__ import annotations

import gzip
from pathlib import Path

import zstandard

from townwatch.backfill.archive import raw_items

LINES = [b'{"text": "one"}\n', b"\n", b'{"text": "two"}\n', b"not json\n"]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_plain_gzip_and_zstd_lines_with_positions(tmp_path: Path) -> None:
    data = b"".join(LINES)
    files = [
        _write(tmp_path / "a.jsonl", data),
        _write(tmp_path / "b.jsonl.gz", gzip.compress(data)),
        _write(tmp_path / "c.ndjson.zst", zstandard.ZstdCompressor().compress(data)),
        _write(tmp_path / "seed.txt", b"date 2017-10-05 Iraqi forces captured Hawija."),
    ]
    items = list(raw_items(files))
    assert [i.seq for i in items] == list(range(10))
    assert [i.origin for i in items[:3]] == [f"{files[0]}:1", f"{files[0]}:3", f"{files[0]}:4"]
    assert [i.payload for i in items[3:6]] == [LINES[0], LINES[2], LINES[3]]
    assert items[8].origin == f"{files[2]}:4" and items[8].payload == b"not json\n"
    assert items[9].seed and items[9].origin == str(files[3])
    assert all(i.error is None for i in items)


def test_truncated_gzip_is_reported_where_reading_stopped(tmp_path: Path) -> None:
    data = b"".join(b'{"text": "line %d"}\n' % n for n in range(5000))
    packed = gzip.compress(data)
    broken = _write(tmp_path / "broken.jsonl.gz", packed[: len(packed) // 2])
    after = _write(tmp_path / "after.jsonl", b'{"text": "still read"}\n')
    items = list(raw_items([broken, after]))
    errors = [i for i in items if i.error]
    assert len(errors) == 1 and errors[0].origin.startswith(f"{broken}:")
    line = int(errors[0].origin.rsplit(":", 1)[1])
    assert 1 < line <= 5000 and line == len(items) - 1  # every line before the damage was kept
    assert items[-1].origin == f"{after}:1" and items[-1].error is None
