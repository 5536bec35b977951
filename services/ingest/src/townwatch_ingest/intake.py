"""The intake: the one door every article passes (feeds, push, replay): build, deduplicate, publish, count."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from townwatch_ingest.draft import FUTURE_SKEW, ArticleDraft, build_article
from townwatch_ingest.identity import article_id, canonical_url
from townwatch_ingest.metrics import IngestMetrics
from townwatch_ingest.outlets import OutletCatalogue, default_catalogue
from townwatch_ingest.rejection import Rejection
from townwatch_ingest.seen import SeenStore, text_digest
from townwatch_runtime.dead_letter import DeadLetterSink, make_dead_letter
from townwatch_schemas import Article, Stage

__all__ = ["Admission", "Intake", "Outcome", "Publisher"]


class Publisher(Protocol):
    async def publish(self, article: Article) -> None: ...
    async def publish_many(self, articles: Sequence[Article]) -> list[BaseException | None]: ...
    async def send(self, topic: str, key: bytes | None, value: bytes) -> None: ...


class Outcome(StrEnum):
    PUBLISHED = "published"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Admission:
    outcome: Outcome
    article: Article


# A rejection's reason, in the shared failure vocabulary of dead letters and townwatch_items_failed_total.
_DEAD_LETTER_REASON = {"malformed": "decode", "schema": "schema", "too_large": "too_large",
                       "content_type": "content_type", "unsafe_url": "other"}


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Intake:
    """Turns drafts into published articles. ``apply_seen=False`` (replay's default) publishes even an
    article the seen record already has; downstream dedup makes that harmless."""

    def __init__(
        self,
        publisher: Publisher,
        seen: SeenStore,
        metrics: IngestMetrics,
        *,
        max_article_bytes: int,
        catalogue: OutletCatalogue | None = None,
        clock: Callable[[], dt.datetime] = _utcnow,
        future_skew: dt.timedelta = FUTURE_SKEW,
    ) -> None:
        self.publisher, self.seen, self.metrics = publisher, seen, metrics
        self.max_article_bytes = max_article_bytes
        self.catalogue = catalogue or default_catalogue()
        self._clock = clock
        self.future_skew = future_skew
        self._dead = DeadLetterSink(Stage.INGEST, publisher.send, metrics.dead_letter)

    def build(self, draft: ArticleDraft, received: dt.datetime | None = None) -> Article:
        """The article for ``draft``; a ``Rejection`` is counted and re-raised."""
        try:
            return build_article(draft, received=received or self._clock(),
                                 max_bytes=self.max_article_bytes, catalogue=self.catalogue, future_skew=self.future_skew)
        except Rejection as rejection:
            self.metrics.rejected(rejection.reason)
            raise

    async def admit(self, draft: ArticleDraft, source_kind: str, *, apply_seen: bool = True) -> Admission:
        """Build and publish ``draft`` unless already seen. Raises ``Rejection`` (counted) for a bad draft;
        a broker error propagates after the seen claim is released, so a retry is not taken for a duplicate."""
        received = self._clock()  # the end-to-end latency clock starts on arrival
        with self.metrics.stage.timed():
            article = self.build(draft, received)
            # A changed text at a known id (same canonical URL) is the next revision of the same article.
            revision, claimed = await self.seen.claim_text(article.id, text_digest(article.title, article.text))
            article = article.model_copy(update={"revision": revision})
            if apply_seen and not claimed:
                self.metrics.duplicate(source_kind)
                return Admission(Outcome.DUPLICATE, article)
            try:
                await self.publisher.publish(article)
            except BaseException:
                if claimed:
                    await self.seen.release_text(article.id, revision)
                raise
            self.metrics.published(source_kind)
            return Admission(Outcome.PUBLISHED, article)

    async def admit_many(
        self, drafts: Sequence[ArticleDraft], source_kind: str, *, apply_seen: bool = True
    ) -> list[Admission | Rejection | BaseException]:
        """``admit`` for a batch, in order, with one Redis round trip for the claims and the articles sent together.
        Per draft: an ``Admission``, a ``Rejection`` (counted), or, from the first draft whose publish failed on,
        an error: that draft and every one after it is not taken (claims released), as if admitted one by one."""
        received = self._clock()  # the end-to-end latency clock starts on arrival
        start = time.perf_counter()
        self.metrics.stage.items_in.inc(len(drafts))
        outcomes: list[Admission | Rejection | BaseException | None] = [None] * len(drafts)
        built: list[tuple[int, Article]] = []
        for i, draft in enumerate(drafts):
            try:
                built.append((i, self.build(draft, received)))
            except Rejection as rejection:
                outcomes[i] = rejection
        claims = await self.seen.claim_texts([(a.id, text_digest(a.title, a.text)) for _, a in built])
        sending: list[tuple[int, Article, bool]] = []
        for (i, article), (revision, claimed) in zip(built, claims, strict=True):
            article = article.model_copy(update={"revision": revision})
            if apply_seen and not claimed:
                outcomes[i] = Admission(Outcome.DUPLICATE, article)
            else:
                sending.append((i, article, claimed))
        errors = await self.publisher.publish_many([a for _, a, _ in sending])
        failed_at = next((i for (i, _, _), error in zip(sending, errors, strict=True) if error is not None), len(drafts))
        first_error = next((e for e in errors if e is not None), None)
        for (i, article, claimed), _error in reversed(list(zip(sending, errors, strict=True))):  # newest claim first
            if i < failed_at:
                outcomes[i] = Admission(Outcome.PUBLISHED, article)
            elif claimed:
                await self.seen.release_text(article.id, article.revision)
        result: list[Admission | Rejection | BaseException] = []
        for i, outcome in enumerate(outcomes):
            if i >= failed_at:
                assert first_error is not None
                result.append(first_error)
                continue
            assert outcome is not None
            if isinstance(outcome, Admission):
                (self.metrics.published if outcome.outcome is Outcome.PUBLISHED else self.metrics.duplicate)(source_kind)
            result.append(outcome)
        share = (time.perf_counter() - start) / max(1, len(drafts))
        for _ in drafts:
            self.metrics.stage.seconds.observe(share)
        self.metrics.stage.last.set(time.time())
        return result

    async def already_seen(self, url: str, source_kind: str) -> bool:
        """True (and counted as a duplicate) when the article at ``url`` was published before:
        lets the poller skip an old entry without fetching its page again."""
        if canonical_url(url) is None or not await self.seen.contains(article_id(url, "")):
            return False
        self.metrics.duplicate(source_kind)
        return True

    def count_rejection(self, rejection: Rejection) -> None:
        """Count an item taken in and refused before a draft existed (size, content type, JSON)."""
        self.metrics.stage.items_in.inc()
        self.metrics.rejected(rejection.reason)

    async def dead_letter(self, payload: bytes | str | None, rejection: Rejection, *, key: str | None = None) -> None:
        """Keep an item that cannot become an article on ``dead-letters.ingest.v1``, with the reason."""
        letter = make_dead_letter(
            Stage.INGEST, payload, f"{rejection.reason}: {rejection.message}",
            _DEAD_LETTER_REASON.get(rejection.reason, "other"), key=key, now=self._clock(),
        )
        await self._dead.put(letter)
