"""The town ledger in Redis: reads a town's state, lets the pure dedup decide, commits atomically in one Lua script.

Redis keys (all prefixed ``townwatch:{ledger}:``, the live ledger's ``PREFIX``: one hash tag, so one Redis Cluster
slot, see ``townwatch_runtime.redis_keys``; a shadow ledger, as ``townwatch reprocess`` builds, passes its own
``prefix`` under ``PREFIX`` and touches no live key)::

    town:<place key>            hash   v = version (compare-and-set), state = TownState JSON
    town:<place key>:history    list   HistoryEntry JSON, oldest first, capped at history_max_entries
    town:<place key>:reports    hash   event_id -> ControlChange JSON: the reports behind the town's state, for
                                       re-deciding it when one arrives out of canonical order (``redecision``);
                                       at most max_reports
    towns                       zset   place key -> Unix time of its last state change
    event:<event_id>            string outcome JSON {decision, alert_id, revision} (idempotency; expires)
    alert:<alert_id>            string latest revision of the Alert, JSON
    alerts:emitted              hash   alert_id -> highest revision acknowledged on alerts.v1
    alerts                      stream one entry per alert revision: alert_id, revision, alert (JSON)
    article:<article_id>:events set    "<event_id>\x1f<place key>" of every event the article brought (for revisions)

One commit (event record, state, history entry, alert record and stream entry) happens in one Lua script, only
if the town's version is still the one the decision was made on and the event was not processed before: two
workers or a redelivered message can never both win. A losing worker re-reads and decides again; if the event
was processed meanwhile (a redelivery), the ledger hands back the alert's current revision for re-emission when
it was never acknowledged on ``alerts.v1`` (a crash between commit and send), and nothing otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from redis.asyncio import Redis
from redis.exceptions import NoScriptError

from townwatch_alert.dedup import Decision, DedupPolicy, Outcome
from townwatch_alert.redecision import needs_refold, step
from townwatch_alert.settings import AlertSettings
from townwatch_alert.town import HistoryEntry, TownState
from townwatch_alert.withdrawal import withdraw
from townwatch_runtime.redis_keys import LEDGER_PREFIX
from townwatch_runtime.script_pipeline import run_pipelined
from townwatch_schemas import Alert, ArticleRevision, ControlChange

__all__ = ["ALERT_STREAM", "Ledger", "LedgerContention", "LedgerResult", "UnknownArticle", "alert_key", "article_key", "town_key"]

log = logging.getLogger(__name__)

PREFIX = LEDGER_PREFIX
ALERT_STREAM = PREFIX + "alerts"

_COMMIT = """
local done = redis.call('GET', KEYS[3])
if done then return {'done', done} end
local v = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if v ~= tonumber(ARGV[2]) then return {'conflict', tostring(v)} end
if ARGV[3] ~= '' then
  v = v + 1
  redis.call('HSET', KEYS[1], 'v', v, 'state', ARGV[3])
  redis.call('ZADD', KEYS[4], ARGV[12], ARGV[11])
end
if ARGV[14] ~= '' then
  redis.call('HSET', KEYS[7], ARGV[14], ARGV[15])
  if ARGV[3] == '' then v = v + 1; redis.call('HSET', KEYS[1], 'v', v) end
end
redis.call('RPUSH', KEYS[2], ARGV[4])
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[9]), -1)
redis.call('SET', KEYS[3], ARGV[5], 'EX', ARGV[13])
if ARGV[6] ~= '' then
  redis.call('SET', KEYS[5], ARGV[6])
  redis.call('XADD', KEYS[6], 'MAXLEN', '~', ARGV[10], '*', 'alert_id', ARGV[7], 'revision', ARGV[8], 'alert', ARGV[6])
