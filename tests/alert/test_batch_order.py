"""A batch of ControlChanges: each town's events applied in order, towns side by side, a failure holds its town back."""

from __future__ import annotations

import asyncio

from townwatch_alert.agents import apply_in_town_order
from townwatch_alert.dedup import Decision
from townwatch_alert.ledger import LedgerResult
from townwatch_runtime.stage import is_transient


class FakeLedger:
    """Records the order of ``apply`` calls; yields to the loop inside each so that towns interleave."""

    def __init__(self, fail: dict[str, Exception] | None = None) -> None:
        self.applied: list[str] = []
        self.in_flight = self.max_in_flight = 0
        self.fail = fail or {}

    async def apply(self, event):  # type: ignore[no-untyped-def]
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        await asyncio.sleep(0)
        self.in_flight -= 1
        if event.event_id in self.fail:
            raise self.fail[event.event_id]
        self.applied.append(event.event_id)
        return LedgerResult(Decision.NEW)


async def test_each_towns_events_keep_their_order_and_towns_overlap(cc) -> None:  # type: ignore[no-untyped-def]
    events = [cc.change("baaj", event_id="b1"), cc.change("hawija", event_id="h1"), cc.change("baaj", event_id="b2"),
              cc.change("hatra", event_id="t1"), cc.change("baaj", event_id="b3"), cc.change("hawija", event_id="h2")]
    ledger = FakeLedger()
    outcomes = await apply_in_town_order(ledger, events)  # type: ignore[arg-type]
    assert all(isinstance(o, LedgerResult) for o in outcomes) and len(outcomes) == 6
    assert [e for e in ledger.applied if e.startswith("b")] == ["b1", "b2", "b3"]
    assert [e for e in ledger.applied if e.startswith("h")] == ["h1", "h2"]
    assert ledger.max_in_flight == 3  # one apply per town at a time, the three towns at once


async def test_after_a_failure_the_towns_later_events_wait_for_a_retry(cc) -> None:  # type: ignore[no-untyped-def]
    events = [cc.change("baaj", event_id="b1"), cc.change("baaj", event_id="b2"), cc.change("baaj", event_id="b3"),
              cc.change("hawija", event_id="h1")]
    ledger = FakeLedger(fail={"b2": ValueError("bad state")})
    outcomes = await apply_in_town_order(ledger, events)  # type: ignore[arg-type]
    assert ledger.applied == ["b1", "h1"] or ledger.applied == ["h1", "b1"]
    assert isinstance(outcomes[0], LedgerResult) and isinstance(outcomes[3], LedgerResult)
    assert isinstance(outcomes[1], ValueError) and not is_transient(outcomes[1])
    assert isinstance(outcomes[2], Exception) and is_transient(outcomes[2])  # b3 is retried after b2 is dealt with
