"""Replay input: seed-format text files and JSON Lines (plain, ``.gz`` or ``.zst``), read in order (files by name, lines as written)."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import zstandard
from pydantic import ValidationError

from townwatch_ingest.draft import ArticleDraft, parse_draft
from townwatch_ingest.rejection import Rejection
from townwatch_ingest.seed_format import parse_seed

__all__ = ["COMPRESSED_SUFFIXES", "JSONL_SUFFIXES", "ReplayItem", "count_items", "expand_paths", "is_jsonl", "open_lines", "read_items"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
COMPRESSED_SUFFIXES = (".gz", ".zst")


@dataclass(frozen=True)
class ReplayItem:
    """One replayed article, or the reason it cannot be one (with the raw payload, for the dead letter)."""

    origin: str  # "path" or "path:line"
    draft: ArticleDraft | None = None
    rejection: Rejection | None = None
    payload: bytes | str | None = None


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files in argument order; a directory contributes its non-hidden files sorted by name (not recursive).
    Raises ``FileNotFoundError`` for a path that does not exist."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted((p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")),
                            key=lambda p: p.name)
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"no such file or directory: {path}")
    return files


def is_jsonl(path: Path) -> bool:
    """JSON Lines by name: ``.jsonl``/``.ndjson``, optionally followed by ``.gz`` or ``.zst``."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes.pop()
    return bool(suffixes) and suffixes[-1] in JSONL_SUFFIXES


def open_lines(path: Path) -> io.BufferedIOBase:
    """``path`` opened for binary line reading, decompressed on the fly when it ends in ``.gz`` or ``.zst``."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return gzip.open(path, "rb")
    if suffix == ".zst":
        raw = path.open("rb")
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, closefd=True))
    return path.open("rb")


def count_items(files: list[Path]) -> int:
    """How many items ``read_items`` will yield (non-blank JSONL lines count one each)."""
    total = 0
    for path in files:
        if is_jsonl(path):
            with open_lines(path) as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


def _seed_item(path: Path, max_bytes: int) -> ReplayItem:
    origin = str(path)
    size = path.stat().st_size
    if size > max_bytes:
        note = f"{path} ({size} bytes) not read"
        return ReplayItem(origin, rejection=Rejection("too_large", f"{size} bytes; the limit is {max_bytes}", 413), payload=note)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ReplayItem(origin, rejection=Rejection("malformed", f"not UTF-8 text: {exc}"), payload=raw)
    try:
        return ReplayItem(origin, draft=parse_seed(text))
    except ValidationError as exc:
        return ReplayItem(origin, rejection=Rejection("schema", f"seed file: {exc.errors()[0]['msg']}", 422), payload=raw)
    except ValueError as exc:
        return ReplayItem(origin, rejection=Rejection("malformed", str(exc)), payload=raw)


def _jsonl_items(path: Path, max_bytes: int) -> Iterator[ReplayItem]:
    with open_lines(path) as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            if len(line) > max_bytes:
                rejection = Rejection("too_large", f"line is {len(line)} bytes; the limit is {max_bytes}", 413)
                yield ReplayItem(origin, rejection=rejection, payload=f"{origin} ({len(line)} bytes) not kept")
                continue
            try:
                yield ReplayItem(origin, draft=parse_draft(line, max_bytes))
            except Rejection as rejection:
                yield ReplayItem(origin, rejection=rejection, payload=line.rstrip(b"\r\n"))


def read_items(files: list[Path], max_bytes: int) -> Iterator[ReplayItem]:
    """Every item of ``files``, in order; never raises for bad content (the item carries the rejection)."""
    for path in files:
        if is_jsonl(path):
            yield from _jsonl_items(path, max_bytes)
        else:
            yield _seed_item(path, max_bytes)
