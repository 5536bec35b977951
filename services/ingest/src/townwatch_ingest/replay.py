"""Replay: publish seed files and JSON Lines in order, keeping their publication dates, optionally paced."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from townwatch_ingest.intake import Intake, Outcome
from townwatch_ingest.metrics import IngestMetrics
from townwatch_ingest.publisher import ArticlePublisher
from townwatch_ingest.rejection import Rejection
from townwatch_ingest.replay_pacer import ReplayPacer, publication_moment
from townwatch_ingest.replay_source import count_items, expand_paths, read_items
from townwatch_ingest.seen import open_seen_store
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.topic_admin import ensure_topics

__all__ = ["ReplayEntry", "ReplayReport", "replay", "replay_with"]


@dataclass(frozen=True)
class ReplayEntry:
    origin: str
    outcome: str  # "published", "duplicate" or "rejected:<reason>"
    article_id: str | None = None
    error: str | None = None


@dataclass
class ReplayReport:
    published: int = 0
    duplicates: int = 0
    rejected: int = 0
    in_progress: int = 0
    elapsed_s: float = 0.0
    entries: list[ReplayEntry] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing was rejected."""
        return self.rejected == 0

    def summary(self) -> str:
        return (f"published {self.published}, duplicates {self.duplicates}, rejected {self.rejected}"
                f" in {self.elapsed_s:.1f}s")


async def replay_with(
    intake: Intake,
    paths: Sequence[str | Path],
    *,
    speed: float = 0.0,
    progress: bool = True,
    skip_seen: bool = False,
) -> ReplayReport:
    """Replay through an existing intake. Rejected items go to the dead-letter topic with the reason."""
    files = expand_paths(paths)
    pacer = ReplayPacer(speed)
    report = ReplayReport()
    loop = asyncio.get_running_loop()
    start = loop.time()
    bar = tqdm(total=count_items(files), unit="article", desc="replay", file=sys.stderr,
               disable=not progress, dynamic_ncols=True)
    try:
        for item in read_items(files, intake.max_article_bytes):
            if item.draft is not None:
                wait = start + pacer.due(publication_moment(item.draft)) - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                try:
                    admission = await intake.admit(item.draft, "replay", apply_seen=skip_seen)
                except Rejection as rejection:
                    await intake.dead_letter(item.draft.model_dump_json(), rejection, key=item.origin)
                    report.rejected += 1
                    report.entries.append(ReplayEntry(item.origin, f"rejected:{rejection.reason}", error=rejection.message))
                else:
                    if admission.outcome is Outcome.PUBLISHED:
                        report.published += 1
                    elif admission.outcome is Outcome.IN_PROGRESS:  # another ingest is publishing it right now
                        report.in_progress += 1
                    else:
                        report.duplicates += 1
                    report.entries.append(ReplayEntry(item.origin, admission.outcome.value, admission.article.id))
            else:
                assert item.rejection is not None
                intake.count_rejection(item.rejection)
                await intake.dead_letter(item.payload, item.rejection, key=item.origin)
                report.rejected += 1
                report.entries.append(ReplayEntry(item.origin, f"rejected:{item.rejection.reason}", error=item.rejection.message))
            bar.update(1)
    finally:
        bar.close()
        report.elapsed_s = loop.time() - start
    return report


async def replay(
    paths: Sequence[str | Path],
    settings: IngestSettings,
    *,
    speed: float = 0.0,
    progress: bool = True,
    skip_seen: bool = False,
) -> ReplayReport:
    """Replay ``paths`` to ``articles.v1`` (creating the topics first when ``kafka_create_topics``).

    By default every article is published again, even one published before: replay is explicit intent,
    and "a second replay gives no new alerts" is downstream dedup's job. ``skip_seen`` applies the
    seen-article record (Redis when ``redis_url`` is set, else only within this replay). Either way the
    replayed ids are recorded as seen, so a feed or push bringing the same article later is a duplicate."""
    expand_paths(paths)  # fail on a missing path before touching the broker
    if settings.kafka_create_topics:
        await ensure_topics(settings)
    seen = open_seen_store(settings.redis_url, settings.seen_ttl_s, settings.seen_memory_size, settings.seen_lease_s)
    began = time.perf_counter()
    try:
        async with ArticlePublisher(settings) as publisher:
            intake = Intake(publisher, seen, IngestMetrics(), max_article_bytes=settings.max_article_bytes,
                        future_skew=dt.timedelta(seconds=settings.future_date_skew_s))
            report = await replay_with(intake, paths, speed=speed, progress=progress, skip_seen=skip_seen)
    finally:
        await seen.close()
    report.elapsed_s = time.perf_counter() - began
    return report
