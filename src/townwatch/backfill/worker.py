"""The extraction worker processes: the spaCy model loaded once, articles built and extracted in batches."""

from __future__ import annotations

import ctypes
import datetime as dt
import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from townwatch.backfill.archive import RawItem
from townwatch.backfill.model_server import ONE_THREAD, start_model_server, worker_context

if TYPE_CHECKING:
    from collections.abc import Iterator

    from townwatch_extract.extractor import Extractor
    from townwatch_ingest.outlets import OutletCatalogue
    from townwatch_schemas import Article, ControlChange

__all__ = ["ItemResult", "Model", "extract_batch", "init_worker", "load_model", "start_pool"]

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1  # as townwatch.stack.process: not imported from there, the stack package is heavy to import


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What became of one input item: events (ControlChange JSON), or why it was skipped or refused."""

    seq: int
    origin: str
    events: list[bytes] = field(default_factory=list)
    error: str | None = None
    skipped: bool = False
    """Published before ``--since``."""


@dataclass(frozen=True, slots=True)
class Model:
    """What extracting needs loaded: the extractor (spaCy pipeline, gazetteer, actor catalogue) and the outlets."""

    extractor: Extractor
    outlets: OutletCatalogue


_model: Model | None = None


def load_model() -> Model:
    """The process's model, loaded on the first call (in the fork server: once for every worker it forks)."""
    global _model
    if _model is None:
        from townwatch_extract.extractor import Extractor
        from townwatch_extract.settings import ExtractSettings
        from townwatch_ingest.outlets import default_catalogue

        # calibrated (or not) as the extract service is, from the same setting (TOWNWATCH_CALIBRATION)
        _model = Model(Extractor(calibration=ExtractSettings().extractor_calibration()), default_catalogue())
    return _model


class _Worker:
    def __init__(self, max_bytes: int, since: dt.date | None, model: Model) -> None:
        self.extractor = model.extractor
        self.catalogue = model.outlets
        self.max_bytes = max_bytes
        self.since = since

    def one(self, item: RawItem) -> ItemResult:
        return self.many([item])[0]

    def many(self, items: list[RawItem]) -> list[ItemResult]:
        """Every item's result, in order; the articles are extracted together (one ``nlp.pipe`` a round)."""
        from townwatch_extract.errors import ExtractionError

        ready = [self._article(item) for item in items]
        articles = [article for article in ready if not isinstance(article, ItemResult)]
        extracted: Iterator[list[ControlChange] | Exception]  # a refusal (ExtractionError) is a ValueError too
        try:
            extracted = iter(self.extractor.extract_many(articles))
        except Exception:  # refusals come per article, so this is one article's fault (bad input or a
            # rule's bug): find it by extracting one at a time, as the stream does before it dead-letters that article
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
            elif isinstance(events, Exception):  # a bug a rule hit on this article: reported and skipped, not fatal
                results.append(ItemResult(item.seq, item.origin, error=f"extraction failed ({type(events).__name__}): {events}"))
            else:
                results.append(ItemResult(item.seq, item.origin, [e.to_json_bytes() for e in events]))
        return results

    def _extract_one(self, article: Article) -> list[ControlChange] | Exception:
        try:
            return self.extractor.extract(article)
        except Exception as exc:  # the caller reports it as this item's error
            if not isinstance(exc, ValueError):
                log.warning("extraction failed on article %s", article.id, exc_info=True)
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


def init_worker(max_bytes: int, since: dt.date | None) -> None:
    """Pool initializer: die with the parent; leave Ctrl-C to the parent; load the model unless the server did."""
    global _worker
    for name in ONE_THREAD:  # before numpy is imported in this process (spawned: it is not yet)
        os.environ.setdefault(name, "1")
    if sys.platform.startswith("linux"):  # SIGTERM when the parent process (the fork server, or this run) dies
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    # ... and when the run that asked for this worker dies (kill -9): a fork server's child is not the run's child,
    # and it holds the server's "alive" pipe open, so neither would ever notice on its own.
    run = multiprocessing.parent_process()
    if run is not None and run.sentinel is not None:
        threading.Thread(target=_end_with, args=(run.sentinel,), name="end-with-run", daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = _Worker(max_bytes, since, load_model())
    gc.freeze()  # as the fork server does (townwatch.backfill.preload): collections skip the model


def _end_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os.kill(os.getpid(), signal.SIGTERM)


def start_pool(workers: int, max_bytes: int, since: dt.date | None) -> tuple[ProcessPoolExecutor, Future[None]]:
    """A pool of ``workers`` extraction processes, starting (see :func:`start_model_server`), and a future done
    when the first of them is ready (the model loaded); its ``result()`` raises if the start broke. The pool is
    started on a thread of its own: starting a worker blocks until the fork server has loaded the model, and this
    process has other work meanwhile (``townwatch.backfill.screen``). Any thread may be running: the workers are
    forked from the server, not from this process."""
    start_model_server()
    pool = ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=init_worker, initargs=(max_bytes, since))
    ready: Future[None] = Future()

    def start() -> None:
        try:
            # each empty task starts one worker (while none is idle): all of them at once, not one per later batch
            started = [pool.submit(extract_batch, []) for _ in range(workers)]
            started[0].result()
        except BaseException as exc:  # reported to whoever waits for the pool
            ready.set_exception(exc)
        else:
            ready.set_result(None)

    threading.Thread(target=start, name="start-workers", daemon=True).start()
    return pool, ready


def extract_batch(items: list[RawItem]) -> list[ItemResult]:
    """Results for ``items``, in order (a bad item never fails the batch)."""
    assert _worker is not None, "init_worker was not run in this process"
    return _worker.many(items)
