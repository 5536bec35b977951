"""The archive reader: every input item (a JSON line, plain or compressed, or a seed file) with its position."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import zstandard

from townwatch_ingest.replay_source import is_jsonl, open_lines

__all__ = ["RawItem", "raw_items"]


@dataclass(frozen=True, slots=True)
class RawItem:
    """One input item, not parsed yet (the workers parse). ``error``: it could not even be read."""

    seq: int
    """Position in the whole input, from 0: the checkpoint counts items done in this order."""
    origin: str
    """``path:line`` for a JSON line, ``path`` for a seed file."""
    payload: bytes = b""
    seed: bool = False
    error: str | None = None


_READ_ERRORS = (OSError, EOFError, zlib.error, zstandard.ZstdError)


def _jsonl(path: Path, seq: int) -> Iterator[RawItem]:
    number = 0
    try:
        with open_lines(path) as fh:
            for number, line in enumerate(fh, start=1):
                if line.strip():
                    yield RawItem(seq, f"{path}:{number}", line)
                    seq += 1
    except _READ_ERRORS as exc:
        # A truncated or corrupt archive: report where reading stopped; the lines before it were kept.
        yield RawItem(seq, f"{path}:{number + 1}", error=f"unreadable from here on ({type(exc).__name__}: {exc})")


def raw_items(files: list[Path]) -> Iterator[RawItem]:
    """Every item of ``files`` in order (files as given, lines as written); never raises for bad content."""
    seq = 0
    for path in files:
        if is_jsonl(path):
            for item in _jsonl(path, seq):
                seq = item.seq + 1
                yield item
        else:
            try:
                item = RawItem(seq, str(path), path.read_bytes(), seed=True)
            except OSError as exc:
                item = RawItem(seq, str(path), error=f"unreadable ({exc})")
            seq += 1
            yield item
