"""The run's own first pass while its workers load the model: the articles that need no parse, answered here."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, NoReturn

from townwatch.backfill.archive import RawItem
from townwatch.backfill.worker import ItemResult, Model, _Worker

__all__ = ["Screen"]

log = logging.getLogger(__name__)


class _NoPipeline:
    """The spaCy pipeline's stand-in here: screening never parses (an article that would is left to a worker)."""

    def __call__(self, *_args: Any, **_kwargs: Any) -> NoReturn:
        raise RuntimeError("the backfill's screen parsed a text: only its workers have the spaCy pipeline")

    pipe = __call__


class Screen:
    """Most news asks for no parse (no trigger word, no denial): its result, no events, is known without the spaCy
    pipeline. The run's process answers such articles itself while the workers' model loads on the other core
    (about a second and a half, when this process would otherwise wait); every other article (a candidate, bad
    input's neighbours, a rule's bug) is left to a worker, exactly as before. The same code builds the article and
    decides (``_Worker._article``, ``Extractor.needs_parse``), so the results are the workers' own."""

    def __init__(self, max_bytes: int, since: dt.date | None) -> None:
        from townwatch.backfill.spacy_import import import_spacy

        import_spacy()  # the extractor's modules import spaCy's (not its pipeline): without its command line
        from townwatch_extract.extractor import Extractor
        from townwatch_ingest.outlets import default_catalogue

        extractor = Extractor(nlp=_NoPipeline(), calibration=None)  # type: ignore[arg-type]  # no events here: no calibration
        self._worker = _Worker(max_bytes, since, Model(extractor, default_catalogue()))

    def result(self, item: RawItem) -> ItemResult | None:
        """``item``'s result when it needs no parse (bad input, before ``--since``, no trigger or denial in it);
        None when a worker must extract it."""
        article = self._worker._article(item)
        if isinstance(article, ItemResult):
            return article
        try:
            if self._worker.extractor.needs_parse(article):
                return None
        except Exception:  # a rule's bug on this article: a worker extracts it and reports it, as without a screen
            log.debug("screening article %s failed; a worker extracts it", article.id, exc_info=True)
            return None
        return ItemResult(item.seq, item.origin)
