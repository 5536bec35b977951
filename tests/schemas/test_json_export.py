"""The committed JSON Schemas in schemas/json/ match the pydantic models."""

from __future__ import annotations

from pathlib import Path

from townwatch.schema_export import MODELS, render_schemas

JSON_DIR = Path(__file__).resolve().parents[2] / "schemas" / "json"


def test_every_model_is_exported() -> None:
    assert {f"{m.__name__}.json" for m in MODELS} == {p.name for p in JSON_DIR.glob("*.json")}


def test_exported_schemas_are_up_to_date() -> None:
    stale = [name for name, text in render_schemas().items() if (JSON_DIR / name).read_text() != text]
    assert not stale, f"schemas/json is stale for {stale}: run `make schemas`"
