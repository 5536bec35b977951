"""``townwatch backfill``: the ledger built from archived articles in one batch, as the stream would build it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from townwatch.backfill.runner import BackfillConfig, run_backfill
    from townwatch.backfill.tally import Tally

__all__ = ["BackfillConfig", "Tally", "run_backfill"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the workers' fork server imports this package and needs none of the runner's
    # imports (Redis, Kafka, rich, the alert ledger).
    if name in ("BackfillConfig", "run_backfill"):
        from townwatch.backfill import runner

        return getattr(runner, name)
    if name == "Tally":
        from townwatch.backfill.tally import Tally

        return Tally
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
