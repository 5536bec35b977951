"""``townwatch backfill``: the ledger built from archived articles in one batch, as the stream would build it."""

from townwatch.backfill.runner import BackfillConfig, run_backfill
from townwatch.backfill.tally import Tally

__all__ = ["BackfillConfig", "Tally", "run_backfill"]
