"""The feeds file: which RSS/Atom feeds to poll, how often, and whose they are (YAML)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

__all__ = ["FeedSpec", "FeedsFileError", "load_feeds", "parse_interval"]

_DURATION = re.compile(r"^\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>s|m|h|d)?\s*$")
_UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


class FeedsFileError(ValueError):
    """The feeds file cannot be read or does not have the expected shape."""


def parse_interval(value: object) -> float:
    """Seconds from a number or a duration string ("90", "90s", "5m", "1h")."""
    if isinstance(value, bool):
        raise ValueError("interval must be a number of seconds or a duration like '5m'")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError(f"interval {value!r} is not a duration like 300, '90s', '5m' or '1h'")
        seconds = float(match["n"]) * _UNIT_S[match["unit"]]
    if seconds <= 0:
        raise ValueError("interval must be positive")
    return seconds


class FeedSpec(BaseModel):
    """One feed: ``url``; ``interval`` (seconds, or "5m"); ``source`` (the outlet, when the feed's own
    title is not it); ``fetch_pages`` (fetch the page when entries carry only a summary)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(min_length=1)
    interval: float | None = None
    source: str | None = None
    fetch_pages: bool | None = None

    @field_validator("interval", mode="before")
    @classmethod
    def _interval(cls, value: object) -> float | None:
        return None if value is None else parse_interval(value)


def load_feeds(path: Path | None) -> list[FeedSpec]:
    """The feeds in ``path``: a YAML list, or a mapping with a ``feeds`` list. None, a missing file or
    an empty one mean no feeds."""
    if path is None or not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise FeedsFileError(f"{path}: {exc}") from None
    if isinstance(data, dict):
        data = data.get("feeds")
    if data is None:
        return []
    if not isinstance(data, list):
        raise FeedsFileError(f"{path}: expected a list of feeds (or 'feeds:' with a list)")
    specs = []
    for number, row in enumerate(data, start=1):
        if isinstance(row, str):
            row = {"url": row}
        try:
            specs.append(FeedSpec.model_validate(row))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise FeedsFileError(f"{path}: feed {number}: {where}: {err['msg']}") from None
    return specs
