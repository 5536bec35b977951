"""Reading articles for the command line: JSON Lines records and plain text files (seed format accepted)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

from townwatch_schemas import Article

__all__ = ["InputError", "article_from_json_line", "article_from_text"]

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*")


class InputError(ValueError):
    """A malformed input record."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def article_from_json_line(line: str) -> Article:
    """One JSON object with ``id``, ``text`` and optional ``title``, ``published`` (YYYY-MM-DD), ``source``, ``url``."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc}") from exc
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object")
    if not isinstance(obj.get("text"), str):
        raise InputError("missing string field 'text'")
    obj.setdefault("id", hashlib.sha256(obj["text"].encode("utf-8")).hexdigest()[:32])
    obj.setdefault("received", _now().isoformat())
    try:
        return Article.model_validate(obj)
    except ValueError as exc:
        raise InputError(str(exc).replace("\n", "; ")) from exc


def article_from_text(path: Path) -> Article:
    """A text file as an article; a leading ``date YYYY-MM-DD`` line (the seeds' format) sets ``published``."""
    raw = path.read_bytes().decode("utf-8", errors="replace")
    published = None
    m = _DATE_LINE.match(raw)
    if m:
        try:
            published = dt.date.fromisoformat(m.group(1))
        except ValueError as exc:
            raise InputError(f"{path}: bad date line: {exc}") from exc
        raw = raw[m.end() :]
    return Article(id=path.stem[:128] or "article", text=raw, published=published, received=_now())
