"""The desk's webhook endpoint flaps (refuses with 503/500 three seconds in four) while alerts are raised: once it
is back, every alert has arrived exactly once.

It flaps for a minute (FLAP_S), with the notifier's back-off shortened (0.5 s base, 4 s cap, see
fault_pipeline.FAST_NOTIFY) so that the end of the outage is noticed within seconds. With the defaults
(12 attempts, 1 s to 300 s) the attempts span at least ~9 minutes, so a one-minute outage is well covered.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from townwatch.stack import BrokerKind

from .fault_pipeline import corpus, pipeline_run, reference

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FLAP_S = 60.0


class Flapping:
    """``status_for``: from the first request on, refuses three seconds in four (alternately 503 and 500) for
    ``seconds``, then answers 200.

    The window opens at the first request, not when the test starts: the refusals the test counts then do not depend
    on the pipeline raising its first alert within the window (on a slow enough machine it might not, and every
    POST would meet a healthy endpoint)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.start: float | None = None
        self.refused = 0

    @property
    def over(self) -> bool:
        return self.start is not None and time.monotonic() > self.start + self.seconds

    def __call__(self, _path: str) -> int:
        now = time.monotonic()
        if self.start is None:
            self.start = now
        if now < self.start + self.seconds and (now - self.start) % 4.0 < 3.0:
            self.refused += 1
            return 503 if int(now - self.start) % 2 else 500
        return 200


async def test_every_alert_arrives_exactly_once_after_the_webhook_flaps(tmp_path: Path, broker_kind: BrokerKind) -> None:
    ref = await reference(tmp_path.parent / "fault-reference", broker_kind)
    batch_a, batch_b = corpus()
    flapping = Flapping(FLAP_S)
    async with pipeline_run(tmp_path / "run", broker_kind, status_for=flapping) as run:
        drafts = batch_a + batch_b
        await run.send(drafts, rate=len(drafts) / (FLAP_S - 5))  # alerts are raised all through the flapping
        # Settle only once the flapping is over (waiting for that state, not asserting an order of events after it:
        # the pipeline may well go quiet inside the window, between two refusals).
        await run.wait_for(lambda: flapping.over, FLAP_S + 240, "the end of the flapping window")
        await run.settle(timeout=300)
        assert flapping.refused >= 5, flapping.refused  # the notifier really met the refusals and retried
        assert run.keys() == ref.all, {"lost": ref.all - run.keys(), "extra": run.keys() - ref.all}
        assert not run.redelivered_keys()
        assert all(d.signature_ok for d in run.deliveries())
