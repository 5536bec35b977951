"""The faust worker every stream service runs: a SIGTERM stops it within a bounded time, even with the broker gone.

faust's graceful stop waits for the agent's current batch and for the consumer's last commit. With the broker dead
(a test run's or bench's process group SIGTERMed: the broker dies with the group, the services get SIGTERM from
their parent's death), a batch whose outputs were not acknowledged is retried for ever (a transient error) and the
commit waits for a coordinator that never comes back, so the worker ignored the SIGTERM and spun on reconnects as an
orphan (measured: extract still running 157 s after SIGTERM, alert 67 s). So a SIGTERM or SIGINT also arms a
deadline on a thread of its own, which the blocked event loop cannot hold up: when the graceful stop has not
finished after ``shutdown_timeout_s`` the process exits (code 70). Nothing is lost: offsets commit only after a
batch's outputs were acknowledged, so what was in flight is consumed again (at least once).
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from typing import Any

import faust

__all__ = ["EXIT_STOP_TIMEOUT", "Worker"]

log = logging.getLogger(__name__)

EXIT_STOP_TIMEOUT = 70
"""Exit code when the graceful stop did not finish in time (EX_SOFTWARE)."""


class Worker(faust.Worker):
    """``faust.Worker`` whose stop on a signal is bounded by ``shutdown_timeout_s``."""

    def __init__(self, app: faust.App, *, shutdown_timeout_s: float, **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        self.shutdown_timeout_s = shutdown_timeout_s
        self._deadline: threading.Timer | None = None

    def _schedule_shutdown(self, signal: signal.Signals) -> None:
        super()._schedule_shutdown(signal)
        if self._deadline is None:
            self._deadline = threading.Timer(self.shutdown_timeout_s, self._give_up, args=(signal,))
            self._deadline.daemon = True
            self._deadline.start()

    def _give_up(self, sig: signal.Signals) -> None:
        log.error("%s: the graceful stop did not finish within %.0f s (is the broker gone?); exiting",
                  sig.name, self.shutdown_timeout_s)
        for handler in logging.getLogger().handlers:
            handler.flush()
        sys.stderr.flush()
        os._exit(EXIT_STOP_TIMEOUT)
