"""Signal dispositions for the children a test starts and then interrupts as a user would (Ctrl-C)."""

from __future__ import annotations

import signal


def default_sigint() -> None:  # pragma: no cover - runs in the child, between fork and exec
    """``preexec_fn`` for a child the test sends SIGINT: a suite started in the background (``make test &``, nohup,
    a script's ``&``, some CI runners) has SIGINT ignored, and a child inherits that, so Python would never raise
    KeyboardInterrupt for the Ctrl-C the test sends. A user's terminal delivers it; this gives the child the default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
