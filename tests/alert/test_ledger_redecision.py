"""The Redis ledger re-decides a town from its stored reports when one arrives out of canonical order: the same final
state for every arrival order, on a real redis-server, through the Lua commit (issue 11, finding 2)."""

from __future__ import annotations

import itertools

from redis.asyncio import Redis

from townwatch_alert.dedup import Decision
from townwatch_alert.ledger import PREFIX, Ledger
from townwatch_alert.redecision import refold
from townwatch_schemas import Alert

from .test_redecision import NOW, POLICY, RECEIVED, _baaj, settled

EVENTS = [
    _baaj("pmf", "isis", 3, "Reuters", 1),  # the capture
    _baaj("pmf", "isis", 4, "AFP", 2),  # a corroboration a day later
    _baaj("iq-gov", None, 3, "Kurdistan 24", 3, 0.6),  # a weaker contradiction on the same date
    _baaj("isis", "pmf", 3, "Amaq", 4, kind="denial"),  # a denial
    _baaj("isis", None, 90, "Misdated", 5).model_copy(update={"article_received": RECEIVED}),  # from the future
]


async def _run(redis: Redis, run: int, events: list) -> tuple[Ledger, list[Alert]]:  # type: ignore[type-arg]
    ledger = Ledger(redis, POLICY, prefix=f"{PREFIX}test:order:{run}:")
    alerts = []
    for event in events:
        result = await ledger.apply(event, NOW)
        if result.alert is not None:
            alerts.append(result.alert)
    return ledger, alerts


async def test_every_arrival_order_ends_in_the_state_of_the_canonical_fold(redis: Redis) -> None:
    expected = settled(refold(EVENTS, NOW, POLICY).state)
    assert expected is not None and expected["contested"] and expected["controller"]["id"] == "pmf"
    place = EVENTS[0].place.key
    for run, order in enumerate(itertools.permutations(EVENTS)):
        ledger, alerts = await _run(redis, run, list(order))
        state = await ledger.town(place)
        assert settled(state) == expected, [e.event_id for e in order]
        stream = [alert for _, alert in await ledger.alert_entries(count=100)]
        assert stream == alerts  # every emitted revision went through the Lua commit onto the stream
        last: dict[str, int] = {}
        for alert in stream:  # each alert's revisions only go up
            assert alert.revision > last.get(alert.alert_id, 0)
            last[alert.alert_id] = alert.revision
        assert state is not None and state.alert == await ledger.alert(state.alert.alert_id)  # type: ignore[union-attr]
        stored = await redis.hkeys(ledger.reports_key(place))
        assert sorted(k.decode() for k in stored) == ["ev-01", "ev-02", "ev-03", "ev-04"]  # the future one is not kept
        assert len(await ledger.history(place)) == len(EVENTS)  # each report recorded once


async def test_a_late_report_that_flips_the_holder_is_committed_as_a_reversal(redis: Redis) -> None:
    iraqi, pmf = _baaj("iq-gov", None, 5, "AFP", 12), _baaj("pmf", "isis", 3, "Reuters", 11)
    ledger, alerts = await _run(redis, 999, [iraqi, pmf])
    told, flipped = alerts
    assert flipped.reverses == told.alert_id and flipped.gaining is not None and flipped.gaining.id == "pmf"
    state = await ledger.town(pmf.place.key)
    assert state is not None and state.controller is not None and state.controller.id == "pmf" and state.alert == flipped
    [_, entry] = await ledger.history(pmf.place.key)
    assert entry.decision == Decision.NEW.value and "holder iq-gov -> pmf" in (entry.note or "")
    await ledger.mark_emitted_all(alerts)
    again = await ledger.apply(pmf, NOW)  # a redelivery of the late report changes nothing
    assert again.decision is Decision.DUPLICATE and not again.reemit
