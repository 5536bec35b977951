"""The reprocess run: re-read the window of articles.v1 with the current extractor into a shadow ledger, print its
differences from the live ledger, and with ``apply`` raise the missing alerts (``late``) and withdraw the alerts whose
evidence is gone, publishing each revision on alerts.v1 so the notifier tells the desks (once: the delivery log)."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from aiokafka.errors import KafkaError
from pydantic import ValidationError
from redis.asyncio import Redis
from redis.exceptions import RedisError
from rich.console import Console

from townwatch.backfill.applier import Applier
from townwatch.backfill.publisher import AlertPublisher
from townwatch.backfill.tally import Tally
from townwatch.reprocess.diff import Difference, diff
from townwatch.reprocess.document import document, error_document
from townwatch.reprocess.reader import check_retention, read_window
from townwatch.reprocess.shadow import ShadowLedger
from townwatch.reprocess.window import BadWindow, BeyondRetention, NoTopic, Window
from townwatch_alert.ledger import Ledger, LedgerResult
from townwatch_alert.settings import AlertSettings
from townwatch_schemas import Alert, Article, ControlChange

__all__ = ["EXIT_USAGE", "ArticleExtractor", "ReprocessConfig", "ReprocessReport", "reprocess", "run_reprocess"]

EXIT_USAGE = 2
_EXPIRE_EVERY = 500
_SAY_EVERY_S = 15.0


class ArticleExtractor(Protocol):
    def extract(self, article: Article) -> list[ControlChange]: ...


@dataclass(frozen=True)
class ReprocessConfig:
    since: dt.date
    until: dt.date | None = None
    apply: bool = False
    idle_s: float = 2.0
    """A partition is read to its end when nothing arrives for this long."""
    shadow_ttl_s: int = 3600


@dataclass
class ReprocessReport:
    window: str = ""
    records: int = 0
    articles: int = 0
    malformed: int = 0
    refused: int = 0
    events: int = 0
    read_s: float = 0.0
    """Reading and extracting the window."""
    diff_s: float = 0.0
    """Building the shadow ledger, reading the live one and diffing (the shadow's own share: ``shadow.apply_s``)."""
    shadow: Tally = field(default_factory=Tally)
    difference: Difference = field(default_factory=Difference)
    raised: list[tuple[str, LedgerResult]] = field(default_factory=list)
    """(event id, the live ledger's result) for each event of a missing alert, with ``apply``."""
    withdrawn: list[Alert] = field(default_factory=list)
    """Live alert revisions written by withdrawing sources, with ``apply``."""
    seeded: int = 0
    """Towns whose shadow started from the live state as of the window's start (``ShadowLedger.seed``)."""
    unseeded: int = 0
    """Towns the live ledger wrote during the window: their shadow started empty."""

    @property
    def rate(self) -> float:
        return self.records / self.read_s if self.read_s > 0 else 0.0


def _actor(alert: Alert) -> str:
    gaining = alert.gaining.name if alert.gaining else "?"
    losing = alert.losing.name if alert.losing else "?"
    place = alert.place
    also = f"{place.canonical_name}, " if place.canonical_name != place.name else ""
    return f"{place.name} ({also}{place.key}): {losing} -> {gaining}"


def _print_difference(report: ReprocessReport, console: Console) -> None:
    found = report.difference
    console.print(f"alerts that would be raised: {len(found.missing)}", highlight=False)
    for m in found.missing:
        a = m.alert
        outlets = ", ".join(dict.fromkeys(s.outlet for s in a.sources))
        console.print(f"  + {_actor(a)}, {a.event_date or a.first_reported.date()}, confidence {a.confidence:.2f}, "
                      f"{a.independent_outlets} outlet(s): {outlets}", highlight=False)
        if a.sources:
            console.print(f'    "{a.sources[0].evidence.sentence[:200]}"', highlight=False)
    console.print(f"alerts whose evidence is gone: {len(found.gone)}", highlight=False)
    for g in found.gone:
        what = "only evidence gone: would be WITHDRAWN" if g.only_evidence else "some sources gone: the alert stands on the others"
        console.print(f"  - {g.alert.alert_id} {_actor(g.alert)}: {what}; no longer found in article(s) {', '.join(g.articles)}",
                      highlight=False)


async def _read(config: ReprocessConfig, window: Window, settings: AlertSettings, extractor: ArticleExtractor,
                report: ReprocessReport, console: Console) -> tuple[dict[str, list[ControlChange]], list[ControlChange]]:
    """Extract the latest revision of every article in the window; (events per article id, all events in arrival order)."""
    from townwatch_extract.errors import ExtractionError

    latest: dict[str, tuple[int, tuple[int, int, int], list[ControlChange]]] = {}
    began = last_said = time.monotonic()
    async for record in read_window(settings.kafka_client_kwargs(), window, idle_s=config.idle_s):
        report.records += 1
        if time.monotonic() - last_said >= _SAY_EVERY_S:
            last_said = time.monotonic()
            console.print(f"... {report.records:,} records read ({report.records / (last_said - began):,.0f}/s), "
                          f"{sum(len(e) for _r, _p, e in latest.values()):,} events so far", highlight=False)
        try:
            article = Article.model_validate_json(record.value)
        except ValidationError as exc:
            report.malformed += 1
            console.print(f"articles.v1[{record.partition}]@{record.offset}: malformed, skipped "
                          f"({exc.error_count()} error(s); the stream dead-lettered it too)", highlight=False)
            continue
        seen = latest.get(article.id)
        if seen is not None and seen[0] > article.revision:
            continue
        try:
            events = await asyncio.to_thread(extractor.extract, article)
        except ExtractionError as exc:
            report.refused += 1
            console.print(f"articles.v1[{record.partition}]@{record.offset}: article {article.id} refused ({exc.reason}): {exc}",
                          highlight=False)
            continue
        latest[article.id] = (article.revision, (record.timestamp_ms, record.partition, record.offset), events)
    report.read_s = time.monotonic() - began
    report.articles = len(latest)
    found = {article_id: events for article_id, (_rev, _pos, events) in latest.items()}
    ordered = [e for _rev, _pos, events in sorted(latest.values(), key=lambda item: item[1]) for e in events]
    report.events = len(ordered)
    return found, ordered


async def _live_alerts(live: Ledger, place_keys: set[str]) -> tuple[list[Alert], set[str]]:
    """Every alert the live ledger holds at ``place_keys`` (latest revisions), and the ids of the current ones."""
    alerts: list[Alert] = []
    current: set[str] = set()
    for place_key in sorted(place_keys):
        state = await live.town(place_key)
        ids = {h.alert_id for h in await live.history(place_key, limit=100_000) if h.alert_id}
        if state is not None and state.alert is not None:
            ids.add(state.alert.alert_id)
            current.add(state.alert.alert_id)
        alerts.extend(a for a in [await live.alert(i) for i in sorted(ids)] if a is not None)
    return alerts, current


async def _apply(report: ReprocessReport, live: Ledger, settings: AlertSettings, console: Console) -> None:
    """Withdraw what is gone, then raise what is missing (a corrected gainer at the same place is then a new change,
    not a reversal of the wrong one); every revision goes on alerts.v1 and is marked emitted."""
    from townwatch_extract.extractor import EXTRACTOR_VERSION

    tag = f"reprocess-{EXTRACTOR_VERSION}"
    reason = f"Reprocessing with the current extractor ({EXTRACTOR_VERSION}) no longer finds this report in the article."
    async with AlertPublisher(settings, live, client_id="townwatch-reprocess") as publisher:
        for gone in report.difference.gone:
            for article_id in gone.articles:
                alert = await live.withdraw_source(gone.alert.place.key, article_id, tag, reason)
                if alert is not None:
                    await publisher.publish(alert)
                    report.withdrawn.append(alert)
                    console.print(f"{'withdrawn' if alert.withdrawn else 'source withdrawn'}: {alert.alert_id} r{alert.revision} "
                                  f"({article_id})", highlight=False)
        for missing in report.difference.missing:
            for event in missing.events:
                result = await live.apply(event, late=True)
                report.raised.append((event.event_id, result))
                if result.alert is not None:
                    await publisher.publish(result.alert)
                console.print(f"{result.decision.value}: {event.place.canonical_name} event {event.event_id}"
                              + (f" -> {result.alert.alert_id} r{result.alert.revision} (late)" if result.alert else ""),
                              highlight=False)


async def reprocess(config: ReprocessConfig, settings: AlertSettings, extractor: ArticleExtractor | None,
                    console: Console, now: dt.datetime | None = None) -> ReprocessReport:
    """One run. Raises BadWindow, BeyondRetention, NoTopic, KafkaError, RedisError, OSError before changing anything.
    ``extractor`` None: the extract service's own, built once Redis and Kafka answered (loading it takes a while)."""
    window = Window(config.since, config.until, now or dt.datetime.now(dt.UTC))
    report = ReprocessReport(window=window.describe())
    redis = Redis.from_url(settings.redis_url_value())
    try:
        await redis.ping()
        await check_retention(settings.kafka_client_kwargs(), window, idle_s=config.idle_s)
        if extractor is None:
            extractor = await asyncio.to_thread(_current_extractor)
        found, ordered = await _read(config, window, settings, extractor, report, console)
        live = Ledger.from_settings(redis, settings)
        shadow = ShadowLedger(redis, settings, ttl_s=config.shadow_ttl_s)
        began = time.monotonic()
        try:
            start = dt.datetime.fromtimestamp(window.start_ms / 1000, dt.UTC)
            report.seeded, report.unseeded = await shadow.seed(live, {e.place.key for e in ordered}, start)
            applier = Applier(shadow.ledger, report.shadow, backfill=False)
            for i, event in enumerate(ordered):
                await applier.apply(event, now=event.article_received)
                if i % _EXPIRE_EVERY == 0:
                    await shadow.expire()
            await shadow.expire()
            report.shadow.apply_s = time.monotonic() - began
            shadow_alerts = await shadow.alerts()
            places = {a.place.key for a in shadow_alerts}
            for article_id in found:
                places.update(pk for _eid, pk in await live.article_events(article_id))
            live_alerts, current = await _live_alerts(live, places)
            report.difference = diff(live_alerts, current, shadow_alerts, found, live.policy.window)
        finally:
            await shadow.drop()
            report.diff_s = time.monotonic() - began
        console.print(f"reprocessed articles.v1 {report.window}: {report.records:,} records, {report.articles:,} articles "
                      f"({report.malformed} malformed, {report.refused} refused), {report.events:,} events, "
                      f"{report.shadow.alerts} shadow alerts; read and extracted in {report.read_s:.1f} s "
                      f"({report.rate:,.0f} records/s)", highlight=False)
        console.print(f"shadow ledger: {report.seeded} town(s) started from the live state as of --since"
                      + (f", {report.unseeded} written by the live ledger since then started empty (what is listed there, "
                         "--apply lets the live ledger decide)" if report.unseeded else ""), highlight=False)
        _print_difference(report, console)
        if config.apply and report.difference:
            await _apply(report, live, settings, console)
        elif report.difference:
            console.print("dry run: nothing changed (--apply raises the missing alerts, marked late, and withdraws the others)",
                          highlight=False)
        else:
            console.print("no differences: the live ledger agrees with the current extractor on this window", highlight=False)
        return report
    finally:
        await redis.aclose()


def run_reprocess(config: ReprocessConfig, settings: AlertSettings, console: Console,
                  extractor: ArticleExtractor | None = None, json_out: TextIO | None = None) -> int:
    """The command: exit 0, or 2 with one line (bad window, beyond retention, Redis or Kafka unreachable).
    ``json_out``: also write the report there as one JSON document (``--json``; the console then goes to stderr)."""
    try:
        report = asyncio.run(reprocess(config, settings, extractor, console))
    except (BadWindow, BeyondRetention, NoTopic) as exc:
        return _refused(f"townwatch reprocess: {exc}; nothing changed", console, json_out)
    except (OSError, RedisError, KafkaError) as exc:
        return _refused(f"townwatch reprocess: cannot reach Redis or Kafka: {type(exc).__name__}: {exc}; nothing changed",
                        console, json_out)
    except KeyboardInterrupt:
        console.print("interrupted: nothing applied (the shadow ledger's keys expire)", highlight=False)
        return 130
    if json_out is not None:
        json_out.write(json.dumps(document(report, applied=config.apply), ensure_ascii=False) + "\n")
    return 0


def _refused(message: str, console: Console, json_out: TextIO | None) -> int:
    console.print(message, highlight=False)
    if json_out is not None:
        json_out.write(json.dumps(error_document(message), ensure_ascii=False) + "\n")
    return EXIT_USAGE


def _current_extractor() -> ArticleExtractor:
    """The extractor as the extract service builds it (its settings: the budget, muted places)."""
    from townwatch_extract.budget import BudgetedExtractor
    from townwatch_extract.extractor import Extractor
    from townwatch_extract.settings import ExtractSettings

    settings = ExtractSettings()
    return BudgetedExtractor(Extractor(muted_places=frozenset(settings.muted_places), calibration=settings.extractor_calibration(), classifier=settings.extractor_classifier(), classifier_model=settings.classifier_model), settings.budget())
