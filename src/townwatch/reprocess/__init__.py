"""``townwatch reprocess``: re-read a window of articles.v1 with the current extractor into a shadow ledger and
show (or, with ``--apply``, fix) how the live ledger differs."""

from townwatch.reprocess.runner import ReprocessConfig, ReprocessReport, reprocess, run_reprocess

__all__ = ["ReprocessConfig", "ReprocessReport", "reprocess", "run_reprocess"]
