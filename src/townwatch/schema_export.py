"""Exports the JSON Schema of every wire model to ``schemas/json/`` (a test fails when they are stale)."""

from __future__ import annotations

import json
from pathlib import Path

import townwatch_schemas as s

__all__ = ["MODELS", "export_schemas", "render_schemas"]

MODELS = (s.Article, s.ArticleRevision, s.ControlChange, s.Alert, s.Notification, s.Subscription, s.DeadLetter)


def render_schemas() -> dict[str, str]:
    """File name → JSON text, deterministic."""
    return {
        f"{model.__name__}.json": json.dumps(model.model_json_schema(mode="serialization"), indent=2, sort_keys=True) + "\n"
        for model in MODELS
    }


def export_schemas(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in render_schemas().items():
        path = out / name
        path.write_text(text)
        written.append(path)
    return written
