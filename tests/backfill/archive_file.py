"""A bench-corpus archive file for the backfill tests (JSON Lines, gzipped when the name ends in .gz)."""

from __future__ import annotations

import gzip
from pathlib import Path

from bench.corpus import generate

__all__ = ["archive_file"]


def archive_file(path: Path, count: int, bad: dict[int, bytes] | None = None) -> Path:
    """``count`` bench-corpus articles, with ``bad`` lines inserted at the given 0-based positions."""
    lines = [item.json_line().encode() + b"\n" for item in generate(count)]
    for at, line in sorted((bad or {}).items()):
        lines.insert(at, line)
    data = b"".join(lines)
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path