end
return {'ok', tostring(v)}
"""

# Every town's state in one reply: a pipeline of HGETs costs the client a parse per reply (~0.3 ms each).
_STATES = """
local out = {}
for i, key in ipairs(KEYS) do out[i] = redis.call('HGET', key, 'state') or false end
return out
"""

# The newest towns' states, read inside Redis: their SHA-1 digest and, unless the caller already holds that digest, the
# states as one bulk string (one JSON per line: the stored JSON is compact, so it holds no raw newline). Sending 2,000
# keys and parsing 2,000 replies cost the Python client ~0.2 s on a loaded 2-core machine; an unchanged set costs a
# 40-byte reply. The town keys are built here from ARGV, not declared: they share the towns index's hash tag, so all
# sit in its cluster slot (tests/alert/test_cluster_keys.py runs this on a cluster node).
_NEWEST_STATES = """
local keys = redis.call('ZREVRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1)
local out = {}
for _, k in ipairs(keys) do
  local s = redis.call('HGET', ARGV[2] .. k, 'state')
  if s then out[#out + 1] = s end
end
local blob = table.concat(out, '\\n')
local digest = redis.sha1hex(blob)
if digest == ARGV[3] then return {digest} end
return {digest, blob}
"""

_MARK_EMITTED = """
local cur = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if tonumber(ARGV[2]) > cur then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) return 1 end
return 0
"""


class LedgerContention(TimeoutError):
    """The town's state kept changing under this worker; transient (the stage retries the message)."""


@dataclass(frozen=True)
class LedgerResult:
    """What the agent does with one event: send ``alert`` on alerts.v1 when set."""

    decision: Decision
    alert: Alert | None = None
    reemit: bool = False
    """True when ``alert`` is an already-committed revision re-sent after a redelivery."""
    suppression: str | None = None
    corroboration: bool = False
    """True when the report added an outlet to an existing alert."""


def town_key(place_key: str, prefix: str = PREFIX) -> str:
    return f"{prefix}town:{place_key}"


def event_key(event_id: str, prefix: str = PREFIX) -> str:
    """The idempotency record of one event (expires after ``event_record_ttl_s``)."""
    return f"{prefix}event:{event_id}"


def article_key(article_id: str, prefix: str = PREFIX) -> str:
    """The events an article brought, as "event id \\x1f place key" (a set; expires with the event records)."""
    return f"{prefix}article:{article_id}:events"


class UnknownArticle(LookupError):
    """A revision of an article whose earlier revisions the ledger never saw (or forgot): nothing to withdraw."""


def alert_key(alert_id: str, prefix: str = PREFIX) -> str:
    return f"{prefix}alert:{alert_id}"


def _marked(outcome: Outcome, marks: dict[str, bool]) -> Outcome:
    """``outcome`` with its alert revision (and the state's copy of it) marked (``backfill``, ``late``)."""
    assert outcome.alert is not None
    alert = outcome.alert.model_copy(update=marks)
    state = outcome.state.model_copy(update={"alert": alert}) if outcome.state is not None else None
    return dataclasses.replace(outcome, alert=alert, state=state)


def _text(value: bytes | str | None) -> str | None:
    return value.decode("utf-8") if isinstance(value, bytes) else value


class Ledger:
    """The town ledger on one Redis connection pool (``redis.asyncio.Redis``)."""

    def __init__(
        self,
        redis: Redis,
        policy: DedupPolicy | None = None,
        *,
        history_max_entries: int = 500,
        stream_max_len: int = 10_000,
        max_attempts: int = 50,
        event_record_ttl_s: int = 90 * 24 * 3600,
        prefix: str = PREFIX,
        max_reports: int = 50,
    ) -> None:
        if not prefix.endswith(":") or not prefix.startswith(PREFIX):
            raise ValueError(f"ledger key prefix {prefix!r}: must start with {PREFIX!r} and end with ':'")
        self.redis = redis
        self.prefix = prefix
        self.alert_stream = prefix + "alerts"
        self._towns = prefix + "towns"
        self._emitted = prefix + "alerts:emitted"
        self.policy = policy or DedupPolicy()
        self.history_max_entries = history_max_entries
        self.stream_max_len = stream_max_len
        self.max_attempts = max_attempts
        self.event_record_ttl_s = event_record_ttl_s
        self.max_reports = max_reports
        self._commit = redis.register_script(_COMMIT)
        self._mark_emitted = redis.register_script(_MARK_EMITTED)
        self._states_script = redis.register_script(_STATES)
        self._newest_script = redis.register_script(_NEWEST_STATES)

    @classmethod
    def from_settings(cls, redis: Redis, settings: AlertSettings, *, prefix: str = PREFIX) -> Ledger:
        return cls(
            redis,
            DedupPolicy(settings.dedup_window_days, settings.wire_copy_max_distance,
                        dt.timedelta(seconds=settings.future_date_skew_s)),
            history_max_entries=settings.history_max_entries,
            stream_max_len=settings.alert_stream_max_len,
            event_record_ttl_s=settings.event_record_ttl_s,
            prefix=prefix,
            max_reports=settings.town_reports_max,
        )

    # --- keys under this ledger's prefix ---------------------------------------------------------------
    def town_key(self, place_key: str) -> str:
        return town_key(place_key, self.prefix)

    def event_key(self, event_id: str) -> str:
        return event_key(event_id, self.prefix)

    def reports_key(self, place_key: str) -> str:
        return town_key(place_key, self.prefix) + ":reports"

    def article_key(self, article_id: str) -> str:
        return article_key(article_id, self.prefix)

    def alert_key(self, alert_id: str) -> str:
        return alert_key(alert_id, self.prefix)

    async def apply(self, event: ControlChange, now: dt.datetime | None = None, *, backfill: bool = False,
                    late: bool = False) -> LedgerResult:
        """Decide and commit ``event``, idempotently per ``event_id``. ``backfill``: the alert revision this
        makes is marked as raised by ``townwatch backfill`` (archive, not news). ``late``: raised by ``townwatch
        reprocess`` after the article first went through (a mark that stays on the alert's later revisions)."""
        place_key = event.place.key
        for _ in range(self.max_attempts):
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.get(self.event_key(event.event_id))
                pipe.hmget(self.town_key(place_key), "v", "state")
                # which events (and places) each article brought: a later revision withdraws those it drops
                pipe.sadd(self.article_key(event.article_id), f"{event.event_id}\x1f{place_key}")
                pipe.expire(self.article_key(event.article_id), self.event_record_ttl_s)
                pipe.hlen(self.reports_key(place_key))
                done, (version, raw_state), _, _, stored = await pipe.execute()
            if done is not None:
                return await self._replay(_text(done) or "{}")
            state = TownState.model_validate_json(raw_state) if raw_state else None
            when = now or dt.datetime.now(dt.UTC)
            outcome, store = await self._decide(state, event, when, int(stored or 0))
            if outcome.alert is not None:
                marks = {"backfill": backfill} if outcome.alert.backfill != backfill else {}
                if late and not outcome.alert.late:
                    marks["late"] = True
                if marks:
                    outcome = _marked(outcome, marks)
            status, detail = await self._commit(
                keys=[
                    self.town_key(place_key),
                    self.town_key(place_key) + ":history",
                    self.event_key(event.event_id),
                    self._towns,
                    self.alert_key(outcome.alert.alert_id) if outcome.alert else self.alert_key("-"),
                    self.alert_stream,
                    self.reports_key(place_key),
                ],
                args=self._commit_args(event.event_id, place_key, outcome, int(version or 0), when, event if store else None),
            )
            status = _text(status)
            if status == "ok":
                return LedgerResult(
                    outcome.decision,
                    outcome.alert,
                    suppression=outcome.suppression,
                    corroboration=outcome.decision is Decision.CORROBORATED,
                )
            if status == "done":
                return await self._replay(_text(detail) or "{}")
            log.debug("town %s changed under us (version %s); deciding again", place_key, _text(detail))
        raise LedgerContention(f"town {place_key}: state changed {self.max_attempts} times while deciding")

    async def _decide(self, state: TownState | None, event: ControlChange, when: dt.datetime, stored: int) -> tuple[Outcome, bool]:
        """The pure decision (``redecision.step``: the town re-decided from its stored reports when ``event`` arrives
        out of canonical order); and whether to store ``event`` with the town's reports."""
        reports = None
        if needs_refold(state, event, when, self.policy, stored):
            raw = cast(list[bytes | str], await self.redis.hvals(self.reports_key(event.place.key)))
            reports = [ControlChange.model_validate_json(r) for r in raw]
        return step(state, event, when, self.policy, stored, reports, self.max_reports)

    def _commit_args(self, record_id: str, place_key: str, outcome: Outcome, version: int, when: dt.datetime,
                     report: ControlChange | None = None) -> list[str | int | float]:
        alert = outcome.alert
        record = {"decision": outcome.decision.value, "alert_id": alert.alert_id if alert else None, "revision": alert.revision if alert else None}
        return [
            record_id,
            version,
            outcome.state.model_dump_json() if outcome.state else "",
            outcome.history.model_dump_json(),
            json.dumps(record),
            alert.model_dump_json() if alert else "",
            alert.alert_id if alert else "",
            alert.revision if alert else 0,
            self.history_max_entries,
            self.stream_max_len,
            place_key,
            when.timestamp(),
            self.event_record_ttl_s,
            report.event_id if report is not None else "",
            report.model_dump_json() if report is not None else "",
        ]

    async def withdraw_article(self, revision: ArticleRevision, now: dt.datetime | None = None) -> list[Alert]:
        """Withdraw what earlier revisions of the article reported and ``revision`` no longer does (at places it no
        longer mentions); the alert revisions to emit. Idempotent per (article, revision, place). Raises
        ``UnknownArticle`` for an article the ledger has no events of."""
        members = await self.article_events(revision.article_id)
        if not members:
            raise UnknownArticle(f"revision {revision.revision} of article {revision.article_id}: no earlier revision was seen; nothing to withdraw")
        still = set(revision.event_ids)
        places = sorted({pk for eid, pk in members if eid not in still and pk not in revision.place_keys})
        reason = revision.corrections[-1] if revision.corrections else None
        alerts: list[Alert] = []
        for place_key in places:
            alert = await self.withdraw_source(place_key, revision.article_id, revision.revision, reason, now)
            if alert is not None:
                alerts.append(alert)
        return alerts

    async def article_events(self, article_id: str) -> list[tuple[str, str]]:
        """(event id, place key) of every event the ledger took from article ``article_id``."""
        members = cast(set[bytes | str], await self.redis.smembers(self.article_key(article_id)))
        return sorted((eid, pk) for eid, _, pk in ((_text(m) or "").partition("\x1f") for m in members))

    async def withdraw_source(self, place_key: str, article_id: str, revision: int | str, reason: str | None,
                              now: dt.datetime | None = None) -> Alert | None:
        """Withdraw article ``article_id``'s sources behind the current alert at ``place_key`` (pure ``withdraw``, one Lua
        commit); the alert revision to emit, if any. Idempotent per (article, ``revision``, place): ``revision`` is the
        article's revision number, or a tag such as ``reprocess-<extractor version>``."""
        record_id = f"withdraw:{article_id}:{revision}:{place_key}"
        for _ in range(self.max_attempts):
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.get(self.event_key(record_id))
                pipe.hmget(self.town_key(place_key), "v", "state")
                done, (version, raw_state) = await pipe.execute()
            if done is not None:
                return (await self._replay(_text(done) or "{}")).alert
            state = TownState.model_validate_json(raw_state) if raw_state else None
            when = now or dt.datetime.now(dt.UTC)
            outcome = withdraw(state, article_id, revision, reason, when, self.policy)
            if outcome is None:
                return None
            assert outcome.alert is not None
            status, detail = await self._commit(
                keys=[self.town_key(place_key), self.town_key(place_key) + ":history", self.event_key(record_id), self._towns,
                      self.alert_key(outcome.alert.alert_id), self.alert_stream, self.reports_key(place_key)],
                args=self._commit_args(record_id, place_key, outcome, int(version or 0), when),
            )
            status = _text(status)
            if status == "ok":
                return outcome.alert
            if status == "done":
                return (await self._replay(_text(detail) or "{}")).alert
        raise LedgerContention(f"town {place_key}: state changed {self.max_attempts} times while withdrawing")

    async def _replay(self, record_json: str) -> LedgerResult:
        """A redelivered event: re-emit the alert's current revision if it was never acknowledged on the topic."""
        record = json.loads(record_json)
        alert_id = record.get("alert_id")
        if alert_id:
            async with self.redis.pipeline(transaction=False) as pipe:  # one round trip for both reads
                pipe.get(self.alert_key(alert_id))
                pipe.hget(self._emitted, alert_id)
                raw, emitted_raw = await pipe.execute()
            current = Alert.model_validate_json(raw) if raw else None
            emitted = int(emitted_raw or 0)
            if current is not None and emitted < current.revision:
                return LedgerResult(Decision.DUPLICATE, current, reemit=True, suppression="duplicate")
        return LedgerResult(Decision.DUPLICATE, suppression="duplicate")

    async def mark_emitted(self, alert: Alert) -> None:
        """Record that ``alert``'s revision was acknowledged on alerts.v1 (so a redelivery need not re-send it)."""
        await self._mark_emitted(keys=[self._emitted], args=[alert.alert_id, alert.revision])

    async def mark_emitted_all(self, alerts: Sequence[Alert]) -> None:
        """``mark_emitted`` for every alert of a batch, in one round trip."""
        if not alerts:
            return
        await run_pipelined(self.redis, self._mark_emitted, [([self._emitted], [a.alert_id, a.revision]) for a in alerts], NoScriptError)

    async def town(self, place_key: str) -> TownState | None:
        raw = await self.redis.hget(self.town_key(place_key), "state")
        return TownState.model_validate_json(raw) if raw else None

    async def raw_states(self, place_keys: list[str]) -> list[bytes | None]:
        """The stored state JSON of each of ``place_keys`` (None where the ledger lacks it), in one round trip."""
        if not place_keys:
            return []
        return cast(list[bytes | None], await self._states_script(keys=[self.town_key(k) for k in place_keys]))

    async def newest_raw_states(self, limit: int = 1000, known: str = "") -> tuple[str, list[bytes] | None]:
        """The stored state JSON of the ``limit`` most recently changed towns, newest first, in one round trip, with
        the SHA-1 digest of them all; the states are None when their digest is ``known`` (the caller holds them)."""
        reply = await self._newest_script(keys=[self._towns], args=[limit, self.town_key(""), known])
        digest = _text(reply[0]) or ""
        if len(reply) < 2:
            return digest, None
        raw = reply[1].encode() if isinstance(reply[1], str) else reply[1]
        return digest, raw.split(b"\n") if raw else []

    async def states(self, place_keys: list[str]) -> list[TownState]:
        """The states of ``place_keys`` in one round trip (keys the ledger lacks are left out)."""
        return [TownState.model_validate_json(raw) for raw in await self.raw_states(place_keys) if raw]

    async def history(self, place_key: str, limit: int = 100) -> list[HistoryEntry]:
        """The town's most recent ``limit`` history entries, oldest first."""
        if limit <= 0:
            return []
        raw = await self.redis.lrange(self.town_key(place_key) + ":history", -limit, -1)
        return [HistoryEntry.model_validate_json(item) for item in raw]

    async def towns(self, limit: int = 1000) -> list[str]:
        """Place keys of known towns, most recently changed first."""
        keys = cast(list[bytes | str], await self.redis.zrevrange(self._towns, 0, limit - 1))
        return [_text(k) or "" for k in keys]

    async def alert(self, alert_id: str) -> Alert | None:
        raw = await self.redis.get(self.alert_key(alert_id))
        return Alert.model_validate_json(raw) if raw else None

    async def alert_entries_before(self, before: str = "+", count: int = 100) -> list[tuple[str, Alert]]:
        """Alert revisions on the stream before stream id ``before`` (exclusive; "+" = from the newest), newest first."""
        end = before if before == "+" else f"({before}"
        entries = cast(
            list[tuple[bytes | str, dict[bytes | str, bytes | str]]],
            await self.redis.xrevrange(self.alert_stream, max=end, min="-", count=count),
        )
        return [(_text(entry_id) or "", Alert.model_validate_json(fields.get(b"alert") or fields["alert"])) for entry_id, fields in entries]

    async def alert_entries(self, after: str = "-", count: int = 100) -> list[tuple[str, Alert]]:
        """Alert revisions on the ``townwatch:{ledger}:alerts`` stream after stream id ``after`` (exclusive; "-" = from the
        start; a Unix time in milliseconds also works), oldest first."""
        start = after if after == "-" else f"({after}"
        entries = cast(
            list[tuple[bytes | str, dict[bytes | str, bytes | str]]],
            await self.redis.xrange(self.alert_stream, min=start, max="+", count=count),
        )
        return [(_text(entry_id) or "", Alert.model_validate_json(fields.get(b"alert") or fields["alert"])) for entry_id, fields in entries]
