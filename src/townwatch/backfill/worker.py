"""The extraction worker processes: the spaCy model loaded once, articles built and extracted in batches."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from townwatch.backfill.archive import RawItem
from townwatch.stack import die_with_parent

if TYPE_CHECKING:
    from collections.abc import Iterator

    from townwatch_schemas import Article, ControlChange

__all__ = ["ItemResult", "extract_batch", "init_worker", "start_pool"]


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What became of one input item: events (ControlChange JSON), or why it was skipped or refused."""

    seq: int
    origin: str
    events: list[bytes] = field(default_factory=list)
    error: str | None = None
    skipped: bool = False
    """Published before ``--since``."""


class _Worker:
    def __init__(self, max_bytes: int, since: dt.date | None) -> None:
        from townwatch_extract.extractor import Extractor
        from townwatch_extract.settings import ExtractSettings
        from townwatch_ingest.outlets import default_catalogue

        # calibrated (or not) as the extract service is, from the same setting (TOWNWATCH_CALIBRATION)
        self.extractor = Extractor(calibration=ExtractSettings().extractor_calibration())
        self.catalogue = default_catalogue()
        self.max_bytes = max_bytes
        self.since = since

    def one(self, item: RawItem) -> ItemResult:
        return self.many([item])[0]

    def many(self, items: list[RawItem]) -> list[ItemResult]:
        """Every item's result, in order; the articles are extracted together (one ``nlp.pipe`` a round)."""
        from townwatch_extract.errors import ExtractionError

        ready = [self._article(item) for item in items]
        articles = [article for article in ready if not isinstance(article, ItemResult)]
        extracted: Iterator[list[ControlChange] | ValueError]  # a refusal (ExtractionError) is a ValueError too
        try:
            extracted = iter(self.extractor.extract_many(articles))
        except ValueError:  # not a refusal (those come per article): find the article, as one at a time would
            extracted = iter([self._extract_one(article) for article in articles])
        results = []
        for item, article in zip(items, ready, strict=True):
            if isinstance(article, ItemResult):
                results.append(article)
                continue
            events = next(extracted)
            if isinstance(events, ExtractionError):
                results.append(ItemResult(item.seq, item.origin, error=f"refused ({events.reason}): {events}"))
            elif isinstance(events, ValueError):
                results.append(ItemResult(item.seq, item.origin, error=f"malformed: {events}"))
            else:
                results.append(ItemResult(item.seq, item.origin, [e.to_json_bytes() for e in events]))
        return results

    def _extract_one(self, article: Article) -> list[ControlChange] | ValueError:
        try:
            return self.extractor.extract(article)
        except ValueError as exc:
            return exc

    def _article(self, item: RawItem) -> Article | ItemResult:
        """The article ``item`` holds, or the result that says why there is none (bad input, before ``--since``)."""
        from townwatch_ingest.draft import build_article, parse_draft
        from townwatch_ingest.rejection import Rejection
        from townwatch_ingest.seed_format import parse_seed

        if item.error is not None:
            return ItemResult(item.seq, item.origin, error=item.error)
        try:
            draft = parse_seed(item.payload.decode("utf-8")) if item.seed else parse_draft(item.payload, self.max_bytes)
            published = draft.published or (draft.published_at.date() if draft.published_at else None)
            if self.since is not None and published is not None and published < self.since:
                return ItemResult(item.seq, item.origin, skipped=True)
            return build_article(draft, received=dt.datetime.now(dt.UTC), max_bytes=self.max_bytes, catalogue=self.catalogue)
        except Rejection as exc:
            return ItemResult(item.seq, item.origin, error=f"{exc.reason}: {exc.message}")
        except UnicodeDecodeError as exc:
            return ItemResult(item.seq, item.origin, error=f"malformed: not UTF-8 text: {exc}")
        except ValueError as exc:  # a seed file's impossible date marker, an empty seed body
            return ItemResult(item.seq, item.origin, error=f"malformed: {exc}")


_worker: _Worker | None = None


# One BLAS/OpenMP thread per worker: the workers are the parallelism (one per core); a BLAS pool of its own in
# each would oversubscribe the cores (on 2 cores, 2 workers ran slower than 1 before this).
_ONE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def init_worker(max_bytes: int, since: dt.date | None) -> None:
    """Pool initializer: die with the parent; leave Ctrl-C to the parent; load the model unless it came with the fork."""
    global _worker
    for name in _ONE_THREAD:  # before numpy is imported in this process (spawned: it is not yet)
        os.environ.setdefault(name, "1")
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _worker is None or (_worker.max_bytes, _worker.since) != (max_bytes, since):
        _worker = _Worker(max_bytes, since)


def start_pool(workers: int, max_bytes: int, since: dt.date | None) -> ProcessPoolExecutor:
    """A pool of ``workers`` extraction processes, every one started and ready to extract.

    On Linux the model is loaded once, here, and the workers are forked from this process with it (copy-on-write):
    none pays the start-up again (importing spaCy, the CLI's modules and the model took about as long as extracting
    the whole bench corpus on two cores). That needs a process with no other thread at the fork, so the pool is
    started before any (the progress bar's); elsewhere, or if a thread runs, each worker is spawned and loads its own.
    """
    global _worker
    fork = sys.platform.startswith("linux") and threading.active_count() == 1
    if fork:
        for name in _ONE_THREAD:
            os.environ.setdefault(name, "1")
        if _worker is None or (_worker.max_bytes, _worker.since) != (max_bytes, since):
            _worker = _Worker(max_bytes, since)
        sys.stdout.flush()  # a child must not inherit (and later write) the parent's unwritten output
        sys.stderr.flush()
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker, initargs=(max_bytes, since))
    # The first task starts every process (a fork pool launches them all before its manager thread); wait for one
    # of them so a broken start fails here.
    pool.submit(extract_batch, []).result()
    return pool


def extract_batch(items: list[RawItem]) -> list[ItemResult]:
    """Results for ``items``, in order (a bad item never fails the batch)."""
    assert _worker is not None, "init_worker was not run in this process"
    return _worker.many(items)
